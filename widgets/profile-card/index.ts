/** One widget on its own, served at `/widgets/profile-card.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoProfileCard } from './profile-card.ts';

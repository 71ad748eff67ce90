/** One widget on its own, served at `/widgets/groups.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoGroups } from './groups.ts';

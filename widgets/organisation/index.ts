/** One widget on its own, served at `/widgets/organisation.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoOrganisation } from './organisation.ts';

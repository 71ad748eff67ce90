/** One widget on its own, served at `/widgets/directory.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoDirectory } from './directory.ts';

/** One widget on its own, served at `/widgets/my-data.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoMyData } from './my-data.ts';

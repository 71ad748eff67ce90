/** One widget on its own, served at `/widgets/my-work.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoMyWork } from './my-work.ts';

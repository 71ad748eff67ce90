/** One widget on its own, served at `/widgets/request-form.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoRequestForm } from './request-form.ts';

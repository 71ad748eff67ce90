/** The provider on its own, served at `/widgets/provider.js`. */
export { TehostamoProvider } from './provider.ts';
export { clientContext, userContext, type TehostamoClient } from '../context.ts';

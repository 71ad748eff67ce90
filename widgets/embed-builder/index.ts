/** One widget on its own, served at `/widgets/embed-builder.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoEmbedBuilder } from './embed-builder.ts';

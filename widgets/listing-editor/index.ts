/** One widget on its own, served at `/widgets/listing-editor.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoListingEditor } from './listing-editor.ts';

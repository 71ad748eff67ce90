/** One widget on its own, served at `/widgets/profile-editor.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoProfileEditor } from './profile-editor.ts';

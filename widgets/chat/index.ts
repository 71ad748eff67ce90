/** One widget on its own, served at `/widgets/chat.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoChat } from './chat.ts';

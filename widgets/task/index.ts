/** One widget on its own, served at `/widgets/task.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoTask } from './task.ts';

/** One widget on its own, served at `/widgets/task-list.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoTaskList } from './task-list.ts';

import '../provider/provider.ts';
export { TehostamoApp } from './app.ts';

/** One widget on its own, served at `/widgets/needs-report.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoNeedsReport } from './needs-report.ts';

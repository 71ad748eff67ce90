/** One widget on its own, served at `/widgets/onboarding.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoOnboarding } from './onboarding.ts';

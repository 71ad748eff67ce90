/** One widget on its own, served at `/widgets/applicant-picker.js`; the provider comes with it. */
export { TehostamoProvider } from '../provider/provider.ts';
export { TehostamoApplicantPicker } from './applicant-picker.ts';

/**
 * The applicant picker's own strings (fi, sv, en): they travel only in its chunk. The names of
 * an application's states stay in `widgets/i18n/` (`picker.status`), for every widget that shows them.
 */
import type { ApplicationStatusName } from '../i18n/strings.ts';
import { Catalogue } from '../i18n/catalogue.ts';

export interface PickerStrings {
  heading: string;
  count: (n: number) => string;
  empty: string;
  error: string;
  signInToSee: string;
  notAllowed: string;
  helperType: string;
  skills: string;
  languages: string;
  experience: string;
  message: string;
  completedTasks: (n: number) => string;
  rating: (average: string, count: number) => string;
  noRating: string;
  select: string;
  confirmSelectHeading: string;
  confirmSelect: (name: string) => string;
  confirmSelectYes: string;
  selected: (name: string) => string;
  selectMoreHeading: string;
  selectMore: string;
  selectMoreYes: string;
  selectMoreNo: string;
  full: string;
  closeApplications: string;
  confirmCloseHeading: string;
  confirmClose: (pending: number) => string;
  confirmCloseYes: string;
  closed: (thanked: number) => string;
  closedAlready: string;
  decline: string;
  confirmDeclineHeading: string;
  confirmDecline: (name: string) => string;
  confirmDeclineYes: string;
  declined: (name: string) => string;
  status: Record<ApplicationStatusName, string>;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const pickerStrings = /* @__PURE__ */ new Catalogue<PickerStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

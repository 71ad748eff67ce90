/**
 * The strings of `<tehostamo-profile-editor>`, one typed table per locale. Helper types and
 * category names come from the shared tables.
 */
import type { Lang } from '../i18n/index.ts';
import { Catalogue } from '../i18n/catalogue.ts';

/** Who sees a field: said next to each one (the GDPR's "say it plainly"). */
export type Audience =
  'everyone' | 'cvShared' | 'cvApplied' | 'cvOnlyYou' | 'applied' | 'groups' | 'onlyYou';

export interface ProfileEditorStrings {
  heading: string;
  lead: string;
  loading: string;
  audience: Record<Audience, string>;
  publicSection: string;
  name: string;
  nameHint: string;
  nameRequired: string;
  nameTooLong: string;
  helperType: string;
  noHelperType: string;
  bio: string;
  bioHint: string;
  bioTooLong: string;
  postalCode: string;
  postalCodeHint: string;
  postalCodeInvalid: string;
  postalCodeUnknown: string;
  place: (municipality: string, region: string) => string;
  placeLooking: string;
  cvSection: string;
  languages: string;
  languagesHint: string;
  languagesRequired: string;
  listTooLong: string;
  skills: string;
  skillsHint: string;
  experience: string;
  experienceHint: string;
  experienceTooLong: string;
  cvPublic: string;
  cvPublicHint: string;
  availableToHelp: string;
  availableToHelpHint: string;
  videoUrl: string;
  videoUrlHint: string;
  videoUrlInvalid: string;
  linkedinUrl: string;
  linkedinUrlHint: string;
  linkedinUrlInvalid: string;
  contactSection: string;
  email: string;
  emailHint: string;
  phone: string;
  phoneHint: string;
  phoneInvalid: string;
  interestsSection: string;
  radiusKm: string;
  radiusHint: string;
  radiusInvalid: string;
  categories: string;
  categoriesHint: string;
  groupsSection: string;
  noGroups: string;
  manageGroups: string;
  langSection: string;
  lang: string;
  langHint: string;
  langs: Record<Lang, string>;
  save: string;
  saving: string;
  saved: string;
  unsaved: string;
  fixErrors: (n: number) => string;
  saveFailed: string;
  keptTyped: string;
  previewHeading: string;
  previewLead: string;
  optional: string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const profileEditorStrings = /* @__PURE__ */ new Catalogue<ProfileEditorStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

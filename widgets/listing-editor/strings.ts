/** The strings of `<tehostamo-listing-editor>`, one typed table per locale. */
import { Catalogue } from '../i18n/catalogue.ts';

export interface ListingEditorStrings {
  heading: (name: string) => string;
  loading: string;
  error: string;
  linkInvalid: string;
  description: string;
  inSwedish: string;
  inEnglish: string;
  optional: string;
  contact: string;
  email: string;
  phone: string;
  website: string;
  street: string;
  postalCode: string;
  areas: string;
  wholeCountry: string;
  regions: string;
  municipalities: string;
  listHint: string;
  languages: string;
  private: string;
  privateHint: string;
  internalName: string;
  internalEmail: string;
  internalEmailHint: string;
  keeperNotes: string;
  services: string;
  service: (n: number) => string;
  name: string;
  serviceDescription: string;
  targetGroups: string;
  themes: string;
  keywords: string;
  free: string;
  feeDescription: string;
  referral: string;
  channels: string;
  placeStreet: string;
  placePostalCode: string;
  openingHours: string;
  onlineUrl: string;
  addService: string;
  removeService: (name: string) => string;
  save: string;
  saving: string;
  saved: string;
  savedByLink: string;
  fixErrors: string;
  checked: (date: string) => string;
  staleHint: string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const listingEditorStrings = /* @__PURE__ */ new Catalogue<ListingEditorStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

/**
 * The strings of `<tehostamo-directory>` and `<tehostamo-listing-editor>`, one typed table per
 * locale. The names of target groups, themes and languages come from the contract's vocabulary
 * (`sdk/schemas/directory-vocabulary.ts`).
 */
import { Catalogue } from '../i18n/catalogue.ts';

export interface DirectoryStrings {
  heading: string;
  searchLabel: string;
  searchHint: string;
  search: string;
  targetGroup: string;
  theme: string;
  serviceLanguage: string;
  any: string;
  onlyFree: string;
  results: (n: number) => string;
  noResults: string;
  loading: string;
  error: string;
  loadMore: string;
  free: string;
  fee: string;
  referral: string;
  noReferral: string;
  wholeCountry: string;
  areas: string;
  languages: string;
  openingHours: string;
  stale: string;
  checked: (date: string) => string;
  organisation: string;
  openListing: (name: string) => string;
  back: string;
  contact: string;
  services: string;
  helped: (n: number) => string;
  helpedNone: string;
  notFound: string;
  editLinkQuestion: string;
  editLinkButton: string;
  editLinkSent: (address: string) => string;
  external: string;
  phone: string;
  web: string;
  online: string;
  email: string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const directoryStrings = /* @__PURE__ */ new Catalogue<DirectoryStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

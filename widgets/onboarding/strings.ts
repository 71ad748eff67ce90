/** The strings of `<tehostamo-onboarding>`, one typed table per locale. */
import type { OrganisationKind } from '../../sdk/schemas/organisations.ts';
import { Catalogue } from '../i18n/catalogue.ts';

export interface OnboardingStrings {
  aboutHeading: string;
  aboutLead: string;
  name: string;
  nameHint: string;
  nameRequired: string;
  nameTooLong: string;
  roles: string;
  rolesHint: string;
  helper: string;
  requester: string;
  rolesRequired: string;
  helperType: string;
  helperTypeRequired: string;
  choose: string;
  continue: string;
  saving: string;
  orgHeading: string;
  orgLeadRequester: string;
  orgLeadHelper: string;
  waiting: (name: string) => string;
  memberOf: (name: string) => string;
  findHeading: string;
  search: string;
  searchHint: string;
  searchButton: string;
  searching: string;
  noResults: string;
  results: (n: number) => string;
  askToJoin: string;
  askToJoinLabel: (name: string) => string;
  asked: (name: string) => string;
  alreadyMember: (name: string) => string;
  createHeading: string;
  createLead: string;
  kind: string;
  kinds: Record<OrganisationKind, string>;
  orgName: string;
  orgNameInvalid: string;
  businessId: string;
  businessIdHint: string;
  businessIdInvalid: string;
  sector: string;
  sectorHint: string;
  postalCode: string;
  postalCodeHint: string;
  postalCodeInvalid: string;
  postalCodeUnknown: string;
  place: (municipality: string, region: string) => string;
  create: string;
  creating: string;
  created: (name: string) => string;
  doneHeading: string;
  inviteColleagues: string;
  completeProfile: string;
  later: string;
  finish: string;
  optional: string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const onboardingStrings = /* @__PURE__ */ new Catalogue<OnboardingStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

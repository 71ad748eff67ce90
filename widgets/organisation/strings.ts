/** The strings of `<tehostamo-organisation>`, one typed table per locale. */
import type { OrganisationKind } from '../../sdk/schemas/organisations.ts';
import { Catalogue } from '../i18n/catalogue.ts';

export interface OrganisationStrings {
  loading: string;
  loadError: string;
  signInToSee: string;
  choose: string;
  readOnly: string;
  kinds: Record<OrganisationKind, string>;
  // details
  details: string;
  name: string;
  kind: string;
  sector: string;
  sectorHint: string;
  businessId: string;
  businessIdHint: string;
  businessIdError: string;
  description: string;
  website: string;
  websiteError: string;
  postalCode: string;
  postalCodeError: string;
  nameError: string;
  umbrellas: string;
  none: string;
  edit: string;
  save: string;
  saving: string;
  saved: string;
  cancel: string;
  // members
  members: string;
  admin: string;
  member: string;
  you: string;
  makeAdmin: string;
  makeAdminLabel: (who: string) => string;
  makeMember: string;
  makeMemberLabel: (who: string) => string;
  remove: string;
  removeLabel: (who: string) => string;
  leave: string;
  lastAdmin: string;
  confirmRemove: (who: string) => string;
  confirmRemoveText: string;
  confirmLeave: (org: string) => string;
  confirmLeaveText: string;
  keep: string;
  working: string;
  roleChanged: (who: string, admin: boolean) => string;
  removedMember: (who: string) => string;
  left: (org: string) => string;
  invite: string;
  inviteHint: string;
  inviteEmail: string;
  inviteAsAdmin: string;
  inviteButton: string;
  inviting: string;
  invited: (email: string) => string;
  emailError: string;
  // join requests
  joinRequests: string;
  invitations: string;
  invitationsLead: string;
  invitationAccepted: (umbrella: string) => string;
  invitationDeclined: (umbrella: string) => string;
  noJoinRequests: string;
  requestedOn: (date: string) => string;
  withTask: (title: string) => string;
  approve: string;
  approveLabel: (who: string) => string;
  decline: string;
  declineLabel: (who: string) => string;
  approved: (who: string) => string;
  declined: (who: string) => string;
  // umbrella
  memberOrganisations: string;
  noMemberOrganisations: string;
  addMemberOrganisation: string;
  searchOrganisation: string;
  searchHint: string;
  search: string;
  noMatches: string;
  add: string;
  addLabel: (org: string) => string;
  invitedOrganisation: (org: string) => string;
  addedOrganisation: (org: string) => string;
  removeOrganisationLabel: (org: string) => string;
  removedOrganisation: (org: string) => string;
  // pro bono
  proBono: string;
  proBonoLead: string;
  sectors: string;
  sectorsHint: string;
  organisations: string;
  organisationsHint: string;
  categories: string;
  regions: string;
  justification: string;
  justificationHint: string;
  unrestricted: string;
  proBonoGroup: (name: string, n: number) => string;
  saveProgramme: string;
  programmeSaved: string;
  preview: string;
  previewLead: string;
  previewEmpty: string;
  previewMore: string;
  // no organisation
  noOrganisation: string;
  createHeading: string;
  create: string;
  creating: string;
  created: (org: string) => string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const organisationStrings = /* @__PURE__ */ new Catalogue<OrganisationStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

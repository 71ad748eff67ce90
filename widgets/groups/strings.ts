/** The strings of `<tehostamo-groups>`, one typed table per locale. */
import { Catalogue } from '../i18n/catalogue.ts';

export interface GroupsStrings {
  loading: string;
  signInToSee: string;
  loadError: string;
  myGroups: string;
  noGroups: string;
  members: (count: number, cap: number) => string;
  code: string;
  ownedBy: (organisation: string) => string;
  showMembers: (group: string) => string;
  hideMembers: (group: string) => string;
  membersOf: (group: string) => string;
  loadingMembers: string;
  noMembers: string;
  invited: string;
  you: string;
  remove: string;
  removeLabel: (who: string) => string;
  removed: (who: string) => string;
  leave: string;
  leaveHeading: (group: string) => string;
  leaveText: string;
  leaving: string;
  left: (group: string) => string;
  keep: string;
  confirmRemoveHeading: (who: string) => string;
  confirmRemoveText: string;
  removing: string;
  post: string;
  postLabel: (group: string) => string;
  addHeading: string;
  addLabel: string;
  addHint: string;
  addButton: string;
  adding: string;
  room: (left: number, cap: number) => string;
  full: (cap: number) => string;
  counted: (n: number) => string;
  overCap: (extra: number, left: number) => string;
  invalid: (list: string) => string;
  alreadyIn: (list: string) => string;
  repeated: (n: number) => string;
  nothingToAdd: string;
  added: (n: number) => string;
  createHeading: string;
  createLead: string;
  organisation: string;
  name: string;
  nameHint: string;
  nameError: string;
  codeLabel: string;
  codeHint: string;
  codeError: string;
  suggest: string;
  create: string;
  creating: string;
  created: (group: string) => string;
  noOrganisation: string;
  noOrganisationLink: string;
  joinHeading: string;
  joinLead: string;
  joinCode: string;
  join: string;
  joining: string;
  joined: (group: string) => string;
  joinNotFound: string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const groupsStrings = /* @__PURE__ */ new Catalogue<GroupsStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

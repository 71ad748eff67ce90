/** The strings of `<tehostamo-embed-builder>`, one typed table per locale. */
import { Catalogue } from '../i18n/catalogue.ts';

export interface EmbedStrings {
  heading: string;
  lead: string;
  loading: string;
  loadError: string;
  signInToSee: string;
  notAdmin: string;
  organisation: string;
  keysHeading: string;
  noKeys: string;
  publishable: string;
  secret: string;
  revokedOn: (date: string) => string;
  lastUsed: (date: string) => string;
  neverUsed: string;
  origins: string;
  noOrigins: string;
  removeOrigin: (origin: string) => string;
  addOrigin: string;
  addOriginHint: string;
  addOriginButton: (key: string) => string;
  badOrigin: string;
  joining: string;
  joiningOff: string;
  joiningOn: (domains: string) => string;
  rotate: string;
  rotateLabel: (key: string) => string;
  revoke: string;
  revokeLabel: (key: string) => string;
  confirmRotate: (key: string) => string;
  confirmRotateText: string;
  confirmRevoke: (key: string) => string;
  confirmRevokeText: string;
  keep: string;
  createHeading: string;
  kind: string;
  name: string;
  nameRequired: string;
  firstOrigin: string;
  firstOriginHint: string;
  create: string;
  creating: string;
  newKeyHeading: string;
  newKeyOnce: string;
  newSecretOnce: string;
  copy: string;
  copied: string;
  copyFailed: string;
  builderHeading: string;
  key: string;
  keyNotShown: string;
  widget: string;
  widgets: { 'task-list': string; 'request-form': string };
  language: string;
  category: string;
  allCategories: string;
  remoteOnly: string;
  hideFilters: string;
  theme: string;
  themes: { auto: string; light: string; dark: string };
  snippet: string;
  snippetHint: string;
  preview: string;
  previewHint: string;
  originsReminder: (origins: string) => string;
  demo: string;
  saved: string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const embedStrings = /* @__PURE__ */ new Catalogue<EmbedStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

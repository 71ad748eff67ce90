/** The strings of `<tehostamo-chat>`, one typed table per locale. */
import { Catalogue } from '../i18n/catalogue.ts';

export interface ChatStrings {
  loading: string;
  log: string;
  empty: string;
  notParticipant: string;
  participants: string;
  requester: string;
  helper: string;
  email: string;
  phone: string;
  contactsWithdrawn: string;
  unread: (n: number) => string;
  newMessages: string;
  draftLabel: string;
  draftHint: string;
  send: string;
  sending: string;
  sendFailed: string;
  retry: string;
  you: string;
  /** Said after a link that opens another site. */
  external: string;
  announceNew: (n: number) => string;
  announceSent: string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const chatStrings = /* @__PURE__ */ new Catalogue<ChatStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

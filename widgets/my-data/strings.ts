/** The strings of `<tehostamo-my-data>`, one typed table per locale. */
import { Catalogue } from '../i18n/catalogue.ts';

export interface MyDataStrings {
  heading: string;
  exportLead: string;
  downloadJson: string;
  downloadHtml: string;
  preparing: string;
  downloaded: string;
  eraseHeading: string;
  eraseLead: string;
  eraseKeeps: string;
  sendCode: string;
  codeSent: (minutes: number) => string;
  codeLabel: string;
  codeHint: string;
  codeFormat: string;
  wrongCode: (left: number) => string;
  erase: string;
  erasing: string;
  erased: string;
  lastAdmin: string;
  organisationSettings: string;
  orgHeading: (name: string) => string;
  orgExportLead: string;
  closeHeading: string;
  closeLead: string;
  closeButton: string;
  closing: string;
  closed: string;
  notSupported: string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const myDataStrings = /* @__PURE__ */ new Catalogue<MyDataStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

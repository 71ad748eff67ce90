/**
 * The request form's own strings (fi, sv, en): they travel only in its chunk. What other widgets
 * show of a request (the labels of its facts, common field errors) stays in `widgets/i18n/`.
 */
import { Catalogue } from '../i18n/catalogue.ts';

export interface RequestFormStrings {
  heading: string;
  stepOf: (step: number, total: number) => string;
  steps: [string, string, string];
  category: string;
  chooseCategory: string;
  title: string;
  titleHint: string;
  details: string;
  detailsHint: string;
  accountingReference: string;
  accountingReferenceHint: string;
  schedule: string;
  scheduleAsText: string;
  scheduleExact: string;
  scheduleText: string;
  scheduleTextHint: string;
  startsAt: string;
  endsAt: string;
  hours: string;
  hoursHint: string;
  helpersWanted: string;
  remote: string;
  postalCode: string;
  postalCodeHint: string;
  groupCode: string;
  groupCodeHint: string;
  organisation: string;
  reviewIntro: string;
  notGiven: string;
  publish: string;
  publishing: string;
  published: string;
  publishedPending: string;
  newRequest: string;
  draftRestored: string;
  discardDraft: string;
  errorSummary: (n: number) => string;
  noOrganisation: string;
  signInToPublish: string;
  failedKept: string;
  visitorHeading: string;
  visitorIntro: string;
  visitorName: string;
  visitorEmail: string;
  honeypot: string;
  haveAccount: string;
  noAccount: string;
  verifyHeading: string;
  verifyIntro: (email: string) => string;
  verifyCode: string;
  verify: string;
  verifying: string;
  membership: Record<'member' | 'pending_approval' | 'not_member', string>;
  fieldErrors: {
    required: string;
    chooseCategory: string;
    tooShort: (min: number) => string;
    tooLong: (max: number) => string;
    postalCode: string;
    hoursMin: string;
    hoursStep: string;
    hoursMax: string;
    schedule: string;
    endBeforeStart: string;
    postalCodeNeeded: string;
    groupCode: string;
    helpersWanted: string;
    invalid: string;
    name: string;
    email: string;
    code: string;
  };
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const requestFormStrings = /* @__PURE__ */ new Catalogue<RequestFormStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

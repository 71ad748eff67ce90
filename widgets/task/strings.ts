/**
 * The task page's own strings (fi, sv, en). Common words and error messages stay in
 * `widgets/i18n/`; these travel only in the task page's chunk.
 */
import { Catalogue } from '../i18n/catalogue.ts';

export type Step = 'posted' | 'applications' | 'selected' | 'done' | 'approved' | 'completed';

export interface TaskPageStrings {
  loadError: string;
  notFound: string;
  requester: string;
  pendingVerification: string;
  cancelledNotice: string;
  expiredNotice: string;
  /** Label before the reason the requester gave for cancelling. */
  cancelReasonLabel: string;
  timeline: {
    heading: string;
    steps: Record<Step | 'cancelled' | 'expired', string>;
    state: { done: string; current: string; upcoming: string };
  };
  manage: {
    heading: string;
    edit: string;
    editHeading: string;
    save: string;
    saving: string;
    saved: string;
    cancelTask: string;
    cancelHeading: string;
    cancelReason: string;
    cancelReasonHint: string;
    confirmCancel: string;
    cancelling: string;
    keep: string;
    cancelled: string;
  };
  edit: {
    title: string;
    details: string;
    schedule: string;
    hours: string;
    hoursHint: string;
    helpersWanted: string;
    remote: string;
    postalCode: string;
    postalCodeHint: string;
    invalidHours: string;
    invalidHelpers: string;
    invalidPostalCode: string;
    required: string;
    titleLength: string;
    remoteOrPostal: string;
  };
  applicants: string;
  helpers: {
    heading: string;
    none: string;
    status: { selected: string; done: string; approved: (hours: string) => string };
    approveHeading: (name: string) => string;
    actualHours: string;
    actualHoursHint: (estimate: string) => string;
    rating: string;
    ratingOption: (n: number) => string;
    feedbackText: string;
    feedbackTextHint: string;
    approve: string;
    approving: string;
    approved: (name: string) => string;
    invalidRating: string;
  };
  helper: {
    heading: string;
    intro: string;
    markDone: string;
    markingDone: string;
    markedDone: string;
    waitingApproval: string;
    approved: (hours: string) => string;
    feedbackHeading: string;
    feedbackIntro: string;
    rating: string;
    sendFeedback: string;
    sendingFeedback: string;
    feedbackSent: string;
  };
  applicant: {
    heading: string;
    status: string;
    message: string;
    withdraw: string;
    withdrawing: string;
    confirmWithdraw: string;
    keep: string;
    withdrawn: string;
  };
  chat: string;
  feedbackReceived: (name: string) => string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const taskStrings = /* @__PURE__ */ new Catalogue<TaskPageStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

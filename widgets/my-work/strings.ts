/**
 * The strings of `<tehostamo-my-work>`, one typed table per locale. Common words (hours,
 * loading, retry) come from the shared table.
 */
import { Catalogue } from '../i18n/catalogue.ts';

export interface MyWorkStrings {
  heading: { ongoing: string; history: string; attention: string };
  asHelper: string;
  asRequester: string;
  signInToSee: string;
  error: string;
  groups: {
    markDone: string;
    awaitingApproval: string;
    helperFeedback: string;
    applications: string;
    reviewApplicants: string;
    closeApplications: string;
    approve: string;
    requesterFeedback: string;
    waiting: string;
    helperHistory: string;
    requesterHistory: string;
  };
  /** How many items a group holds, for screen readers after its heading. */
  itemCount: (n: number) => string;
  applicationStatus: { pending: string; selected: string; declined: string; withdrawn: string };
  next: {
    markDone: string;
    waitForApproval: (date: string) => string;
    giveFeedback: string;
    waitForSelection: string;
  };
  pendingApplicants: (n: number) => string;
  helperStatus: { selected: string; done: string; approved: string };
  taskStatus: {
    waiting: string;
    open: string;
    assigned: string;
    completed: string;
    cancelled: string;
    expired: string;
  };
  approvedOn: (date: string) => string;
  feedbackReceived: string;
  feedbackGiven: string;
  rating: (n: number) => string;
  helperTotal: (tasks: number, hours: string) => string;
  /** The value of the help at the deployment's hourly value (the hours report). */
  helpValue: (value: string, perHour: string) => string;
  requesterTotal: (tasks: number, hours: string) => string;
  empty: {
    helper: string;
    requester: string;
    history: string;
    attention: string;
  };
  findTasks: string;
  askForHelp: string;
  attention: (n: number) => string;
  loaded: (n: number) => string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const myWorkStrings = /* @__PURE__ */ new Catalogue<MyWorkStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

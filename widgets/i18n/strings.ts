/**
 * The shape of every locale's table. Each locale module is typed against it, so a missing or
 * misspelt string is a compile error. Plurals and interpolations are functions.
 */
import type { ErrorCode } from '../../sdk/error-codes.ts';
import type { HelperType } from '../../sdk/schemas/users.ts';
import type { TaskStatus } from '../../sdk/schemas/tasks.ts';

export type ApplicationStatusName = 'pending' | 'selected' | 'declined' | 'withdrawn';

export interface Strings {
  /** BCP 47 tag used with Intl. */
  locale: string;
  common: {
    loading: string;
    retry: string;
    cancel: string;
    close: string;
    back: string;
    next: string;
    edit: string;
    yes: string;
    no: string;
    optional: string;
    notConnected: string;
    /** The name shown for someone who has not chosen one yet (a new account has none). */
    unnamed: string;
    hours: (n: string) => string;
  };
  errors: {
    generic: string;
    network: string;
    /** A network error that is the publishable key refused on this site's origin. */
    keyRefused: (origin: string) => string;
    offline: string;
    rateLimited: (seconds: number | null) => string;
    /**
     * A message for every code of the contract's table (a missing one does not compile), and
     * for the field codes a 422 carries in its issues. Unknown codes fall back to `generic`.
     */
    codes: Record<ErrorCode, string> & Partial<Record<string, string>>;
  };
  signIn: {
    heading: string;
    intro: string;
    email: string;
    sendCode: string;
    sendingCode: string;
    codeSent: (email: string) => string;
    code: string;
    codeHint: string;
    submit: string;
    signingIn: string;
    otherEmail: string;
    signedInAs: (name: string) => string;
    signOut: string;
    invalidEmail: string;
    invalidCode: string;
  };
  task: {
    remote: string;
    onSite: string;
    remoteOrOnSite: string;
    hours: (n: string) => string;
    helpersWanted: (n: number) => string;
    selectedOf: (selected: number, wanted: number) => string;
    postedOn: (date: string) => string;
    schedule: string;
    location: string;
    organisation: string;
    category: string;
    details: string;
    distance: (km: string) => string;
    group: (name: string) => string;
    status: Record<TaskStatus, string>;
  };
  taskList: {
    heading: string;
    filters: string;
    category: string;
    allCategories: string;
    remoteOnly: string;
    region: string;
    allRegions: string;
    municipality: string;
    postalCode: string;
    radius: string;
    anyDistance: string;
    km: (n: number) => string;
    search: string;
    clear: string;
    results: (n: number, more: boolean) => string;
    moreLoaded: (n: number) => string;
    empty: string;
    emptyHint: string;
    error: string;
    offline: string;
    loadMore: string;
    loadingMore: string;
    open: (title: string) => string;
    detailsHeading: string;
    apply: string;
    applyHeading: string;
    message: string;
    messageHint: string;
    send: string;
    sending: string;
    sent: string;
    alreadyApplied: (status: string) => string;
    ownTask: string;
    closed: string;
    signInToApply: string;
  };
  /** What other widgets show of a request: the labels of its facts and common field errors. */
  requestForm: {
    hours: string;
    helpersWanted: string;
    groupCode: string;
    fieldErrors: {
      required: string;
      tooLong: (max: number) => string;
      postalCode: string;
    };
  };
  picker: {
    status: Record<ApplicationStatusName, string>;
  };
  helperTypes: Record<HelperType, string>;
}

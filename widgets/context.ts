/**
 * How the SDK client and the signed-in user reach the widgets: `@lit/context`. The provider is
 * `<tehostamo-provider>`, or the host page itself (any element can provide `clientContext` with
 * a `ContextProvider`). The contexts live here, not in the SDK, so the SDK stays free of Lit.
 */
import { ContextRoot, createContext } from '@lit/context';
import type { Client } from '../sdk/client.ts';
import type { ClientOptions } from '../sdk/request.ts';
import type { Me } from '../sdk/schemas/users.ts';

type SdkTasks = Client['tasks'];

/**
 * The part of the SDK client the widgets use. A full `Client` from `createClient()` is one; so
 * is a fake in stories and tests, which need not implement the rest.
 */
export interface TehostamoClient {
  /**
   * A publishable key lets a visitor ask for help without an account (see the request form).
   * With the server's address (and the client's `fetch`, if any) the widgets can tell a key
   * refused on this site from a lost connection.
   */
  readonly options?: Readonly<Partial<Pick<ClientOptions, 'publishableKey' | 'baseUrl' | 'fetch'>>>;
  readonly tasks: Pick<SdkTasks, 'list' | 'get' | 'create' | 'verify' | 'closeApplications'> & {
    readonly applications: Pick<SdkTasks['applications'], 'list' | 'create' | 'select'>;
  } & TaskPageMethods &
    ChatMethods &
    SuggestionMethods;
  readonly me: Pick<Client['me'], 'get' | 'opportunities'> &
    MyWorkClient['me'] &
    MyDataClient['me'] &
    ProfileClient['me'];
  /** The directory; optional, so clients made for other widgets need not have it. */
  readonly directory?: DirectoryClient;
  /** The reports (`<tehostamo-needs-report>`, the hours in Historia); optional likewise. */
  readonly reports?: ReportsClient;
  readonly auth: Pick<Client['auth'], 'requestCode' | 'signOut'> & {
    /** Exchanges an emailed code for a client that is signed in (and keeps its token). */
    signIn(email: string, code: string): Promise<TehostamoClient>;
  };
}

/** What `<tehostamo-directory>` and `<tehostamo-listing-editor>` use. */
export interface DirectoryClient {
  readonly search: Client['directory']['search'];
  readonly listings: Pick<
    Client['directory']['listings'],
    'get' | 'getEditable' | 'update' | 'requestEditLink'
  >;
  readonly editLink: Client['directory']['editLink'];
}

/** What `<tehostamo-needs-report>` and the hours total of `<tehostamo-my-work>` use. */
export type ReportsClient = Pick<Client['reports'], 'needsInsight' | 'needsCsv' | 'hours'>;

/** What the task page (`<tehostamo-task>`) adds: editing, cancelling, assignments, feedback. */
interface TaskPageMethods {
  readonly update: SdkTasks['update'];
  readonly cancel: SdkTasks['cancel'];
  readonly applications: Pick<SdkTasks['applications'], 'withdraw' | 'decline'>;
  readonly assignments: Pick<SdkTasks['assignments'], 'done' | 'approve'>;
  readonly feedback: Pick<SdkTasks['feedback'], 'list' | 'create'>;
}

/**
 * What the task page's suggested helpers use (the requesting organisation's view). Optional, so
 * a client made for other widgets need not have them: the section is then not shown.
 */
interface SuggestionMethods {
  readonly suggestedHelpers?: SdkTasks['suggestedHelpers'];
  readonly invitations?: Pick<SdkTasks['invitations'], 'create'>;
}

// ---- <tehostamo-my-work> and <tehostamo-profile-card> -------------------------------------
/** What `<tehostamo-my-work>` and `<tehostamo-profile-card>` use of the client. */
export interface MyWorkClient {
  readonly me: Pick<Client['me'], 'work'>;
  readonly users: Pick<Client['users'], 'get'>;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the interface above
export interface TehostamoClient extends Pick<MyWorkClient, 'users'> {}
// ---- end of <tehostamo-my-work> and <tehostamo-profile-card> ---------------------------------

// ---- <tehostamo-my-data> -------------------------------------------------------------------
/** What `<tehostamo-my-data>` uses: the export and the erasure of one's own account. */
export interface MyDataClient {
  readonly me: Pick<Client['me'], 'export' | 'requestErasureCode' | 'erase'>;
}
/**
 * With `organisation-id`, `<tehostamo-my-data>` also calls these. Not required of every client
 * (a page's own client may leave them out): the widget says so when they are missing.
 */
export type OrganisationPrivacyMethods = Pick<
  Client['organisations'],
  'export' | 'requestClosureCode' | 'close'
>;
// ---- end of <tehostamo-my-data> ------------------------------------------------------------

// ---- <tehostamo-chat> ----------------------------------------------------------------------
/** What `<tehostamo-chat>` uses: the thread, read marks, and the participants' contacts. */
export interface ChatMethods {
  readonly messages: Pick<SdkTasks['messages'], 'list' | 'create' | 'readState' | 'markRead'>;
  readonly participants: SdkTasks['participants'];
}
// ---- end of <tehostamo-chat> ---------------------------------------------------------------

// ---- <tehostamo-groups> and <tehostamo-organisation> ------------------------------------------
type SdkGroups = Client['groups'];
type SdkOrganisations = Client['organisations'];
/** What the settings' `<tehostamo-groups>` and `<tehostamo-organisation>` use of the client. */
export interface SettingsClient {
  readonly groups: Pick<SdkGroups, 'list' | 'create' | 'join'> & {
    readonly members: Pick<SdkGroups['members'], 'list' | 'add' | 'remove'>;
  };
  readonly organisations: Pick<SdkOrganisations, 'get' | 'update' | 'list' | 'create'> & {
    readonly members: Pick<SdkOrganisations['members'], 'list' | 'add' | 'update' | 'remove'>;
    readonly memberOrganisations: Pick<
      SdkOrganisations['memberOrganisations'],
      'list' | 'add' | 'remove'
    >;
    readonly joinRequests: Pick<
      SdkOrganisations['joinRequests'],
      'list' | 'approve' | 'decline' | 'create'
    >;
    readonly proBono: Pick<SdkOrganisations['proBono'], 'get' | 'set'>;
    readonly umbrellaInvitations: Pick<
      SdkOrganisations['umbrellaInvitations'],
      'list' | 'accept' | 'decline'
    >;
    /** `<tehostamo-embed-builder>`: the organisation's API keys. */
    readonly apiKeys: Pick<
      SdkOrganisations['apiKeys'],
      'list' | 'create' | 'update' | 'rotate' | 'revoke'
    >;
  };
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the interface above
export interface TehostamoClient extends SettingsClient {}
// ---- end of <tehostamo-groups> and <tehostamo-organisation> ---------------------------------
// ---- <tehostamo-profile-editor> and <tehostamo-onboarding> --------------------------------
/**
 * What the profile editor and the first sign-in use: your profile and places; organisations
 * (list, create, asking to join) come with the settings' part above.
 */
export interface ProfileClient {
  readonly me: Pick<Client['me'], 'update'>;
  readonly postalCodes: Pick<Client['postalCodes'], 'get'>;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the interface above
export interface TehostamoClient extends Pick<ProfileClient, 'postalCodes'> {}
// ---- end of <tehostamo-profile-editor> and <tehostamo-onboarding> ---------------------------

/** The client every widget calls the API with. */
export const clientContext = createContext<TehostamoClient | undefined>(
  Symbol.for('tehostamo.client'),
);

/** The signed-in user: `null` when signed out, `undefined` while not yet known. */
export const userContext = createContext<Me | null | undefined>(Symbol.for('tehostamo.user'));

// A ContextRoot replays requests that were made before their provider was defined, so the
// order in which a page loads the provider and the widgets does not matter.
const ROOT = Symbol.for('tehostamo.context-root');
const globals = globalThis as { [ROOT]?: ContextRoot };
if (typeof document !== 'undefined' && !globals[ROOT]) {
  globals[ROOT] = new ContextRoot();
  globals[ROOT].attach(document.documentElement);
}

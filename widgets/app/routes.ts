/**
 * The app's URLs, in one table that the browser's router and the server both read: the server
 * answers the app's page for exactly these paths (and a 404 for others), the router turns a
 * path into a view. Emails link to them with `PUBLIC_URL` as the origin. No DOM here.
 */

export type ViewName =
  | 'home'
  | 'opportunities'
  | 'ongoing'
  | 'history'
  | 'settings'
  | 'new-task'
  | 'task'
  | 'user'
  | 'sign-in'
  | 'welcome'
  | 'embed'
  | 'directory'
  | 'listing'
  | 'directory-edit'
  | 'reports';

export type SettingsSection = 'profile' | 'groups' | 'organisation';

export interface Route {
  view: ViewName;
  /** The task's, the user's or the listing's id (`/tasks/:id`, `/users/:id`, `/directory/listings/:id`). */
  id?: number;
  /** `/settings/:section`. */
  section?: SettingsSection;
}

/** Whose view it is: the role colour of the original app (requester pink, helper dark blue). */
export type ViewRole = 'helper' | 'requester';

interface RouteDef {
  view: ViewName;
  pattern: RegExp;
  /** Signed-in users only: anonymous visitors get the sign-in, and then this view. */
  private: boolean;
  role: ViewRole;
}

const ID = '([1-9][0-9]{0,15})';

const ROUTES: readonly RouteDef[] = [
  { view: 'home', pattern: /^\/$/, private: false, role: 'helper' },
  { view: 'opportunities', pattern: /^\/opportunities$/, private: true, role: 'helper' },
  { view: 'ongoing', pattern: /^\/ongoing$/, private: true, role: 'helper' },
  { view: 'history', pattern: /^\/history$/, private: true, role: 'helper' },
  {
    view: 'settings',
    pattern: /^\/settings(?:\/(profile|groups|organisation))?$/,
    private: true,
    role: 'helper',
  },
  { view: 'new-task', pattern: /^\/tasks\/new$/, private: true, role: 'requester' },
  { view: 'task', pattern: new RegExp(`^/tasks/${ID}$`), private: true, role: 'helper' },
  { view: 'user', pattern: new RegExp(`^/users/${ID}$`), private: false, role: 'helper' },
  { view: 'sign-in', pattern: /^\/sign-in$/, private: false, role: 'helper' },
  // The first sign-in's questions, and later the way to join or create one's organisation.
  { view: 'welcome', pattern: /^\/welcome$/, private: true, role: 'helper' },
  // An organisation's keys and the code for its own site (its admins).
  { view: 'embed', pattern: /^\/embed$/, private: true, role: 'requester' },
  { view: 'directory', pattern: /^\/directory$/, private: false, role: 'helper' },
  {
    view: 'listing',
    pattern: new RegExp(`^/directory/listings/${ID}$`),
    private: false,
    role: 'helper',
  },
  // An emailed edit link: the secret is in the fragment, which never reaches the server.
  { view: 'directory-edit', pattern: /^\/directory\/edit$/, private: false, role: 'requester' },
  // Where help is needed: the public figures for anyone, an umbrella's own for its staff.
  { view: 'reports', pattern: /^\/reports$/, private: false, role: 'helper' },
];

/** The view for a path, or `null` for a path the app does not have. A trailing `/` is ignored. */
export function matchRoute(pathname: string): Route | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const def of ROUTES) {
    const m = def.pattern.exec(path);
    if (!m) continue;
    const route: Route = { view: def.view };
    if (def.view === 'task' || def.view === 'user' || def.view === 'listing')
      route.id = Number(m[1]);
    if (def.view === 'settings' && m[1]) route.section = m[1] as SettingsSection;
    return route;
  }
  return null;
}

const defOf = (view: ViewName) => ROUTES.find((r) => r.view === view)!;

/** Whether a view needs a signed-in user. */
export const isPrivate = (view: ViewName): boolean => defOf(view).private;

/** The role colour of a view (a task may turn pink for its requester: the app decides). */
export const roleOf = (view: ViewName): ViewRole => defOf(view).role;

/** The path of a route: the inverse of `matchRoute`. */
export function pathOf(route: Route): string {
  switch (route.view) {
    case 'home':
      return '/';
    case 'new-task':
      return '/tasks/new';
    case 'task':
      return `/tasks/${route.id}`;
    case 'user':
      return `/users/${route.id}`;
    case 'listing':
      return `/directory/listings/${route.id}`;
    case 'directory-edit':
      return '/directory/edit';
    case 'settings':
      return route.section ? `/settings/${route.section}` : '/settings';
    default:
      return `/${route.view}`;
  }
}

/**
 * Where to go after signing in: a path of the app on this origin, never another site (the
 * `next` parameter comes from a URL anyone can craft).
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  const url = new URL(next, 'http://app.invalid');
  if (url.origin !== 'http://app.invalid') return '/';
  const route = matchRoute(url.pathname);
  if (!route || route.view === 'sign-in') return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The element that shows a view: each is a chunk of its own, loaded when first needed. */
export type Part =
  | 'task-list'
  | 'request-form'
  | 'task'
  | 'my-work'
  | 'profile-card'
  | 'my-data'
  | 'groups'
  | 'organisation'
  | 'onboarding'
  | 'profile-editor'
  | 'embed-builder'
  | 'directory'
  | 'listing-editor'
  | 'needs-report';

/** What a view shows, for a visitor (`false`) or a signed-in user (`true`). */
export function partOf(route: Route, signedIn: boolean): Part | null {
  switch (route.view) {
    case 'welcome':
      return 'onboarding';
    case 'embed':
      return 'embed-builder';
    case 'settings': {
      const section = route.section ?? 'profile';
      return section === 'profile' ? 'profile-editor' : section;
    }
    case 'home':
      return signedIn ? 'my-work' : 'task-list';
    case 'opportunities':
      return 'task-list';
    case 'ongoing':
    case 'history':
      return 'my-work';
    case 'new-task':
      return 'request-form';
    case 'task':
      return 'task';
    case 'user':
      return 'profile-card';
    case 'directory':
    case 'listing':
      return 'directory';
    case 'directory-edit':
      return 'listing-editor';
    case 'reports':
      return 'needs-report';
    default:
      return null;
  }
}

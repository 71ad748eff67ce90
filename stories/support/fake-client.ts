/**
 * A client that answers from memory, for stories and widget tests: it implements the part of
 * the SDK the widgets use (`TehostamoClient`), throws the SDK's own error classes, and records
 * every call so tests can check what was sent (idempotency keys included).
 */
import { apiErrorFrom, NetworkError } from '../../sdk/errors.ts';
import type { TaskParticipants } from '../../sdk/schemas/chat.ts';
import type {
  Application,
  Message,
  Task,
  TaskCreate,
  TaskListFilter,
  TaskUpdate,
} from '../../sdk/schemas/tasks.ts';
import type { OrganisationExport, PersonalExport } from '../../sdk/schemas/privacy.ts';
import type { Feedback, Me, PublicProfile } from '../../sdk/schemas/users.ts';
import type { MyWork } from '../../sdk/schemas/work.ts';
import type { OrganisationPrivacyMethods, TehostamoClient } from '../../widgets/context.ts';
import { makeApplication, makeTask } from './data.ts';
import {
  settingsMethods,
  type FakeSettingsOptions,
  type SettingsOperation,
} from './fake-settings.ts';
import { profileMethods, type ProfileOperation } from './fake-profile.ts';
import {
  suggestionMethods,
  type FakeSuggestionOptions,
  type SuggestionOperation,
} from './fake-suggestions.ts';

export type Operation =
  | 'tasks.list'
  | 'me.opportunities'
  | 'tasks.get'
  | 'tasks.create'
  | 'tasks.verify'
  | 'tasks.closeApplications'
  | 'applications.list'
  | 'applications.create'
  | 'applications.select'
  | 'me.get'
  | 'auth.requestCode'
  | 'auth.signIn'
  | 'auth.signOut'
  | TaskPageOperation
  // <tehostamo-my-work> and <tehostamo-profile-card>
  | 'me.work'
  | 'users.get'
  | ChatOperation
  // <tehostamo-my-data>
  | 'me.export'
  | 'me.requestErasureCode'
  | 'me.erase'
  | 'organisations.export'
  | 'organisations.requestClosureCode'
  | 'organisations.close'
  // <tehostamo-groups> and <tehostamo-organisation>
  | SettingsOperation
  // <tehostamo-profile-editor> and <tehostamo-onboarding>
  | ProfileOperation
  // the task page's suggested helpers
  | SuggestionOperation;

export interface FakeOptions {
  tasks?: Task[];
  applications?: Application[];
  /** The user once signed in; `signedIn` says whether they already are. */
  user?: Me;
  signedIn?: boolean;
  /** Items per page of `tasks.list`. */
  pageSize?: number;
  /** Milliseconds every answer takes. */
  delay?: number;
  /** Operations that never answer: the loading states. */
  pending?: Operation[];
  /** Errors thrown by operations: one error for every call, or a list used up call by call. */
  errors?: Partial<Record<Operation, unknown | unknown[]>>;
  /** The code `auth.signIn` and `tasks.verify` accept. */
  code?: string;
  /** A publishable key: visitors may then ask for help without an account. */
  publishableKey?: string;
  /** What confirming a visitor's request makes of them. */
  membership?: 'member' | 'pending_approval' | 'not_member';
  /** Feedback given on the tasks' assignments (the task page). */
  feedback?: Feedback[];

  // ---- <tehostamo-my-work> and <tehostamo-profile-card> ----
  /** What `me.work` answers (to a signed-in user); empty lists when not given. */
  work?: MyWork;
  /** Public profiles that `users.get` finds by id. */
  profiles?: PublicProfile[];

  // ---- <tehostamo-my-data> ----
  /** Organisations of which the user is the only admin: erasure is refused with `last_admin`. */
  soleAdminOf?: { id: number; name: string }[];

  // ---- <tehostamo-chat> ----
  /** The chat: messages, participants and the reader's mark (see `chatMethods` below). */
  chat?: FakeChatOptions;

  // ---- <tehostamo-groups> and <tehostamo-organisation> ----
  /** Groups, organisations, their members, join requests, programmes (`fake-settings.ts`). */
  settings?: FakeSettingsOptions;

  // ---- the task page's suggested helpers ----
  suggestions?: FakeSuggestionOptions;
}

/** `GET /me/work` for someone with nothing going on. */
export const EMPTY_WORK: MyWork = {
  helper: { applications: [], assignments: [], history: [] },
  requester: { ongoing: [], history: [] },
  counts: {
    helper: { markDone: 0, giveFeedback: 0 },
    requester: { reviewApplicants: 0, closeApplications: 0, approve: 0, giveFeedback: 0 },
    attention: 0,
  },
};

/** Defaults read at call time: stories answer after a realistic pause, tests at once. */
export const fakeDefaults = { delay: 350 };

export interface Call {
  op: Operation;
  args: unknown[];
}

export interface FakeClient extends TehostamoClient {
  readonly organisations: TehostamoClient['organisations'] & OrganisationPrivacyMethods;
  readonly calls: Call[];
  readonly state: {
    tasks: Task[];
    applications: Application[];
    signedIn: boolean;
    user: Me | undefined;
    feedback: Feedback[];
  };
  callsOf(op: Operation): Call[];
}

export const errors = {
  network: () =>
    new NetworkError(
      'The request got no answer: Failed to fetch',
      new TypeError('Failed to fetch'),
    ),
  api: (status: number, code: string, details?: unknown) =>
    apiErrorFrom({ status, code, message: `${code} (fake)`, details }),
  server: () =>
    apiErrorFrom({ status: 500, code: 'internal_error', message: 'Internal error (fake)' }),
};

export function pagePromise<T, P extends { data: T[]; nextCursor: string | null }>(
  first: Promise<P>,
  next: (cursor: string) => Promise<P>,
) {
  return Object.assign(first, {
    async *[Symbol.asyncIterator]() {
      let page = await first;
      for (;;) {
        yield* page.data;
        if (!page.nextCursor) return;
        page = await next(page.nextCursor);
      }
    },
  });
}

function matches(task: Task, filter: TaskListFilter): boolean {
  const categories = filter.category
    ? Array.isArray(filter.category)
      ? filter.category
      : [filter.category]
    : [];
  if (categories.length && !categories.includes(task.category)) return false;
  if (filter.remote !== undefined && task.remote !== filter.remote) return false;
  if (filter.region && task.location?.region.code !== filter.region) return false;
  if (
    filter.municipality &&
    task.location?.municipality.name.toLowerCase() !== filter.municipality.toLowerCase()
  )
    return false;
  if (
    filter.postalCode &&
    filter.radiusKm === undefined &&
    task.location?.postalCode !== filter.postalCode
  )
    return false;
  if (filter.q && !`${task.title} ${task.details}`.toLowerCase().includes(filter.q.toLowerCase()))
    return false;
  return true;
}

export function fakeClient(options: FakeOptions = {}): FakeClient {
  const state = {
    tasks: structuredClone(options.tasks ?? []),
    applications: structuredClone(options.applications ?? []),
    signedIn: options.signedIn ?? false,
    user: options.user,
    feedback: structuredClone(options.feedback ?? []),
  };
  const calls: Call[] = [];
  const errorQueues = new Map<Operation, unknown[]>();
  for (const [op, value] of Object.entries(options.errors ?? {})) {
    errorQueues.set(op as Operation, Array.isArray(value) ? [...value] : [value]);
  }
  const failsAlways = new Set(
    Object.entries(options.errors ?? {})
      .filter(([, v]) => !Array.isArray(v))
      .map(([op]) => op),
  );

  async function run<T>(op: Operation, args: unknown[], answer: () => T): Promise<T> {
    calls.push({ op, args: structuredClone(args.filter((a) => typeof a !== 'function')) });
    if (options.pending?.includes(op)) return new Promise<T>(() => {});
    const delay = options.delay ?? fakeDefaults.delay;
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const queue = errorQueues.get(op);
    if (queue?.length) {
      const error = failsAlways.has(op) ? queue[0] : queue.shift();
      if (error !== undefined) throw error;
    }
    return answer();
  }

  const requireUser = () => {
    if (!state.signedIn || !state.user) throw errors.api(401, 'unauthenticated');
    return state.user;
  };
  const findTask = (id: number) => {
    const task = state.tasks.find((t) => t.id === id);
    if (!task) throw errors.api(404, 'not_found');
    return task;
  };

  const listPage = (filter: TaskListFilter, cursor?: string, op: Operation = 'tasks.list') =>
    run(op, [{ ...filter, ...(cursor ? { cursor } : {}) }], () => {
      // The signed-in feed: the open tasks that can be done remotely.
      if (op === 'me.opportunities') requireUser();
      const all = state.tasks.filter(
        (t) => t.status === 'open' && matches(t, filter) && (op === 'tasks.list' || t.remote),
      );
      const size = filter.limit ?? options.pageSize ?? 20;
      const from = cursor ?? filter.cursor;
      const start = from ? Number(from) : 0;
      const data = all.slice(start, start + size);
      const end = start + data.length;
      return { data: structuredClone(data), nextCursor: end < all.length ? String(end) : null };
    });

  let nextTaskId = 900;
  let nextAppId = 900;
  const taskPage = taskPageMethods({ state, run, requireUser, findTask });
  const chat = chatMethods({ state, run, requireUser, findTask }, options.chat ?? {});
  const profile = profileMethods({ state, run, requireUser, fail: errors.api });
  const suggestions = suggestionMethods(
    { run, requireUser, fail: errors.api },
    options.suggestions ?? {},
  );

  const settings = settingsMethods(
    {
      run,
      requireUser,
      apiError: errors.api,
      page: (first) => pagePromise(first, () => first),
      tasks: () => state.tasks,
    },
    options.settings ?? {},
  );

  const client: FakeClient = {
    ...(options.publishableKey ? { options: { publishableKey: options.publishableKey } } : {}),
    ...settings,
    // <tehostamo-my-data organisation-id>
    organisations: {
      ...settings.organisations,
      export: ((id: number) =>
        run('organisations.export', [id], () => {
          requireUser();
          return organisationExportOf(id);
        })) as OrganisationPrivacyMethods['export'],
      requestClosureCode: ((id: number) =>
        run('organisations.requestClosureCode', [id], () => {
          requireUser();
          return { expiresInSeconds: 600 };
        })) as OrganisationPrivacyMethods['requestClosureCode'],
      close: ((id: number, body: { code: string }) =>
        run('organisations.close', [id, body], () => {
          requireUser();
          if (body.code !== (options.code ?? '123456')) {
            throw errors.api(422, 'invalid_code', { attemptsLeft: 4 });
          }
        })) as OrganisationPrivacyMethods['close'],
    },
    calls,
    state,
    callsOf: (op) => calls.filter((c) => c.op === op),
    chat: chat.control,
    tasks: {
      list: ((filter: TaskListFilter = {}) =>
        pagePromise(listPage(filter), (cursor) =>
          listPage(filter, cursor),
        )) as FakeClient['tasks']['list'],
      get: ((id: number) =>
        run('tasks.get', [id], () => structuredClone(findTask(id)))) as FakeClient['tasks']['get'],
      create: ((input: TaskCreate, opts?: { idempotencyKey?: string }) =>
        run('tasks.create', [input, opts ?? {}], () => {
          const visitor = !state.signedIn && options.publishableKey ? input.visitor : undefined;
          if (!state.signedIn && options.publishableKey && !visitor) {
            throw errors.api(422, 'visitor_required');
          }
          const user = visitor
            ? { id: 77, name: visitor.name, email: visitor.email }
            : requireUser();
          const task = makeTask({
            id: nextTaskId++,
            category: input.category,
            title: input.title,
            details: input.details ?? '',
            accountingReference: input.accountingReference ?? null,
            remote: input.remote ?? true,
            location: input.postalCode
              ? {
                  postalCode: input.postalCode,
                  placeName: 'Tampere',
                  municipality: { code: '837', name: 'Tampere' },
                  region: { code: 'FI197', name: 'Pirkanmaa' },
                }
              : null,
            schedule: {
              text: input.schedule.text ?? null,
              startsAt: input.schedule.startsAt ?? null,
              endsAt: input.schedule.endsAt ?? null,
            },
            estimatedHours: input.estimatedHours,
            helpersWanted: input.helpersWanted ?? 1,
            requester: { id: user.id, name: user.name },
            viewer: { canManage: !visitor, application: null },
            status: visitor ? 'pending_verification' : 'open',
            publishedAt: visitor ? null : new Date().toISOString(),
          });
          state.tasks.unshift(task);
          // Like the server: only the answer to the visitor carries the request's reference.
          return visitor
            ? { ...structuredClone(task), verificationReference: `ref-${task.id}-0123456789abcdef` }
            : structuredClone(task);
        })) as FakeClient['tasks']['create'],
      verify: ((id: number, body: { code: string; reference?: string }) =>
        run('tasks.verify', [id, body], () => {
          if (body.reference !== `ref-${id}-0123456789abcdef`) throw errors.api(404, 'not_found');
          const task = findTask(id);
          if (task.status !== 'pending_verification') throw errors.api(409, 'already_verified');
          if (body.code !== (options.code ?? '123456')) throw errors.api(401, 'invalid_code');
          task.status = 'open';
          task.publishedAt = new Date().toISOString();
          return {
            task: structuredClone(task),
            membership: options.membership ?? 'pending_approval',
          };
        })) as FakeClient['tasks']['verify'],
      closeApplications: ((id: number, opts?: { idempotencyKey?: string }) =>
        run('tasks.closeApplications', [id, opts ?? {}], () => {
          requireUser();
          const task = findTask(id);
          let thanked = 0;
          for (const app of state.applications) {
            if (app.taskId === id && app.status === 'pending') {
              app.status = 'declined';
              thanked++;
            }
          }
          task.applicationsOpen = false;
          task.status = task.selectedCount > 0 ? 'assigned' : task.status;
          return { task: structuredClone(task), thanked };
        })) as FakeClient['tasks']['closeApplications'],
      ...taskPage.tasks,
      ...chat.tasks,
      ...suggestions,
      applications: {
        ...taskPage.applications,
        list: ((id: number) =>
          run('applications.list', [id], () => {
            requireUser();
            findTask(id);
            return { data: structuredClone(state.applications.filter((a) => a.taskId === id)) };
          })) as FakeClient['tasks']['applications']['list'],
        create: ((id: number, body: { message: string }, opts?: { idempotencyKey?: string }) =>
          run('applications.create', [id, body, opts ?? {}], () => {
            const user = requireUser();
            const task = findTask(id);
            if (task.viewer.application) throw errors.api(409, 'already_applied');
            const application = makeApplication({
              id: nextAppId++,
              taskId: id,
              message: body.message,
              applicant: {
                ...makeApplication().applicant,
                id: user.id,
                name: user.name,
                email: user.email,
              },
            });
            state.applications.push(application);
            task.viewer = {
              ...task.viewer,
              application: { id: application.id, status: 'pending' },
            };
            return structuredClone(application);
          })) as FakeClient['tasks']['applications']['create'],
        select: ((id: number, appId: number, opts?: { idempotencyKey?: string }) =>
          run('applications.select', [id, appId, opts ?? {}], () => {
            requireUser();
            const task = findTask(id);
            const app = state.applications.find((a) => a.id === appId && a.taskId === id);
            if (!app) throw errors.api(404, 'not_found');
            if (app.status !== 'pending') throw errors.api(409, 'application_not_pending');
            if (task.selectedCount >= task.helpersWanted) throw errors.api(409, 'task_full');
            app.status = 'selected';
            app.assignment = {
              status: 'selected',
              doneAt: null,
              approvedAt: null,
              actualHours: null,
            };
            task.selectedCount++;
            const canSelectMore = task.selectedCount < task.helpersWanted;
            if (!canSelectMore) {
              task.applicationsOpen = false;
              task.status = 'assigned';
            }
            return {
              application: structuredClone(app),
              task: structuredClone(task),
              canSelectMore,
            };
          })) as FakeClient['tasks']['applications']['select'],
      },
    },
    me: {
      get: (() =>
        run('me.get', [], () => structuredClone(requireUser()))) as FakeClient['me']['get'],
      opportunities: ((filter: TaskListFilter = {}) =>
        pagePromise(listPage(filter, undefined, 'me.opportunities'), (cursor) =>
          listPage(filter, cursor, 'me.opportunities'),
        )) as FakeClient['me']['opportunities'],
      // <tehostamo-my-work>
      work: (() =>
        run('me.work', [], () => {
          requireUser();
          return structuredClone(options.work ?? EMPTY_WORK);
        })) as FakeClient['me']['work'],
      // <tehostamo-my-data>
      export: (() =>
        run('me.export', [], () => {
          const user = requireUser();
          return exportOf(user);
        })) as FakeClient['me']['export'],
      requestErasureCode: (() =>
        run('me.requestErasureCode', [], () => {
          requireUser();
          if (options.soleAdminOf?.length) {
            throw errors.api(409, 'last_admin', { organisations: options.soleAdminOf });
          }
          return { expiresInSeconds: 600 };
        })) as FakeClient['me']['requestErasureCode'],
      erase: ((body: { code: string }) =>
        run('me.erase', [body], () => {
          requireUser();
          if (body.code !== (options.code ?? '123456')) {
            throw errors.api(422, 'invalid_code', { attemptsLeft: 4 });
          }
          state.signedIn = false;
          state.user = undefined;
        })) as FakeClient['me']['erase'],
      ...profile.me,
    },
    postalCodes: profile.postalCodes,

    // <tehostamo-profile-card>
    users: {
      get: ((id: number) =>
        run('users.get', [id], () => {
          const found = options.profiles?.find((p) => p.id === id);
          if (!found) throw errors.api(404, 'not_found');
          return structuredClone(found);
        })) as FakeClient['users']['get'],
    },
    auth: {
      requestCode: ((email: string, opts?: { lang?: string }) =>
        run('auth.requestCode', [email, opts ?? {}], () => ({
          expiresInSeconds: 600,
        }))) as FakeClient['auth']['requestCode'],
      signIn: (email: string, code: string) =>
        run('auth.signIn', [email, code], () => {
          if (code !== (options.code ?? '123456')) throw errors.api(401, 'invalid_code');
          state.signedIn = true;
          state.user ??= { ...(options.user as Me), email };
          return client;
        }),
      signOut: (() =>
        run('auth.signOut', [], () => {
          state.signedIn = false;
        })) as FakeClient['auth']['signOut'],
    },
  };
  return client;
}

/** A small `GET /me/export` for the signed-in user of the stories. */
function exportOf(user: Me): PersonalExport {
  return {
    format: 'tehostamo-personal-export/1',
    exportedAt: '2026-11-28T08:00:00.000Z',
    profile: { id: user.id, email: user.email, name: user.name, phone: user.phone },
    organisations: user.memberships.map((m) => ({ organisation: m.organisation, role: m.role })),
    groups: user.groups.map((g) => ({ group: g })),
    joinRequests: [],
    tasksPosted: [],
    applications: [],
    assignments: [],
    hours: { approvedAssignments: 0, actualHours: 0 },
    messages: [],
    chatReadMarks: [],
    feedbackGiven: [],
    feedbackReceived: [],
    signIns: [{ at: '2026-11-28T07:55:00.000Z', ip: '192.0.2.10' }],
    sessions: [],
    emails: [],
    visitorRequests: [],
    apiKeysCreated: [],
    directoryEditLinks: [],
    alertSettings: [],
    taskInvitations: [],
    audit: [],
  };
}

/** A small `GET /organisations/:id/export`. */
function organisationExportOf(id: number): OrganisationExport {
  return {
    format: 'tehostamo-organisation-export/1',
    exportedAt: '2026-11-28T08:00:00.000Z',
    organisation: { id, name: 'Helsingin Omaishoitajat ry' },
    members: [],
    umbrellas: [],
    memberOrganisations: [],
    apiKeys: [],
    groups: [],
    proBono: null,
    tasks: [{ id: 1, title: 'Tilinpäätös 2025', status: 'completed' }],
    applications: [],
    messages: [],
    feedback: [],
    joinRequests: [],
    visitorRequests: [],
    directory: { listing: null, services: [], editLinks: [] },
    audit: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The task page (<tehostamo-task>): editing, cancelling, withdrawing, declining, assignments and
// feedback.

type TaskPageOperation =
  | 'tasks.update'
  | 'tasks.cancel'
  | 'applications.withdraw'
  | 'applications.decline'
  | 'assignments.done'
  | 'assignments.approve'
  | 'feedback.list'
  | 'feedback.create';

interface Kit {
  state: FakeClient['state'];
  run: <T>(op: Operation, args: unknown[], answer: () => T) => Promise<T>;
  requireUser: () => Me;
  findTask: (id: number) => Task;
}

type Tasks = FakeClient['tasks'];

function taskPageMethods({ state, run, requireUser, findTask }: Kit) {
  let nextFeedbackId = 900;
  const findApp = (taskId: number, appId: number) => {
    const app = state.applications.find((a) => a.id === appId && a.taskId === taskId);
    if (!app) throw errors.api(404, 'not_found');
    return app;
  };
  const syncViewer = (task: Task, app: Application) => {
    if (task.viewer.application?.id === app.id) {
      task.viewer = { ...task.viewer, application: { id: app.id, status: app.status } };
    }
  };
  return {
    tasks: {
      update: ((id: number, body: TaskUpdate) =>
        run('tasks.update', [id, body], () => {
          requireUser();
          const task = findTask(id);
          if (task.status !== 'open') throw errors.api(409, 'task_not_open');
          const { schedule, postalCode, ...rest } = body;
          Object.assign(task, rest);
          if (schedule) {
            task.schedule = {
              text: schedule.text ?? null,
              startsAt: schedule.startsAt ?? null,
              endsAt: schedule.endsAt ?? null,
            };
          }
          if (postalCode === null) task.location = null;
          else if (postalCode && postalCode !== task.location?.postalCode) {
            task.location = {
              postalCode,
              placeName: 'Tampere',
              municipality: { code: '837', name: 'Tampere' },
              region: { code: 'FI197', name: 'Pirkanmaa' },
            };
          }
          return structuredClone(task);
        })) as Tasks['update'],
      cancel: ((id: number, body: { reason?: string } = {}, opts?: { idempotencyKey?: string }) =>
        run('tasks.cancel', [id, body, opts ?? {}], () => {
          requireUser();
          const task = findTask(id);
          if (!['pending_verification', 'open', 'assigned'].includes(task.status)) {
            throw errors.api(409, 'task_not_cancellable');
          }
          task.status = 'cancelled';
          task.applicationsOpen = false;
          task.cancelledAt = new Date().toISOString();
          task.cancelReason = body.reason ?? null;
          for (const app of state.applications) {
            if (app.taskId === id && app.status === 'pending') app.status = 'declined';
          }
          return structuredClone(task);
        })) as Tasks['cancel'],
      assignments: {
        done: ((id: number, appId: number, opts?: { idempotencyKey?: string }) =>
          run('assignments.done', [id, appId, opts ?? {}], () => {
            requireUser();
            const app = findApp(id, appId);
            if (app.status !== 'selected' || !app.assignment) {
              throw errors.api(409, 'not_selected');
            }
            if (app.assignment.doneAt) throw errors.api(409, 'already_done');
            app.assignment = {
              ...app.assignment,
              status: 'done',
              doneAt: new Date().toISOString(),
            };
            return structuredClone(app);
          })) as Tasks['assignments']['done'],
        approve: ((
          id: number,
          appId: number,
          body: { actualHours: number; feedback?: { rating: number; text?: string } },
          opts?: { idempotencyKey?: string },
        ) =>
          run('assignments.approve', [id, appId, body, opts ?? {}], () => {
            const user = requireUser();
            const task = findTask(id);
            const app = findApp(id, appId);
            if (!app.assignment?.doneAt) throw errors.api(409, 'not_done');
            if (app.assignment.approvedAt) throw errors.api(409, 'already_approved');
            app.assignment = {
              ...app.assignment,
              status: 'approved',
              approvedAt: new Date().toISOString(),
              actualHours: body.actualHours,
            };
            if (body.feedback) {
              state.feedback.push({
                id: nextFeedbackId++,
                taskId: id,
                applicationId: appId,
                direction: 'to_helper',
                rating: body.feedback.rating,
                text: body.feedback.text ?? '',
                from: { id: user.id, name: user.name },
                to: { id: app.applicant.id, name: app.applicant.name },
                createdAt: new Date().toISOString(),
              });
            }
            const selected = state.applications.filter(
              (a) => a.taskId === id && a.status === 'selected',
            );
            if (
              !task.applicationsOpen &&
              selected.every((a) => a.assignment?.approvedAt) &&
              task.status === 'assigned'
            ) {
              task.status = 'completed';
              task.completedAt = new Date().toISOString();
            }
            return structuredClone(app);
          })) as Tasks['assignments']['approve'],
      },
      feedback: {
        list: ((id: number) =>
          run('feedback.list', [id], () => ({
            data: structuredClone(state.feedback.filter((f) => f.taskId === id)),
          }))) as Tasks['feedback']['list'],
        create: ((
          id: number,
          body: { applicationId: number; rating: number; text?: string },
          opts?: { idempotencyKey?: string },
        ) =>
          run('feedback.create', [id, body, opts ?? {}], () => {
            const user = requireUser();
            const task = findTask(id);
            const app = findApp(id, body.applicationId);
            const direction = app.applicant.id === user.id ? 'to_requester' : 'to_helper';
            if (
              state.feedback.some((f) => f.applicationId === app.id && f.direction === direction)
            ) {
              throw errors.api(409, 'feedback_exists');
            }
            const requester = task.requester ?? { id: 0, name: '' };
            const feedback: Feedback = {
              id: nextFeedbackId++,
              taskId: id,
              applicationId: app.id,
              direction,
              rating: body.rating,
              text: body.text ?? '',
              from: { id: user.id, name: user.name },
              to:
                direction === 'to_requester'
                  ? requester
                  : { id: app.applicant.id, name: app.applicant.name },
              createdAt: new Date().toISOString(),
            };
            state.feedback.push(feedback);
            return structuredClone(feedback);
          })) as Tasks['feedback']['create'],
      },
    },
    applications: {
      withdraw: ((id: number, appId: number, opts?: { idempotencyKey?: string }) =>
        run('applications.withdraw', [id, appId, opts ?? {}], () => {
          requireUser();
          const app = findApp(id, appId);
          if (app.status !== 'pending') throw errors.api(409, 'application_not_pending');
          app.status = 'withdrawn';
          syncViewer(findTask(id), app);
          return structuredClone(app);
        })) as Tasks['applications']['withdraw'],
      decline: ((id: number, appId: number, opts?: { idempotencyKey?: string }) =>
        run('applications.decline', [id, appId, opts ?? {}], () => {
          requireUser();
          const app = findApp(id, appId);
          if (app.status !== 'pending') throw errors.api(409, 'application_not_pending');
          app.status = 'declined';
          syncViewer(findTask(id), app);
          return structuredClone(app);
        })) as Tasks['applications']['decline'],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The chat (<tehostamo-chat>): messages polled with `after`, sent with an idempotency key, the
// reader's mark, and the participants with their contacts.

type ChatOperation =
  | 'messages.list'
  | 'messages.create'
  | 'messages.readState'
  | 'messages.markRead'
  | 'tasks.participants';

export interface FakeChatOptions {
  messages?: Message[];
  /** Participants per task; a task without an entry answers 403 `not_in_chat`. */
  participants?: TaskParticipants[];
  /** The reader's mark: the last message they have seen. */
  lastReadId?: number | null;
  /**
   * How many sends are stored and then lose their answer (a `NetworkError`), as when the network
   * drops after the server has committed: a retry with the same key must not store it twice.
   */
  lostAnswers?: number;
}

export interface FakeChat {
  /** All messages the fake server holds, oldest first. */
  readonly messages: Message[];
  /** Someone else writes: the message appears for the next poll. */
  add(taskId: number, author: { id: number; name: string }, body: string): Message;
  readonly lastReadId: number | null;
}

export interface FakeClient {
  readonly chat: FakeChat;
}

function chatMethods({ run, requireUser }: Kit, options: FakeChatOptions) {
  const messages: Message[] = structuredClone(options.messages ?? []);
  let lastReadId = options.lastReadId ?? null;
  let lostAnswers = options.lostAnswers ?? 0;
  const byKey = new Map<string, Message>();
  let nextId = Math.max(1000, ...messages.map((m) => m.id + 1));
  const participantsOf = (taskId: number) => {
    const found = options.participants?.find((p) => p.taskId === taskId);
    if (!found) throw errors.api(403, 'not_in_chat');
    return found;
  };
  const add = (taskId: number, author: { id: number; name: string }, body: string) => {
    const message: Message = {
      id: nextId++,
      taskId,
      author: { id: author.id, name: author.name },
      body,
      createdAt: new Date().toISOString(),
    };
    messages.push(message);
    return message;
  };
  const unread = (taskId: number, me: number) =>
    messages.filter(
      (m) =>
        m.taskId === taskId && m.author.id !== me && (lastReadId === null || m.id > lastReadId),
    ).length;
  type Messages = Tasks['messages'];
  return {
    control: {
      get messages() {
        return messages;
      },
      add,
      get lastReadId() {
        return lastReadId;
      },
    } satisfies FakeChat,
    tasks: {
      messages: {
        list: ((taskId: number, query: { after?: number; limit?: number } = {}) =>
          run('messages.list', [taskId, query], () => {
            requireUser();
            participantsOf(taskId);
            const after = query.after ?? 0;
            const limit = query.limit ?? 50;
            const rest = messages.filter((m) => m.taskId === taskId && m.id > after);
            const data = rest.slice(0, limit);
            return {
              data: structuredClone(data),
              nextCursor: rest.length > limit ? String(data.at(-1)!.id) : null,
            };
          })) as unknown as Messages['list'],
        create: ((taskId: number, body: { body: string }, opts?: { idempotencyKey?: string }) =>
          run('messages.create', [taskId, body, opts ?? {}], () => {
            const user = requireUser();
            participantsOf(taskId);
            const key = opts?.idempotencyKey;
            const replay = key ? byKey.get(key) : undefined;
            const stored = replay ?? add(taskId, user, body.body.trim());
            if (key) byKey.set(key, stored);
            if (!replay && lostAnswers > 0) {
              lostAnswers--;
              throw errors.network();
            }
            return structuredClone(stored);
          })) as Messages['create'],
        readState: ((taskId: number) =>
          run('messages.readState', [taskId], () => {
            const user = requireUser();
            participantsOf(taskId);
            return { lastReadId, unread: unread(taskId, user.id) };
          })) as Messages['readState'],
        markRead: ((taskId: number, body: { lastReadId: number }) =>
          run('messages.markRead', [taskId, body], () => {
            const user = requireUser();
            participantsOf(taskId);
            const newest = Math.max(
              0,
              ...messages
                .filter((m) => m.taskId === taskId && m.id <= body.lastReadId)
                .map((m) => m.id),
            );
            if (newest && (lastReadId === null || newest > lastReadId)) lastReadId = newest;
            return { lastReadId, unread: unread(taskId, user.id) };
          })) as Messages['markRead'],
      },
      participants: ((taskId: number) =>
        run('tasks.participants', [taskId], () => {
          requireUser();
          return structuredClone(participantsOf(taskId));
        })) as Tasks['participants'],
    },
  };
}

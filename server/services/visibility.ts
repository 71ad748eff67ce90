/**
 * Who may see a task: the one rule, in its two forms side by side.
 *
 * - `taskVisibleTo(viewer, task, applied)` decides for one loaded task (a task's page, every
 *   action on a task);
 * - `visibleTasksSql(viewer, …)` is the same rule as an SQL condition over `tasks`, for lists,
 *   feeds, digests and counts, so that they filter in the database and paginate exactly.
 *
 * Both read a `Viewer`: what the rule needs to know of whoever asks, loaded once per request by
 * `viewerOf(ctx)`. test/server/visibility.test.ts checks that the two forms agree for every kind
 * of task and every kind of caller, on SQLite and MariaDB. Change them together.
 *
 * The rule:
 * 1. A publishable key narrows everything to its organisation's view (`KeyView`), whoever asks.
 * 2. The requesting organisation (its members, its secret key) sees its tasks in every state.
 * 3. Nobody else sees a task that waits for its requester's emailed confirmation.
 * 4. A task without a group is public; a group's task is seen by the group's members and by
 *    whoever has applied to it.
 */
import { literal, type Transaction, type WhereOptions } from 'sequelize';
import type { Ctx } from '../context.ts';
import { Affiliation, Application, Group, Organisation, Task } from '../db/models/index.ts';
import { NotFound } from '../errors.ts';
import { currentUserId, myGroupIds, myRoles } from './access.ts';
import { programmeScope, type TaskScope } from './pro-bono.ts';

export type { TaskScope } from './pro-bono.ts';

/**
 * The tasks a publishable key's organisation shows: those in `scope` (a company: its pro bono
 * programme; an umbrella: its own and its members' tasks; anyone else: its own), and the tasks
 * targeted at a group the organisation owns.
 */
export interface KeyView {
  scope: TaskScope;
  groupIds: readonly number[];
}

/** What the rule needs to know of the caller. */
export interface Viewer {
  /** The signed-in user, or null (anonymous, secret key). */
  userId: number | null;
  /** Organisations whose tasks the caller manages: a user's memberships, a secret key's own. */
  organisationIds: readonly number[];
  /** Groups the signed-in user belongs to. */
  groupIds: readonly number[];
  /** The view of the publishable key the request carries, or null when it carries none. */
  keyView: KeyView | null;
}

/** The columns of a task that the rule reads. */
export type VisibilityFacts = Pick<
  Task,
  'id' | 'status' | 'organisationId' | 'groupId' | 'category' | 'regionCode'
>;

// ---------------------------------------------------------------------------------------------
// The rule for one task

/** Whether `task` is in `scope`. */
export function inScope(scope: TaskScope, task: VisibilityFacts): boolean {
  if (scope.organisationIds && !scope.organisationIds.includes(task.organisationId)) return false;
  if (scope.categories && !scope.categories.includes(task.category)) return false;
  if (scope.regionCodes && !(task.regionCode && scope.regionCodes.includes(task.regionCode))) {
    return false;
  }
  return true;
}

/** Whether the key's view shows `task`. */
export function inKeyView(view: KeyView, task: VisibilityFacts): boolean {
  return (
    inScope(view.scope, task) || (task.groupId != null && view.groupIds.includes(task.groupId))
  );
}

/**
 * Whether `viewer` may see `task`. `applied`: whether the viewer has applied to it (asked of the
 * database only when it matters: see `needsApplication`).
 */
export function taskVisibleTo(viewer: Viewer, task: VisibilityFacts, applied: boolean): boolean {
  if (viewer.keyView && !inKeyView(viewer.keyView, task)) return false;
  if (viewer.organisationIds.includes(task.organisationId)) return true;
  if (task.status === 'pending_verification') return false;
  if (task.groupId == null) return true;
  if (viewer.groupIds.includes(task.groupId)) return true;
  return viewer.userId !== null && applied;
}

/** Whether `taskVisibleTo` would read `applied` for this task: only then is it worth a query. */
export function needsApplication(viewer: Viewer, task: VisibilityFacts): boolean {
  return (
    viewer.userId !== null &&
    task.groupId != null &&
    task.status !== 'pending_verification' &&
    !viewer.organisationIds.includes(task.organisationId) &&
    !viewer.groupIds.includes(task.groupId)
  );
}

// ---------------------------------------------------------------------------------------------
// The same rule as SQL

/**
 * Quotes a string as an SQL literal for the database in use. Every condition below comes back
 * in parentheses, so that it can be joined with AND or OR as it is.
 */
export type Quote = (value: string) => string;

const ids = (values: readonly number[]) => values.map((v) => String(Math.trunc(Number(v))));

function inList(column: string, values: readonly number[]): string {
  return values.length === 0 ? '0 = 1' : `${column} IN (${ids(values).join(', ')})`;
}

function inStrings(column: string, values: readonly string[], quote: Quote): string {
  return values.length === 0 ? '0 = 1' : `${column} IN (${values.map(quote).join(', ')})`;
}

/** `inScope` as SQL over the table (or alias) `t`. */
export function scopeSql(scope: TaskScope, quote: Quote, t = 'tasks'): string {
  const parts: string[] = [];
  if (scope.organisationIds) parts.push(inList(`${t}.organisation_id`, scope.organisationIds));
  if (scope.categories) parts.push(inStrings(`${t}.category`, scope.categories, quote));
  // NULL IN (…) is not true: a task without a region is in no region, as in `inScope`.
  if (scope.regionCodes) parts.push(inStrings(`${t}.region_code`, scope.regionCodes, quote));
  return parts.length === 0 ? '(1 = 1)' : `(${parts.map((p) => `(${p})`).join(' AND ')})`;
}

/** `inKeyView` as SQL. */
export function keyViewSql(view: KeyView, quote: Quote, t = 'tasks'): string {
  const scope = scopeSql(view.scope, quote, t);
  if (view.groupIds.length === 0) return scope;
  return `((${scope}) OR ${inList(`${t}.group_id`, view.groupIds)})`;
}

/** `taskVisibleTo` as SQL over the table (or alias) `t`; `applied` is read from `applications`. */
export function visibleTasksSql(viewer: Viewer, quote: Quote, t = 'tasks'): string {
  const others = [`${t}.group_id IS NULL`];
  if (viewer.groupIds.length > 0) others.push(inList(`${t}.group_id`, viewer.groupIds));
  if (viewer.userId !== null) {
    others.push(
      `${t}.id IN (SELECT a.task_id FROM applications a WHERE a.user_id = ${ids([viewer.userId])[0]})`,
    );
  }
  let sql = `${t}.status <> 'pending_verification' AND (${others.join(' OR ')})`;
  if (viewer.organisationIds.length > 0) {
    sql = `${inList(`${t}.organisation_id`, viewer.organisationIds)} OR (${sql})`;
  }
  return viewer.keyView ? `(${keyViewSql(viewer.keyView, quote, t)} AND (${sql}))` : `(${sql})`;
}

// ---------------------------------------------------------------------------------------------
// Loading the viewer of a request

function memo<T>(ctx: Ctx, key: string, load: () => Promise<T>): Promise<T> {
  if (!ctx.cache.has(key)) ctx.cache.set(key, load());
  return ctx.cache.get(key) as Promise<T>;
}

/** The view of the key's organisation. */
async function loadKeyView(organisationId: number): Promise<KeyView> {
  const [organisation, groups] = await Promise.all([
    Organisation.findByPk(organisationId, { attributes: ['id', 'kind'], raw: true }),
    Group.findAll({ where: { organisationId }, attributes: ['id'], raw: true }),
  ]);
  if (!organisation) return { scope: { organisationIds: [] }, groupIds: [] };
  const groupIds = groups.map((g) => g.id);
  if (organisation.kind === 'company') {
    return { scope: await programmeScope(organisationId), groupIds };
  }
  if (organisation.kind === 'umbrella') {
    const members = await Affiliation.findAll({
      where: { umbrellaId: organisationId },
      attributes: ['memberId'],
      raw: true,
    });
    return {
      scope: { organisationIds: [organisationId, ...members.map((m) => m.memberId)] },
      groupIds,
    };
  }
  return { scope: { organisationIds: [organisationId] }, groupIds };
}

/** The view of the request's publishable key, or null when it carries none. Memoised. */
export function keyViewOf(ctx: Ctx): Promise<KeyView | null> {
  const key = ctx.publishableKey;
  if (!key) return Promise.resolve(null);
  return memo(ctx, 'publishable-view', () => loadKeyView(key.organisationId));
}

/** The caller as the rule sees them. Memoised for the request. */
export function viewerOf(ctx: Ctx): Promise<Viewer> {
  return memo(ctx, 'viewer', async () => {
    const [roles, groupIds, keyView] = await Promise.all([
      myRoles(ctx),
      myGroupIds(ctx),
      keyViewOf(ctx),
    ]);
    return { userId: currentUserId(ctx), organisationIds: [...roles.keys()], groupIds, keyView };
  });
}

const quoteFor =
  (ctx: Pick<Ctx, 'db'>): Quote =>
  (value) =>
    ctx.db.sequelize.escape(value);

/** Whether the caller may see a loaded task (one query more only for another group's task). */
export async function canSeeTask(
  ctx: Ctx,
  task: VisibilityFacts,
  t?: Transaction,
): Promise<boolean> {
  const viewer = await viewerOf(ctx);
  const applied =
    needsApplication(viewer, task) &&
    (await Application.count({
      where: { taskId: task.id, userId: viewer.userId! },
      transaction: t,
    })) > 0;
  return taskVisibleTo(viewer, task, applied);
}

/** The task, or 404 when it does not exist or the caller may not see it (existence is not told). */
export async function loadVisibleTask(ctx: Ctx, id: number, t?: Transaction): Promise<Task> {
  const task = await Task.findByPk(id, { transaction: t });
  if (!task || !(await canSeeTask(ctx, task, t))) throw new NotFound('task');
  return task;
}

/** The rule as a Sequelize condition on `Task`, for lists that the caller reads. */
export async function visibleTasksWhere(ctx: Ctx): Promise<WhereOptions<Task>> {
  return literal(visibleTasksSql(await viewerOf(ctx), quoteFor(ctx), '`Task`'));
}

/** The request's publishable key's view as a condition on `Task`, or null when it has none. */
export async function keyViewWhere(ctx: Ctx): Promise<WhereOptions<Task> | null> {
  const view = await keyViewOf(ctx);
  return view ? literal(keyViewSql(view, quoteFor(ctx), '`Task`')) : null;
}

/**
 * Applications: apply, withdraw, the requester's list of applicants, select (one, then more),
 * decline, and closing applications with a thank-you to everyone not chosen.
 */
import { col, literal, Op, UniqueConstraintError, type Transaction } from 'sequelize';
import type { z } from 'zod';
import type { PageOf } from '../../sdk/schemas/common.ts';
import type {
  Application as ApplicationOut,
  ApplicationCreate,
  CloseResult,
  SelectResult,
  Task as TaskOut,
} from '../../sdk/schemas/tasks.ts';
import type { ApplicantSummary, HelperType } from '../../sdk/schemas/users.ts';
import type { Ctx } from '../context.ts';
import { Application, Organisation, Task, TaskInvitation, User } from '../db/models/index.ts';
import { Conflict, Forbidden, NotFound } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { currentUserId, orgRole } from './access.ts';
import { encodeCursor, idCursor } from './cursor.ts';
import { lookupPlace } from './places.ts';
import { completedTaskCounts, ratings, type Rating } from './profiles.ts';
import { toTask } from './task-shape.ts';
import { canManageTask, requireManageTask } from './tasks.ts';
import { loadVisibleTask } from './visibility.ts';

type ApplicationWithUser = Application & { user: User };

export interface HelperStats {
  completedTasks: number;
  rating: Rating;
}

/** The same numbers the public profile shows: approved assignments and feedback received. */
export async function helperStats(
  userIds: number[],
  t?: Transaction,
): Promise<Map<number, HelperStats>> {
  const [completed, rated] = await Promise.all([
    completedTaskCounts(userIds, t),
    ratings(userIds, t),
  ]);
  return new Map(
    userIds.map((id) => [
      id,
      {
        completedTasks: completed.get(id) ?? 0,
        rating: rated.get(id) ?? { average: null, count: 0 },
      },
    ]),
  );
}

function toApplicant(user: User, stats: HelperStats): ApplicantSummary {
  const place = user.postalCode ? lookupPlace(user.postalCode) : null;
  return {
    id: user.id,
    name: user.name,
    // An erased account's placeholder address is no one's: not shown.
    email: user.erasedAt ? '' : user.email,
    phone: user.phone,
    helperType: user.helperType as HelperType | null,
    bio: user.bio,
    municipality: place?.municipality.name ?? null,
    languages: user.languages,
    skills: user.skills,
    experience: user.experience,
    completedTasks: stats.completedTasks,
    rating: stats.rating,
  };
}

export function assignmentStatus(app: Application): 'selected' | 'done' | 'approved' {
  if (app.approvedAt) return 'approved';
  if (app.doneAt) return 'done';
  return 'selected';
}

/** The wire form. Only the applicant and the requesting organisation ever get one. */
export function toApplication(app: ApplicationWithUser, stats: HelperStats): ApplicationOut {
  return {
    id: app.id,
    taskId: app.taskId,
    status: app.status,
    message: app.message,
    applicant: toApplicant(app.user, stats),
    assignment:
      app.status === 'selected'
        ? {
            status: assignmentStatus(app),
            doneAt: app.doneAt?.toISOString() ?? null,
            approvedAt: app.approvedAt?.toISOString() ?? null,
            actualHours: app.actualHours,
          }
        : null,
    createdAt: app.createdAt.toISOString(),
  };
}

export async function loadApplicationOut(id: number, t?: Transaction): Promise<ApplicationOut> {
  const app = (await Application.findByPk(id, {
    include: [{ model: User, as: 'user' }],
    transaction: t,
  })) as ApplicationWithUser;
  const stats = await helperStats([app.userId], t);
  return toApplication(app, stats.get(app.userId)!);
}

/** An application of this task, or 404. */
export async function findApplication(
  task: Task,
  appId: number,
  t?: Transaction,
): Promise<Application> {
  const app = await Application.findOne({
    where: { id: appId, taskId: task.id },
    transaction: t,
    ...(t ? { lock: t.LOCK.UPDATE } : {}),
  });
  if (!app) throw new NotFound('application');
  return app;
}

/** The task row, locked for the rest of the transaction: selections queue behind each other. */
export async function lockTask(taskId: number, t: Transaction): Promise<Task> {
  const task = await Task.findByPk(taskId, { transaction: t, lock: t.LOCK.UPDATE });
  if (!task) throw new NotFound('task');
  return task;
}

function applicationsOpen(task: Task): boolean {
  return task.status === 'open' && task.applicationsClosedAt === null;
}

/** Full also after the task turned `assigned` by filling up, but not once it was cancelled. */
function isFull(task: Task): boolean {
  return (
    (task.status === 'open' || task.status === 'assigned') &&
    task.selectedCount >= task.helpersWanted
  );
}

function taskFull(): Conflict {
  return new Conflict('task_full', 'The task already has all the helpers it wants.');
}

function taskNotOpen(): Conflict {
  return new Conflict('task_not_open', 'The task does not take applications any more.');
}

function notPending(app: Application): Conflict {
  return new Conflict('application_not_pending', `The application is ${app.status}, not pending.`, {
    status: app.status,
  });
}

async function organisationName(task: Task, t: Transaction): Promise<string> {
  const org = await Organisation.findByPk(task.organisationId, { transaction: t });
  return org?.name ?? '';
}

export async function createApplication(
  ctx: Ctx,
  taskId: number,
  input: z.output<typeof ApplicationCreate>,
): Promise<ApplicationOut> {
  const userId = currentUserId(ctx)!;
  const task = await loadVisibleTask(ctx, taskId);
  if (await orgRole(ctx, task.organisationId)) {
    throw new Forbidden("You cannot apply to your own organisation's task.", 'own_task');
  }
  try {
    // The answer is read in the same transaction, so it is the application as written.
    return await ctx.db.write(async (t) => {
      // Locked so that closing or filling the task and this application cannot cross.
      const locked = await lockTask(task.id, t);
      if (!applicationsOpen(locked)) throw taskNotOpen();
      const existing = await Application.findOne({
        where: { taskId: task.id, userId },
        transaction: t,
      });
      if (existing) throw alreadyApplied();
      const app = await Application.create(
        { taskId: task.id, userId, message: input.message },
        { transaction: t },
      );
      // Applying answers an invitation to apply, if there was one.
      await TaskInvitation.update(
        { acceptedAt: app.createdAt },
        { where: { taskId: task.id, userId, acceptedAt: null }, transaction: t },
      );
      const [requester, applicant] = await Promise.all([
        User.findByPk(locked.createdById, { transaction: t }),
        User.findByPk(userId, { transaction: t }),
      ]);
      if (requester) {
        await enqueueMail(ctx, t, {
          to: requester.email,
          lang: requester.lang,
          template: 'new_application',
          data: {
            taskId: locked.id,
            taskTitle: locked.title,
            applicantName: applicant?.name ?? '',
            message: input.message,
          },
        });
      }
      return loadApplicationOut(app.id, t);
    });
  } catch (err) {
    // The unique key (task, user) settles a race the check above cannot see.
    if (err instanceof UniqueConstraintError) throw alreadyApplied();
    throw err;
  }
}

function alreadyApplied(): Conflict {
  return new Conflict('already_applied', 'You have already applied to this task.');
}

export async function withdrawApplication(
  ctx: Ctx,
  taskId: number,
  appId: number,
): Promise<ApplicationOut> {
  const task = await loadVisibleTask(ctx, taskId);
  const app = await findApplication(task, appId);
  await requireApplicant(ctx, task, app);
  return ctx.db.write(async (t) => {
    const [n] = await Application.update(
      { status: 'withdrawn' },
      { where: { id: app.id, status: 'pending' }, transaction: t },
    );
    if (n === 0) throw notPending(await app.reload({ transaction: t }));
    return loadApplicationOut(app.id, t);
  });
}

/**
 * The application's own applicant passes. The requesting organisation may see the application
 * but not act as the applicant (403); anyone else may not even know it exists (404).
 */
export async function requireApplicant(ctx: Ctx, task: Task, app: Application): Promise<void> {
  if (currentUserId(ctx) === app.userId) return;
  if (await canManageTask(ctx, task)) {
    throw new Forbidden('Only the applicant may do that.', 'not_the_applicant');
  }
  throw new NotFound('application');
}

export async function listApplications(
  ctx: Ctx,
  taskId: number,
): Promise<{ data: ApplicationOut[] }> {
  const task = await loadVisibleTask(ctx, taskId);
  const manager = await canManageTask(ctx, task);
  const userId = currentUserId(ctx);
  if (!manager && userId === null) {
    throw new Forbidden("Only the requesting organisation sees the task's applicants.");
  }
  const apps = (await Application.findAll({
    where: manager ? { taskId: task.id } : { taskId: task.id, userId: userId! },
    include: [{ model: User, as: 'user' }],
    order: [['id', 'ASC']],
  })) as ApplicationWithUser[];
  if (!manager && apps.length === 0) {
    throw new Forbidden(
      "Only the requesting organisation sees the task's applicants.",
      'not_an_applicant',
    );
  }
  const stats = await helperStats([...new Set(apps.map((a) => a.userId))]);
  return { data: apps.map((a) => toApplication(a, stats.get(a.userId)!)) };
}

/** Declines every pending application of the task with a thank-you email; returns how many. */
async function thankRemaining(
  ctx: Pick<Ctx, 'config'>,
  task: Task,
  t: Transaction,
): Promise<number> {
  const pending = (await Application.findAll({
    where: { taskId: task.id, status: 'pending' },
    include: [{ model: User, as: 'user' }],
    order: [['id', 'ASC']],
    transaction: t,
    lock: t.LOCK.UPDATE,
  })) as ApplicationWithUser[];
  if (pending.length === 0) return 0;
  await Application.update(
    { status: 'declined' },
    { where: { id: pending.map((a) => a.id), status: 'pending' }, transaction: t },
  );
  const orgName = await organisationName(task, t);
  for (const app of pending) {
    await enqueueMail(ctx, t, {
      to: app.user.email,
      lang: app.user.lang,
      template: 'thanked',
      data: { taskId: task.id, taskTitle: task.title, organisationName: orgName },
    });
  }
  return pending.length;
}

/** Closes applications: the task is assigned and the remaining applicants are thanked. */
async function closeLocked(ctx: Pick<Ctx, 'config'>, task: Task, t: Transaction): Promise<number> {
  const now = new Date();
  const [n] = await Task.update(
    { status: 'assigned', applicationsClosedAt: now },
    { where: { id: task.id, status: 'open' }, transaction: t },
  );
  if (n === 0) throw taskNotOpen();
  task.set({ status: 'assigned', applicationsClosedAt: now });
  const thanked = await thankRemaining(ctx, task, t);
  await completeIfAllApproved(task, t);
  return thanked;
}

/** An assigned task whose every assignment is approved is completed. */
export async function completeIfAllApproved(task: Task, t: Transaction): Promise<void> {
  if (task.status !== 'assigned') return;
  const unapproved = await Application.count({
    where: { taskId: task.id, status: 'selected', approvedAt: null },
    transaction: t,
  });
  if (unapproved > 0) return;
  const completedAt = new Date();
  const [n] = await Task.update(
    { status: 'completed', completedAt },
    { where: { id: task.id, status: 'assigned' }, transaction: t },
  );
  if (n > 0) task.set({ status: 'completed', completedAt });
}

export async function selectApplication(
  ctx: Ctx,
  taskId: number,
  appId: number,
): Promise<z.input<typeof SelectResult>> {
  const visible = await loadVisibleTask(ctx, taskId);
  await requireManageTask(ctx, visible);
  return ctx.db.write(async (t) => {
    const task = await lockTask(visible.id, t);
    const app = await findApplication(task, appId, t);
    if (isFull(task)) throw taskFull();
    if (!applicationsOpen(task)) throw taskNotOpen();
    if (app.status !== 'pending') throw notPending(app);
    // The database has the last word on the count, whatever ran in between.
    const [taken] = await Task.update(
      { selectedCount: literal('selected_count + 1') },
      {
        where: {
          id: task.id,
          status: 'open',
          applicationsClosedAt: null,
          selectedCount: { [Op.lt]: col('helpers_wanted') },
        },
        transaction: t,
      },
    );
    if (taken === 0)
      throw isFull(await task.reload({ transaction: t })) ? taskFull() : taskNotOpen();
    const [picked] = await Application.update(
      { status: 'selected', selectedAt: new Date() },
      { where: { id: app.id, status: 'pending' }, transaction: t },
    );
    if (picked === 0) throw notPending(await app.reload({ transaction: t }));
    await task.reload({ transaction: t });

    const [helper, orgName] = await Promise.all([
      User.findByPk(app.userId, { transaction: t }),
      organisationName(task, t),
    ]);
    if (helper) {
      await enqueueMail(ctx, t, {
        to: helper.email,
        lang: helper.lang,
        template: 'selected',
        data: { taskId: task.id, taskTitle: task.title, organisationName: orgName },
      });
    }
    if (task.selectedCount >= task.helpersWanted) await closeLocked(ctx, task, t);
    await task.reload({ transaction: t });
    return {
      application: await loadApplicationOut(appId, t),
      task: await toTask(ctx, task, { transaction: t }),
      canSelectMore: applicationsOpen(task) && task.selectedCount < task.helpersWanted,
    };
  });
}

export async function declineApplication(
  ctx: Ctx,
  taskId: number,
  appId: number,
): Promise<ApplicationOut> {
  const task = await loadVisibleTask(ctx, taskId);
  await requireManageTask(ctx, task);
  const app = await findApplication(task, appId);
  return ctx.db.write(async (t) => {
    const [n] = await Application.update(
      { status: 'declined' },
      { where: { id: app.id, status: 'pending' }, transaction: t },
    );
    if (n === 0) throw notPending(await app.reload({ transaction: t }));
    const helper = await User.findByPk(app.userId, { transaction: t });
    if (helper) {
      await enqueueMail(ctx, t, {
        to: helper.email,
        lang: helper.lang,
        template: 'thanked',
        data: {
          taskId: task.id,
          taskTitle: task.title,
          organisationName: await organisationName(task, t),
        },
      });
    }
    return loadApplicationOut(app.id, t);
  });
}

export async function closeApplications(
  ctx: Ctx,
  taskId: number,
): Promise<z.input<typeof CloseResult>> {
  const visible = await loadVisibleTask(ctx, taskId);
  await requireManageTask(ctx, visible);
  return ctx.db.write(async (t) => {
    const task = await lockTask(visible.id, t);
    if (!applicationsOpen(task)) throw taskNotOpen();
    if (task.selectedCount < 1) {
      throw new Conflict(
        'no_selection',
        'Select at least one helper before closing applications, or cancel the task.',
      );
    }
    const thanked = await closeLocked(ctx, task, t);
    await task.reload({ transaction: t });
    return { task: await toTask(ctx, task, { transaction: t }), thanked };
  });
}

/** The signed-in user's applications and assignments, newest first. */
export async function listMyApplications(
  ctx: Ctx,
  query: { cursor?: string; limit: number },
): Promise<PageOf<ApplicationOut & { task: TaskOut }>> {
  const userId = currentUserId(ctx)!;
  const before = idCursor(query.cursor);
  const rows = (await Application.findAll({
    where: { userId, ...(before === undefined ? {} : { id: { [Op.lt]: before } }) },
    include: [
      { model: User, as: 'user' },
      { model: Task, as: 'task' },
    ],
    order: [['id', 'DESC']],
    limit: query.limit + 1,
  })) as (ApplicationWithUser & { task: Task })[];
  const page = rows.slice(0, query.limit);
  const stats = await helperStats([userId]);
  const data = await Promise.all(
    page.map(async (a) => ({
      ...toApplication(a, stats.get(userId)!),
      task: await toTask(ctx, a.task),
    })),
  );
  return {
    data,
    nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null,
  };
}

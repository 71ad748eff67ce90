/**
 * "My work": everything the signed-in user has going on, as a helper and as a member of
 * requesting organisations, grouped by what it needs from them. A fixed number of queries
 * whatever the number of items (no query per task): the user's applications, their
 * organisations' tasks, those tasks' assignments and applicant counts, the feedback on all of
 * these, and the task shapes in one batch.
 */
import { col, fn, Op } from 'sequelize';
import type { Task as TaskShape } from '../../sdk/schemas/tasks.ts';
import type { Feedback as FeedbackShape } from '../../sdk/schemas/users.ts';
import {
  WORK_HISTORY_LIMIT,
  type HelperNext,
  type HelperWorkItem,
  type MyWork,
  type RequesterNeed,
  type RequesterWorkItem,
} from '../../sdk/schemas/work.ts';
import type { Ctx } from '../context.ts';
import { Application, Feedback, Task, User } from '../db/models/index.ts';
import { myOrganisationIds } from './access.ts';
import { assignmentStatus } from './applications.ts';
import { presentFeedback } from './profiles.ts';
import { toTask } from './task-shape.ts';

type ApplicationWithTask = Application & { task: Task };
type ApplicationWithUser = Application & { user: User };
type FeedbackWithUsers = Feedback & { from: User; to: User };

const ACTIVE_TASK = ['pending_verification', 'open', 'assigned'];
const CLOSED_TASK = ['completed', 'cancelled', 'expired'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function assignmentOf(app: Application) {
  return {
    status: assignmentStatus(app),
    doneAt: iso(app.doneAt),
    approvedAt: iso(app.approvedAt),
    actualHours: app.actualHours,
  };
}

function helperNext(app: Application, task: Task, gaveFeedback: boolean): HelperNext {
  if (app.status === 'pending') return task.status === 'open' ? 'wait_for_selection' : 'none';
  if (app.status !== 'selected' || task.status === 'cancelled') return 'none';
  if (app.approvedAt) return gaveFeedback ? 'none' : 'give_feedback';
  return app.doneAt ? 'wait_for_approval' : 'mark_done';
}

export async function getMyWork(ctx: Ctx, userId: number): Promise<MyWork> {
  const orgIds = await myOrganisationIds(ctx);
  const [activeApps, notChosen, approved, activeTasks, closedTasks] = await Promise.all([
    Application.findAll({
      where: {
        userId,
        [Op.or]: [{ status: 'pending' }, { status: 'selected', approvedAt: null }],
      },
      include: [{ model: Task, as: 'task' }],
      order: [['id', 'DESC']],
    }) as Promise<ApplicationWithTask[]>,
    // Declined and withdrawn applications, and approved assignments: the newest of each.
    Application.findAll({
      where: { userId, status: ['declined', 'withdrawn'] },
      include: [{ model: Task, as: 'task' }],
      order: [['id', 'DESC']],
      limit: WORK_HISTORY_LIMIT,
    }) as Promise<ApplicationWithTask[]>,
    Application.findAll({
      where: { userId, status: 'selected', approvedAt: { [Op.ne]: null } },
      include: [{ model: Task, as: 'task' }],
      order: [['id', 'DESC']],
      limit: WORK_HISTORY_LIMIT,
    }) as Promise<ApplicationWithTask[]>,
    orgIds.length === 0
      ? Promise.resolve([] as Task[])
      : Task.findAll({
          where: { organisationId: orgIds, status: ACTIVE_TASK },
          order: [['id', 'DESC']],
        }),
    orgIds.length === 0
      ? Promise.resolve([] as Task[])
      : Task.findAll({
          where: { organisationId: orgIds, status: CLOSED_TASK },
          order: [['id', 'DESC']],
          limit: WORK_HISTORY_LIMIT,
        }),
  ]);

  const orgTaskIds = [...activeTasks, ...closedTasks].map((t) => t.id);
  const [assignments, pendingCounts] = await Promise.all([
    orgTaskIds.length === 0
      ? Promise.resolve([] as ApplicationWithUser[])
      : (Application.findAll({
          where: { taskId: orgTaskIds, status: 'selected' },
          include: [{ model: User, as: 'user', attributes: ['id', 'name'] }],
          order: [['id', 'ASC']],
        }) as Promise<ApplicationWithUser[]>),
    orgTaskIds.length === 0
      ? Promise.resolve([] as { taskId: number; n: number | string }[])
      : (Application.findAll({
          attributes: ['taskId', [fn('COUNT', col('id')), 'n']],
          where: { taskId: orgTaskIds, status: 'pending' },
          group: ['taskId'],
          raw: true,
        }) as unknown as Promise<{ taskId: number; n: number | string }[]>),
  ]);

  const myApps = [...activeApps, ...notChosen, ...approved];
  const selectedIds = [
    ...myApps.filter((a) => a.status === 'selected').map((a) => a.id),
    ...assignments.map((a) => a.id),
  ];
  const tasks = new Map<number, Task>();
  for (const a of myApps) tasks.set(a.task.id, a.task);
  for (const t of [...activeTasks, ...closedTasks]) tasks.set(t.id, t);
  const [feedbackRows, shapedTasks] = await Promise.all([
    selectedIds.length === 0
      ? Promise.resolve([] as FeedbackWithUsers[])
      : (Feedback.findAll({
          where: { applicationId: [...new Set(selectedIds)] },
          include: [
            { model: User, as: 'from', attributes: ['id', 'name'] },
            { model: User, as: 'to', attributes: ['id', 'name'] },
          ],
        }) as Promise<FeedbackWithUsers[]>),
    toTask(ctx, [...tasks.values()]),
  ]);

  const taskShape = new Map<number, TaskShape>(shapedTasks.map((t) => [t.id, t]));
  const feedback = new Map<string, FeedbackShape>(
    feedbackRows.map((f) => [
      `${f.applicationId}:${f.direction}`,
      presentFeedback(f, f.from, f.to),
    ]),
  );
  const feedbackOn = (appId: number, direction: 'to_helper' | 'to_requester') =>
    feedback.get(`${appId}:${direction}`) ?? null;

  // Helper side
  const helperItem = (a: ApplicationWithTask): HelperWorkItem => {
    const given = feedbackOn(a.id, 'to_requester');
    return {
      task: taskShape.get(a.taskId)!,
      application: {
        id: a.id,
        status: a.status,
        message: a.message,
        createdAt: a.createdAt.toISOString(),
      },
      assignment: a.status === 'selected' ? assignmentOf(a) : null,
      next: helperNext(a, a.task, given !== null),
      feedbackReceived: a.status === 'selected' ? feedbackOn(a.id, 'to_helper') : null,
      feedbackGiven: given,
    };
  };
  const newestFirst = (a: Application, b: Application) => b.id - a.id;
  const helper = {
    applications: myApps
      .filter((a) => a.status !== 'selected')
      .sort(newestFirst)
      .map(helperItem),
    assignments: activeApps
      .filter((a) => a.status === 'selected' && a.task.status !== 'cancelled')
      .map(helperItem),
    history: myApps
      .filter((a) => a.status === 'selected' && (a.approvedAt || a.task.status === 'cancelled'))
      .sort(newestFirst)
      .slice(0, WORK_HISTORY_LIMIT)
      .map(helperItem),
  };

  // Requester side
  const pendingByTask = new Map(pendingCounts.map((r) => [Number(r.taskId), Number(r.n)]));
  const assignmentsByTask = new Map<number, ApplicationWithUser[]>();
  for (const a of assignments) {
    const list = assignmentsByTask.get(a.taskId) ?? [];
    list.push(a);
    assignmentsByTask.set(a.taskId, list);
  }
  const requesterItem = (task: Task): RequesterWorkItem => {
    const shape = taskShape.get(task.id)!;
    const pending = pendingByTask.get(task.id) ?? 0;
    const helpers = (assignmentsByTask.get(task.id) ?? []).map((a) => ({
      applicationId: a.id,
      helper: { id: a.user.id, name: a.user.name },
      assignment: assignmentOf(a),
      feedbackGiven: feedbackOn(a.id, 'to_helper'),
      feedbackReceived: feedbackOn(a.id, 'to_requester'),
    }));
    const needs: RequesterNeed[] = [];
    const live = task.status !== 'cancelled';
    if (shape.applicationsOpen && pending > 0) needs.push('review_applicants');
    if (shape.applicationsOpen && task.selectedCount > 0) needs.push('close_applications');
    if (live && helpers.some((h) => h.assignment.status === 'done')) needs.push('approve');
    if (live && helpers.some((h) => h.assignment.status === 'approved' && !h.feedbackGiven)) {
      needs.push('give_feedback');
    }
    return { task: shape, pendingApplications: pending, helpers, needs };
  };
  const requester = {
    ongoing: activeTasks.map(requesterItem),
    history: closedTasks.map(requesterItem),
  };

  const requesterItems = [...requester.ongoing, ...requester.history];
  const needing = (need: RequesterNeed) =>
    requesterItems.filter((i) => i.needs.includes(need)).length;
  const helperItems = [...helper.applications, ...helper.assignments, ...helper.history];
  const nexting = (next: HelperNext) => helperItems.filter((i) => i.next === next).length;
  return {
    helper,
    requester,
    counts: {
      helper: { markDone: nexting('mark_done'), giveFeedback: nexting('give_feedback') },
      requester: {
        reviewApplicants: needing('review_applicants'),
        closeApplications: needing('close_applications'),
        approve: needing('approve'),
        giveFeedback: needing('give_feedback'),
      },
      attention:
        nexting('mark_done') +
        nexting('give_feedback') +
        requesterItems.filter((i) => i.needs.length > 0).length,
    },
  };
}

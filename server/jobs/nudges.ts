/**
 * Reminders that keep a task moving, each sent once (its key names the task or assignment and
 * the stage), each with a link to the page where the reader acts, each turned off by the
 * deployment (`config.nudges`, 0 days) or by the reader (their alert settings); and expiry.
 * A reminder goes to the person who asked only while they still belong to the requesting
 * organisation (who may no longer see the task is not told of it).
 */
import { Op, type Transaction, type WhereOptions } from 'sequelize';
import type { AlertKind } from '../../sdk/schemas/alerts.ts';
import type { Deps } from '../context.ts';
import { Application, Membership, Task, User } from '../db/models/index.ts';
import { enqueueMail, type MailRequest } from '../mail/outbox.ts';
import type { TemplateName } from '../mail/templates/index.ts';
import { alertSettingsFor } from '../services/alerts.ts';
import { DAY_MS } from './periods.ts';
import { defineJob } from './scheduler.ts';

const ago = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** The schedule's end (or its start when it has no end) at or before `at`; text-only: never. */
function scheduleEndedBy(at: Date): WhereOptions<Task> {
  return {
    [Op.or]: [{ endsAt: { [Op.lte]: at } }, { endsAt: null, startsAt: { [Op.lte]: at } }],
  };
}

/** Sends `mail` to `user` unless they turned `kind` off. */
async function remind<K extends TemplateName>(
  deps: Deps,
  t: Transaction,
  user: User | null,
  kind: AlertKind,
  mail: Omit<MailRequest<K>, 'to' | 'lang' | 'unsubscribe'>,
) {
  if (!user) return;
  if ((await alertSettingsFor(user.email, t))[kind] === 'never') return;
  await enqueueMail(deps, t, { ...mail, to: user.email, lang: user.lang, unsubscribe: kind });
}

/** The person who asked, while they still belong to the requesting organisation. */
async function requesterOf(task: Task, t: Transaction): Promise<User | null> {
  const member = await Membership.count({
    where: { organisationId: task.organisationId, userId: task.createdById },
    transaction: t,
  });
  return member > 0 ? User.findByPk(task.createdById, { transaction: t }) : null;
}

export const applicantsWaiting = defineJob({
  name: 'nudge-applicants-waiting',
  everyMs: 15 * 60_000,
  async due(deps, now) {
    const days = deps.config.nudges.applicantsWaitingDays;
    if (!days) return [];
    const apps = await Application.findAll({
      attributes: ['taskId'],
      where: { status: 'pending', createdAt: { [Op.lte]: ago(now, days) } },
      include: [{ model: Task, as: 'task', attributes: [], where: { status: 'open' } }],
    });
    return [...new Set(apps.map((a) => a.taskId))].map((taskId) => ({
      key: `task:${taskId}`,
      taskId,
    }));
  },
  async run(deps, { taskId }, t) {
    const task = await Task.findByPk(taskId, { transaction: t });
    if (!task || task.status !== 'open') return;
    const applicants = await Application.count({
      where: { taskId, status: 'pending' },
      transaction: t,
    });
    await remind(deps, t, await requesterOf(task, t), 'applicantsWaiting', {
      template: 'nudge_applicants_waiting',
      data: { taskId, title: task.title, applicants },
    });
  },
});

export const applicationsOverdue = defineJob({
  name: 'nudge-applications-overdue',
  everyMs: 15 * 60_000,
  async due(deps, now) {
    const days = deps.config.nudges.applicationsOverdueDays;
    if (!days) return [];
    const tasks = await Task.findAll({
      attributes: ['id'],
      where: {
        [Op.and]: [{ status: 'open', applicationsClosedAt: null }, scheduleEndedBy(ago(now, days))],
      },
    });
    return tasks.map((task) => ({ key: `task:${task.id}`, taskId: task.id }));
  },
  async run(deps, { taskId }, t) {
    const task = await Task.findByPk(taskId, { transaction: t });
    if (!task || task.status !== 'open') return;
    await remind(deps, t, await requesterOf(task, t), 'applicationsOverdue', {
      template: 'nudge_applications_overdue',
      data: { taskId, title: task.title },
    });
  },
});

export const doneOverdue = defineJob({
  name: 'nudge-done-overdue',
  everyMs: 15 * 60_000,
  async due(deps, now) {
    const days = deps.config.nudges.doneOverdueDays;
    if (!days) return [];
    const apps = await Application.findAll({
      attributes: ['id'],
      where: { status: 'selected', doneAt: null },
      include: [
        {
          model: Task,
          as: 'task',
          attributes: [],
          where: {
            [Op.and]: [
              { status: { [Op.in]: ['open', 'assigned'] } },
              scheduleEndedBy(ago(now, days)),
            ],
          },
        },
      ],
    });
    return apps.map((app) => ({ key: `application:${app.id}`, applicationId: app.id }));
  },
  async run(deps, { applicationId }, t) {
    const app = await Application.findByPk(applicationId, { transaction: t });
    if (!app || app.status !== 'selected' || app.doneAt) return;
    const task = await Task.findByPk(app.taskId, { transaction: t });
    if (!task) return;
    await remind(deps, t, await User.findByPk(app.userId, { transaction: t }), 'doneOverdue', {
      template: 'nudge_done_overdue',
      data: { taskId: task.id, title: task.title },
    });
  },
});

export const approvalOverdue = defineJob({
  name: 'nudge-approval-overdue',
  everyMs: 15 * 60_000,
  async due(deps, now) {
    const stages = [...deps.config.nudges.approvalOverdueDays].sort((a, b) => a - b);
    if (stages.length === 0) return [];
    const apps = await Application.findAll({
      attributes: ['id', 'doneAt'],
      where: {
        status: 'selected',
        approvedAt: null,
        doneAt: { [Op.lte]: ago(now, stages[0]!) },
      },
      include: [
        { model: Task, as: 'task', attributes: [], where: { status: { [Op.ne]: 'cancelled' } } },
      ],
    });
    // The latest stage reached only: after a long pause one reminder, not one per stage missed.
    return apps.map((app) => {
      const days = stages.filter((d) => app.doneAt!.getTime() <= ago(now, d).getTime()).pop()!;
      return { key: `application:${app.id}:${days}`, applicationId: app.id, days };
    });
  },
  async run(deps, { applicationId, days }, t) {
    const app = await Application.findByPk(applicationId, { transaction: t });
    if (!app || app.approvedAt || !app.doneAt) return;
    const [task, helper] = await Promise.all([
      Task.findByPk(app.taskId, { transaction: t }),
      User.findByPk(app.userId, { attributes: ['name'], transaction: t }),
    ]);
    if (!task || task.status === 'cancelled') return;
    await remind(deps, t, await requesterOf(task, t), 'approvalOverdue', {
      template: 'nudge_approval_overdue',
      data: { taskId: task.id, title: task.title, helper: helper?.name ?? '', days },
    });
  },
});

export const noApplicants = defineJob({
  name: 'nudge-no-applicants',
  everyMs: 15 * 60_000,
  async due(deps, now) {
    const days = deps.config.nudges.noApplicantsDays;
    if (!days) return [];
    const tasks = await Task.findAll({
      attributes: ['id'],
      where: {
        status: 'open',
        applicationsClosedAt: null,
        publishedAt: { [Op.lte]: ago(now, days) },
        id: { [Op.notIn]: Task.sequelize!.literal('(SELECT task_id FROM applications)') },
      },
    });
    return tasks.map((task) => ({ key: `task:${task.id}`, taskId: task.id }));
  },
  async run(deps, { taskId }, t) {
    const task = await Task.findByPk(taskId, { transaction: t });
    if (!task || task.status !== 'open') return;
    if ((await Application.count({ where: { taskId }, transaction: t })) > 0) return;
    await remind(deps, t, await requesterOf(task, t), 'noApplicants', {
      template: 'nudge_no_applicants',
      data: { taskId, title: task.title, remote: task.remote, category: task.category },
    });
  },
});

/**
 * Tasks whose schedule passed `expireAfterDays` ago with nobody selected are closed as `expired`;
 * their applicants are told (not an alert: it ends their application) and their applications
 * declined.
 */
export const expiry = defineJob({
  name: 'expire-tasks',
  everyMs: 60 * 60_000,
  async due(deps, now) {
    const days = deps.config.nudges.expireAfterDays;
    if (!days) return [];
    const tasks = await Task.findAll({
      attributes: ['id'],
      where: { [Op.and]: [{ status: 'open', selectedCount: 0 }, scheduleEndedBy(ago(now, days))] },
    });
    return tasks.map((task) => ({ key: `task:${task.id}`, taskId: task.id }));
  },
  async run(deps, { taskId }, t, now) {
    const [changed] = await Task.update(
      { status: 'expired', expiredAt: now, applicationsClosedAt: now },
      { where: { id: taskId, status: 'open', selectedCount: 0 }, transaction: t },
    );
    if (changed === 0) return;
    const task = (await Task.findByPk(taskId, { transaction: t }))!;
    const applicants = await Application.findAll({
      where: { taskId, status: 'pending' },
      include: [{ model: User, as: 'user', attributes: ['email', 'lang'] }],
      transaction: t,
    });
    await Application.update(
      { status: 'declined' },
      { where: { taskId, status: 'pending' }, transaction: t },
    );
    for (const app of applicants) {
      const user = (app as Application & { user: User }).user;
      await enqueueMail(deps, t, {
        to: user.email,
        lang: user.lang,
        template: 'task_expired',
        data: { taskId, title: task.title },
      });
    }
  },
});

export const nudges = [
  applicantsWaiting,
  applicationsOverdue,
  doneOverdue,
  approvalOverdue,
  noApplicants,
  expiry,
];

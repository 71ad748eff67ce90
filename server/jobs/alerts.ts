/**
 * Alerts of tasks that fit a helper: at once (`task-alerts`, one item per newly published public
 * task) or in daily and weekly digests (`digests`, one item per person, kind and period). Group
 * tasks are announced at once when posted (services/tasks.ts); members who chose a digest for
 * them get them here. Who may see a task is asked of the same rules as the feed (`fitsHelperWhere`,
 * `visibleTasksWhere`), as that person: an email never tells of a task its reader may not open.
 */
import { Op, QueryTypes } from 'sequelize';
import type { AlertKind } from '../../sdk/schemas/alerts.ts';
import type { Deps } from '../context.ts';
import { GroupMember, Organisation, Task, User } from '../db/models/index.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { pages } from '../mail/templates/types.ts';
import { alertIs } from '../services/alerts.ts';
import { fitsHelperWhere } from '../services/feed.ts';
import { lookupPlace } from '../services/places.ts';
import { mailFacts } from '../services/task-content.ts';
import { visibleTasksWhere } from '../services/visibility.ts';
import { actingAs } from './acting-as.ts';
import { PERIOD_MS, DAY_MS, periodStart, type Period } from './periods.ts';
import { defineJob } from './scheduler.ts';

/** A task published longer ago than this is no longer news: not alerted after a long outage. */
const ALERT_WINDOW_MS = 2 * DAY_MS;
/** A digest reaches back at most this far, however long ago the previous one was. */
const DIGEST_REACH_MS = 7 * DAY_MS;
/** At most this many tasks in one digest, newest first. */
const DIGEST_MAX = 30;

async function userIdsWhere(sql: string, replacements: Record<string, unknown>): Promise<number[]> {
  const rows = await User.sequelize!.query<{ id: number }>(
    `SELECT u.id AS id FROM users u WHERE ${sql} ORDER BY u.id`,
    { replacements, type: QueryTypes.SELECT },
  );
  return rows.map((r) => Number(r.id));
}

/** Does this public task fit `user` and may they see it, by the feed's own rules? */
async function fits(deps: Deps, user: User, taskId: number): Promise<boolean> {
  const where = await fitsHelperWhere(actingAs(deps, user), user);
  return (await Task.count({ where: { [Op.and]: [{ id: taskId }, ...where] } })) > 0;
}

export const taskAlerts = defineJob({
  name: 'task-alerts',
  async due(_deps, now) {
    const tasks = await Task.findAll({
      attributes: ['id'],
      where: {
        status: 'open',
        groupId: null,
        publishedAt: { [Op.gte]: new Date(now.getTime() - ALERT_WINDOW_MS) },
      },
    });
    return tasks.map((task) => ({ key: `task:${task.id}`, taskId: task.id }));
  },
  async run(deps, { taskId }, t) {
    const task = await Task.findByPk(taskId, { transaction: t });
    if (!task || task.status !== 'open' || task.groupId !== null) return;
    const organisation = await Organisation.findByPk(task.organisationId, { transaction: t });
    const facts = mailFacts(task, organisation?.name ?? '');
    const ids = await userIdsWhere(alertIs('u', 'newTasks', 'immediate'), {});
    for (let i = 0; i < ids.length; i += 200) {
      const users = await User.findAll({ where: { id: ids.slice(i, i + 200) }, transaction: t });
      for (const user of users) {
        if (user.id === task.createdById) continue;
        // Cheap checks first; then the feed's own rule, which has the final word.
        const categories = user.interestedCategories;
        if (categories.length > 0 && !categories.includes(task.category)) continue;
        if (!task.remote && !user.postalCode) continue;
        if (!(await fits(deps, user, task.id))) continue;
        await enqueueMail(deps, t, {
          to: user.email,
          lang: user.lang,
          template: 'task_alert',
          data: facts,
          unsubscribe: 'newTasks',
        });
      }
    }
  },
});

const THROUGH: Record<
  'newTasks' | 'groupTasks',
  'newTasksDigestThrough' | 'groupTasksDigestThrough'
> = {
  newTasks: 'newTasksDigestThrough',
  groupTasks: 'groupTasksDigestThrough',
};
const THROUGH_COLUMN = {
  newTasks: 'new_tasks_digest_through',
  groupTasks: 'group_tasks_digest_through',
} as const;

interface DigestItem {
  key: string;
  userId: number;
  kind: 'newTasks' | 'groupTasks';
  period: Period;
  end: Date;
}

export const digests = defineJob({
  name: 'digests',
  everyMs: 5 * 60_000,
  async due(_deps, now) {
    const items: DigestItem[] = [];
    for (const kind of ['newTasks', 'groupTasks'] as const) {
      for (const period of ['daily', 'weekly'] as const) {
        const end = periodStart(now, period);
        const column = THROUGH_COLUMN[kind];
        const ids = await userIdsWhere(
          `${alertIs('u', kind, period)} AND (u.${column} IS NULL OR u.${column} < :end)` +
            // Group digests only for people in a group.
            (kind === 'groupTasks'
              ? ' AND EXISTS (SELECT 1 FROM group_members gm WHERE gm.email = u.email)'
              : ''),
          { end },
        );
        for (const userId of ids) {
          items.push({
            key: `${kind}:${period}:user:${userId}:${end.toISOString()}`,
            userId,
            kind,
            period,
            end,
          });
        }
      }
    }
    return items;
  },
  async run(deps, item, t) {
    const user = await User.findByPk(item.userId, { transaction: t });
    if (!user) return;
    const previous = user[THROUGH[item.kind]];
    const start = new Date(
      Math.max(
        previous?.getTime() ?? item.end.getTime() - PERIOD_MS[item.period],
        item.end.getTime() - DIGEST_REACH_MS,
      ),
    );
    // Each task is in exactly one digest: the periods follow one another with no overlap.
    await user.update({ [THROUGH[item.kind]]: item.end }, { transaction: t });
    const ctx = actingAs(deps, user);
    const published = { publishedAt: { [Op.gte]: start, [Op.lt]: item.end } };
    let where;
    if (item.kind === 'newTasks') {
      where = { [Op.and]: [{ groupId: null }, published, ...(await fitsHelperWhere(ctx, user))] };
    } else {
      const groups = await GroupMember.findAll({
        where: { email: user.email },
        attributes: ['groupId'],
        transaction: t,
      });
      where = {
        [Op.and]: [
          { status: 'open', groupId: { [Op.in]: groups.map((g) => g.groupId) } },
          { createdById: { [Op.ne]: user.id } },
          published,
          await visibleTasksWhere(ctx),
        ],
      };
    }
    const tasks = await Task.findAll({
      where,
      order: [
        ['publishedAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: DIGEST_MAX,
    });
    if (tasks.length === 0) return; // not sent when empty
    const organisations = await Organisation.findAll({
      where: { id: [...new Set(tasks.map((task) => task.organisationId))] },
      attributes: ['id', 'name'],
      transaction: t,
    });
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    await enqueueMail(deps, t, {
      to: user.email,
      lang: user.lang,
      template: 'task_digest',
      data: {
        period: item.period,
        kind: item.kind,
        tasks: tasks.map((task) => ({
          title: task.title,
          organisation: names.get(task.organisationId) ?? '',
          category: task.category,
          remote: task.remote,
          municipality: task.postalCode
            ? (lookupPlace(task.postalCode)?.municipality.name ?? null)
            : null,
          url: `${deps.config.publicUrl}${pages.task(task.id)}`,
        })),
      },
      unsubscribe: item.kind satisfies AlertKind,
    });
  },
});

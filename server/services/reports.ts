/**
 * Where help is needed: published tasks counted by category and region, for umbrella
 * organisations to aim their training. Aggregates only — no task, organisation or person is
 * named — so the report is public. The database does the counting (GROUP BY).
 */
import { col, fn, literal, Op, type WhereOptions } from 'sequelize';
import type { z } from 'zod';
import { CATEGORIES, type CategorySlug } from '../../sdk/schemas/categories.ts';
import type { NeedsQuery, NeedsReport } from '../../sdk/schemas/reports.ts';
import type { Ctx } from '../context.ts';
import { Application, Group, Organisation, Task } from '../db/models/index.ts';
import { myGroupIds, myOrganisationIds } from './access.ts';
import { NotFound } from '../errors.ts';
import { regionName } from './places.ts';

type Query = z.output<typeof NeedsQuery>;

interface TaskRow {
  category: string;
  regionCode: string | null;
  tasks: number | string;
  open: number | string | null;
  completed: number | string | null;
  estimatedHours: number | string | null;
}

interface HoursRow {
  category: string;
  regionCode: string | null;
  hours: number | string | null;
}

const categoryOrder = new Map<string, number>(CATEGORIES.map((c, i) => [c.slug, i]));
const key = (category: string, regionCode: string | null) => `${category}\u0000${regionCode ?? ''}`;
// Sums of DOUBLE columns come back as floats; half-hour steps stay exact, but round anyway.
const hours = (v: number | string | null | undefined) => Math.round(Number(v ?? 0) * 100) / 100;

export async function needsReport(ctx: Ctx, query: Query): Promise<NeedsReport> {
  const from = query.from ? new Date(query.from) : null;
  const to = query.to ? new Date(query.to) : null;

  const published: Record<symbol, unknown> = { [Op.ne]: null };
  if (from) published[Op.gte] = from;
  if (to) published[Op.lte] = to;
  // A group's task is private to the group and its organisation: it counts only in the reports
  // of those who may see it (the group's members and the owning organisation's), never elsewhere.
  const [orgIds, groupIds] = await Promise.all([myOrganisationIds(ctx), myGroupIds(ctx)]);
  const owned = orgIds.length
    ? (await Group.findAll({ where: { organisationId: orgIds }, attributes: ['id'] })).map(
        (g) => g.id,
      )
    : [];
  const visibleGroups = [...new Set([...groupIds, ...owned])];
  const where: WhereOptions<Task> = {
    status: { [Op.ne]: 'pending_verification' },
    publishedAt: published,
    groupId: visibleGroups.length
      ? { [Op.or]: [{ [Op.is]: null }, { [Op.in]: visibleGroups }] }
      : null,
  };
  if (query.umbrellaId !== undefined) {
    const umbrella = await Organisation.findByPk(query.umbrellaId, { attributes: ['id'] });
    if (!umbrella) throw new NotFound('organisation');
    const id = ctx.db.sequelize.escape(umbrella.id);
    Object.assign(where, {
      [Op.or]: [
        { organisationId: umbrella.id },
        {
          organisationId: {
            [Op.in]: literal(`(SELECT member_id FROM affiliations WHERE umbrella_id = ${id})`),
          },
        },
      ],
    });
  }

  // Only the tasks table is in this query's FROM, so the bare column name is unambiguous.
  const countStatus = (s: 'open' | 'completed') =>
    fn('SUM', literal(`CASE WHEN status = '${s}' THEN 1 ELSE 0 END`));

  const [taskRows, hourRows] = await Promise.all([
    Task.findAll({
      attributes: [
        'category',
        'regionCode',
        [fn('COUNT', col('id')), 'tasks'],
        [countStatus('open'), 'open'],
        [countStatus('completed'), 'completed'],
        [fn('SUM', col('estimated_hours')), 'estimatedHours'],
      ],
      where,
      group: [col('category'), col('region_code')],
      raw: true,
    }) as unknown as Promise<TaskRow[]>,
    // Actual hours are the approved assignments' hours, summed per task's category and region.
    Application.findAll({
      attributes: [
        [col('task.category'), 'category'],
        [col('task.region_code'), 'regionCode'],
        [fn('SUM', col('Application.actual_hours')), 'hours'],
      ],
      where: { approvedAt: { [Op.ne]: null } },
      include: [{ model: Task, as: 'task', attributes: [], where, required: true }],
      group: [col('task.category'), col('task.region_code')],
      raw: true,
    }) as unknown as Promise<HoursRow[]>,
  ]);

  const actual = new Map(hourRows.map((r) => [key(r.category, r.regionCode), hours(r.hours)]));
  const rows = taskRows
    .map((r) => ({
      category: r.category as CategorySlug,
      region: regionName(r.regionCode),
      tasks: Number(r.tasks),
      open: Number(r.open ?? 0),
      completed: Number(r.completed ?? 0),
      estimatedHours: hours(r.estimatedHours),
      actualHours: actual.get(key(r.category, r.regionCode)) ?? 0,
    }))
    .sort(
      (a, b) =>
        (categoryOrder.get(a.category) ?? 99) - (categoryOrder.get(b.category) ?? 99) ||
        (a.region === null ? 1 : 0) - (b.region === null ? 1 : 0) ||
        (a.region ?? '').localeCompare(b.region ?? '', 'fi'),
    );

  return {
    from: from?.toISOString() ?? null,
    to: to?.toISOString() ?? null,
    rows,
    totals: {
      tasks: rows.reduce((n, r) => n + r.tasks, 0),
      estimatedHours: hours(rows.reduce((n, r) => n + r.estimatedHours, 0)),
      actualHours: hours(rows.reduce((n, r) => n + r.actualHours, 0)),
    },
  };
}

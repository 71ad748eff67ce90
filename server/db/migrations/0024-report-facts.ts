import { DataTypes, type QueryInterface } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * The public needs report at national scale reads small pre-counted *base cells* instead of every
 * task and application.
 *
 * - `report_months`: when each Finnish calendar month starts (Europe/Helsinki), 1970–2199, so that
 *   the database can tell a task's month without time-zone tables.
 * - `task_report_facts`: one row per task with what the report needs of it — its base cell
 *   (category × region × month × organisation kind), whether the public may count it, its state
 *   and hours, and from its applications the count, the first application and selection (epoch
 *   milliseconds), the approved hours and the selected helpers.
 * - `report_cells`: per base cell of public tasks, the counts and sums, and the lists from which
 *   medians, 90th percentiles and distinct organisations and helpers are computed exactly.
 *
 * Triggers keep both up to date in the same transaction as any change to tasks, applications or an
 * organisation's kind — whichever code path (or bulk SQL) makes it. A facts row recounts its old
 * and new cell from the facts of that cell alone (tens to hundreds of rows), so the cells never
 * drift by arithmetic. The migration fills both from the existing rows first.
 */

type Dialect = 'mysql' | 'sqlite';

/** Epoch milliseconds of a DATE column or expression (NULL stays NULL). */
function epochMs(d: Dialect, x: string): string {
  return d === 'mysql'
    ? `(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', ${x}) DIV 1000)`
    : `CAST(ROUND((julianday(${x}) - 2440587.5) * 86400000) AS INTEGER)`;
}

const greatest = (d: Dialect) => (d === 'mysql' ? 'GREATEST' : 'MAX');

/** The Finnish month (`YYYY-MM`) a DATE expression falls in. */
function monthOf(d: Dialect, x: string): string {
  return `(SELECT rm.month FROM report_months rm WHERE rm.starts_ms <= ${epochMs(d, x)} ORDER BY rm.starts_ms DESC LIMIT 1)`;
}

/** Whether the public report may count a task (never a group's, never an unconfirmed one). */
const isPublic = (t: string) =>
  `(${t}.group_id IS NULL AND ${t}.status <> 'pending_verification' AND ${t}.published_at IS NOT NULL)`;

const FACT_COLUMNS = [
  'is_public',
  'organisation_id',
  'org_kind',
  'category',
  'region',
  'month',
  'published_ms',
  'status',
  'estimated_hours',
  'closed',
  'applications',
  'first_app_ms',
  'first_sel_ms',
  'actual_hours',
  'helpers',
  'helper_ids',
];

/** The columns a task row decides, as expressions over `t`. */
function taskFacts(d: Dialect, t: string): Record<string, string> {
  return {
    is_public: isPublic(t),
    organisation_id: `${t}.organisation_id`,
    org_kind: `(SELECT o.kind FROM organisations o WHERE o.id = ${t}.organisation_id)`,
    category: `${t}.category`,
    region: `COALESCE(${t}.region_code, '')`,
    month: monthOf(d, `${t}.published_at`),
    published_ms: epochMs(d, `${t}.published_at`),
    status: `${t}.status`,
    estimated_hours: `${t}.estimated_hours`,
    closed: `(${t}.applications_closed_at IS NOT NULL)`,
  };
}

/** The columns a task's applications decide, as expressions over the task id `id`. */
function applicationFacts(d: Dialect, id: string): Record<string, string> {
  const of = (what: string, where = '') =>
    `(SELECT ${what} FROM applications a WHERE a.task_id = ${id}${where})`;
  const selected = ' AND a.selected_at IS NOT NULL';
  return {
    applications: of('COUNT(*)'),
    first_app_ms: epochMs(d, of('MIN(a.created_at)')),
    first_sel_ms: epochMs(d, of('MIN(a.selected_at)')),
    actual_hours: of(
      'COALESCE(SUM(CASE WHEN a.approved_at IS NOT NULL THEN COALESCE(a.actual_hours, 0) ELSE 0 END), 0)',
    ),
    helpers: of('COUNT(*)', selected),
    helper_ids: of('GROUP_CONCAT(a.user_id)', selected),
  };
}

const CELL_KEY = ['category', 'region', 'month', 'org_kind'];

/** The counts and lists of base cells, aggregated over `task_report_facts` rows. */
function cellAggregates(d: Dialect): Record<string, string> {
  const count = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
  const delay = (col: string) => `GROUP_CONCAT(${greatest(d)}(0, ${col} - published_ms))`;
  return {
    posted: 'COUNT(*)',
    open: count("status = 'open'"),
    filled: count("first_sel_ms IS NOT NULL OR status IN ('assigned', 'completed')"),
    completed: count("status = 'completed'"),
    cancelled: count("status = 'cancelled'"),
    expired: count("status = 'expired'"),
    closed_without_applicant: count(
      "applications = 0 AND (status IN ('cancelled', 'expired') OR closed = 1)",
    ),
    estimated_hours: 'SUM(estimated_hours)',
    actual_hours: 'SUM(actual_hours)',
    app_count: 'COUNT(first_app_ms)',
    app_delays: delay('first_app_ms'),
    sel_count: 'COUNT(first_sel_ms)',
    sel_delays: delay('first_sel_ms'),
    org_count: 'COUNT(DISTINCT organisation_id)',
    org_ids: 'GROUP_CONCAT(DISTINCT organisation_id)',
    helper_count: 'SUM(helpers)',
    helper_ids: 'GROUP_CONCAT(helper_ids)',
  };
}

function cellsInsert(d: Dialect, verb: string, where: string): string {
  const agg = cellAggregates(d);
  return `${verb} INTO report_cells (${[...CELL_KEY, ...Object.keys(agg)].join(', ')})
    SELECT ${[...CELL_KEY, ...Object.values(agg)].join(', ')}
      FROM task_report_facts WHERE ${where}
     GROUP BY ${CELL_KEY.join(', ')}`;
}

/** Statements that recount the base cell of the facts row `r` (OLD or NEW). */
function recountCell(d: Dialect, r: string): string[] {
  const same = CELL_KEY.map((k) => `${k} = ${r}.${k}`).join(' AND ');
  return [
    cellsInsert(d, 'REPLACE', `is_public = 1 AND ${same}`),
    `DELETE FROM report_cells WHERE ${same}
       AND NOT EXISTS (SELECT 1 FROM task_report_facts f WHERE f.is_public = 1 AND ${CELL_KEY.map((k) => `f.${k} = ${r}.${k}`).join(' AND ')})`,
  ];
}

function trigger(
  d: Dialect,
  name: string,
  event: 'INSERT' | 'UPDATE' | 'DELETE',
  table: string,
  body: string[],
  when?: string,
): string {
  if (d === 'mysql') {
    const stmts = body.map((s) => `${s};`).join('\n');
    return `CREATE TRIGGER ${name} AFTER ${event} ON ${table} FOR EACH ROW BEGIN
      ${when ? `IF ${when} THEN ${stmts} END IF;` : stmts}
    END`;
  }
  return `CREATE TRIGGER ${name} AFTER ${event} ON ${table} FOR EACH ROW${when ? ` WHEN ${when}` : ''}
    BEGIN ${body.map((s) => `${s};`).join('\n')} END`;
}

const setOf = (cols: Record<string, string>) =>
  Object.entries(cols)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ');

/** Every trigger that keeps the facts and cells, by name. */
export function reportTriggers(d: Dialect): Record<string, string> {
  const changed = (cols: string[]) =>
    `NOT (${cols.map((c) => (d === 'mysql' ? `OLD.${c} <=> NEW.${c}` : `OLD.${c} IS NEW.${c}`)).join(' AND ')})`;
  const taskCols = taskFacts(d, 'NEW');
  const appsOf = (x: string) =>
    `UPDATE task_report_facts SET ${setOf(applicationFacts(d, x))} WHERE task_id = ${x}`;
  return {
    report_facts_task_insert: trigger(d, 'report_facts_task_insert', 'INSERT', 'tasks', [
      `INSERT INTO task_report_facts (task_id, ${Object.keys(taskCols).join(', ')}, ${Object.keys(applicationFacts(d, 'NEW.id')).join(', ')})
       VALUES (NEW.id, ${Object.values(taskCols).join(', ')}, ${Object.values(applicationFacts(d, 'NEW.id')).join(', ')})`,
    ]),
    report_facts_task_update: trigger(d, 'report_facts_task_update', 'UPDATE', 'tasks', [
      `UPDATE task_report_facts SET ${setOf(taskCols)} WHERE task_id = NEW.id`,
    ]),
    report_facts_task_delete: trigger(d, 'report_facts_task_delete', 'DELETE', 'tasks', [
      'DELETE FROM task_report_facts WHERE task_id = OLD.id',
    ]),
    report_facts_application_insert: trigger(
      d,
      'report_facts_application_insert',
      'INSERT',
      'applications',
      [appsOf('NEW.task_id')],
    ),
    report_facts_application_update: trigger(
      d,
      'report_facts_application_update',
      'UPDATE',
      'applications',
      [appsOf('NEW.task_id'), appsOf('OLD.task_id')],
      changed(['task_id', 'user_id', 'created_at', 'selected_at', 'approved_at', 'actual_hours']),
    ),
    report_facts_application_delete: trigger(
      d,
      'report_facts_application_delete',
      'DELETE',
      'applications',
      [appsOf('OLD.task_id')],
    ),
    report_facts_organisation_kind: trigger(
      d,
      'report_facts_organisation_kind',
      'UPDATE',
      'organisations',
      ['UPDATE task_report_facts SET org_kind = NEW.kind WHERE organisation_id = NEW.id'],
      changed(['kind']),
    ),
    report_cells_fact_insert: trigger(
      d,
      'report_cells_fact_insert',
      'INSERT',
      'task_report_facts',
      recountCell(d, 'NEW'),
    ),
    report_cells_fact_update: trigger(
      d,
      'report_cells_fact_update',
      'UPDATE',
      'task_report_facts',
      [...recountCell(d, 'OLD'), ...recountCell(d, 'NEW')],
      changed(FACT_COLUMNS),
    ),
    report_cells_fact_delete: trigger(
      d,
      'report_cells_fact_delete',
      'DELETE',
      'task_report_facts',
      recountCell(d, 'OLD'),
    ),
  };
}

function dialectOf(qi: QueryInterface): Dialect {
  return qi.sequelize.getDialect() === 'sqlite' ? 'sqlite' : 'mysql';
}

export async function createReportTriggers(qi: QueryInterface): Promise<void> {
  for (const sql of Object.values(reportTriggers(dialectOf(qi)))) await qi.sequelize.query(sql);
}

export async function dropReportTriggers(qi: QueryInterface): Promise<void> {
  for (const name of Object.keys(reportTriggers(dialectOf(qi))))
    await qi.sequelize.query(`DROP TRIGGER IF EXISTS ${name}`);
}

/** Fills the facts and the cells from the tasks and applications as they are (empties them first). */
export async function rebuildReportFacts(qi: QueryInterface): Promise<void> {
  const d = dialectOf(qi);
  const q = (sql: string) => qi.sequelize.query(sql);
  if (d === 'mysql') await q('SET SESSION group_concat_max_len = 4294967295');
  await q('DELETE FROM report_cells');
  await q('DELETE FROM task_report_facts');
  const t = taskFacts(d, 't');
  await q(
    `INSERT INTO task_report_facts (task_id, ${FACT_COLUMNS.join(', ')})
     SELECT t.id, ${[
       ...Object.values(t),
       'COALESCE(a.n, 0)',
       epochMs(d, 'a.first_app'),
       epochMs(d, 'a.first_sel'),
       'COALESCE(a.hours, 0)',
       'COALESCE(a.helpers, 0)',
       'a.helper_ids',
     ].join(', ')}
       FROM tasks t
       LEFT JOIN (SELECT task_id, COUNT(*) AS n, MIN(created_at) AS first_app,
                         MIN(selected_at) AS first_sel,
                         SUM(CASE WHEN approved_at IS NOT NULL THEN COALESCE(actual_hours, 0) ELSE 0 END) AS hours,
                         SUM(CASE WHEN selected_at IS NOT NULL THEN 1 ELSE 0 END) AS helpers,
                         GROUP_CONCAT(CASE WHEN selected_at IS NOT NULL THEN user_id END) AS helper_ids
                    FROM applications GROUP BY task_id) a ON a.task_id = t.id`,
  );
  await q(cellsInsert(d, 'INSERT', 'is_public = 1'));
}

/** When each Finnish calendar month starts, 1970–2199. */
function monthStarts(): { month: string; starts_ms: number }[] {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  });
  const local = (t: number) => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}`;
  };
  const out: { month: string; starts_ms: number }[] = [];
  for (let y = 1970; y < 2200; y++) {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      const utc = Date.UTC(y, m - 1, 1);
      // Midnight in Helsinki is 22:00 or 21:00 UTC the day before.
      const start = [2, 3]
        .map((h) => utc - h * 3_600_000)
        .find((t) => local(t) === `${y}-${mm}-01 00`);
      out.push({ month: `${y}-${mm}`, starts_ms: start ?? utc - 2 * 3_600_000 });
    }
  }
  return out;
}

export const up: MigrationFn = async ({ context: qi }) => {
  const d = dialectOf(qi);
  await qi.createTable('report_months', {
    month: { type: DataTypes.STRING(7), primaryKey: true, allowNull: false },
    starts_ms: { type: DataTypes.BIGINT, allowNull: false, unique: true },
  });
  await qi.bulkInsert('report_months', monthStarts());

  const key = {
    category: { type: DataTypes.STRING(40), allowNull: false },
    region: { type: DataTypes.STRING(8), allowNull: false },
  };
  // Long lists: a cell's delays may pass TEXT's 64 kB on MySQL.
  const list = { type: d === 'mysql' ? DataTypes.TEXT('long') : DataTypes.TEXT, allowNull: true };
  const int = { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 };
  const hours = { type: DataTypes.DOUBLE, allowNull: false, defaultValue: 0 };
  // No foreign key to tasks: InnoDB does not run triggers for cascaded deletes, and the cells
  // are recounted by the trigger on this table.
  await qi.createTable('task_report_facts', {
    task_id: { type: DataTypes.INTEGER, primaryKey: true, allowNull: false },
    is_public: { type: DataTypes.BOOLEAN, allowNull: false },
    organisation_id: { type: DataTypes.INTEGER, allowNull: false },
    org_kind: { type: DataTypes.STRING(20), allowNull: false },
    ...key,
    month: { type: DataTypes.STRING(7), allowNull: true },
    published_ms: { type: DataTypes.BIGINT, allowNull: true },
    status: { type: DataTypes.STRING(24), allowNull: false },
    estimated_hours: hours,
    closed: { type: DataTypes.BOOLEAN, allowNull: false },
    applications: int,
    first_app_ms: { type: DataTypes.BIGINT, allowNull: true },
    first_sel_ms: { type: DataTypes.BIGINT, allowNull: true },
    actual_hours: hours,
    helpers: int,
    helper_ids: { type: DataTypes.TEXT, allowNull: true },
  });
  await qi.addIndex('task_report_facts', ['is_public', ...CELL_KEY], {
    name: 'task_report_facts_cell',
  });
  await qi.addIndex('task_report_facts', ['organisation_id'], {
    name: 'task_report_facts_organisation',
  });

  await qi.createTable('report_cells', {
    category: { ...key.category, primaryKey: true },
    region: { ...key.region, primaryKey: true },
    month: { type: DataTypes.STRING(7), allowNull: false, primaryKey: true },
    org_kind: { type: DataTypes.STRING(20), allowNull: false, primaryKey: true },
    posted: int,
    open: int,
    filled: int,
    completed: int,
    cancelled: int,
    expired: int,
    closed_without_applicant: int,
    estimated_hours: hours,
    actual_hours: hours,
    app_count: int,
    app_delays: list,
    sel_count: int,
    sel_delays: list,
    org_count: int,
    org_ids: list,
    helper_count: int,
    helper_ids: list,
  });
  // The public report filters by period, category and region.
  await qi.addIndex('report_cells', ['month'], { name: 'report_cells_month' });

  await rebuildReportFacts(qi);
  await createReportTriggers(qi);
};

export const down: MigrationFn = async ({ context: qi }) => {
  await dropReportTriggers(qi);
  await qi.dropTable('report_cells');
  await qi.dropTable('task_report_facts');
  await qi.dropTable('report_months');
};

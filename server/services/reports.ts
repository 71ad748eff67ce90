/**
 * Insight: where help is needed, how fast it comes, and the hours given.
 *
 * The public report reads the pre-counted base cells (`report_cells`, kept by triggers in the
 * same transaction as every change to a task or its applications; migration 0024): counts and
 * sums are added up per row, and the medians, 90th percentiles and distinct organisations and
 * helpers come from the cells' lists of delays and ids, so they are exact, computed in JavaScript
 * the same on SQLite and MariaDB. An umbrella's own report reads its members' tasks with their
 * first application, first selection, approved hours and first selected helper (a bounded set:
 * the finer dimensions need the tasks themselves), and so does the reference computation that
 * the tests and the benchmark compare the cells with (`needsInsightFromTasks`).
 *
 * Who sees what: an umbrella's own staff (`umbrellaId` of an umbrella they belong to) see its
 * member organisations, by organisation if they like, without suppression. Everyone else gets the
 * public report: aggregates of the coarse dimensions only, whole months only, and every task that
 * sits in a *base cell* (category × region × month × organisation kind) of fewer than 3 tasks is
 * left out of everything — rows and totals alike. Any row or total, and any difference between two
 * answers, is then a union of whole base cells of at least 3 tasks, so no subtraction brings a
 * single suppressed task back.
 */
import { QueryTypes } from 'sequelize';
import type { z } from 'zod';
import { CATEGORIES, type CategorySlug } from '../../sdk/schemas/categories.ts';
import {
  type HoursQuery,
  type HoursReport,
  NEEDS_PUBLIC_DIMENSIONS,
  type NeedsDimension,
  type NeedsInsight,
  type NeedsInsightQuery,
  type NeedsMeasures,
  type NeedsQuery,
  type NeedsReport,
} from '../../sdk/schemas/reports.ts';
import type { Ctx } from '../context.ts';
import { Membership, Organisation } from '../db/models/index.ts';
import { fieldError, Forbidden, NotFound } from '../errors.ts';
import { findRegionCode, municipalityName, regionName } from './places.ts';

/** Public cells counting fewer tasks than this are suppressed. */
export const SUPPRESS_BELOW = 3;

type InsightQuery = z.output<typeof NeedsInsightQuery>;

/** One task as the report sees it. */
interface Fact {
  id: number;
  organisationId: number;
  organisationName: string;
  organisationKind: string;
  status: string;
  category: string;
  regionCode: string | null;
  municipalityCode: string | null;
  published: number;
  month: string;
  week: string;
  estimatedHours: number;
  closed: boolean;
  applications: number;
  firstApplication: number | null;
  firstSelection: number | null;
  actualHours: number;
  helperType: string | null;
  helpers: number[];
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const HOUR = 3_600_000;

function ms(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime();
  const s = String(v);
  // SQLite hands back '2024-03-01 12:00:00.000 +00:00'; a bare one is UTC (timezone +00:00).
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(' ', 'T')}Z`);
  return Number.isNaN(t) ? null : t;
}

// ---- Finnish calendar: months and ISO weeks in Europe/Helsinki ----

const helsinki = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const dayCache = new Map<number, [number, number, number]>();
/** The Finnish calendar date of an instant; cached per UTC hour (offsets change on the hour). */
function localDate(t: number): [number, number, number] {
  const h = Math.floor(t / HOUR);
  let d = dayCache.get(h);
  if (!d) {
    const p = helsinki.formatToParts(new Date(h * HOUR));
    const get = (type: string) => Number(p.find((x) => x.type === type)!.value);
    d = [get('year'), get('month'), get('day')];
    if (dayCache.size > 200_000) dayCache.clear();
    dayCache.set(h, d);
  }
  return d;
}
const pad = (n: number) => String(n).padStart(2, '0');
function monthOf(t: number): string {
  const [y, m] = localDate(t);
  return `${y}-${pad(m)}`;
}
function weekOf(t: number): string {
  const [y, m, d] = localDate(t);
  const date = new Date(Date.UTC(y, m - 1, d));
  const dow = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dow);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${pad(week)}`;
}
/** The instant a Finnish calendar month starts (month may be 13: January of the next year). */
function monthStart(y: number, m: number): number {
  const utc = Date.UTC(y, m - 1, 1);
  // Midnight in Helsinki is 22:00 or 21:00 UTC the day before; pick the one in the right month.
  for (const offset of [2, 3]) {
    const t = utc - offset * HOUR;
    const [ly, lm, ld] = localDate(t);
    if (ld === 1 && lm === ((m - 1) % 12) + 1 && ly === y + Math.floor((m - 1) / 12)) return t;
  }
  return utc - 2 * HOUR;
}

// ---- percentiles ----

/** Linear interpolation between closest ranks (the spreadsheet PERCENTILE.INC). */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return round2(sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!));
}

function measure(facts: Fact[]): NeedsMeasures {
  const toApp: number[] = [];
  const toSel: number[] = [];
  const orgs = new Set<number>();
  const helpers = new Set<number>();
  const m = emptyMeasures();
  for (const f of facts) {
    m.posted++;
    if (f.status === 'open') m.open++;
    if (f.status === 'completed') m.completed++;
    if (f.status === 'cancelled') m.cancelled++;
    if (f.status === 'expired') m.expired++;
    if (f.firstSelection !== null || f.status === 'assigned' || f.status === 'completed')
      m.filled++;
    if (f.applications === 0 && (f.status === 'cancelled' || f.status === 'expired' || f.closed))
      m.closedWithoutApplicant++;
    if (f.firstApplication !== null)
      toApp.push(Math.max(0, f.firstApplication - f.published) / HOUR);
    if (f.firstSelection !== null) toSel.push(Math.max(0, f.firstSelection - f.published) / HOUR);
    m.estimatedHours += f.estimatedHours;
    m.actualHours += f.actualHours;
    orgs.add(f.organisationId);
    for (const h of f.helpers) helpers.add(h);
  }
  toApp.sort((a, b) => a - b);
  toSel.sort((a, b) => a - b);
  m.firstApplicationMedianHours = percentile(toApp, 0.5);
  m.firstApplicationP90Hours = percentile(toApp, 0.9);
  m.firstSelectionMedianHours = percentile(toSel, 0.5);
  m.firstSelectionP90Hours = percentile(toSel, 0.9);
  m.estimatedHours = round2(m.estimatedHours);
  m.actualHours = round2(m.actualHours);
  m.organisations = orgs.size;
  m.helpers = helpers.size;
  return m;
}

// ---- scope ----

/** True when the actor is staff (a member or admin, or a secret key) of this organisation. */
async function isStaffOf(ctx: Ctx, organisationId: number): Promise<boolean> {
  const a = ctx.actor;
  if (a.kind === 'secret_key') return a.organisationId === organisationId;
  if (a.kind !== 'user') return false;
  return (await Membership.count({ where: { organisationId, userId: a.user.id } })) > 0;
}

interface Scope {
  kind: 'public' | 'umbrella';
  organisationIds: number[] | null;
  umbrellaId?: number;
}

async function scopeOf(ctx: Ctx, umbrellaId: number | undefined): Promise<Scope> {
  if (umbrellaId === undefined) return { kind: 'public', organisationIds: null };
  const umbrella = await Organisation.findByPk(umbrellaId, { attributes: ['id', 'kind'] });
  if (!umbrella || umbrella.kind !== 'umbrella') throw new NotFound('umbrella');
  if (!(await isStaffOf(ctx, umbrella.id)))
    throw new Forbidden("Only the umbrella's own members and admins see its member organisations.");
  const rows = await ctx.db.sequelize.query<{ id: number }>(
    'SELECT member_id AS id FROM affiliations WHERE umbrella_id = ?',
    { replacements: [umbrella.id], type: QueryTypes.SELECT },
  );
  return {
    kind: 'umbrella',
    organisationIds: [umbrella.id, ...rows.map((r) => Number(r.id))],
    umbrellaId: umbrella.id,
  };
}

// ---- reading the facts ----

interface Filters {
  from: number | null;
  to: number | null;
  category?: string;
  regionCode?: string;
  organisationIds: number[] | null;
  /** Also count the tasks targeted to this organisation's groups. */
  groupOwner?: number;
}

async function readFacts(ctx: Ctx, f: Filters): Promise<Fact[]> {
  const rep: Record<string, unknown> = {};
  const where = [
    // A group-targeted task is for its group: only the staff of the organisation that owns the
    // group (an umbrella reading its own report) may count it, never the public.
    f.groupOwner === undefined
      ? 't.group_id IS NULL'
      : '(t.group_id IS NULL OR t.group_id IN (SELECT g.id FROM `groups` g WHERE g.organisation_id = :groupOwner))',
    "t.status <> 'pending_verification'",
    't.published_at IS NOT NULL',
  ];
  if (f.groupOwner !== undefined) rep.groupOwner = f.groupOwner;
  if (f.from !== null) {
    where.push('t.published_at >= :from');
    rep.from = new Date(f.from);
  }
  if (f.to !== null) {
    where.push('t.published_at <= :to');
    rep.to = new Date(f.to);
  }
  if (f.category) {
    where.push('t.category = :category');
    rep.category = f.category;
  }
  if (f.regionCode) {
    where.push('t.region_code = :region');
    rep.region = f.regionCode;
  }
  if (f.organisationIds) {
    where.push('t.organisation_id IN (:orgs)');
    rep.orgs = f.organisationIds;
  }
  const w = where.join(' AND ');
  const q = <T extends object>(sql: string) =>
    ctx.db.sequelize.query<T>(sql, {
      replacements: rep,
      type: QueryTypes.SELECT,
      ...ctx.db.longRead,
    });

  const [tasks, apps, selected] = await Promise.all([
    q<Record<string, unknown>>(
      `SELECT t.id, t.organisation_id AS org, o.name AS orgName, o.kind AS orgKind, t.status,
              t.category, t.region_code AS region, t.municipality_code AS municipality,
              t.published_at AS published, t.estimated_hours AS est,
              t.applications_closed_at AS closed
         FROM tasks t JOIN organisations o ON o.id = t.organisation_id
        WHERE ${w}`,
    ),
    q<Record<string, unknown>>(
      `SELECT a.task_id AS id, COUNT(*) AS n, MIN(a.created_at) AS firstApp,
              MIN(a.selected_at) AS firstSel,
              SUM(CASE WHEN a.approved_at IS NOT NULL THEN COALESCE(a.actual_hours, 0) ELSE 0 END)
                AS hours
         FROM applications a JOIN tasks t ON t.id = a.task_id
        WHERE ${w}
        GROUP BY a.task_id`,
    ),
    q<Record<string, unknown>>(
      `SELECT a.task_id AS id, a.user_id AS userId, u.helper_type AS helperType
         FROM applications a JOIN tasks t ON t.id = a.task_id JOIN users u ON u.id = a.user_id
        WHERE ${w} AND a.selected_at IS NOT NULL
        ORDER BY a.task_id, a.selected_at, a.id`,
    ),
  ]);

  const facts = new Map<number, Fact>();
  for (const r of tasks) {
    const published = ms(r.published)!;
    facts.set(Number(r.id), {
      id: Number(r.id),
      organisationId: Number(r.org),
      organisationName: String(r.orgName),
      organisationKind: String(r.orgKind),
      status: String(r.status),
      category: String(r.category),
      regionCode: (r.region as string | null) ?? null,
      municipalityCode: (r.municipality as string | null) ?? null,
      published,
      month: monthOf(published),
      week: weekOf(published),
      estimatedHours: Number(r.est ?? 0),
      closed: r.closed !== null && r.closed !== undefined,
      applications: 0,
      firstApplication: null,
      firstSelection: null,
      actualHours: 0,
      helperType: null,
      helpers: [],
    });
  }
  for (const r of apps) {
    const fact = facts.get(Number(r.id));
    if (!fact) continue;
    fact.applications = Number(r.n);
    fact.firstApplication = ms(r.firstApp);
    fact.firstSelection = ms(r.firstSel);
    fact.actualHours = Number(r.hours ?? 0);
  }
  for (const r of selected) {
    const fact = facts.get(Number(r.id));
    if (!fact) continue;
    if (fact.helpers.length === 0) fact.helperType = (r.helperType as string | null) ?? null;
    fact.helpers.push(Number(r.userId));
  }
  return [...facts.values()];
}

// ---- grouping ----

const categoryOrder = new Map<string, number>(CATEGORIES.map((c, i) => [c.slug, i]));

function dimValue(f: Fact, d: NeedsDimension): string {
  switch (d) {
    case 'category':
      return f.category;
    case 'region':
      return f.regionCode ?? '';
    case 'municipality':
      return f.municipalityCode ?? '';
    case 'month':
      return f.month;
    case 'week':
      return f.week;
    case 'helperType':
      return f.helperType ?? '';
    case 'organisationKind':
      return f.organisationKind;
    case 'organisation':
      return String(f.organisationId);
  }
}

type Key = NeedsInsight['rows'][number]['key'];

function keyOf(f: Fact, dims: NeedsDimension[]): Key {
  const k: Key = {};
  for (const d of dims) {
    if (d === 'category') k.category = f.category as CategorySlug;
    if (d === 'region') {
      k.region = regionName(f.regionCode);
      k.regionCode = f.regionCode;
    }
    if (d === 'municipality') {
      k.municipality = f.municipalityCode ? municipalityName(f.municipalityCode) : null;
      k.municipalityCode = f.municipalityCode;
    }
    if (d === 'month') k.month = f.month;
    if (d === 'week') k.week = f.week;
    if (d === 'helperType') k.helperType = f.helperType;
    if (d === 'organisationKind') k.organisationKind = f.organisationKind;
    if (d === 'organisation') k.organisation = { id: f.organisationId, name: f.organisationName };
  }
  return k;
}

function compareKeys(a: Key, b: Key, dims: NeedsDimension[]): number {
  const nullsLast = (x: string | null | undefined, y: string | null | undefined) =>
    (x == null ? 1 : 0) - (y == null ? 1 : 0) || (x ?? '').localeCompare(y ?? '', 'fi');
  for (const d of dims) {
    let c = 0;
    if (d === 'category')
      c = (categoryOrder.get(a.category!) ?? 99) - (categoryOrder.get(b.category!) ?? 99);
    else if (d === 'region') c = nullsLast(a.region, b.region);
    else if (d === 'municipality') c = nullsLast(a.municipality, b.municipality);
    else if (d === 'month') c = a.month!.localeCompare(b.month!);
    else if (d === 'week') c = a.week!.localeCompare(b.week!);
    else if (d === 'helperType') c = nullsLast(a.helperType, b.helperType);
    else if (d === 'organisationKind') c = a.organisationKind!.localeCompare(b.organisationKind!);
    else if (d === 'organisation')
      c =
        a.organisation!.name.localeCompare(b.organisation!.name, 'fi') ||
        a.organisation!.id - b.organisation!.id;
    if (c) return c;
  }
  return 0;
}

/** The base cell of the public suppression: every dimension the public may group by. */
const baseKey = (f: Fact) =>
  `${f.category}\u0000${f.regionCode ?? ''}\u0000${f.month}\u0000${f.organisationKind}`;

/** The insight report: from the base cells when public, from the tasks for an umbrella's staff. */
export function needsInsight(ctx: Ctx, query: InsightQuery): Promise<NeedsInsight> {
  return insight(ctx, query, 'cells');
}

/** The same report computed from the tasks and applications themselves (the reference). */
export function needsInsightFromTasks(ctx: Ctx, query: InsightQuery): Promise<NeedsInsight> {
  return insight(ctx, query, 'tasks');
}

async function insight(
  ctx: Ctx,
  query: InsightQuery,
  source: 'cells' | 'tasks',
): Promise<NeedsInsight> {
  const scope = await scopeOf(ctx, query.umbrellaId);
  const dims = query.groupBy;
  if (scope.kind === 'public') {
    const finer = dims.filter((d) => !NEEDS_PUBLIC_DIMENSIONS.includes(d));
    if (finer.length > 0)
      throw new Forbidden(
        `Grouping by ${finer.join(', ')} is for an umbrella's own staff (with umbrellaId).`,
      );
  }
  let regionCode: string | undefined;
  if (query.region !== undefined) {
    regionCode = findRegionCode(query.region);
    if (!regionCode)
      throw fieldError({
        field: 'region',
        message: 'Unknown region.',
        issue: 'no such region',
        in: 'query',
      });
  }
  let from = query.from ? Date.parse(query.from) : null;
  let to = query.to ? Date.parse(query.to) : null;
  if (scope.kind === 'public') {
    // Whole Finnish months only: a narrower period would cut the base cells.
    if (from !== null) {
      const [y, m] = localDate(from);
      from = monthStart(y, m);
    }
    if (to !== null) {
      const [y, m] = localDate(to);
      to = monthStart(y, m + 1) - 1;
    }
  }

  if (scope.kind === 'public' && source === 'cells') {
    const fromCells = await insightFromCells(ctx, {
      dims,
      fromMonth: from === null ? null : monthOf(from),
      toMonth: to === null ? null : monthOf(to),
      category: query.category,
      regionCode,
    });
    // A list cut short by the database (MariaDB's group_concat_max_len) falls back to the tasks.
    if (fromCells) return { ...fromCells, from: iso(from), to: iso(to) };
  }

  let facts = await readFacts(ctx, {
    from,
    to,
    category: query.category,
    regionCode,
    organisationIds: scope.organisationIds,
    groupOwner: scope.umbrellaId,
  });

  const withheld = new Map<string, Key>();
  if (scope.kind === 'public') {
    const base = new Map<string, number>();
    for (const f of facts) base.set(baseKey(f), (base.get(baseKey(f)) ?? 0) + 1);
    const kept: Fact[] = [];
    for (const f of facts) {
      if ((base.get(baseKey(f)) ?? 0) >= SUPPRESS_BELOW) kept.push(f);
      else {
        const k = keyOf(f, dims);
        withheld.set(dims.map((d) => dimValue(f, d)).join('\u0000'), k);
      }
    }
    facts = kept;
  }

  const groups = new Map<string, { key: Key; facts: Fact[] }>();
  for (const f of facts) {
    const id = dims.map((d) => dimValue(f, d)).join('\u0000');
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key: keyOf(f, dims), facts: [] }));
    g.facts.push(f);
  }
  const rows: NeedsInsight['rows'] = [...groups.values()].map((g) => ({
    key: g.key,
    suppressed: false,
    measures: measure(g.facts),
  }));
  for (const [id, key] of withheld) {
    if (!groups.has(id)) rows.push({ key, suppressed: true, measures: null });
  }
  rows.sort((a, b) => compareKeys(a.key, b.key, dims));

  return {
    from: iso(from),
    to: iso(to),
    groupBy: dims,
    scope: scope.kind,
    suppressBelow: scope.kind === 'public' ? SUPPRESS_BELOW : null,
    rows,
    suppressed: rows.filter((r) => r.suppressed).length,
    totals: measure(facts),
  };
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

// ---- the public report from the base cells ----

interface CellQuery {
  dims: NeedsDimension[];
  fromMonth: string | null;
  toMonth: string | null;
  category?: string;
  regionCode?: string;
}

interface CellRow {
  category: string;
  region: string;
  month: string;
  org_kind: string;
  posted: number | string;
  open: number | string;
  filled: number | string;
  completed: number | string;
  cancelled: number | string;
  expired: number | string;
  closed_without_applicant: number | string;
  estimated_hours: number | string;
  actual_hours: number | string;
  app_count: number | string;
  app_delays: string | null;
  sel_count: number | string;
  sel_delays: string | null;
  org_count: number | string;
  org_ids: string | null;
  helper_count: number | string;
  helper_ids: string | null;
}

/** Appends the comma-separated integers of `s` to `out`; answers how many there were. */
function pushInts(s: string | null, out: number[]): number {
  if (!s) return 0;
  let n = 0;
  let v = 0;
  let neg = false;
  let any = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) {
      out.push(neg ? -v : v);
      n++;
      v = 0;
      neg = false;
      any = false;
    } else if (c === 45) neg = true;
    else if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      any = true;
    }
  }
  if (any) {
    out.push(neg ? -v : v);
    n++;
  }
  return n;
}

/** Every measure at zero (and no percentiles), before any task is counted. */
function emptyMeasures(): NeedsMeasures {
  return {
    posted: 0,
    open: 0,
    filled: 0,
    completed: 0,
    cancelled: 0,
    expired: 0,
    closedWithoutApplicant: 0,
    firstApplicationMedianHours: null,
    firstApplicationP90Hours: null,
    firstSelectionMedianHours: null,
    firstSelectionP90Hours: null,
    estimatedHours: 0,
    actualHours: 0,
    organisations: 0,
    helpers: 0,
  };
}

/** One output row (or the totals) while the cells are added up. */
class CellGroup {
  m = emptyMeasures();
  app: number[] = [];
  sel: number[] = [];
  orgs: number[] = [];
  helpers: number[] = [];
  constructor(readonly key: Key) {}

  /** False when a list is shorter than its count (cut by the database). */
  add(c: CellRow): boolean {
    const m = this.m;
    m.posted += Number(c.posted);
    m.open += Number(c.open);
    m.filled += Number(c.filled);
    m.completed += Number(c.completed);
    m.cancelled += Number(c.cancelled);
    m.expired += Number(c.expired);
    m.closedWithoutApplicant += Number(c.closed_without_applicant);
    m.estimatedHours += Number(c.estimated_hours);
    m.actualHours += Number(c.actual_hours);
    return (
      pushInts(c.app_delays, this.app) === Number(c.app_count) &&
      pushInts(c.sel_delays, this.sel) === Number(c.sel_count) &&
      pushInts(c.org_ids, this.orgs) === Number(c.org_count) &&
      pushInts(c.helper_ids, this.helpers) === Number(c.helper_count)
    );
  }

  measures(): NeedsMeasures {
    const m = { ...this.m };
    const hours = (delays: number[]) => Float64Array.from(delays, (d) => d / HOUR).sort();
    const app = hours(this.app);
    const sel = hours(this.sel);
    m.firstApplicationMedianHours = percentile(app, 0.5);
    m.firstApplicationP90Hours = percentile(app, 0.9);
    m.firstSelectionMedianHours = percentile(sel, 0.5);
    m.firstSelectionP90Hours = percentile(sel, 0.9);
    m.estimatedHours = round2(m.estimatedHours);
    m.actualHours = round2(m.actualHours);
    m.organisations = distinct(this.orgs);
    m.helpers = distinct(this.helpers);
    return m;
  }
}

function distinct(ids: number[]): number {
  if (ids.length === 0) return 0;
  const sorted = Int32Array.from(ids).sort();
  let n = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) n++;
  return n;
}

/** The public report from `report_cells`; null when a list was cut short. */
async function insightFromCells(
  ctx: Ctx,
  q: CellQuery,
): Promise<Omit<NeedsInsight, 'from' | 'to'> | null> {
  const where: string[] = [];
  const rep: Record<string, unknown> = {};
  if (q.fromMonth !== null) {
    where.push('month >= :fromMonth');
    rep.fromMonth = q.fromMonth;
  }
  if (q.toMonth !== null) {
    where.push('month <= :toMonth');
    rep.toMonth = q.toMonth;
  }
  if (q.category) {
    where.push('category = :category');
    rep.category = q.category;
  }
  if (q.regionCode) {
    where.push('region = :region');
    rep.region = q.regionCode;
  }
  const cells = await ctx.db.sequelize.query<CellRow>(
    `SELECT * FROM report_cells${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    { replacements: rep, type: QueryTypes.SELECT, ...ctx.db.longRead },
  );
  const dims = q.dims;
  const groups = new Map<string, CellGroup>();
  const withheld = new Map<string, Key>();
  const totals = new CellGroup({});
  for (const c of cells) {
    const f = {
      category: c.category,
      regionCode: c.region === '' ? null : c.region,
      month: c.month,
      organisationKind: c.org_kind,
    } as Fact;
    const id = dims.map((d) => dimValue(f, d)).join('\u0000');
    if (Number(c.posted) < SUPPRESS_BELOW) {
      withheld.set(id, keyOf(f, dims));
      continue;
    }
    let g = groups.get(id);
    if (!g) groups.set(id, (g = new CellGroup(keyOf(f, dims))));
    if (!g.add(c) || !totals.add(c)) return null;
  }
  const rows: NeedsInsight['rows'] = [...groups.values()].map((g) => ({
    key: g.key,
    suppressed: false,
    measures: g.measures(),
  }));
  for (const [id, key] of withheld) {
    if (!groups.has(id)) rows.push({ key, suppressed: true, measures: null });
  }
  rows.sort((a, b) => compareKeys(a.key, b.key, dims));
  return {
    groupBy: dims,
    scope: 'public',
    suppressBelow: SUPPRESS_BELOW,
    rows,
    suppressed: rows.filter((r) => r.suppressed).length,
    totals: totals.measures(),
  };
}

/**
 * The first version's shape (category × region), kept for existing callers. Same rules as the
 * insight report: suppressed cells are left out and the totals are over the rows shown.
 */
export async function needsReport(
  ctx: Ctx,
  query: z.output<typeof NeedsQuery>,
): Promise<NeedsReport> {
  const insight = await needsInsight(ctx, {
    ...query,
    groupBy: ['category', 'region'],
  });
  const rows = insight.rows
    .filter((r) => r.measures)
    .map((r) => ({
      category: r.key.category!,
      region: r.key.region ?? null,
      tasks: r.measures!.posted,
      open: r.measures!.open,
      completed: r.measures!.completed,
      estimatedHours: r.measures!.estimatedHours,
      actualHours: r.measures!.actualHours,
      filled: r.measures!.filled,
      cancelled: r.measures!.cancelled,
      expired: r.measures!.expired,
      organisations: r.measures!.organisations,
      firstApplicationMedianHours: r.measures!.firstApplicationMedianHours,
      firstApplicationP90Hours: r.measures!.firstApplicationP90Hours,
      firstSelectionMedianHours: r.measures!.firstSelectionMedianHours,
      firstSelectionP90Hours: r.measures!.firstSelectionP90Hours,
    }));
  return {
    from: insight.from,
    to: insight.to,
    rows,
    totals: {
      tasks: insight.totals.posted,
      estimatedHours: insight.totals.estimatedHours,
      actualHours: insight.totals.actualHours,
    },
    suppressed: insight.suppressed,
  };
}

// ---- hours given and received ----

interface HourRow {
  at: unknown;
  h: number | string | null;
  task: number | string;
  org?: number | string | null;
}

/**
 * Hours given and received, by month of approval: a person their own (as a helper); an
 * organisation's staff its own (received on its tasks, given by its members on tasks open to
 * all); an umbrella's staff the same for each member organisation. A group's task counts only for
 * the organisation that owns the group (and an umbrella's report for the umbrella's own groups).
 */
export async function hoursReport(
  ctx: Ctx,
  query: z.output<typeof HoursQuery>,
): Promise<HoursReport> {
  const rep: Record<string, unknown> = {};
  const period: string[] = [];
  if (query.from) {
    period.push('a.approved_at >= :from');
    rep.from = new Date(query.from);
  }
  if (query.to) {
    period.push('a.approved_at <= :to');
    rep.to = new Date(query.to);
  }
  const inPeriod = period.map((p) => ` AND ${p}`).join('');
  const q = (sql: string) =>
    ctx.db.sequelize.query<HourRow>(sql, {
      replacements: rep,
      type: QueryTypes.SELECT,
      ...ctx.db.longRead,
    });

  let subject: HoursReport['subject'];
  let given: HourRow[];
  let received: HourRow[] = [];
  let names = new Map<number, string>();
  if (query.organisationId === undefined && query.umbrellaId === undefined) {
    if (ctx.actor.kind !== 'user')
      throw new Forbidden('A key has no hours of its own: name its organisationId.');
    subject = 'person';
    rep.me = ctx.actor.user.id;
    given = await q(
      `SELECT a.approved_at AS at, a.actual_hours AS h, a.task_id AS task FROM applications a
        WHERE a.user_id = :me AND a.approved_at IS NOT NULL${inPeriod}`,
    );
  } else {
    const id = (query.umbrellaId ?? query.organisationId)!;
    const org = await Organisation.findByPk(id, { attributes: ['id', 'kind', 'name'] });
    if (!org || (query.umbrellaId !== undefined && org.kind !== 'umbrella'))
      throw new NotFound(query.umbrellaId !== undefined ? 'umbrella' : 'organisation');
    if (!(await isStaffOf(ctx, org.id)))
      throw new Forbidden("Only the organisation's own members and admins see its hours.");
    let orgs = [org.id];
    if (query.umbrellaId !== undefined) {
      subject = 'umbrella';
      const members = await ctx.db.sequelize.query<{ id: number }>(
        'SELECT member_id AS id FROM affiliations WHERE umbrella_id = ?',
        { replacements: [org.id], type: QueryTypes.SELECT },
      );
      orgs = [org.id, ...members.map((m) => Number(m.id))];
    } else subject = 'organisation';
    rep.orgs = orgs;
    rep.owner = org.id;
    const all = await Organisation.findAll({ where: { id: orgs }, attributes: ['id', 'name'] });
    names = new Map(all.map((o) => [o.id, o.name]));
    const groupOk =
      subject === 'organisation'
        ? ''
        : ' AND (t.group_id IS NULL OR t.group_id IN (SELECT g.id FROM `groups` g WHERE g.organisation_id = :owner))';
    [received, given] = await Promise.all([
      q(
        `SELECT a.approved_at AS at, a.actual_hours AS h, a.task_id AS task, t.organisation_id AS org
           FROM applications a JOIN tasks t ON t.id = a.task_id
          WHERE a.approved_at IS NOT NULL AND t.organisation_id IN (:orgs)${groupOk}${inPeriod}`,
      ),
      q(
        `SELECT a.approved_at AS at, a.actual_hours AS h, a.task_id AS task, m.organisation_id AS org
           FROM applications a JOIN memberships m ON m.user_id = a.user_id
           JOIN tasks t ON t.id = a.task_id
          WHERE a.approved_at IS NOT NULL AND m.organisation_id IN (:orgs)
            AND t.group_id IS NULL${inPeriod}`,
      ),
    ]);
  }

  const value = ctx.config.hourlyValue;
  interface Acc {
    month: string;
    org: number | null;
    given: number;
    received: number;
    tasksGiven: Set<string>;
    tasksReceived: Set<string>;
  }
  const acc = new Map<string, Acc>();
  const totals: Acc = {
    month: '',
    org: null,
    given: 0,
    received: 0,
    tasksGiven: new Set(),
    tasksReceived: new Set(),
  };
  const add = (r: HourRow, kind: 'given' | 'received') => {
    const t = ms(r.at);
    if (t === null) return;
    const month = monthOf(t);
    const org = subject === 'umbrella' ? Number(r.org) : null;
    const k = `${month}\u0000${org ?? ''}`;
    let a = acc.get(k);
    if (!a) {
      a = { month, org, given: 0, received: 0, tasksGiven: new Set(), tasksReceived: new Set() };
      acc.set(k, a);
    }
    const hours = Number(r.h ?? 0);
    // An organisation's member may give hours to a task more than once (two memberships):
    // per organisation a task is one task.
    const task = `${r.task}:${r.org ?? ''}`;
    for (const x of [a, totals]) {
      if (kind === 'given') {
        x.given += hours;
        x.tasksGiven.add(task);
      } else {
        x.received += hours;
        x.tasksReceived.add(task);
      }
    }
  };
  for (const r of given) add(r, 'given');
  for (const r of received) add(r, 'received');
  const figures = (a: Acc) => ({
    hoursGiven: round2(a.given),
    hoursReceived: round2(a.received),
    tasksGiven: a.tasksGiven.size,
    tasksReceived: a.tasksReceived.size,
    valueGiven: value ? round2(a.given * value.amount) : null,
    valueReceived: value ? round2(a.received * value.amount) : null,
  });
  const rows = [...acc.values()]
    .sort(
      (a, b) =>
        a.month.localeCompare(b.month) ||
        (names.get(a.org ?? 0) ?? '').localeCompare(names.get(b.org ?? 0) ?? '', 'fi'),
    )
    .map((a) => ({
      month: a.month,
      organisation: a.org === null ? null : { id: a.org, name: names.get(a.org) ?? '' },
      ...figures(a),
    }));
  return {
    from: query.from ? new Date(query.from).toISOString() : null,
    to: query.to ? new Date(query.to).toISOString() : null,
    subject,
    hourlyValue: value,
    rows,
    totals: figures(totals),
  };
}

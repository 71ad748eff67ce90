/**
 * Fake reports for the stories and tests of `<tehostamo-needs-report>` and the hours total in
 * `<tehostamo-my-work>`: the needs report public (with a suppressed cell) or for an umbrella's
 * staff (by organisation), the hours report, and the CSV, answered in memory.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type {
  HoursReport,
  NeedsDimension,
  NeedsInsight,
  NeedsMeasures,
} from '../../sdk/schemas/reports.ts';
import type { Me } from '../../sdk/schemas/users.ts';
import type { ReportsClient } from '../../widgets/context.ts';
import '../../widgets/provider/provider.ts';
import { ME } from './data.ts';
import { fakeClient, fakeDefaults } from './fake-client.ts';
import type { SceneArgs } from './scene.ts';

export const UMBRELLA = { id: 40, name: 'Järjestöliitto Tuki ry', kind: 'umbrella' as const };

/** Umbrella staff: a member of the umbrella (and of nothing else). */
export const UMBRELLA_STAFF: Me = {
  ...ME,
  id: 41,
  name: 'Liisa Korhonen',
  email: 'liisa.korhonen@example.fi',
  helperType: 'umbrella_staff',
  memberships: [{ organisation: UMBRELLA, role: 'member' }],
};

export function measures(posted: number, more: Partial<NeedsMeasures> = {}): NeedsMeasures {
  return {
    posted,
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
    ...more,
  };
}

const bookkeeping = measures(12, {
  open: 3,
  filled: 8,
  completed: 6,
  cancelled: 1,
  closedWithoutApplicant: 1,
  firstApplicationMedianHours: 5.5,
  firstApplicationP90Hours: 30,
  firstSelectionMedianHours: 26.25,
  firstSelectionP90Hours: 70,
  estimatedHours: 41.5,
  actualHours: 33,
  organisations: 7,
  helpers: 6,
});
const communications = measures(5, {
  open: 2,
  filled: 2,
  completed: 1,
  expired: 1,
  closedWithoutApplicant: 1,
  firstApplicationMedianHours: 12,
  firstApplicationP90Hours: 40,
  firstSelectionMedianHours: 48,
  firstSelectionP90Hours: 60,
  estimatedHours: 9,
  actualHours: 3.5,
  organisations: 4,
  helpers: 2,
});
const sum = (a: NeedsMeasures, b: NeedsMeasures): NeedsMeasures => ({
  ...a,
  posted: a.posted + b.posted,
  open: a.open + b.open,
  filled: a.filled + b.filled,
  completed: a.completed + b.completed,
  cancelled: a.cancelled + b.cancelled,
  expired: a.expired + b.expired,
  closedWithoutApplicant: a.closedWithoutApplicant + b.closedWithoutApplicant,
  firstApplicationMedianHours: 8,
  firstApplicationP90Hours: 33,
  firstSelectionMedianHours: 30,
  firstSelectionP90Hours: 66,
  estimatedHours: a.estimatedHours + b.estimatedHours,
  actualHours: a.actualHours + b.actualHours,
  organisations: 10,
  helpers: 8,
});

/** The public report by category: two cells, and one of fewer than 3 tasks suppressed. */
export const PUBLIC_BY_CATEGORY: NeedsInsight = {
  from: null,
  to: null,
  groupBy: ['category'],
  scope: 'public',
  suppressBelow: 3,
  rows: [
    { key: { category: 'kirjanpito-talous' }, suppressed: false, measures: bookkeeping },
    { key: { category: 'tietoturva' }, suppressed: true, measures: null },
    { key: { category: 'viestinta' }, suppressed: false, measures: communications },
  ],
  suppressed: 1,
  totals: sum(bookkeeping, communications),
};

/** The public report by region: a remote row (no region) and a suppressed one. */
export const PUBLIC_BY_REGION: NeedsInsight = {
  ...PUBLIC_BY_CATEGORY,
  groupBy: ['region'],
  rows: [
    {
      key: { region: 'Helsinki-Uusimaa', regionCode: 'FI1B1' },
      suppressed: false,
      measures: bookkeeping,
    },
    { key: { region: 'Pirkanmaa', regionCode: 'FI197' }, suppressed: true, measures: null },
    { key: { region: null, regionCode: null }, suppressed: false, measures: communications },
  ],
};

/** The umbrella's staff: its members by organisation, nothing suppressed. */
export const UMBRELLA_BY_ORGANISATION: NeedsInsight = {
  from: null,
  to: null,
  groupBy: ['organisation'],
  scope: 'umbrella',
  suppressBelow: null,
  rows: [
    {
      key: { organisation: { id: 1, name: 'Helsingin Omaishoitajat ry' } },
      suppressed: false,
      measures: bookkeeping,
    },
    {
      key: { organisation: { id: 2, name: 'Tampereen Muistiyhdistys ry' } },
      suppressed: false,
      measures: measures(2, { open: 1, filled: 1, estimatedHours: 3, organisations: 1 }),
    },
    {
      key: { organisation: { id: UMBRELLA.id, name: UMBRELLA.name } },
      suppressed: false,
      measures: communications,
    },
  ],
  suppressed: 0,
  totals: sum(sum(bookkeeping, communications), measures(2, { open: 1, filled: 1 })),
};

export const EMPTY_REPORT: NeedsInsight = {
  ...PUBLIC_BY_CATEGORY,
  rows: [],
  suppressed: 0,
  totals: measures(0),
};

/** A helper's own hours, with the deployment's hourly value. */
export const MY_HOURS: HoursReport = {
  from: null,
  to: null,
  subject: 'person',
  hourlyValue: { amount: 30, currency: 'EUR' },
  rows: [
    {
      month: '2026-10',
      organisation: null,
      hoursGiven: 6.5,
      hoursReceived: 0,
      tasksGiven: 2,
      tasksReceived: 0,
      valueGiven: 195,
      valueReceived: 0,
    },
    {
      month: '2026-11',
      organisation: null,
      hoursGiven: 6,
      hoursReceived: 0,
      tasksGiven: 1,
      tasksReceived: 0,
      valueGiven: 180,
      valueReceived: 0,
    },
  ],
  totals: {
    hoursGiven: 12.5,
    hoursReceived: 0,
    tasksGiven: 3,
    tasksReceived: 0,
    valueGiven: 375,
    valueReceived: 0,
  },
};

export type ReportsOperation = 'needsInsight' | 'needsCsv' | 'hours';

export interface FakeReportsOptions {
  /** What the needs report answers; by default by the first dimension asked for. */
  needs?: NeedsInsight;
  hours?: HoursReport;
  pending?: ReportsOperation[];
  errors?: Partial<Record<ReportsOperation, unknown>>;
}

export interface FakeReports extends ReportsClient {
  readonly calls: { op: ReportsOperation; args: unknown[] }[];
}

/** A report for a query: the umbrella's when asked with `umbrellaId`, else the public one. */
function needsFor(query: { groupBy?: NeedsDimension[]; umbrellaId?: number }): NeedsInsight {
  const groupBy = query.groupBy ?? ['category', 'region'];
  const base = query.umbrellaId
    ? UMBRELLA_BY_ORGANISATION
    : groupBy[0] === 'region'
      ? PUBLIC_BY_REGION
      : PUBLIC_BY_CATEGORY;
  return { ...base, groupBy: base.groupBy };
}

export function fakeReports(options: FakeReportsOptions = {}): FakeReports {
  const calls: FakeReports['calls'] = [];
  async function run<T>(op: ReportsOperation, args: unknown[], answer: () => T): Promise<T> {
    calls.push({ op, args: structuredClone(args.filter((a) => a !== undefined)) });
    if (options.pending?.includes(op)) return new Promise<T>(() => {});
    if (fakeDefaults.delay) await new Promise((r) => setTimeout(r, fakeDefaults.delay));
    const error = options.errors?.[op];
    if (error) throw error;
    return answer();
  }
  return {
    calls,
    needsInsight: ((query: Parameters<typeof needsFor>[0] = {}) =>
      run('needsInsight', [query], () =>
        structuredClone(options.needs ?? needsFor(query)),
      )) as never,
    needsCsv: ((query: Record<string, unknown> = {}) =>
      run(
        'needsCsv',
        [query],
        () =>
          new Blob(['\uFEFFcategory;suppressed;posted\r\n'], { type: 'text/csv; charset=utf-8' }),
      )) as never,
    hours: ((query: Record<string, unknown> = {}) =>
      run('hours', [query], () => structuredClone(options.hours ?? MY_HOURS))) as never,
  };
}

export interface ReportsSceneOptions extends FakeReportsOptions {
  /** The signed-in user; none by default (a visitor on a site). */
  user?: Me | null;
  /** The client's server, for the CSV link. */
  baseUrl?: string;
}

/** A report widget inside a provider whose client has the fake reports. */
export function reportsScene(
  options: ReportsSceneOptions,
  content: TemplateResult,
  args: SceneArgs = {},
): TemplateResult {
  const base = fakeClient({});
  const client = Object.assign(base, {
    reports: fakeReports(options),
    ...(options.baseUrl ? { options: { ...base.options, baseUrl: options.baseUrl } } : {}),
  });
  const style = [
    args.width ? `max-width:${args.width}px` : '',
    args.theme === 'dark' ? 'background:#0e0f17;padding:8px' : '',
  ]
    .filter(Boolean)
    .join(';');
  return html`<div style=${ifDefined(style || undefined)}>
    <tehostamo-provider
      .client=${client}
      .user=${options.user ?? null}
      lang=${ifDefined(args.lang)}
    >
      ${content}
    </tehostamo-provider>
  </div>`;
}

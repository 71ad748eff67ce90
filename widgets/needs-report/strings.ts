/**
 * The strings of `<tehostamo-needs-report>`: the types here, one module per locale in
 * `strings/`. Category, region and helper type names come from the shared tables (`widgets/i18n/`).
 */
import type { NeedsDimension, NeedsMeasures } from '../../sdk/schemas/reports.ts';
import type { OrganisationKind } from '../../sdk/schemas/organisations.ts';
import { Catalogue } from '../i18n/catalogue.ts';

/** The measures the widget shows: in the table, and one at a time in the chart. */
export const SHOWN_MEASURES = [
  'posted',
  'open',
  'filled',
  'completed',
  'cancelled',
  'expired',
  'closedWithoutApplicant',
  'firstApplicationMedianHours',
  'firstSelectionMedianHours',
  'estimatedHours',
  'actualHours',
  'organisations',
  'helpers',
] as const satisfies readonly (keyof NeedsMeasures)[];
export type ShownMeasure = (typeof SHOWN_MEASURES)[number];

export interface NeedsReportStrings {
  heading: string;
  filters: string;
  from: string;
  to: string;
  periodHint: string;
  periodOrder: string;
  category: string;
  allCategories: string;
  region: string;
  allRegions: string;
  scope: string;
  publicScope: string;
  umbrellaScope: (name: string) => string;
  groupBy: string;
  measure: string;
  dimensions: Record<NeedsDimension, string>;
  measures: Record<ShownMeasure, string>;
  /** Short column headings of the table (the full names are in `measures`). */
  columns: Record<ShownMeasure, string>;
  kinds: Record<OrganisationKind, string>;
  remote: string;
  noHelper: string;
  week: (week: number, year: number) => string;
  total: string;
  /** A suppressed count, as shown ("< 3"). */
  suppressedShort: (below: number) => string;
  /** The same, read out ("fewer than 3 tasks, hidden"). */
  suppressedLong: (below: number) => string;
  suppressedOther: string;
  noData: string;
  caption: (by: string, period: string, place: string) => string;
  allTime: string;
  since: (month: string) => string;
  until: (month: string) => string;
  wholeCountry: string;
  chartTitle: (measure: string, by: string) => string;
  chartSummary: (o: {
    rows: number;
    suppressed: number;
    top: string | null;
    topValue: string | null;
  }) => string;
  chartNote: string;
  publicNote: (below: number, rows: number) => string;
  umbrellaNote: (name: string) => string;
  staffOnly: string;
  empty: string;
  loaded: (rows: number) => string;
  error: string;
  csv: string;
  csvHint: string;
  csvFailed: string;
  tableRegion: string;
  noReports: string;
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const needsReportStrings = /* @__PURE__ */ new Catalogue<NeedsReportStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

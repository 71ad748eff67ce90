import { html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
// Types only: the widget must not load the contract's parser (zod) up front.
import type { CategorySlug } from '../../sdk/schemas/category-list.ts';
import type { NeedsDimension, NeedsInsight } from '../../sdk/schemas/reports.ts';
import type { HelperType } from '../../sdk/schemas/users.ts';
import { CATEGORIES } from '../../sdk/schemas/category-list.ts';
import { categoryName, formatNumber, REGIONS, type Lang } from '../i18n/index.ts';
import { field } from '../shared/field.ts';
import { initialState } from '../shared/load.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { needsReportStyles } from './needs-report.styles.ts';
import {
  needsReportStrings,
  SHOWN_MEASURES,
  type NeedsReportStrings,
  type ShownMeasure,
} from './strings.ts';

/** The groupings anyone may ask for (the server's `NEEDS_PUBLIC_DIMENSIONS`). */
export const PUBLIC_DIMENSIONS: readonly NeedsDimension[] = [
  'category',
  'region',
  'month',
  'organisationKind',
];
/** The finer ones, for an umbrella's own staff. */
const STAFF_DIMENSIONS: readonly NeedsDimension[] = [
  'organisation',
  'municipality',
  'week',
  'helperType',
];
const ALL_DIMENSIONS = [...PUBLIC_DIMENSIONS, ...STAFF_DIMENSIONS];
const HOUR_MEASURES = new Set<ShownMeasure>([
  'firstApplicationMedianHours',
  'firstSelectionMedianHours',
  'estimatedHours',
  'actualHours',
]);

type Row = NeedsInsight['rows'][number];
type Key = Row['key'];

/** What the report is asked, as the SDK sends it. */
export interface NeedsQuery {
  from?: string;
  to?: string;
  category?: CategorySlug;
  region?: string;
  umbrellaId?: number;
  groupBy: NeedsDimension[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The instant a Finnish calendar month begins. Finland keeps summer time from the last Sunday
 * of March to the last Sunday of October, so the 1st of April to October is at +03:00.
 */
export function monthStart(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${month}-01T00:00:00${m >= 4 && m <= 10 ? '+03:00' : '+02:00'}`;
}

/** The last instant of a Finnish calendar month. */
export function monthEnd(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return new Date(Date.parse(monthStart(next)) - 1).toISOString();
}

/** `https://x.example` or `https://x.example/api/v1` → `https://x.example/api/v1/`. */
function apiRoot(baseUrl: string | URL | undefined): string {
  const url = String(baseUrl ?? '').replace(/\/+$/, '');
  return /\/api\/v1$/.test(url) ? `${url}/` : `${url}/api/v1/`;
}

/** Saves `blob` as a file through a temporary link: the browser's own download. */
function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const ROW_HEIGHT = 46;
const BAR_HEIGHT = 18;

/**
 * Where help is needed: the needs report as a bar chart and a table, with filters and the CSV.
 * The chart is plain SVG drawn here; it is one image to a screen reader, with a summary, and
 * the table under it is the accessible source, carrying every figure the chart shows (and more).
 * Suppressed public cells (fewer than 3 tasks) show as "< 3", never as a zero.
 *
 * Anyone sees the public aggregates. The staff of an umbrella (signed in) can switch to its
 * member organisations, unsuppressed, and group them by organisation, municipality, week or
 * helper type. Attributes fix filters for a host page: an umbrella embeds the report on its own
 * site with a publishable key, e.g. `<tehostamo-needs-report region="Pirkanmaa" group-by="category">`.
 *
 * @summary The needs report: an accessible chart, a table of every figure, filters and CSV.
 *
 * @event tehostamo-error - Loading failed: `detail.action` (`load-report`, `download-csv`).
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart heading - The heading.
 * @csspart filters - The filters.
 * @csspart field - A filter's field.
 * @csspart note - What the figures are (public and suppressed, or the umbrella's own).
 * @csspart chart - The chart's figure.
 * @csspart bar - A bar of the chart.
 * @csspart table-wrap - The table's own scrolling container.
 * @csspart table - The table.
 * @csspart csv - The CSV download link or button.
 * @csspart state - Loading, empty and error messages.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour (bars, links).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of table headings.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text (suppressed cells).
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-border-soft - Table rules.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 */
@customElement('tehostamo-needs-report')
export class TehostamoNeedsReport extends TehostamoElement {
  static override styles = [theme, controls, needsReportStyles];

  /**
   * An umbrella's id: its staff, signed in, see its member organisations; everyone else the
   * public figures. The choice of whose tasks is then not shown.
   */
  @property({ type: Number }) umbrella?: number;
  /** Only this region (code such as `FI197`, or its Finnish or Swedish name); its filter is hidden. */
  @property() region?: string;
  /** Only this category (e.g. `kirjanpito-talous`); its filter is hidden. */
  @property() category?: string;
  /**
   * Fixed grouping: one dimension or several, comma-separated (`category`, `region`, `month`,
   * `organisationKind`; for an umbrella's staff also `organisation`, `municipality`, `week`,
   * `helperType`). Its choice is then hidden.
   */
  @property({ attribute: 'group-by' }) groupBy?: string;
  /** The first month shown at first (`YYYY-MM`); the reader can change it. */
  @property() from?: string;
  /** The last month shown at first (`YYYY-MM`). */
  @property() to?: string;
  /** The measure the chart shows at first (`posted`, `filled`, `actualHours` …). */
  @property() measure: ShownMeasure = 'posted';
  /** Hides the heading (when the page has its own). */
  @property({ attribute: 'hide-heading', type: Boolean }) hideHeading = false;

  @state() private chosen: {
    from: string;
    to: string;
    category: string;
    region: string;
    scope: number;
    dimension: NeedsDimension;
    measure: ShownMeasure | '';
  } = { from: '', to: '', category: '', region: '', scope: 0, dimension: 'category', measure: '' };
  @state() private chartWidth = 560;
  @state() private csvError = '';
  @state() private csvBusy = false;

  private resizer: ResizeObserver | null = null;

  private get s(): NeedsReportStrings {
    return needsReportStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, needsReportStrings];
  }

  /** The umbrellas the viewer is staff of. */
  private get umbrellas(): { id: number; name: string }[] {
    return (this.activeUser?.memberships ?? [])
      .filter((m) => m.organisation.kind === 'umbrella')
      .map((m) => m.organisation);
  }

  /** Whose tasks: the umbrella's id when the viewer is its staff, else the public report. */
  private get umbrellaId(): number | undefined {
    const wanted = this.umbrella ?? (this.chosen.scope || undefined);
    return wanted !== undefined && this.umbrellas.some((u) => u.id === wanted) ? wanted : undefined;
  }

  private get dimensions(): NeedsDimension[] {
    const allowed = this.umbrellaId ? ALL_DIMENSIONS : PUBLIC_DIMENSIONS;
    const wanted = this.groupBy
      ? this.groupBy.split(',').map((d) => d.trim() as NeedsDimension)
      : [this.chosen.dimension];
    const dims = wanted.filter((d, i) => allowed.includes(d) && wanted.indexOf(d) === i);
    return dims.length ? dims : ['category'];
  }

  private get periodError(): string {
    const { from, to } = this.chosen;
    return from && to && from > to ? this.s.periodOrder : '';
  }

  /** The query of the current filters; null while the period is the wrong way round. */
  private get query(): NeedsQuery | null {
    if (this.periodError) return null;
    const c = this.chosen;
    const category = this.category || c.category;
    const region = this.region || c.region;
    const umbrellaId = this.umbrellaId;
    return {
      ...(MONTH.test(c.from) ? { from: monthStart(c.from) } : {}),
      ...(MONTH.test(c.to) ? { to: monthEnd(c.to) } : {}),
      ...(category ? { category: category as CategorySlug } : {}),
      ...(region ? { region } : {}),
      ...(umbrellaId ? { umbrellaId } : {}),
      groupBy: this.dimensions,
    };
  }

  private report = this.loader({
    action: 'load-report',
    // A string stands for the query, so that the load runs again only when a filter changed.
    args: () =>
      [this.activeClient, this.activeUser === undefined, JSON.stringify(this.query)] as const,
    run: ([client, userUnknown, json], signal) => {
      const query = JSON.parse(json) as NeedsQuery | null;
      if (!client?.reports || userUnknown || !query) return Promise.resolve(initialState);
      return client.reports.needsInsight(query, { signal });
    },
    onComplete: (report) => {
      this.announce(this.s.loaded(report.rows.length));
    },
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('from') && this.from !== undefined) {
      this.chosen = { ...this.chosen, from: this.from };
    }
    if (changed.has('to') && this.to !== undefined) this.chosen = { ...this.chosen, to: this.to };
  }

  protected override updated(changed: PropertyValues): void {
    if (
      changed.has('contextClient') ||
      changed.has('contextUser') ||
      changed.has('ownSession') ||
      changed.has('fetchedUser')
    ) {
      this.ensureUser();
    }
    const chart = this.renderRoot.querySelector('.chart-box');
    if (chart && !this.resizer && typeof ResizeObserver !== 'undefined') {
      this.resizer = new ResizeObserver(([entry]) => {
        const width = Math.floor(entry?.contentRect.width ?? 0);
        if (width > 0 && Math.abs(width - this.chartWidth) > 2) this.chartWidth = width;
      });
      this.resizer.observe(chart);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.resizer = null;
  }

  // ---- labels and figures ------------------------------------------------------------------

  private dimensionLabel(key: Key, d: NeedsDimension): string {
    const s = this.s;
    const lang: Lang = this.language;
    switch (d) {
      case 'category':
        return key.category ? categoryName(key.category, lang) : '';
      case 'region': {
        if (!key.regionCode) return s.remote;
        const r = REGIONS.find((x) => x.code === key.regionCode);
        return r ? r[lang] : (key.region ?? key.regionCode);
      }
      case 'municipality':
        return key.municipality ?? s.remote;
      case 'month': {
        const [y, m] = (key.month ?? '').split('-').map(Number);
        if (!y || !m) return key.month ?? '';
        return new Intl.DateTimeFormat(this.t.locale, {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(Date.UTC(y, m - 1, 1)));
      }
      case 'week': {
        const match = /^(\d{4})-W(\d{2})$/.exec(key.week ?? '');
        return match ? s.week(Number(match[2]), Number(match[1])) : (key.week ?? '');
      }
      case 'helperType':
        return key.helperType
          ? (this.t.helperTypes[key.helperType as HelperType] ?? key.helperType)
          : s.noHelper;
      case 'organisationKind':
        return (
          s.kinds[key.organisationKind as keyof NeedsReportStrings['kinds']] ??
          key.organisationKind ??
          ''
        );
      case 'organisation':
        return key.organisation?.name ?? '';
    }
  }

  private rowLabel(key: Key, dims: NeedsDimension[]): string {
    return dims.map((d) => this.dimensionLabel(key, d)).join(' · ');
  }

  private figure(value: number, measure: ShownMeasure): string {
    return HOUR_MEASURES.has(measure)
      ? formatNumber(value, this.language)
      : new Intl.NumberFormat(this.t.locale).format(value);
  }

  private monthLabel(month: string): string {
    return this.dimensionLabel({ month }, 'month');
  }

  private period(): string {
    const { from, to } = this.chosen;
    const s = this.s;
    const f = MONTH.test(from) ? this.monthLabel(from) : '';
    const t = MONTH.test(to) ? this.monthLabel(to) : '';
    if (f && t) return f === t ? f : `${f} – ${t}`;
    if (f) return s.since(f);
    if (t) return s.until(t);
    return s.allTime;
  }

  private place(): string {
    const region = this.region || this.chosen.region;
    const category = this.category || this.chosen.category;
    const parts: string[] = [];
    if (category) parts.push(categoryName(category, this.language));
    if (region) {
      const r = REGIONS.find(
        (x) => x.code === region || x.fi === region || x.sv === region || x.en === region,
      );
      parts.push(r ? r[this.language] : region);
    } else parts.push(this.s.wholeCountry);
    const umbrella = this.umbrellas.find((u) => u.id === this.umbrellaId);
    if (umbrella) parts.push(umbrella.name);
    return parts.join(', ');
  }

  private get chartMeasure(): ShownMeasure {
    const m = this.chosen.measure || this.measure;
    return (SHOWN_MEASURES as readonly string[]).includes(m) ? m : 'posted';
  }

  // ---- CSV -----------------------------------------------------------------------------------

  private csvParams(query: NeedsQuery): URLSearchParams {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
    params.set('format', 'csv');
    params.set('lang', this.language);
    return params;
  }

  /** The umbrella's own figures need the viewer's credentials: fetched, then saved. */
  private async downloadCsv(query: NeedsQuery): Promise<void> {
    const client = this.activeClient;
    if (!client?.reports) return;
    this.csvBusy = true;
    this.csvError = '';
    try {
      const blob = await client.reports.needsCsv({ ...query, lang: this.language });
      download('tehostamo-needs.csv', blob);
    } catch (error) {
      this.csvError = `${this.s.csvFailed} ${await this.failure('download-csv', error)}`;
    } finally {
      this.csvBusy = false;
    }
  }

  private renderCsv(query: NeedsQuery) {
    const s = this.s;
    const hint = html`<span class="hint" id="csv-hint">${s.csvHint}</span>`;
    if (!query.umbrellaId) {
      // The public figures need no credential: a plain link, which also works without script.
      const href = `${apiRoot(this.activeClient?.options?.baseUrl)}reports/needs/v2?${this.csvParams(query)}`;
      return html`<p class="csv">
        <a
          part="csv"
          class="button"
          href=${href}
          download="tehostamo-needs.csv"
          aria-describedby="csv-hint"
          >${s.csv}</a
        >
        ${hint}
      </p>`;
    }
    return html`<p class="csv">
        <button
          part="csv button"
          type="button"
          aria-describedby="csv-hint"
          ?disabled=${this.csvBusy}
          @click=${() => this.downloadCsv(query)}
        >
          ${s.csv}
        </button>
        ${hint}
      </p>
      ${this.csvError ? html`<p class="field-error" role="alert">${this.csvError}</p>` : nothing}`;
  }

  // ---- filters -------------------------------------------------------------------------------

  private set(name: keyof TehostamoNeedsReport['chosen'], event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.chosen = { ...this.chosen, [name]: name === 'scope' ? Number(value) || 0 : value };
  }

  private renderFilters() {
    const s = this.s;
    const c = this.chosen;
    const umbrellas = this.umbrellas;
    const scopeShown = this.umbrella === undefined && umbrellas.length > 0;
    const dims = this.umbrellaId ? ALL_DIMENSIONS : PUBLIC_DIMENSIONS;
    const select = (
      id: string,
      label: string,
      name: keyof TehostamoNeedsReport['chosen'],
      value: string,
      options: [string, string][],
    ) =>
      field(
        { id, label },
        (f) =>
          html`<select
            id=${f.id}
            aria-describedby=${f.describedBy}
            @change=${(e: Event) => this.set(name, e)}
          >
            ${options.map(
              ([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`,
            )}
          </select>`,
      );
    return html`<form
      part="filters"
      class="filters"
      aria-label=${s.filters}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${field(
        { id: 'from', label: s.from, hint: s.periodHint },
        (f) =>
          html`<input
            id=${f.id}
            type="month"
            .value=${c.from}
            aria-describedby=${f.describedBy}
            @change=${(e: Event) => this.set('from', e)}
          />`,
      )}
      ${field(
        { id: 'to', label: s.to, error: this.periodError },
        (f) =>
          html`<input
            id=${f.id}
            type="month"
            .value=${c.to}
            aria-describedby=${f.describedBy}
            aria-invalid=${f.invalid}
            @change=${(e: Event) => this.set('to', e)}
          />`,
      )}
      ${
        this.category
          ? nothing
          : select('category', s.category, 'category', c.category, [
              ['', s.allCategories],
              ...CATEGORIES.map((x): [string, string] => [x.slug, x[this.language]]),
            ])
      }
      ${
        this.region
          ? nothing
          : select('region', s.region, 'region', c.region, [
              ['', s.allRegions],
              ...REGIONS.map((r): [string, string] => [r.code, r[this.language]]),
            ])
      }
      ${
        scopeShown
          ? select('scope', s.scope, 'scope', String(this.umbrellaId ?? 0), [
              ['0', s.publicScope],
              ...umbrellas.map((u): [string, string] => [String(u.id), s.umbrellaScope(u.name)]),
            ])
          : nothing
      }
      ${
        this.groupBy
          ? nothing
          : select(
              'group-by',
              s.groupBy,
              'dimension',
              this.dimensions[0]!,
              dims.map((d): [string, string] => [d, s.dimensions[d]]),
            )
      }
      ${select(
        'measure',
        s.measure,
        'measure',
        this.chartMeasure,
        SHOWN_MEASURES.map((m): [string, string] => [m, s.measures[m]]),
      )}
    </form>`;
  }

  // ---- chart and table ----------------------------------------------------------------------

  private renderChart(report: NeedsInsight, dims: NeedsDimension[]) {
    const s = this.s;
    const measure = this.chartMeasure;
    const width = Math.max(200, this.chartWidth);
    const valueRoom = 72;
    const values = report.rows.map((r) => (r.measures ? r.measures[measure] : null));
    const max = Math.max(0, ...values.map((v) => v ?? 0));
    const scale = max > 0 ? (width - valueRoom) / max : 0;
    const below = report.suppressBelow ?? 3;
    let top: Row | null = null;
    for (const r of report.rows) {
      const v = r.measures?.[measure];
      if (v != null && (top === null || v > (top.measures![measure] ?? -1))) top = r;
    }
    const topValue = top?.measures?.[measure];
    const by = dims.map((d) => s.dimensions[d].toLowerCase()).join(' × ');
    const title = s.chartTitle(s.measures[measure], by);
    const summary = s.chartSummary({
      rows: report.rows.length,
      suppressed: report.suppressed,
      top: top ? this.rowLabel(top.key, dims) : null,
      topValue: topValue != null ? this.figure(topValue, measure) : null,
    });
    const height = report.rows.length * ROW_HEIGHT + 4;
    return html`<figure part="chart" class="chart">
      <div class="chart-box">
        <svg
          role="img"
          aria-labelledby="chart-title chart-desc"
          width=${width}
          height=${height}
          viewBox="0 0 ${width} ${height}"
        >
          <title id="chart-title">${title}</title>
          <desc id="chart-desc">${summary}</desc>
          ${report.rows.map((r, i) => {
            const y = i * ROW_HEIGHT;
            const label = this.rowLabel(r.key, dims);
            const v = r.measures ? r.measures[measure] : null;
            const barY = y + 22;
            if (r.suppressed) {
              return svg`<g class="row suppressed">
                <text x="0" y=${y + 15} class="label">${label}</text>
                <rect x="0.5" y=${barY + 0.5} width="28" height=${BAR_HEIGHT - 1} class="hole" />
                <text x="36" y=${barY + 14} class="value muted">${
                  measure === 'posted' ? s.suppressedShort(below) : s.suppressedOther
                }</text>
              </g>`;
            }
            const w = v ? Math.max(2, v * scale) : 0;
            return svg`<g class="row">
              <text x="0" y=${y + 15} class="label">${label}</text>
              <rect part="bar" class="bar" x="0" y=${barY} width=${w} height=${BAR_HEIGHT} rx="2" />
              <text x=${w + 6} y=${barY + 14} class="value">${v === null ? '–' : this.figure(v, measure)}</text>
            </g>`;
          })}
        </svg>
      </div>
      <figcaption class="hint">${s.chartNote}</figcaption>
    </figure>`;
  }

  private renderCell(row: Row, m: ShownMeasure, below: number) {
    const s = this.s;
    if (row.suppressed || !row.measures) {
      return m === 'posted'
        ? html`<td class="num suppressed">
            <span aria-hidden="true">${s.suppressedShort(below)}</span
            ><span class="sr-only">${s.suppressedLong(below)}</span>
          </td>`
        : html`<td class="num suppressed">
            <span aria-hidden="true">–</span><span class="sr-only">${s.suppressedOther}</span>
          </td>`;
    }
    const v = row.measures[m];
    return v === null
      ? html`<td class="num">
          <span aria-hidden="true">–</span><span class="sr-only">${s.noData}</span>
        </td>`
      : html`<td class="num">${this.figure(v, m)}</td>`;
  }

  private renderTable(report: NeedsInsight, dims: NeedsDimension[]) {
    const s = this.s;
    const below = report.suppressBelow ?? 3;
    const caption = s.caption(
      dims.map((d) => s.dimensions[d].toLowerCase()).join(' × '),
      this.period(),
      this.place(),
    );
    return html`<div
      part="table-wrap"
      class="table-wrap"
      role="region"
      aria-labelledby="table-caption"
      tabindex="0"
    >
      <table part="table">
        <caption id="table-caption">
          ${caption}
        </caption>
        <thead>
          <tr>
            ${dims.map((d) => html`<th scope="col">${s.dimensions[d]}</th>`)}
            ${SHOWN_MEASURES.map(
              (m) => html`<th scope="col" class="num" title=${s.measures[m]}>${s.columns[m]}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${report.rows.map(
            (r) =>
              html`<tr class=${r.suppressed ? 'suppressed' : ''}>
                ${dims.map((d, i) =>
                  i === 0
                    ? html`<th scope="row">${this.dimensionLabel(r.key, d)}</th>`
                    : html`<td>${this.dimensionLabel(r.key, d)}</td>`,
                )}
                ${SHOWN_MEASURES.map((m) => this.renderCell(r, m, below))}
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan=${dims.length}>${s.total}</th>
            ${SHOWN_MEASURES.map((m) =>
              this.renderCell({ key: {}, suppressed: false, measures: report.totals }, m, below),
            )}
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  private renderReport(report: NeedsInsight, query: NeedsQuery) {
    const s = this.s;
    const dims = report.groupBy.length ? report.groupBy : this.dimensions;
    const umbrella = this.umbrellas.find((u) => u.id === query.umbrellaId);
    const note =
      report.scope === 'umbrella' && umbrella
        ? s.umbrellaNote(umbrella.name)
        : s.publicNote(report.suppressBelow ?? 3, report.suppressed);
    const staffOnly = this.umbrella !== undefined && report.scope === 'public';
    if (report.rows.length === 0) {
      return html`<p part="note" class="note">${note}</p>
        <div class="state" part="state"><p>${s.empty}</p></div>`;
    }
    return html`<p part="note" class="note">${note} ${staffOnly ? s.staffOnly : nothing}</p>
      ${this.renderChart(report, dims)} ${this.renderTable(report, dims)} ${this.renderCsv(query)}`;
  }

  private renderBody() {
    const client = this.activeClient;
    if (!client) {
      return html`<div class="state" part="state"><p>${this.t.common.notConnected}</p></div>`;
    }
    if (!client.reports) {
      return html`<div class="state" part="state"><p>${this.s.noReports}</p></div>`;
    }
    const query = this.query;
    const loading = html`<p class="state" part="state" aria-busy="true">
      ${this.t.common.loading}
    </p>`;
    if (!query) return nothing;
    return this.report.render({
      initial: () => loading,
      pending: () => loading,
      complete: (report) => this.renderReport(report, query),
      errorHeading: this.s.error,
    });
  }

  protected override render() {
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      ${
        this.hideHeading ? nothing : html`<h2 part="heading" class="heading">${this.s.heading}</h2>`
      }
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
      ${this.renderFilters()} ${this.renderBody()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-needs-report': TehostamoNeedsReport;
  }
}

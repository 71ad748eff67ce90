import type { Request, Response } from 'express';
import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import type { HoursReport, NeedsInsight } from '../../sdk/schemas/reports.ts';
import type { Ctx } from '../context.ts';
import { mount } from '../http/route.ts';
import { toCsv, type CsvLang, type CsvValue } from '../services/csv.ts';
import * as reports from '../services/reports.ts';

/** CSV when asked by `format=csv`, or by an Accept header that prefers text/csv to JSON. */
function wantsCsv(req: Request, format: string | undefined): boolean {
  if (format) return format === 'csv';
  return req.accepts(['application/json', 'text/csv']) === 'text/csv';
}

function langOf(ctx: Ctx, lang: CsvLang | undefined): CsvLang {
  if (lang) return lang;
  if (ctx.actor.kind === 'user') return ctx.actor.user.lang ?? 'fi';
  return 'fi';
}

const MEASURES = [
  'posted',
  'open',
  'filled',
  'completed',
  'cancelled',
  'expired',
  'closedWithoutApplicant',
  'firstApplicationMedianHours',
  'firstApplicationP90Hours',
  'firstSelectionMedianHours',
  'firstSelectionP90Hours',
  'estimatedHours',
  'actualHours',
  'organisations',
  'helpers',
] as const;

export function needsCsv(report: NeedsInsight, lang: CsvLang): string {
  const keyCols: string[] = [];
  for (const d of report.groupBy) {
    if (d === 'region') keyCols.push('regionCode', 'region');
    else if (d === 'municipality') keyCols.push('municipalityCode', 'municipality');
    else if (d === 'organisation') keyCols.push('organisationId', 'organisation');
    else keyCols.push(d);
  }
  const keyValues = (k: NeedsInsight['rows'][number]['key']): CsvValue[] =>
    keyCols.map((c) => {
      if (c === 'organisationId') return k.organisation?.id;
      if (c === 'organisation') return k.organisation?.name;
      return (k as Record<string, CsvValue>)[c];
    });
  const rows: CsvValue[][] = report.rows.map((r) => [
    ...keyValues(r.key),
    r.suppressed,
    ...MEASURES.map((m) => (r.measures ? r.measures[m] : null)),
  ]);
  rows.push([
    ...keyCols.map((_, i) => (i === 0 ? 'total' : null)),
    false,
    ...MEASURES.map((m) => report.totals[m]),
  ]);
  return toCsv([...keyCols, 'suppressed', ...MEASURES], rows, lang);
}

const HOUR_FIGURES = [
  'hoursGiven',
  'hoursReceived',
  'tasksGiven',
  'tasksReceived',
  'valueGiven',
  'valueReceived',
] as const;

export function hoursCsv(report: HoursReport, lang: CsvLang): string {
  const rows: CsvValue[][] = report.rows.map((r) => [
    r.month,
    r.organisation?.id,
    r.organisation?.name,
    ...HOUR_FIGURES.map((f) => r[f]),
  ]);
  rows.push(['total', null, null, ...HOUR_FIGURES.map((f) => report.totals[f])]);
  return toCsv(['month', 'organisationId', 'organisation', ...HOUR_FIGURES], rows, lang);
}

function sendCsv(res: Response, name: string, body: string): void {
  res
    .status(200)
    .type('text/csv; charset=utf-8')
    .set('Content-Disposition', `attachment; filename="${name}.csv"`)
    .set('Vary', 'Accept')
    .send(body);
}

export function reportRoutes(): Router {
  const router = Router();
  mount(router, endpoints.getNeedsReport, ({ query }, ctx) => reports.needsReport(ctx, query));
  mount(router, endpoints.getNeedsInsight, async ({ query }, ctx, req, res) => {
    const report = await reports.needsInsight(ctx, query);
    if (wantsCsv(req, query.format)) {
      sendCsv(res, 'tehostamo-needs', needsCsv(report, langOf(ctx, query.lang)));
    }
    return report;
  });
  mount(router, endpoints.getHoursReport, async ({ query }, ctx, req, res) => {
    const report = await reports.hoursReport(ctx, query);
    if (wantsCsv(req, query.format)) {
      sendCsv(res, 'tehostamo-hours', hoursCsv(report, langOf(ctx, query.lang)));
    }
    return report;
  });
  return router;
}

import * as z from 'zod';
import { CategorySlug } from './categories.ts';
import { IdParam, Timestamp } from './common.ts';

export const NeedsQuery = z
  .object({
    from: Timestamp.optional(),
    to: Timestamp.optional(),
    /** Only the member organisations of this umbrella. */
    umbrellaId: IdParam.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to', path: ['to'] });

const NeedsRow = z.object({
  category: CategorySlug,
  region: z.string().nullable(),
  tasks: z.number().int().nonnegative(),
  open: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  estimatedHours: z.number(),
  actualHours: z.number(),
  /** Added later (the v2 measures of the same cell); see `NeedsMeasures`. */
  filled: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
  expired: z.number().int().nonnegative(),
  organisations: z.number().int().nonnegative(),
  firstApplicationMedianHours: z.number().nullable(),
  firstApplicationP90Hours: z.number().nullable(),
  firstSelectionMedianHours: z.number().nullable(),
  firstSelectionP90Hours: z.number().nullable(),
});

/** Where help is needed: published tasks counted by category and region. No task is named. */
export const NeedsReport = z.object({
  from: Timestamp.nullable(),
  to: Timestamp.nullable(),
  rows: z.array(NeedsRow),
  totals: z.object({
    tasks: z.number().int(),
    estimatedHours: z.number(),
    actualHours: z.number(),
  }),
  /** How many category × region rows were left out as small cells (public report); 0 else. */
  suppressed: z.number().int().nonnegative(),
});
export type NeedsReport = z.infer<typeof NeedsReport>;

/** What the insight report can group by. Who may use which: see `NEEDS_PUBLIC_DIMENSIONS`. */
export const NeedsDimension = z.enum([
  'category',
  'region',
  'municipality',
  'month',
  'week',
  'helperType',
  'organisationKind',
  'organisation',
]);
export type NeedsDimension = z.infer<typeof NeedsDimension>;

/**
 * The dimensions anyone may group by. The public report's suppression works on cells of exactly
 * these (see the README), so the finer ones are for an umbrella's own staff only.
 */
export const NEEDS_PUBLIC_DIMENSIONS: readonly NeedsDimension[] = [
  'category',
  'region',
  'month',
  'organisationKind',
];

export const NeedsInsightQuery = z
  .object({
    from: Timestamp.optional(),
    to: Timestamp.optional(),
    category: CategorySlug.optional(),
    /** A region's code or its Finnish or Swedish name. */
    region: z.string().trim().min(1).max(60).optional(),
    /** Only this umbrella's member organisations (and the umbrella itself): its staff only. */
    umbrellaId: IdParam.optional(),
    /** Comma-separated dimensions; default `category,region`. Empty groups nothing (one row). */
    groupBy: z
      .string()
      .max(200)
      .optional()
      .transform((s, c) => {
        if (s === undefined) return ['category', 'region'] as NeedsDimension[];
        const parts = s
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean);
        const out: NeedsDimension[] = [];
        for (const p of parts) {
          const d = NeedsDimension.safeParse(p);
          if (!d.success) {
            c.addIssue({ code: 'custom', message: `unknown dimension ${p}` });
            return z.NEVER;
          }
          if (!out.includes(d.data)) out.push(d.data);
        }
        if (out.includes('month') && out.includes('week')) {
          c.addIssue({ code: 'custom', message: 'group by month or week, not both' });
          return z.NEVER;
        }
        return out;
      }),
    format: z.enum(['json', 'csv']).optional(),
    /** Language of a CSV answer: fi and sv use `;` and a decimal comma. */
    lang: z.enum(['fi', 'sv', 'en']).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to', path: ['to'] });

const Count = z.number().int().nonnegative();
const Hours = z.number().nonnegative();

/** Every measure of one cell. All null in a suppressed cell. */
export const NeedsMeasures = z.object({
  posted: Count,
  open: Count,
  /** Reached assigned: someone was selected. */
  filled: Count,
  completed: Count,
  cancelled: Count,
  /** Expired: its time ran out while still open. */
  expired: Count,
  /** Cancelled, expired or closed to applications without a single application. */
  closedWithoutApplicant: Count,
  /** Hours from publishing to the first application (tasks that got one); null if none did. */
  firstApplicationMedianHours: Hours.nullable(),
  firstApplicationP90Hours: Hours.nullable(),
  /** Hours from publishing to the first selection (tasks that got one). */
  firstSelectionMedianHours: Hours.nullable(),
  firstSelectionP90Hours: Hours.nullable(),
  estimatedHours: Hours,
  /** Approved hours of the helpers. */
  actualHours: Hours,
  /** Distinct requesting organisations. */
  organisations: Count,
  /** Distinct helpers selected. */
  helpers: Count,
});
export type NeedsMeasures = z.infer<typeof NeedsMeasures>;

export const NeedsCellKey = z.object({
  category: CategorySlug.optional(),
  region: z.string().nullable().optional(),
  regionCode: z.string().nullable().optional(),
  municipality: z.string().nullable().optional(),
  municipalityCode: z.string().nullable().optional(),
  /** `YYYY-MM`, Finnish time. */
  month: z.string().optional(),
  /** ISO week `YYYY-Www`, Finnish time. */
  week: z.string().optional(),
  /** The type of the first helper selected; null when no one was. */
  helperType: z.string().nullable().optional(),
  organisationKind: z.string().optional(),
  organisation: z.object({ id: z.number().int(), name: z.string() }).optional(),
});

export const NeedsInsightRow = z.object({
  key: NeedsCellKey,
  /** True when the cell counts fewer than 3 tasks: then every measure is null. */
  suppressed: z.boolean(),
  measures: NeedsMeasures.nullable(),
});

/** Where help is needed, how fast it comes: every measure, grouped and filtered. */
export const NeedsInsight = z.object({
  /** The period actually reported: the public report covers whole months (Finnish time). */
  from: Timestamp.nullable(),
  to: Timestamp.nullable(),
  groupBy: z.array(NeedsDimension),
  /** `public`: aggregates with suppression; `umbrella`: an umbrella's staff, its members. */
  scope: z.enum(['public', 'umbrella']),
  /** Cells under this many tasks are suppressed (public scope); null when none are. */
  suppressBelow: z.number().int().nullable(),
  rows: z.array(NeedsInsightRow),
  /** How many rows are suppressed (`suppressed: true`); 0 for an umbrella's staff. */
  suppressed: z.number().int().nonnegative(),
  /** Over the tasks in the rows shown: never includes a suppressed task. */
  totals: NeedsMeasures,
});
export type NeedsInsight = z.infer<typeof NeedsInsight>;

export const HoursQuery = z
  .object({
    from: Timestamp.optional(),
    to: Timestamp.optional(),
    /** An organisation's own hours: its staff only. */
    organisationId: IdParam.optional(),
    /** An umbrella's member organisations, one row each per month: its staff only. */
    umbrellaId: IdParam.optional(),
    format: z.enum(['json', 'csv']).optional(),
    lang: z.enum(['fi', 'sv', 'en']).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to', path: ['to'] })
  .refine((q) => q.organisationId === undefined || q.umbrellaId === undefined, {
    message: 'organisationId or umbrellaId, not both',
    path: ['umbrellaId'],
  });

const HoursFigures = z.object({
  /** Approved hours given as a helper (an organisation: by its members, on tasks open to all). */
  hoursGiven: Hours,
  /** Approved hours received on the organisation's own tasks. */
  hoursReceived: Hours,
  tasksGiven: Count,
  tasksReceived: Count,
  /** Hours × the deployment's hourly value; null when none is set. */
  valueGiven: z.number().nullable(),
  valueReceived: z.number().nullable(),
});

/** Hours given and received, by month of approval (Finnish time). */
export const HoursReport = z.object({
  from: Timestamp.nullable(),
  to: Timestamp.nullable(),
  /** Whose: the signed-in person's own, an organisation's, or an umbrella's members'. */
  subject: z.enum(['person', 'organisation', 'umbrella']),
  hourlyValue: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  rows: z.array(
    HoursFigures.extend({
      month: z.string(),
      organisation: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    }),
  ),
  totals: HoursFigures,
});
export type HoursReport = z.infer<typeof HoursReport>;

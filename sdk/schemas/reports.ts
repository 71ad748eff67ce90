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
});
export type NeedsReport = z.infer<typeof NeedsReport>;

import * as z from 'zod';
import { CATEGORIES, type CategorySlug as Slug } from './category-list.ts';

export { CATEGORIES };
export type CategorySlug = Slug;

export const CategorySlug = z.enum(
  CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]],
);

export const Category = z.object({
  slug: CategorySlug,
  names: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
});
export type Category = z.infer<typeof Category>;

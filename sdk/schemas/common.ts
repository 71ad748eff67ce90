import * as z from 'zod';

/** Database ids are positive integers. Ids are not secrets: every read is authorised. */
export const Id = z.number().int().positive();
/**
 * An id taken from a URL path or a query string: digits only, so `0x7`, `7e0`, `+7` or ` 7` are
 * not task 7 but a 422.
 */
export const IdParam = z
  .union([z.number(), z.string().regex(/^[1-9][0-9]{0,15}$/, 'an id is digits only')])
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .positive()
      .max(2 ** 53 - 1),
  );

/**
 * Free text to search with: no control characters (a NUL, say, means nothing in a search and
 * some databases cannot take it).
 */
export function SearchText(max: number) {
  return (
    z
      .string()
      .trim()
      .min(1)
      .max(max)
      // eslint-disable-next-line no-control-regex -- control characters are what it refuses
      .regex(/^[^\u0000-\u001f\u007f]*$/, 'no control characters')
  );
}

export const Lang = z.enum(['fi', 'sv', 'en']);
export type Lang = z.infer<typeof Lang>;

export const Timestamp = z.iso.datetime({ offset: true });

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((s) => s.toLowerCase());

/** A Finnish postal code: five digits. */
export const PostalCode = z.string().regex(/^\d{5}$/, 'a postal code is five digits');

export const Place = z.object({
  postalCode: PostalCode,
  placeName: z.string(),
  municipality: z.object({ code: z.string(), name: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }),
});
export type Place = z.infer<typeof Place>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    /** The request's id, as in the `X-Request-Id` header: quote it when reporting a problem. */
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Keyset pagination: an opaque cursor from the previous page and a page size. */
export const PageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export function Page<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}
export interface PageOf<T> {
  data: T[];
  nextCursor: string | null;
}

export const Rating = z.object({
  average: z.number().nullable(),
  count: z.number().int().nonnegative(),
});

export const UserRef = z.object({ id: Id, name: z.string() });
export const OrganisationRef = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(['association', 'umbrella', 'company', 'education', 'public']),
});

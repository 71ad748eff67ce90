import type { z } from 'zod';
import { fieldErrors, type FieldIssue } from '../errors.ts';

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/** Parses `value` with `schema`, or throws a 422 that names every field at fault. */
export function parseOr422<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: 'body' | 'query' | 'path',
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const first = issues[0];
  throw fieldErrors({
    message: first
      ? `Invalid ${where}: ${first.path ? `${first.path}: ` : ''}${first.message}`
      : `Invalid ${where}.`,
    issues,
    in: where,
  });
}

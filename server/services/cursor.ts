/**
 * Keyset cursors: the sort key of a page's last row, as opaque base64url JSON. Every list hands
 * them out and reads them back here, so a cursor that no list handed out is refused the same way
 * everywhere: 400 `invalid_cursor`.
 */
import { BadRequest } from '../errors.ts';

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key in `cursor`, when `valid` accepts it. */
export function decodeCursor<T>(cursor: string, valid: (key: unknown) => key is T): T {
  let key: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!valid(key))
    throw new BadRequest('invalid_cursor', 'The cursor is not one this list handed out.');
  return key;
}

export const isId = (key: unknown): key is number =>
  Number.isSafeInteger(key) && (key as number) > 0;

/** The id in an optional id cursor (lists ordered by id). */
export function idCursor(cursor: string | undefined): number | undefined {
  return cursor === undefined ? undefined : decodeCursor(cursor, isId);
}

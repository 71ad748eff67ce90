import type { Lang } from '../../../sdk/schemas/common.ts';

/**
 * What a template says: the subject, the body as plain text (paragraphs separated by a blank
 * line) and, when the reader has something to do, the page of the app where they do it. The one
 * layout (`../layout.ts`) turns this into the text and HTML parts, adds the link on `PUBLIC_URL`
 * and the signature, and escapes everything.
 */
export interface Rendered {
  subject: string;
  text: string;
  /** A path of the app (`/tasks/12#chat`), or a whole URL when the link is not the app's page. */
  action?: { path: string; label: string };
}

/** A message in the three languages; Finnish first. */
export type Template<D> = Record<Lang, (data: D) => Rendered>;

/** Lines joined with newlines; `null`/`false` lines are left out. */
export function lines(...parts: (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

/** The app's pages that emails link to (the URLs agreed for the app). */
export const pages = {
  task: (id: number) => `/tasks/${id}`,
  chat: (id: number) => `/tasks/${id}#chat`,
  user: (id: number) => `/users/${id}`,
  opportunities: '/opportunities',
  groups: '/settings/groups',
  organisation: '/settings/organisation',
} as const;

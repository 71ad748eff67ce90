import type { Lang } from '../../../sdk/schemas/common.ts';

export interface Rendered {
  subject: string;
  text: string;
}

/** A message in the three languages; Finnish first. */
export type Template<D> = Record<Lang, (data: D) => Rendered>;

/** Lines joined with newlines; `null`/`false` lines are left out. */
export function lines(...parts: (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

export const signature: Record<Lang, string> = {
  fi: '\n--\nTehostamo – järjestöjen tukipalveluiden vertaisapu',
  sv: '\n--\nTehostamo – kamratstöd för organisationers stödtjänster',
  en: "\n--\nTehostamo – peer help for non-profits' support services",
};

import { CATEGORIES, type CategorySlug } from '../../sdk/schemas/category-list.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import type { Strings } from './strings.ts';
import { sv } from './sv.ts';

export type { Strings } from './strings.ts';
export { REGIONS } from './regions.ts';

export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

const tables: Record<Lang, Strings> = { fi, sv, en };

/** `sv-FI` → `sv`; anything unsupported → Finnish, the default. */
export function normaliseLang(value: string | null | undefined): Lang {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : 'fi';
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots,
 * so a widget inside another component follows the page), else Finnish.
 */
export function langOf(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const value = node.getAttribute('lang');
      if (value) return normaliseLang(value);
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'fi';
}

export function stringsFor(lang: Lang): Strings {
  return tables[lang];
}

export function categoryName(slug: CategorySlug | string, lang: Lang): string {
  const found = CATEGORIES.find((c) => c.slug === slug);
  return found ? found[lang] : slug;
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(tables[lang].locale, { maximumFractionDigits: 1 }).format(n);
}

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(tables[lang].locale, { dateStyle: 'medium' }).format(
    new Date(iso),
  );
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(tables[lang].locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

import { CATEGORIES, type CategorySlug } from '../../sdk/schemas/category-list.ts';
import { Catalogue } from './catalogue.ts';
import type { Strings } from './strings.ts';

export type { Strings } from './strings.ts';
export { Catalogue } from './catalogue.ts';
export { REGIONS } from './regions.ts';

export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** The BCP 47 tag each language is formatted with (`Intl`). */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-FI' };

/**
 * The strings every widget shares (common words, error messages, a task's facts), one chunk per
 * language: a page loads only its own language's.
 */
export const commonStrings = /* @__PURE__ */ new Catalogue<Strings>({
  fi: () => import('./fi.ts').then((m) => m.fi),
  sv: () => import('./sv.ts').then((m) => m.sv),
  en: () => import('./en.ts').then((m) => m.en),
});

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

export function categoryName(slug: CategorySlug | string, lang: Lang): string {
  const found = CATEGORIES.find((c) => c.slug === slug);
  return found ? found[lang] : slug;
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(n);
}

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

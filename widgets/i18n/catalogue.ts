import type { Lang } from './index.ts';

/**
 * A table of strings in each language, each loaded on demand from a module of its own, so that
 * the bundler gives every language its own chunk and a page fetches only the one it shows.
 *
 * Widgets do not call it themselves: `TehostamoElement` waits for its catalogues in the page's
 * language before it renders (and again when the language changes), after which `get()` answers
 * at once.
 *
 * ```ts
 * export const chatStrings = new Catalogue<ChatStrings>({
 *   fi: () => import('./strings/fi.ts').then((m) => m.fi),
 *   sv: () => import('./strings/sv.ts').then((m) => m.sv),
 *   en: () => import('./strings/en.ts').then((m) => m.en),
 * });
 * ```
 */
export class Catalogue<T> {
  private readonly tables: Partial<Record<Lang, T>> = {};
  private readonly loading: Partial<Record<Lang, Promise<T>>> = {};

  constructor(private readonly loaders: Record<Lang, () => Promise<T>>) {}

  /** The table in `lang` if it is loaded. */
  peek(lang: Lang): T | undefined {
    return this.tables[lang];
  }

  /**
   * The table in `lang`; while it is still on its way (a language switched a moment ago), one
   * already loaded, so that text never goes missing. Throws only when none is loaded yet.
   */
  get(lang: Lang): T {
    const table = this.tables[lang] ?? Object.values(this.tables)[0];
    if (!table) throw new Error(`Strings in ${lang} are not loaded yet: await load('${lang}').`);
    return table;
  }

  /** Loads the table in `lang` (once; a failed load is tried again on the next call). */
  load(lang: Lang): Promise<T> {
    const loaded = this.tables[lang];
    if (loaded) return Promise.resolve(loaded);
    return (this.loading[lang] ??= this.loaders[lang]().then(
      (table) => (this.tables[lang] = table),
      (error: unknown) => {
        delete this.loading[lang];
        throw error;
      },
    ));
  }
}

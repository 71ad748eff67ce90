// Types of what scripts/build-widgets.mjs exports, for the size test.
interface Bytes {
  min: number;
  br: number;
  gz: number;
}
export interface EntrySize {
  file: string;
  /** Chunks fetched before the entry runs. */
  imports: string[];
  /** Chunks of strings it fetches before its widgets render, in each language. */
  strings: Record<'fi' | 'sv' | 'en', string[]>;
  /** Chunks it may fetch later (dynamic imports, the strings included). */
  lazy: string[];
  /** The entry, its imports and its Finnish strings: what comes before anything shows. */
  eager: Bytes;
  /** The rest of `lazy`. */
  later: Bytes;
}
export const entryPoints: Record<string, string>;
export function measure(): Promise<{
  entries: Record<string, EntrySize>;
  packages: Map<string, number>;
  inputs: Map<string, string[]>;
}>;
export function minifyCssText(text: string): string;
export function minifyCssTemplates(source: string): string;

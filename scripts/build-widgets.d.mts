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
  /** Chunks it may fetch later (dynamic imports). */
  lazy: string[];
  eager: Bytes;
  later: Bytes;
}
export const entryPoints: Record<string, string>;
export function measure(): Promise<{
  entries: Record<string, EntrySize>;
  packages: Map<string, number>;
  inputs: Map<string, string[]>;
}>;

// Types of what scripts/import-cycles.mjs exports, for its test.
/** Each cycle of runtime imports under `root` (default: this repository), as relative paths. */
export function findCycles(root?: string): string[][];

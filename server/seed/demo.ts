import type { Deps } from '../context.ts';

/** Demo data: filled in with the domain services. Loads only into an empty database. */
export async function seedDemo(_deps: Deps): Promise<void> {}

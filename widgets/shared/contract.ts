/**
 * The contract's zod schemas for checking what a person typed, loaded the first time a form
 * needs them: zod is most of a bundle's weight, and pages that only read never load it. The
 * promise is shared, so the chunk is fetched once.
 */
import type * as Schemas from '../../sdk/schemas/index.ts';

let loading: Promise<typeof Schemas> | undefined;

export function contract() {
  loading ??= import('../../sdk/schemas/index.ts');
  return loading;
}

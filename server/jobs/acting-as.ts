import type { Ctx, Deps } from '../context.ts';
import type { User } from '../db/models/index.ts';

/**
 * A context in which a job asks the services' own rules what `user` may see, as if they asked:
 * the rule of services/visibility.ts (and the feed's of feed.ts) is then the same for an email
 * as for the page it links to.
 */
export function actingAs(deps: Deps, user: User): Ctx {
  return {
    ...deps,
    actor: { kind: 'user', user, tokenId: 0 },
    publishableKey: null,
    ip: '',
    cache: new Map(),
  };
}

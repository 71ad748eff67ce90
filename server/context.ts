import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/index.ts';
import type { ApiKey, User } from './db/models/index.ts';
import type { Mailer } from './mail/mailer.ts';

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: User; tokenId: number }
  | { kind: 'secret_key'; key: ApiKey; organisationId: number };

/** What the server is made of; `createApp(deps)` takes it and tests build their own. */
export interface Deps {
  config: Config;
  db: Database;
  mailer: Mailer;
  logger: Logger;
  /** The time that scheduled work (digests, nudges, expiry) goes by; tests move it. */
  clock: Clock;
}

/** One request as the services see it: who is asking, and with what. No Express in here. */
export interface Ctx extends Deps {
  actor: Actor;
  /**
   * The publishable key the request carries (`X-Publishable-Key`), its origin already checked.
   * It grants nothing and never changes the actor: it narrows what tasks the request reads to its
   * organisation's view, and lets someone not signed in send a help request.
   */
  publishableKey: ApiKey | null;
  ip: string;
  /** Memoised per request by services/access.ts. */
  cache: Map<string, unknown>;
}

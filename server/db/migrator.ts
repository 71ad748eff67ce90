import { Umzug, SequelizeStorage } from 'umzug';
import type { QueryInterface, Sequelize } from 'sequelize';
import * as initial from './migrations/0001-initial.ts';
import * as idempotencyKeys from './migrations/0002-idempotency-keys.ts';
import * as embedding from './migrations/0003-embedding.ts';
import * as rateLimits from './migrations/0004-rate-limits.ts';
import * as codeTries from './migrations/0005-code-tries.ts';
import * as mailOutbox from './migrations/0006-mail-outbox.ts';
import * as messageReads from './migrations/0007-message-reads.ts';
import * as visitorReference from './migrations/0021-visitor-reference.ts';
import * as jobRuns from './migrations/0015-job-runs.ts';
import * as affiliationInvitations from './migrations/0022-affiliation-invitations.ts';
import * as privacy from './migrations/0013-privacy.ts';
import * as lastActiveBackfill from './migrations/0014-last-active-backfill.ts';
import * as directory from './migrations/0017-directory.ts';
import * as matching from './migrations/0016-matching.ts';
import * as autoJoinDomains from './migrations/0023-auto-join-domains.ts';
import * as directoryFacets from './migrations/0018-directory-facets.ts';
import * as reportFacts from './migrations/0024-report-facts.ts';
import * as suggestedHelpers from './migrations/0026-suggested-helpers.ts';

export type MigrationFn = (params: { context: QueryInterface }) => Promise<void>;

/** Migrations are listed here, in order, so that they run the same from source and from a bundle. */
const migrations: { name: string; up: MigrationFn; down: MigrationFn }[] = [
  { name: '0001-initial', ...initial },
  { name: '0002-idempotency-keys', ...idempotencyKeys },
  { name: '0003-embedding', ...embedding },
  { name: '0004-rate-limits', ...rateLimits },
  { name: '0005-code-tries', ...codeTries },
  { name: '0006-mail-outbox', ...mailOutbox },
  { name: '0007-message-reads', ...messageReads },
  { name: '0021-visitor-reference', ...visitorReference },
  { name: '0015-job-runs', ...jobRuns },
  { name: '0022-affiliation-invitations', ...affiliationInvitations },
  { name: '0013-privacy', ...privacy },
  { name: '0017-directory', ...directory },
  { name: '0016-matching', ...matching },
  { name: '0014-last-active-backfill', ...lastActiveBackfill },
  { name: '0023-auto-join-domains', ...autoJoinDomains },
  { name: '0018-directory-facets', ...directoryFacets },
  { name: '0024-report-facts', ...reportFacts },
  { name: '0026-suggested-helpers', ...suggestedHelpers },
];

export function createMigrator(sequelize: Sequelize) {
  return new Umzug({
    migrations,
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize, tableName: 'schema_migrations' }),
    logger: undefined,
  });
}

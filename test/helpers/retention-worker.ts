/**
 * A server process's retention jobs, on their own, for test/server/retention.test.ts: the
 * scheduler with the retention jobs on the database at DATABASE_URL, its clock standing at
 * CLOCK. It runs every due item (three ticks, as a process would over a few minutes) and prints
 * what it did as JSON.
 */
import { pino } from 'pino';
import { ManualClock } from '../../server/clock.ts';
import { loadConfig } from '../../server/config.ts';
import type { Deps } from '../../server/context.ts';
import { openDatabase } from '../../server/db/index.ts';
import { retentionJobs } from '../../server/jobs/retention.ts';
import { createScheduler, type Job } from '../../server/jobs/index.ts';
import { createMailer } from '../../server/mail/mailer.ts';

const config = { ...loadConfig({}), databaseUrl: process.env.DATABASE_URL!, logLevel: 'silent' };
const logger = pino({ level: 'silent' });
const db = openDatabase(config.databaseUrl);
const deps: Deps = {
  config,
  db,
  logger,
  mailer: createMailer(config, logger),
  clock: new ManualClock(process.env.CLOCK!),
};
const scheduler = createScheduler(deps, retentionJobs as Job<never>[]);
const did: Record<string, number> = {};
for (let tick = 0; tick < 3; tick++) {
  for (const [job, result] of Object.entries(await scheduler.runDue())) {
    did[job] = (did[job] ?? 0) + result.done;
  }
}
process.stdout.write(`${JSON.stringify(did)}\n`);
await db.close();

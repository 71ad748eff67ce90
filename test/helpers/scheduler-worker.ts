/**
 * A server process's scheduler, on its own, for test/server/scheduler.test.ts: it runs one job
 * that queues an email per item (`item-1` … `item-$ITEMS`) until every item is done, then prints
 * how many this process did. With `HANG_AT=<key>` it stops inside that item's transaction (the
 * email queued, nothing committed), says `holding <key>` and waits to be killed.
 */
import { pino } from 'pino';
import { ManualClock } from '../../server/clock.ts';
import { loadConfig } from '../../server/config.ts';
import type { Deps } from '../../server/context.ts';
import { openDatabase } from '../../server/db/index.ts';
import { JobRun } from '../../server/db/models/index.ts';
import { createScheduler, defineJob } from '../../server/jobs/index.ts';
import { createMailer } from '../../server/mail/mailer.ts';
import { enqueueMail } from '../../server/mail/outbox.ts';

const items = Number(process.env.ITEMS);
const pauseMs = Number(process.env.PAUSE_MS ?? 0);
const hangAt = process.env.HANG_AT;

const config = { ...loadConfig({}), databaseUrl: process.env.DATABASE_URL!, logLevel: 'silent' };
const logger = pino({ level: 'silent' });
const db = openDatabase(config.databaseUrl);
const deps: Deps = {
  config,
  db,
  logger,
  mailer: createMailer(config, logger),
  clock: new ManualClock('2026-11-28T06:00:00Z'),
};

const job = defineJob({
  name: 'test-mail',
  async due() {
    return Array.from({ length: items }, (_, i) => ({ key: `item-${i + 1}`, n: i + 1 }));
  },
  async run(deps, item, t) {
    await enqueueMail(deps, t, {
      to: `item-${item.n}@example.org`,
      lang: 'en',
      template: 'sign_in_code',
      data: { code: String(item.n), minutes: 10 },
    });
    if (item.key === hangAt) {
      process.stdout.write(`holding ${item.key}\n`);
      await new Promise(() => {});
    }
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  },
});

const scheduler = createScheduler(deps, [job]);
let did = 0;
while ((await JobRun.count({ where: { job: job.name } })) < items) {
  const result = await scheduler.runDue();
  did += result[job.name]!.done;
}
process.stdout.write(`done ${did}\n`);
await db.close();

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ManualClock } from '../../server/clock.ts';
import { JobRun, OutboxMessage } from '../../server/db/models/index.ts';
import { createScheduler, defineJob } from '../../server/jobs/index.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const DAY = 24 * 60 * 60_000;
const WORKER = fileURLToPath(new URL('../helpers/scheduler-worker.ts', import.meta.url));

function worker(server: TestServer, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: { ...process.env, DATABASE_URL: server.config.databaseUrl, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const said = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(out)) resolve();
      };
      child.stdout!.on('data', check);
      child.on('exit', () => reject(new Error(`worker exited before saying ${pattern}: ${out}`)));
      check();
    });
  return { child, exited, said, output: () => out };
}

async function mailByRecipient(prefix: string): Promise<Map<string, number>> {
  const rows = await OutboxMessage.findAll({ attributes: ['toEmail'] });
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.toEmail.startsWith(prefix)) counts.set(row.toEmail, (counts.get(row.toEmail) ?? 0) + 1);
  }
  return counts;
}

describe(`scheduler (${dialectName})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-11-28T06:00:00Z');
  before(async () => {
    server = await startTestServer({}, { clock });
  });
  after(() => server.close());

  test('an item is done once, when it falls due by the clock, and not again', async () => {
    const start = clock.now().getTime();
    const ran: string[] = [];
    const job = defineJob({
      name: 'reminders',
      async due(_deps, now) {
        // Three reminders, one a day from the start: due once the clock has passed them.
        return [1, 2, 3]
          .filter((n) => now.getTime() >= start + n * DAY)
          .map((n) => ({ key: `reminder-${n}` }));
      },
      async run(_deps, item) {
        ran.push(item.key);
      },
    });
    const scheduler = createScheduler(server.deps, [job]);
    assert.deepEqual(await scheduler.runDue(), { reminders: { done: 0, skipped: 0, failed: 0 } });
    clock.advance(DAY);
    await scheduler.runDue();
    await scheduler.runDue();
    assert.deepEqual(ran, ['reminder-1']);
    // The process was down for two days: a new one catches up with what fell due meanwhile.
    clock.advance(2 * DAY);
    const restarted = createScheduler(server.deps, [job]);
    assert.equal((await restarted.runDue()).reminders!.done, 2);
    assert.deepEqual(ran, ['reminder-1', 'reminder-2', 'reminder-3']);
    const runs = await JobRun.findAll({ where: { job: 'reminders' }, order: [['itemKey', 'ASC']] });
    assert.deepEqual(
      runs.map((r) => [r.itemKey, r.ranAt.toISOString()]),
      [
        ['reminder-1', new Date(start + DAY).toISOString()],
        ['reminder-2', new Date(start + 3 * DAY).toISOString()],
        ['reminder-3', new Date(start + 3 * DAY).toISOString()],
      ],
    );
  });

  test('an item whose work fails leaves nothing behind and is tried again', async () => {
    let fail = true;
    const job = defineJob({
      name: 'flaky',
      async due() {
        return [{ key: 'only' }];
      },
      async run(deps, _item, t) {
        await OutboxMessage.create(
          { kind: 'test', toEmail: 'flaky@example.org', subject: 's', textBody: 't' },
          { transaction: t },
        );
        if (fail) throw new Error('the work failed');
      },
    });
    const scheduler = createScheduler(server.deps, [job]);
    assert.deepEqual((await scheduler.runDue()).flaky, { done: 0, skipped: 0, failed: 1 });
    assert.equal((await mailByRecipient('flaky@')).size, 0);
    fail = false;
    assert.deepEqual((await scheduler.runDue()).flaky, { done: 1, skipped: 0, failed: 0 });
    assert.deepEqual([...(await mailByRecipient('flaky@'))], [['flaky@example.org', 1]]);
  });

  test('two schedulers in one process never do an item twice', async () => {
    let count = 0;
    const job = defineJob({
      name: 'racing',
      async due() {
        return Array.from({ length: 20 }, (_, i) => ({ key: `r-${i}` }));
      },
      async run() {
        count++;
      },
    });
    const [a, b] = await Promise.all([
      createScheduler(server.deps, [job]).runDue(),
      createScheduler(server.deps, [job]).runDue(),
    ]);
    assert.equal(a.racing!.done + b.racing!.done, 20);
    assert.equal(count, 20);
  });

  test('two server processes side by side send every due email exactly once', async () => {
    const items = 40;
    const a = worker(server, { ITEMS: String(items), PAUSE_MS: '10' });
    const b = worker(server, { ITEMS: String(items), PAUSE_MS: '10' });
    assert.deepEqual(await Promise.all([a.exited, b.exited]), [0, 0]);
    const did = [a, b].map((w) => Number(/done (\d+)/.exec(w.output())![1]));
    assert.equal(did[0]! + did[1]!, items, `each did: ${did.join(', ')}`);
    const mail = await mailByRecipient('item-');
    assert.equal(mail.size, items);
    assert.ok([...mail.values()].every((n) => n === 1));
    assert.equal(await JobRun.count({ where: { job: 'test-mail' } }), items);
  });

  test('a process killed in the middle of an item loses and doubles nothing', async () => {
    await JobRun.destroy({ where: { job: 'test-mail' } });
    await OutboxMessage.destroy({ where: {} });
    const items = 12;
    const a = worker(server, { ITEMS: String(items), HANG_AT: 'item-5' });
    await a.said(/holding item-5/);
    kill(a.child);
    await a.exited;
    // Items 1–4 were committed by the killed process; item 5's email was queued but not committed.
    assert.equal(await JobRun.count({ where: { job: 'test-mail' } }), 4);
    const b = worker(server, { ITEMS: String(items) });
    assert.equal(await b.exited, 0);
    assert.match(b.output(), /done 8/);
    const mail = await mailByRecipient('item-');
    assert.equal(mail.size, items);
    assert.ok([...mail.values()].every((n) => n === 1));
  });
});

function kill(child: ChildProcess) {
  child.kill('SIGKILL');
}

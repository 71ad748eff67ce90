/**
 * Retention: what is no longer needed goes when its time is up, by a clock the test moves; unused
 * accounts are warned and then erased; and with two server processes on one database every item
 * is done exactly once.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Op } from 'sequelize';
import { ManualClock } from '../../server/clock.ts';
import { up } from '../../server/db/migrations/0014-last-active-backfill.ts';
import {
  AccessToken,
  AuditEvent,
  AuthCode,
  IdempotencyKey,
  JobRun,
  OutboxMessage,
  RateLimit,
  Task,
  User,
  VisitorRequest,
} from '../../server/db/models/index.ts';
import { createScheduler, type Job } from '../../server/jobs/index.ts';
import { retentionJobs } from '../../server/jobs/retention.ts';
import { FORMER_USER_NAME } from '../../server/services/erasure.ts';
import { del, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const YEAR = 365 * DAY;
const WORKER = fileURLToPath(new URL('../helpers/retention-worker.ts', import.meta.url));

function worker(server: TestServer, clock: Date): Promise<Record<string, number>> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: { ...process.env, DATABASE_URL: server.config.databaseUrl, CLOCK: clock.toISOString() },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`worker exited ${code}: ${out}`)),
    ),
  );
}

describe(`retention (${dialectName})`, () => {
  let server: TestServer;
  const clock = new ManualClock(Date.now());
  const scheduler = () => createScheduler(server.deps, retentionJobs as Job<never>[]);
  const sweep = async () => (await scheduler().runDue(['retention'])).retention!;
  let ulla: SignedIn;

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 }, { clock });
  });
  after(() => server?.close());

  it('removes codes, tokens, records, counters, sent mail and unconfirmed requests when their time is up', async () => {
    ulla = await signIn(server, 'ulla@example.fi', { name: 'Ulla Uusi' });
    const second = await signIn(server, 'ulla@example.fi');
    await del(server, '/auth/token', { token: second.token }); // revoked
    await post(server, '/auth/code', { body: { email: 'ulla@example.fi' } }); // live, unused
    const org = await post(server, '/organisations', {
      token: ulla.token,
      body: { name: 'Säilytysyhdistys ry', kind: 'association' },
      headers: { 'idempotency-key': 'retention-1' },
    });
    assert.equal(org.status, 201);
    const key = await post(server, `/organisations/${org.body.id}/api-keys`, {
      token: ulla.token,
      body: { kind: 'publishable', name: 'sivusto' },
    });
    const task = await Task.create({
      organisationId: org.body.id,
      createdById: ulla.id,
      status: 'pending_verification',
      category: 'viestinta',
      title: 'Vierailijan pyyntö',
      details: '',
      remote: true,
      estimatedHours: 1,
      helpersWanted: 1,
    });
    await VisitorRequest.create({
      taskId: task.id,
      apiKeyId: key.body.id,
      organisationId: org.body.id,
      email: 'vieras@example.fi',
      name: 'Vieras',
      lang: 'fi',
      codeHash: 'x'.repeat(64),
      ip: '127.0.0.1',
      expiresAt: new Date(clock.now().getTime() + 48 * 60 * MINUTE),
    });
    await server.deps.mailer.flush();
    const count = async () => ({
      codes: await AuthCode.count(),
      tokens: await AccessToken.count(),
      idempotency: await IdempotencyKey.count(),
      rateLimits: await RateLimit.count(),
      sentMail: await OutboxMessage.count({ where: { status: 'sent' } }),
      visitorRequests: await VisitorRequest.count(),
      pendingTasks: await Task.count({ where: { status: 'pending_verification' } }),
      audit: await AuditEvent.count(),
    });
    const start = await count();
    assert.ok(
      start.sentMail >= 3 && start.rateLimits > 0 && start.audit > 0,
      JSON.stringify(start),
    );

    // Now: used codes and the revoked token go; everything still of use stays.
    assert.equal((await sweep()).done, 1);
    let now = await count();
    assert.equal(now.codes, 1, 'the unused code stays while it is valid');
    assert.equal(now.tokens, 1, 'the revoked token goes, the live one stays');
    assert.deepEqual({ ...now, codes: 0, tokens: 0 }, { ...start, codes: 0, tokens: 0 });
    // The same ten minutes are swept once only, however often a process looks.
    assert.equal((await sweep()).done, 0);

    // Three days on: the code has expired, keys and counters are old, the visitor never confirmed.
    clock.advance(3 * DAY);
    assert.equal((await sweep()).done, 1);
    now = await count();
    assert.equal(now.codes, 0);
    assert.equal(now.idempotency, 0);
    assert.equal(now.rateLimits, 0);
    assert.equal(now.visitorRequests, 0);
    assert.equal(now.pendingTasks, 0);
    assert.equal(now.tokens, 1);
    assert.equal(now.sentMail, start.sentMail);

    // A month on: sent mail is gone, and so is the token that expired.
    clock.advance(30 * DAY);
    await sweep();
    now = await count();
    assert.equal(now.sentMail, 0);
    assert.equal(now.tokens, 0);
    assert.ok(now.audit > 0);

    // A year on: the audit log of that time too.
    clock.advance(YEAR);
    await sweep();
    assert.equal(await AuditEvent.count(), 0);
  });

  it('warns an unused account, erases it a month later unless used, and never erases an only admin', async () => {
    clock.set(Date.now());
    const old = async (email: string, name: string) => {
      const who = await signIn(server, email, { name });
      return who;
    };
    const unused = await old('unohtunut@example.fi', 'Unto Unohtunut');
    const back = await old('palaaja@example.fi', 'Paula Palaaja');
    // Ulla is the only admin of her organisation (made in the test above).
    const everyone = [unused, back, ulla];
    clock.advance(3 * YEAR + DAY);
    const run = async () => (await scheduler().runDue(['inactive-accounts']))['inactive-accounts']!;

    assert.equal((await run()).done, everyone.length);
    assert.equal((await run()).done, 0, 'warned once');
    for (const who of everyone) {
      const warned = await mailTo(who.email, 'inactivity_warning');
      assert.equal(warned.length, 1, who.email);
      assert.match(warned[0]!.text, /3/);
    }
    // Paula signs in again (the middleware would do this on any request she makes).
    await User.update(
      { lastActiveAt: clock.now(), inactivityWarnedAt: null },
      { where: { id: back.id } },
    );

    clock.advance(31 * DAY);
    await run();
    const [u, p, a] = await Promise.all(everyone.map((w) => User.findByPk(w.id)));
    assert.ok(u!.erasedAt, 'the unused account is erased');
    assert.equal(u!.name, FORMER_USER_NAME);
    assert.equal(await User.count({ where: { email: 'unohtunut@example.fi' } }), 0);
    assert.equal(p!.erasedAt, null, 'the account used since is kept');
    assert.equal(p!.inactivityWarnedAt, null);
    assert.equal(a!.erasedAt, null, "an organisation's only admin is kept");
    const erased = await AuditEvent.findOne({
      where: { kind: 'account_erased', userId: unused.id },
    });
    assert.deepEqual(erased?.details, { cause: 'inactivity' });
  });

  it('counts an account from before the upgrade as used when its newest token was made', async () => {
    const who = await signIn(server, 'vanha@example.fi', { name: 'Vanha Käyttäjä' });
    await User.update({ lastActiveAt: null }, { where: { id: who.id } });
    const token = await AccessToken.findOne({ where: { userId: who.id }, order: [['id', 'DESC']] });
    await up({ context: server.db.sequelize.getQueryInterface() });
    const user = await User.findByPk(who.id);
    assert.equal(user!.lastActiveAt?.toISOString(), token!.createdAt.toISOString());
  });

  it('with two server processes on one database, does every item exactly once', async () => {
    clock.set(Date.now());
    const people: number[] = [];
    for (let i = 0; i < 12; i++) {
      const who = await signIn(server, `rinnakkain-${i}@example.fi`, { name: `Rinnakkain ${i}` });
      people.push(who.id);
    }
    const at = new Date(clock.now().getTime() + 3 * YEAR + 2 * DAY);
    const before = await JobRun.count({ where: { job: 'inactive-accounts' } });
    const [a, b] = await Promise.all([worker(server, at), worker(server, at)]);
    // Every unused account in the database is warned once, by one process or the other.
    const due = await User.count({
      where: { erasedAt: null, inactivityWarnedAt: { [Op.ne]: null } },
    });
    assert.ok(due >= people.length);
    assert.equal(
      a['inactive-accounts']! + b['inactive-accounts']!,
      (await JobRun.count({ where: { job: 'inactive-accounts' } })) - before,
    );
    for (const id of people) {
      const user = (await User.findByPk(id))!;
      assert.equal((await mailTo(user.email, 'inactivity_warning')).length, 1, user.email);
    }
    // One sweep of that ten-minute window, by whichever process came first.
    assert.equal(a.retention! + b.retention!, 1);
    const window = new Date(at.getTime() - (at.getTime() % (10 * MINUTE))).toISOString();
    assert.equal(
      await JobRun.count({ where: { job: 'retention', itemKey: `sweep:${window}` } }),
      1,
    );
  });
});

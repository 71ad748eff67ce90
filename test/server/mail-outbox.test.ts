/**
 * The outbox sender against a scriptable SMTP server: codes first, several messages in flight,
 * retries until the message no longer matters, then a visible failure; at most once across
 * failures and crashes; timeouts honoured. No assertion here is about speed: `npm run bench:mail`
 * measures that.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { pino } from 'pino';
import type { Config } from '../../server/config.ts';
import { OutboxMessage } from '../../server/db/models/index.ts';
import { createMailer, type Mailer, type MailerOptions } from '../../server/mail/mailer.ts';
import { enqueueMail } from '../../server/mail/outbox.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`mail outbox against an SMTP server (${dialectName})`, () => {
  let server: TestServer;
  let sink: SmtpSink;
  let logs: { level: number; msg: string; outboxIds?: number[]; outboxId?: number }[];
  const mailers: Mailer[] = [];

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());
  beforeEach(async () => {
    await OutboxMessage.destroy({ where: {} });
    sink = await startSmtpSink();
    logs = [];
  });
  afterEach(async () => {
    for (const m of mailers.splice(0)) await m.stop();
    await sink.close();
  });

  function mailer(config: Partial<Config> = {}, options: MailerOptions = {}): Mailer {
    const logger = pino(
      { level: 'warn' },
      {
        write: (line: string) => {
          logs.push(JSON.parse(line));
        },
      },
    );
    const m = createMailer(
      {
        ...server.config,
        smtpUrl: sink.url,
        mailConcurrency: 4,
        smtpConnectionTimeoutMs: 1000,
        smtpGreetingTimeoutMs: 300,
        smtpSocketTimeoutMs: 500,
        ...config,
      },
      logger,
      { backoffMs: 20, maxBackoffMs: 50, sweepEveryMs: 0, ...options },
    );
    mailers.push(m);
    return m;
  }

  async function queue(n: number, kind: 'sign_in_code' | 'marked_done' = 'marked_done') {
    await server.db.write(async (t) => {
      for (let i = 0; i < n; i++) {
        const to = `${kind}-${i}@example.fi`;
        if (kind === 'sign_in_code')
          await enqueueMail(server.deps, t, {
            to,
            lang: 'fi',
            template: 'sign_in_code',
            data: { code: String(100000 + i), minutes: 10 },
          });
        else
          await enqueueMail(server.deps, t, {
            to,
            lang: 'fi',
            template: 'marked_done',
            data: { taskId: i + 1, taskTitle: `Tehtävä ${i}`, helperName: 'Pia' },
          });
      }
    });
  }

  /** Flushes until no message is waiting for a retry (backoffs here are milliseconds). */
  async function flushUntilSettled(m: Mailer) {
    for (let i = 0; i < 200; i++) {
      await m.flush();
      const waiting = await OutboxMessage.count({ where: { status: ['pending', 'sending'] } });
      if (waiting === 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.fail('messages still waiting after 200 rounds');
  }

  const statuses = async () =>
    (await OutboxMessage.findAll({ order: [['id', 'ASC']] })).map((r) => r.status);

  it('sign-in codes go out before mail queued earlier', async () => {
    await queue(30);
    await queue(3, 'sign_in_code');
    await mailer({ mailConcurrency: 1 }).flush();
    assert.equal(sink.messages.length, 33);
    assert.deepEqual(
      sink.messages.slice(0, 3).map((m) => m.kind),
      ['sign_in_code', 'sign_in_code', 'sign_in_code'],
    );
    assert.ok(sink.messages.slice(3).every((m) => m.kind === 'marked_done'));
  });

  it('sends several messages at once over a few reused connections, each exactly once', async () => {
    await queue(60);
    const sent = await mailer({ mailConcurrency: 4 }).flush();
    assert.equal(sent, 60);
    assert.equal(sink.messages.length, 60);
    assert.equal(new Set(sink.messages.map((m) => m.messageId)).size, 60);
    assert.ok(sink.connections > 1, `only ${sink.connections} connection`);
    // Reused, not one per message (an idle connection past the socket timeout is replaced).
    assert.ok(sink.connections <= 30, `${sink.connections} connections for 60 messages`);
    assert.deepEqual(new Set(await statuses()), new Set(['sent']));
  });

  it('the Message-ID is the one fixed when the message was queued, on every attempt', async () => {
    await queue(1);
    const [row] = await OutboxMessage.findAll();
    assert.match(row!.messageId!, /^<[0-9a-f-]{36}@127\.0\.0\.1>$/);
    sink.behaviour = ({ n }) => (n === 1 ? 'refuse-4xx' : 'accept');
    await flushUntilSettled(mailer());
    assert.equal(sink.seen.length, 2);
    assert.deepEqual(
      sink.seen.map((m) => m.messageId),
      [row!.messageId, row!.messageId],
    );
    assert.equal(sink.messages.length, 1);
  });

  it('a message refused with 4xx is retried with backoff until it is accepted; none is lost', async () => {
    await queue(5);
    sink.behaviour = ({ n }) => (n <= 7 ? 'refuse-4xx' : 'accept');
    await flushUntilSettled(mailer());
    assert.deepEqual(await statuses(), ['sent', 'sent', 'sent', 'sent', 'sent']);
    assert.equal(sink.messages.length, 5);
    assert.equal(new Set(sink.messages.map((m) => m.to[0])).size, 5);
    const rows = await OutboxMessage.findAll();
    assert.ok(rows.some((r) => r.attempts > 1));
  });

  it('a message refused with 5xx fails at once, visibly: status failed, logged as an error', async () => {
    await queue(2);
    sink.behaviour = ({ n }) => (n === 1 ? 'refuse-5xx' : 'accept');
    await flushUntilSettled(mailer({ mailConcurrency: 1 }));
    const rows = await OutboxMessage.findAll({ order: [['id', 'ASC']] });
    assert.equal(rows[0]!.status, 'failed');
    assert.equal(rows[0]!.attempts, 1);
    assert.match(rows[0]!.lastError!, /554/);
    assert.equal(rows[1]!.status, 'sent');
    const error = logs.find((l) => l.level >= 50 && l.outboxIds?.includes(rows[0]!.id));
    assert.ok(error, 'no error-level log line names the failed message');
  });

  it('a recipient refused with 550 fails at once', async () => {
    await queue(1);
    sink.behaviour = () => 'refuse-recipient';
    await flushUntilSettled(mailer());
    assert.deepEqual(await statuses(), ['failed']);
    assert.equal(sink.seen.length, 0);
  });

  it('retries stop once a sign-in code has expired: it fails instead of arriving late', async () => {
    await queue(1, 'sign_in_code');
    await OutboxMessage.update({ notAfter: new Date(Date.now() + 300) }, { where: {} });
    sink.behaviour = () => 'refuse-4xx';
    await flushUntilSettled(mailer());
    const [row] = await OutboxMessage.findAll();
    assert.equal(row!.status, 'failed');
    assert.match(row!.lastError!, /expired/);
    assert.equal(sink.messages.length, 0);
  });

  it('a message already past its time is not sent at all', async () => {
    await queue(1, 'sign_in_code');
    await OutboxMessage.update({ notAfter: new Date(Date.now() - 1000) }, { where: {} });
    await mailer().flush();
    assert.deepEqual(await statuses(), ['failed']);
    assert.equal(sink.seen.length, 0);
  });

  it('a server that never greets is left after the greeting timeout, and the mail goes later', async () => {
    await queue(2);
    sink.greeting = () => (sink.connections <= 2 ? 'hang-greeting' : 'greet');
    const m = mailer({}, { backoffMs: 600_000, maxBackoffMs: 600_000 });
    const started = Date.now();
    await m.flush();
    // Generous: proves a timeout applied, nothing about speed (the default would be 30 s).
    assert.ok(Date.now() - started < 15_000);
    assert.deepEqual(await statuses(), ['pending', 'pending']);
    const [row] = await OutboxMessage.findAll();
    assert.match(row!.lastError!, /greeting|timeout/i);
    await OutboxMessage.update({ nextAttemptAt: new Date() }, { where: {} });
    await flushUntilSettled(m);
    assert.deepEqual(await statuses(), ['sent', 'sent']);
    assert.equal(sink.messages.length, 2);
  });

  it('a server that hangs after the data is left after the socket timeout; the message is marked uncertain, never resent', async () => {
    await queue(1);
    sink.behaviour = () => 'hang-after-data';
    const m = mailer();
    const started = Date.now();
    await m.flush();
    assert.ok(Date.now() - started < 15_000);
    const [row] = await OutboxMessage.findAll();
    assert.equal(row!.status, 'uncertain');
    assert.ok(row!.dataSentAt);
    sink.behaviour = () => 'accept';
    await m.flush();
    await mailer().flush();
    assert.equal(sink.seen.length, 1, 'sent again');
    assert.ok(logs.some((l) => l.level >= 50 && l.outboxId === row!.id));
  });

  it('a connection dropped after the server took the message: delivered once, not resent', async () => {
    await queue(3);
    sink.behaviour = ({ n }) => (n === 2 ? 'drop-after-accept' : 'accept');
    await flushUntilSettled(mailer({ mailConcurrency: 1 }));
    assert.deepEqual((await statuses()).sort(), ['sent', 'sent', 'uncertain']);
    assert.equal(sink.messages.length, 3);
    assert.equal(new Set(sink.messages.map((m) => m.messageId)).size, 3);
  });

  it('after a crash, a message whose end was never handed over is sent; one whose end was is not', async () => {
    await queue(2);
    const rows = await OutboxMessage.findAll({ order: [['id', 'ASC']] });
    const past = new Date(Date.now() - 1000);
    // What a process killed mid-send leaves behind: claimed, its lease run out.
    await OutboxMessage.update(
      { status: 'sending', claim: 'dead', lockedUntil: past, attempts: 1 },
      { where: { id: rows[0]!.id } },
    );
    await OutboxMessage.update(
      { status: 'sending', claim: 'dead', lockedUntil: past, attempts: 1, dataSentAt: past },
      { where: { id: rows[1]!.id } },
    );
    await flushUntilSettled(mailer());
    assert.deepEqual(await statuses(), ['sent', 'uncertain']);
    assert.equal(sink.messages.length, 1);
    assert.equal(sink.messages[0]!.messageId, rows[0]!.messageId);
  });

  it('a live claim is left alone: another process does not take a message being sent', async () => {
    await queue(1);
    await OutboxMessage.update(
      { status: 'sending', claim: 'other', lockedUntil: new Date(Date.now() + 60_000) },
      { where: {} },
    );
    await mailer().flush();
    assert.deepEqual(await statuses(), ['sending']);
    assert.equal(sink.seen.length, 0);
  });

  it('two servers sending from one outbox send every message exactly once', async () => {
    await queue(120);
    await queue(5, 'sign_in_code');
    const [a, b] = [mailer(), mailer()];
    await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
    await flushUntilSettled(a);
    assert.equal(sink.messages.length, 125);
    assert.equal(new Set(sink.messages.map((m) => m.messageId)).size, 125);
    assert.deepEqual(new Set(await statuses()), new Set(['sent']));
  });

  it('stop() lets the messages in flight end and gives back the ones not started', async () => {
    await queue(20);
    const m = mailer({ mailConcurrency: 2 });
    const running = m.flush();
    await sink.waitFor(1);
    await m.stop();
    await running;
    const rows = await OutboxMessage.findAll();
    assert.ok(
      rows.every((r) => r.status === 'sent' || r.status === 'pending'),
      'none left claimed',
    );
    assert.equal(sink.messages.length, rows.filter((r) => r.status === 'sent').length);
    await flushUntilSettled(mailer());
    assert.equal(sink.messages.length, 20);
  });
});

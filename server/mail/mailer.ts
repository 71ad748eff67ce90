import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Logger } from 'pino';
import { literal, Op } from 'sequelize';
import type { Config } from '../config.ts';
import { OutboxMessage } from '../db/models/index.ts';
import { SmtpPool, SmtpSendError } from './smtp-pool.ts';

export interface Mailer {
  /**
   * Sends everything due now, most urgent first, several at a time; resolves when nothing due is
   * left and the messages in flight have ended, with how many were sent. Safe from several
   * servers at once. Cheap to call after queueing a message: calls share the run in progress.
   */
  flush(): Promise<number>;
  /** Starts sending in the background, looking for due mail every `intervalMs`. */
  start(intervalMs?: number): void;
  /** Stops taking new messages, lets the ones in flight end, and closes the connections. */
  stop(): Promise<void>;
}

/** Where a message goes: an SMTP server, or files when none is configured. */
interface Sender {
  /** Sends `raw`; calls `handOver()` at the point after which the message may have been taken. */
  send(
    message: { id: number; from: string; to: string; raw: Buffer },
    handOver: () => Promise<void>,
  ): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** How long a claim on a message lasts; a claim left by a stopped process is recovered after it. */
  leaseMs?: number;
  /** Delay before the first retry; doubled on every failure, capped at `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How often expired claims and messages past their time are looked for. */
  sweepEveryMs?: number;
}

/** With no SMTP server, each message becomes an .eml file under `dir`. */
function fileSender(dir: string): Sender {
  return {
    async send(message, handOver) {
      await handOver();
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, `${String(message.id).padStart(8, '0')}.eml`), message.raw);
    },
    close() {},
  };
}

function smtpSender(config: Config): Sender {
  const pool = new SmtpPool({
    url: config.smtpUrl!,
    connectionTimeoutMs: config.smtpConnectionTimeoutMs,
    greetingTimeoutMs: config.smtpGreetingTimeoutMs,
    socketTimeoutMs: config.smtpSocketTimeoutMs,
    maxIdle: config.mailConcurrency,
  });
  return {
    send: (message, handOver) =>
      pool.send(
        { from: envelopeAddress(config.mailFrom), to: [message.to] },
        message.raw,
        handOver,
      ),
    close: () => pool.close(),
  };
}

/** `Name <a@b>` → `a@b`. */
function envelopeAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/** The bytes of a message; its Message-ID and Date are those fixed when it was queued. */
async function compose(row: OutboxMessage, config: Config): Promise<Buffer> {
  const host = (() => {
    try {
      return new URL(config.publicUrl).hostname || 'tehostamo.local';
    } catch {
      return 'tehostamo.local';
    }
  })();
  return new MailComposer({
    from: config.mailFrom,
    to: row.toEmail,
    subject: row.subject,
    text: row.textBody,
    ...(row.htmlBody ? { html: row.htmlBody } : {}),
    // Rows queued before Message-IDs were stored get one derived from their id: still stable.
    messageId: row.messageId ?? `<outbox-${row.id}-${row.createdAt.getTime()}@${host}>`,
    date: row.createdAt,
    headers: {
      'X-Outbox-Id': String(row.id),
      'X-Tehostamo-Kind': row.kind,
      // One-click unsubscribe (RFC 8058): a POST to the address turns this kind of mail off.
      ...(row.listUnsubscribe
        ? {
            'List-Unsubscribe': `<${row.listUnsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : {}),
    },
  })
    .compile()
    .build();
}

/**
 * Runs `run` on the ids given since the last run, one run at a time, and settles every caller
 * with it: many messages' state changes cost one UPDATE, which keeps SQLite's one writer free.
 */
function batcher(run: (ids: number[]) => Promise<void>): (id: number) => Promise<void> {
  let waiting: { id: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let tail: Promise<void> = Promise.resolve();
  let scheduled = false;
  return (id) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ id, resolve, reject });
      if (scheduled) return;
      scheduled = true;
      tail = tail.then(async () => {
        scheduled = false;
        const batch = waiting;
        waiting = [];
        try {
          await run(batch.map((b) => b.id));
          for (const b of batch) b.resolve();
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      });
    });
}

const errorText = (error: unknown) =>
  String((error as Error)?.message ?? error).slice(0, 2000) || 'unknown error';

export function createMailer(config: Config, logger: Logger, options: MailerOptions = {}): Mailer {
  const concurrency = config.mailConcurrency;
  // One attempt cannot outlast its timeouts (connect, greeting, then each command's silence);
  // the lease is far longer, so a live sender never loses its claim.
  const attemptMs =
    config.smtpConnectionTimeoutMs + config.smtpGreetingTimeoutMs + 6 * config.smtpSocketTimeoutMs;
  const leaseMs = options.leaseMs ?? Math.max(2 * attemptMs, 60_000);
  const backoffMs = options.backoffMs ?? 5_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30 * 60_000;
  const sweepEveryMs = options.sweepEveryMs ?? 5_000;
  const sender = config.smtpUrl ? smtpSender(config) : fileSender(config.mailDir);

  let timer: NodeJS.Timeout | null = null;
  let stopping = false;
  let pump: Promise<number> | null = null;
  /** Set by flush(): look again for due mail before the current run ends. */
  let again = false;
  let lastSweep = 0;
  const queue: OutboxMessage[] = [];
  const inFlight = new Set<Promise<void>>();
  /** Messages the SMTP server accepted whose `sent` status is still being written. */
  const recording = new Set<Promise<void>>();

  const markDataSent = batcher(async (ids) => {
    await OutboxMessage.update(
      { dataSentAt: new Date() },
      { where: { id: ids, status: 'sending', dataSentAt: null } },
    );
  });
  let sentCount = 0;
  const markSent = batcher(async (ids) => {
    await OutboxMessage.update(
      { status: 'sent', sentAt: new Date(), lockedUntil: null, claim: null },
      { where: { id: ids, status: 'sending' } },
    );
  });

  /** Releases claims left by a stopped process, and fails messages no longer worth sending. */
  async function sweep(now: Date) {
    const stale = await OutboxMessage.findAll({
      attributes: ['id', 'kind', 'dataSentAt'],
      where: { status: 'sending', lockedUntil: { [Op.lt]: now } },
    });
    const resend = stale.filter((r) => !r.dataSentAt).map((r) => r.id);
    const unknown = stale.filter((r) => r.dataSentAt);
    if (resend.length) {
      // The end of these messages was never handed over: no server can have taken them.
      await OutboxMessage.update(
        { status: 'pending', claim: null, lockedUntil: null, nextAttemptAt: now },
        {
          where: { id: resend, status: 'sending', lockedUntil: { [Op.lt]: now }, dataSentAt: null },
        },
      );
      logger.warn({ outboxIds: resend }, 'emails left half-sent by a stopped process will be sent');
    }
    if (unknown.length) {
      const ids = unknown.map((r) => r.id);
      await OutboxMessage.update(
        {
          status: 'uncertain',
          claim: null,
          lockedUntil: null,
          lastError:
            'The sender stopped after handing the message to the SMTP server and before its answer: it may have been delivered. Not sent again automatically.',
        },
        { where: { id: ids, status: 'sending', lockedUntil: { [Op.lt]: now } } },
      );
      logger.error(
        { outboxIds: ids, kinds: unknown.map((r) => r.kind) },
        'emails may or may not have been delivered; not sent again (status uncertain)',
      );
    }
    const expired = await OutboxMessage.findAll({
      attributes: ['id', 'kind'],
      where: { status: 'pending', notAfter: { [Op.lt]: now } },
    });
    if (expired.length) {
      await fail(
        expired.map((r) => r.id),
        expired.map((r) => r.kind),
        'pending',
        'not sent before it expired',
      );
    }
  }

  async function fail(ids: number[], kinds: string[], from: 'pending' | 'sending', why: string) {
    await OutboxMessage.update(
      { status: 'failed', claim: null, lockedUntil: null, lastError: why.slice(0, 2000) },
      { where: { id: ids, status: from } },
    );
    logger.error({ outboxIds: ids, kinds, reason: why }, 'emails failed for good (status failed)');
  }

  /** Claims up to `n` due messages, most urgent first, for this process alone. */
  async function claim(n: number): Promise<OutboxMessage[]> {
    const now = new Date();
    const due = await OutboxMessage.findAll({
      attributes: ['id'],
      where: { status: 'pending', nextAttemptAt: { [Op.lte]: now } },
      order: [
        ['priority', 'ASC'],
        ['id', 'ASC'],
      ],
      limit: n,
    });
    if (due.length === 0) return [];
    const token = crypto.randomUUID();
    // The conditional UPDATE is the claim: of several processes, each row goes to one.
    const [claimed] = await OutboxMessage.update(
      {
        status: 'sending',
        claim: token,
        lockedUntil: new Date(now.getTime() + leaseMs),
        dataSentAt: null,
        attempts: literal('attempts + 1') as unknown as number,
      },
      { where: { id: due.map((r) => r.id), status: 'pending' } },
    );
    if (claimed === 0) return [];
    return OutboxMessage.findAll({
      where: { claim: token, status: 'sending' },
      order: [
        ['priority', 'ASC'],
        ['id', 'ASC'],
      ],
    });
  }

  async function afterFailure(row: OutboxMessage, error: unknown) {
    const mine = { id: row.id, status: 'sending', claim: row.claim };
    const why = errorText(error);
    if (error instanceof SmtpSendError && error.kind === 'unknown') {
      await OutboxMessage.update(
        {
          status: 'uncertain',
          claim: null,
          lockedUntil: null,
          lastError: `No answer after the message was handed over (${why}); it may have been delivered. Not sent again automatically.`,
        },
        { where: mine },
      );
      logger.error(
        { outboxId: row.id, kind: row.kind, err: error },
        'an email may or may not have been delivered; not sent again (status uncertain)',
      );
      return;
    }
    const now = Date.now();
    const delay = Math.min(backoffMs * 2 ** Math.max(0, row.attempts - 1), maxBackoffMs);
    const next = new Date(now + delay * (0.75 + Math.random() / 2));
    const notAfter =
      row.notAfter ?? new Date(row.createdAt.getTime() + config.mailMaxAgeHours * 3_600_000);
    if ((error instanceof SmtpSendError && error.permanent) || next > notAfter) {
      const reason =
        error instanceof SmtpSendError && error.permanent
          ? `refused by the SMTP server: ${why}`
          : `not sent before it expired; last error: ${why}`;
      await fail([row.id], [row.kind], 'sending', reason);
      return;
    }
    await OutboxMessage.update(
      {
        status: 'pending',
        claim: null,
        lockedUntil: null,
        dataSentAt: null,
        lastError: why,
        nextAttemptAt: next,
      },
      { where: mine },
    );
    logger.warn(
      { outboxId: row.id, kind: row.kind, attempts: row.attempts, err: error },
      'sending an email failed; will retry',
    );
  }

  async function sendOne(row: OutboxMessage): Promise<void> {
    try {
      if (row.notAfter && row.notAfter.getTime() < Date.now()) {
        await fail([row.id], [row.kind], 'sending', 'not sent before it expired');
        return;
      }
      const raw = await compose(row, config);
      await sender.send({ id: row.id, from: config.mailFrom, to: row.toEmail, raw }, () =>
        markDataSent(row.id),
      );
    } catch (error) {
      await afterFailure(row, error).catch((err) =>
        logger.error({ err, outboxId: row.id }, 'recording a failed email failed'),
      );
      return;
    }
    // The slot is free for the next message while this one is recorded as sent: the record
    // waits for a disk write shared with other messages, and the SMTP server has already
    // answered. Until it is written the row stays `sending` with its data handed over, which a
    // crash turns into `uncertain`, never into a second send.
    const recorded: Promise<void> = markSent(row.id)
      .then(
        () => {
          sentCount++;
        },
        // Sent but not recorded: the claim expires with the data handed over, so it turns
        // `uncertain` and is never sent again.
        (err) => logger.error({ err, outboxId: row.id }, 'recording a sent email failed'),
      )
      .finally(() => recording.delete(recorded));
    recording.add(recorded);
  }

  function launch(row: OutboxMessage) {
    const p = sendOne(row).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }

  async function run(): Promise<number> {
    const before = sentCount;
    for (;;) {
      while (!stopping && inFlight.size < concurrency && queue.length > 0) launch(queue.shift()!);
      if (stopping) break;
      if (inFlight.size >= concurrency) {
        await Promise.race(inFlight);
        continue;
      }
      const now = Date.now();
      if (now - lastSweep >= sweepEveryMs) {
        lastSweep = now;
        await sweep(new Date(now));
      }
      again = false;
      // A few more than the free slots, so a slot never waits for a claim round trip.
      const claimed = await claim(concurrency * 2 - inFlight.size - queue.length);
      if (claimed.length > 0) {
        queue.push(...claimed);
        continue;
      }
      if (inFlight.size > 0) {
        await Promise.race(inFlight);
        continue;
      }
      if (!again) break;
    }
    await Promise.allSettled([...inFlight]);
    await Promise.allSettled([...recording]);
    return sentCount - before;
  }

  async function releaseQueued() {
    const left = queue.splice(0);
    if (left.length === 0) return;
    await OutboxMessage.update(
      { status: 'pending', claim: null, lockedUntil: null },
      { where: { id: left.map((r) => r.id), status: 'sending', dataSentAt: null } },
    );
  }

  const mailer: Mailer = {
    flush() {
      again = true;
      if (stopping) return Promise.resolve(0);
      pump ??= run()
        .catch((err) => {
          logger.error({ err }, 'outbox flush failed');
          return 0;
        })
        .finally(() => {
          pump = null;
        });
      return pump;
    },
    start(intervalMs = 1000) {
      if (timer) return;
      stopping = false;
      timer = setInterval(() => {
        void mailer.flush();
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = null;
      await pump;
      await Promise.allSettled([...inFlight]);
      await Promise.allSettled([...recording]);
      await releaseQueued().catch((err) => logger.error({ err }, 'releasing queued emails failed'));
      sender.close();
    },
  };
  return mailer;
}

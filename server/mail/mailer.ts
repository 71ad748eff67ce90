import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { Op } from 'sequelize';
import type { Config } from '../config.ts';
import { OutboxMessage } from '../db/models/index.ts';

export interface Mailer {
  /** Sends what is due now; resolves with how many were sent. Safe to call from several servers. */
  flush(): Promise<number>;
  /** Starts sending in the background, every `intervalMs`. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

const LOCK_MS = 60_000;
const MAX_ATTEMPTS = 10;

/** With no SMTP server, each message becomes an .eml file under `mailDir`. */
function fileTransport(dir: string): Transporter {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  const send = transport.sendMail.bind(transport);
  (transport as { sendMail: unknown }).sendMail = async (options: nodemailer.SendMailOptions) => {
    const info = await send(options);
    await fs.mkdir(dir, { recursive: true });
    const name = `${String(options.headers && (options.headers as Record<string, string>)['X-Outbox-Id']).padStart(8, '0')}.eml`;
    await fs.writeFile(path.join(dir, name), info.message as Buffer);
    return info;
  };
  return transport;
}

export function createMailer(config: Config, logger: Logger): Mailer {
  const transport = config.smtpUrl
    ? nodemailer.createTransport(config.smtpUrl)
    : fileTransport(config.mailDir);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function sendOne(row: OutboxMessage): Promise<boolean> {
    try {
      await transport.sendMail({
        from: config.mailFrom,
        to: row.toEmail,
        subject: row.subject,
        text: row.textBody,
        ...(row.htmlBody ? { html: row.htmlBody } : {}),
        ...(row.messageId ? { messageId: row.messageId } : {}),
        headers: { 'X-Outbox-Id': String(row.id), 'X-Tehostamo-Kind': row.kind },
      });
      await OutboxMessage.update(
        { status: 'sent', sentAt: new Date(), lockedUntil: null },
        { where: { id: row.id } },
      );
      return true;
    } catch (error) {
      const attempts = row.attempts + 1;
      const backoffMs = Math.min(2 ** attempts * 1000, 3_600_000);
      await OutboxMessage.update(
        {
          attempts,
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          lastError: String((error as Error).message ?? error).slice(0, 2000),
          nextAttemptAt: new Date(Date.now() + backoffMs),
          lockedUntil: null,
        },
        { where: { id: row.id } },
      );
      logger.warn({ err: error, outboxId: row.id }, 'sending an email failed; will retry');
      return false;
    }
  }

  async function flushOnce(): Promise<number> {
    const now = new Date();
    const due = await OutboxMessage.findAll({
      where: {
        status: 'pending',
        nextAttemptAt: { [Op.lte]: now },
        [Op.or]: [{ lockedUntil: null }, { lockedUntil: { [Op.lt]: now } }],
      },
      order: [['id', 'ASC']],
      limit: 50,
    });
    let sent = 0;
    for (const row of due) {
      // Claim the row; another server that claimed it first wins and we skip it.
      const [claimed] = await OutboxMessage.update(
        { lockedUntil: new Date(Date.now() + LOCK_MS) },
        {
          where: {
            id: row.id,
            status: 'pending',
            [Op.or]: [{ lockedUntil: null }, { lockedUntil: { [Op.lt]: new Date() } }],
          },
        },
      );
      if (claimed === 1 && (await sendOne(row))) sent++;
    }
    return sent;
  }

  const mailer: Mailer = {
    flush() {
      // One flush at a time per process; callers share the running one.
      running ??= flushOnce().finally(() => {
        running = null;
      });
      return running;
    },
    start(intervalMs = 2000) {
      if (timer) return;
      timer = setInterval(() => {
        mailer.flush().catch((err) => logger.error({ err }, 'outbox flush failed'));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => 0);
    },
  };
  return mailer;
}

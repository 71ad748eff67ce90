import { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection/index.js';

export interface SmtpPoolOptions {
  /** `smtp://user:pass@host:587` or `smtps://…:465`. */
  url: string;
  connectionTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
  /** Messages sent over one connection before it is replaced. */
  maxMessagesPerConnection?: number;
  /** Connections kept open between messages. */
  maxIdle: number;
}

/**
 * Where a failed attempt stopped:
 * - `before-end`: the end of the message was never handed over, so the server cannot have
 *   accepted it: safe to send again;
 * - `refused`: the server answered with an error code (`responseCode`), before or after the end
 *   of the message: it did not take it;
 * - `unknown`: the end of the message was handed over and no answer came (timeout, connection
 *   dropped): the server may have accepted it.
 */
export type FailureKind = 'before-end' | 'refused' | 'unknown';

export class SmtpSendError extends Error {
  readonly kind: FailureKind;
  readonly responseCode: number | undefined;
  constructor(kind: FailureKind, cause: Error & { responseCode?: number; code?: string }) {
    super(cause.message, { cause });
    this.name = 'SmtpSendError';
    this.kind = kind;
    this.responseCode = cause.responseCode;
  }
  /** A 5xx answer: sending again will not help. */
  get permanent(): boolean {
    return this.kind === 'refused' && (this.responseCode ?? 0) >= 500;
  }
}

interface Pooled {
  connection: SMTPConnection;
  messages: number;
  alive: boolean;
}

function connectionOptions(options: SmtpPoolOptions): {
  smtp: SMTPConnection.Options;
  auth: SMTPConnection.Credentials | null;
} {
  const url = new URL(options.url);
  const secure = url.protocol === 'smtps:';
  const auth = url.username
    ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
    : null;
  return {
    smtp: {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      connectionTimeout: options.connectionTimeoutMs,
      greetingTimeout: options.greetingTimeoutMs,
      socketTimeout: options.socketTimeoutMs,
    },
    auth,
  };
}

/**
 * A pool of SMTP connections made with nodemailer's SMTPConnection, the client that nodemailer's
 * own pool uses. We keep the pool ourselves for one reason: to know, for every message, whether
 * the end of its data was handed to the server. nodemailer's pool reads the message before the
 * server has said `354`, and re-sends a message on another connection when one closes; here the
 * message is read only once the server waits for it, its end is held back until `handOver()` has
 * recorded the point of no return, and nothing is ever sent twice by the pool.
 *
 * The caller bounds how many messages are in flight; each one has a connection of its own.
 */
export class SmtpPool {
  readonly #options: SmtpPoolOptions;
  readonly #idle: Pooled[] = [];
  readonly #busy = new Set<Pooled>();
  #closed = false;

  constructor(options: SmtpPoolOptions) {
    this.#options = options;
  }

  async #open(): Promise<Pooled> {
    const { smtp, auth } = connectionOptions(this.#options);
    const connection = new SMTPConnection(smtp);
    const pooled: Pooled = { connection, messages: 0, alive: true };
    const dead = () => {
      pooled.alive = false;
    };
    connection.on('error', dead);
    connection.on('end', dead);
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (err: Error) => {
        if (settled) return;
        settled = true;
        connection.close();
        reject(err);
      };
      connection.once('error', fail);
      connection.once('end', () => fail(new Error('connection closed before the greeting')));
      connection.connect(() => {
        if (!auth) {
          settled = true;
          return resolve();
        }
        connection.login(auth, (err) => {
          if (err) return fail(err);
          settled = true;
          resolve();
        });
      });
    });
    return pooled;
  }

  async #acquire(): Promise<Pooled> {
    while (this.#idle.length > 0) {
      const pooled = this.#idle.pop()!;
      if (pooled.alive) return pooled;
    }
    return this.#open();
  }

  #release(pooled: Pooled, reusable: boolean) {
    this.#busy.delete(pooled);
    const max = this.#options.maxMessagesPerConnection ?? 100;
    if (
      reusable &&
      pooled.alive &&
      !this.#closed &&
      pooled.messages < max &&
      this.#idle.length < this.#options.maxIdle
    ) {
      this.#idle.push(pooled);
    } else {
      pooled.alive = false;
      if (reusable) pooled.connection.quit();
      else pooled.connection.close();
    }
  }

  /**
   * Sends one message. `handOver()` runs after the server has said `354` and has received the
   * message's bytes, just before the end of the data is sent; if it throws, the end is never sent.
   */
  async send(
    envelope: { from: string; to: string[] },
    raw: Buffer,
    handOver: () => Promise<void>,
  ): Promise<void> {
    if (this.#closed) throw new SmtpSendError('before-end', new Error('the mail pool is closed'));
    let pooled: Pooled;
    try {
      pooled = await this.#acquire();
    } catch (err) {
      const e = err as Error & { responseCode?: number };
      throw new SmtpSendError(e.responseCode ? 'refused' : 'before-end', e);
    }
    this.#busy.add(pooled);
    pooled.messages++;
    let endHandedOver = false;
    let handOverFailed = false;
    const body = new Readable({
      read() {
        if (this.readableEnded || (this as { started?: boolean }).started) return;
        (this as { started?: boolean }).started = true;
        this.push(raw);
        handOver().then(
          () => {
            endHandedOver = true;
            this.push(null);
          },
          (err: Error) => {
            handOverFailed = true;
            this.destroy(err);
          },
        );
      },
    });
    const { connection } = pooled;
    try {
      await new Promise<void>((resolve, reject) => {
        let settled = false;
        const settle = (err: Error | null) => {
          if (settled) return;
          settled = true;
          connection.removeListener('error', onError);
          connection.removeListener('end', onEnd);
          if (err) reject(err);
          else resolve();
        };
        const onError = (err: Error) => settle(err);
        const onEnd = () => settle(new Error('the SMTP server closed the connection'));
        connection.on('error', onError);
        connection.on('end', onEnd);
        connection.send(envelope, body, (err) => settle(err));
      });
    } catch (err) {
      this.#release(pooled, false);
      const e = err as Error & { responseCode?: number };
      if (handOverFailed) throw new SmtpSendError('before-end', e);
      if (e.responseCode && e.responseCode >= 400) throw new SmtpSendError('refused', e);
      throw new SmtpSendError(endHandedOver ? 'unknown' : 'before-end', e);
    }
    this.#release(pooled, true);
  }

  /** Closes idle connections now; busy ones as their message ends. */
  close(): void {
    this.#closed = true;
    for (const pooled of this.#idle.splice(0)) {
      pooled.alive = false;
      pooled.connection.quit();
    }
  }

  /** Connections open now (idle and busy). */
  get size(): number {
    return this.#idle.length + this.#busy.size;
  }
}

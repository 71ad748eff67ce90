/**
 * `Idempotency-Key` for the endpoints marked `idempotent` in sdk/endpoints.ts (the creating ones
 * and the one-click changes of state), so that a client may retry a POST whose answer it never
 * received without creating or changing twice.
 *
 * The whole request runs in ONE transaction that begins by inserting the key's row (unique per
 * caller, method, path and key). The handler's own `ctx.db.write` calls become savepoints of it,
 * and its other queries join it through Sequelize's CLS hook, scoped to this request with
 * AsyncLocalStorage. The answer is stored in the row and the transaction commits BEFORE the answer
 * leaves, so the created object, its outbox mail and the stored answer commit together or not at
 * all: a crash at any point leaves either nothing (the retry runs afresh) or everything (the
 * retry is replayed). A concurrent retry with the same key blocks on the row's unique key until
 * the first commits, then gets the replay; if the first fails, its row is rolled back and the
 * retry runs. Error answers are never stored, so a client may fix the cause and retry the key.
 *
 * Because a failing handler's writes are all rolled back, only endpoints that write nothing on
 * their error paths may be idempotent (e.g. not sign-in, which counts wrong codes).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { Op, Sequelize, Transaction, UniqueConstraintError } from 'sequelize';
import { endpoints, type Endpoint } from '../../sdk/endpoints.ts';
import { sha256 } from '../auth/tokens.ts';
import type { Ctx, Deps } from '../context.ts';
import type { Database } from '../db/index.ts';
import { IdempotencyKey } from '../db/models/index.ts';
import { BadRequest, Conflict, HttpError, ServiceUnavailable } from '../errors.ts';
import { DATABASE_RETRY_AFTER, isDatabaseUnavailable } from './errors.ts';

/** Keys are kept at least this long; older rows are deleted when a new key is written. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}/?$`);
}

const idempotentPaths: RegExp[] = (Object.values(endpoints) as Endpoint[])
  .filter((e) => e.method === 'POST' && e.idempotent)
  .map((e) => pathPattern(e.path));

type Store = Map<string, unknown>;

/** Sequelize sets `finished` once a transaction commits or rolls back; its types omit it. */
function isFinished(t: Transaction): boolean {
  return Boolean((t as Transaction & { finished?: string }).finished);
}
const requestScope = new AsyncLocalStorage<Store>();

/**
 * Sequelize's CLS hook, live only inside an idempotent request: everywhere else `get` answers
 * nothing and `run` just calls through, so other requests behave exactly as without it.
 */
const cls = {
  run(fn: (context: unknown) => unknown) {
    const store = requestScope.getStore();
    // A nested managed transaction records itself in a copy, leaving the outer one in place.
    return store ? requestScope.run(new Map(store), () => fn(store)) : fn({});
  },
  get(key: string) {
    const value = requestScope.getStore()?.get(key);
    // Work the request left running (e.g. a mail flush) must not use the finished transaction.
    if (value instanceof Transaction && isFinished(value)) return undefined;
    return value;
  },
  set(key: string, value: unknown) {
    requestScope.getStore()?.set(key, value);
  },
  bind<F>(fn: F): F {
    return fn;
  },
};

function scopeOf(ctx: Ctx): string {
  switch (ctx.actor.kind) {
    case 'user':
      return `user:${ctx.actor.user.id}`;
    case 'secret_key':
      return `key:${ctx.actor.key.id}`;
    default:
      return `anon:${ctx.ip}`;
  }
}

/** JSON with object keys sorted, so that the same body always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function isLockTimeout(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /SQLITE_BUSY|Lock wait timeout|Deadlock found/i.test(message);
}

/** ER_LOCK_DEADLOCK (1213) and ER_LOCK_WAIT_TIMEOUT (1205). */
function isDeadlock(error: unknown): boolean {
  const errno = (error as { parent?: { errno?: number } } | null)?.parent?.errno;
  return errno === 1213 || errno === 1205;
}

function tryAgain(): HttpError {
  return new HttpError(
    503,
    'try_again',
    'The request collided with another one and was undone; retry it with the same key.',
    undefined,
    { 'Retry-After': '0' },
  );
}

function inProgress(): HttpError {
  return new HttpError(
    409,
    'idempotency_in_progress',
    'A request with this Idempotency-Key is still being processed; retry shortly.',
    undefined,
    { 'Retry-After': '1' },
  );
}

function beginWrite(db: Database): Promise<Transaction> {
  return db.begin();
}

/**
 * The answer's text as the handler wrote it. A compressed answer (server/http/compression.ts) is
 * stored uncompressed: a replay is sent through `res.send` and compressed for its own request.
 */
function bodyText(chunk: unknown, encoding: unknown, contentEncoding: unknown): string {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return '';
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof Uint8Array) {
    const bytes = Buffer.from(chunk);
    if (contentEncoding === 'br') return brotliDecompressSync(bytes).toString('utf8');
    if (contentEncoding === 'gzip') return gunzipSync(bytes).toString('utf8');
    return bytes.toString(typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  }
  return String(chunk);
}

export function idempotency(deps: Deps) {
  Sequelize.useCLS(cls);
  const { logger } = deps;

  return async (req: Request, res: Response, next: NextFunction) => {
    const key = req.get('idempotency-key');
    if (
      req.method !== 'POST' ||
      key === undefined ||
      !idempotentPaths.some((p) => p.test(req.path))
    ) {
      next();
      return;
    }
    if (!KEY_PATTERN.test(key)) {
      throw new BadRequest(
        'invalid_idempotency_key',
        'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
      );
    }
    const ctx = res.locals.ctx as Ctx;
    const { db } = ctx;
    const scope = scopeOf(ctx);
    const path = req.baseUrl + req.path;
    const lookup = sha256(`${scope}\n${req.method}\n${path}\n${key}`);
    const requestHash = sha256(canonicalJson(req.body ?? null));

    const expire = (transaction?: Transaction) =>
      IdempotencyKey.destroy({
        where: { createdAt: { [Op.lt]: new Date(Date.now() - IDEMPOTENCY_TTL_MS) } },
        transaction,
      });
    // SQLite: inside the write transaction, which holds the one write lock anyway. MySQL: on
    // its own, so that the range it locks is not held for the whole request.
    if (db.dialect !== 'sqlite') await expire();

    // Claim the key, or find the answer it already has. The loop runs again only when a
    // concurrent first attempt failed and released the key between our insert and our read.
    for (let attempt = 0; ; attempt++) {
      const t = await beginWrite(db).catch((error: unknown) => {
        throw isLockTimeout(error) ? inProgress() : error;
      });
      let row: IdempotencyKey;
      try {
        if (db.dialect === 'sqlite') await expire(t);
        row = await IdempotencyKey.create(
          { lookup, scope, idempotencyKey: key, method: req.method, path, requestHash },
          { transaction: t },
        );
      } catch (error) {
        // A rollback on a connection the database dropped fails too; the first error tells why.
        await t.rollback().catch(() => undefined);
        if (!(error instanceof UniqueConstraintError)) {
          throw isLockTimeout(error) ? inProgress() : error;
        }
        const existing = await IdempotencyKey.findOne({ where: { lookup } });
        if (!existing) {
          if (attempt < 3) continue;
          throw inProgress();
        }
        if (existing.requestHash !== requestHash) {
          throw new Conflict(
            'idempotency_key_reused',
            'This Idempotency-Key was already used with a different request body.',
          );
        }
        if (existing.responseStatus === null) throw inProgress();
        res
          .status(existing.responseStatus)
          .set('Idempotent-Replayed', 'true')
          .type('application/json')
          .send(existing.responseBody ?? '');
        return;
      }
      runInTransaction(res, next, t, row);
      return;
    }
  };

  function runInTransaction(
    res: Response,
    next: NextFunction,
    t: Transaction,
    row: IdempotencyKey,
  ) {
    const ctx = res.locals.ctx as Ctx;
    let flushAfterCommit = false;
    const scoped: Ctx = {
      ...ctx,
      db: {
        ...ctx.db,
        // The handler's transactions become savepoints: a failure inside one still undoes it.
        write: async (fn) => {
          try {
            return await ctx.db.sequelize.transaction({ transaction: t }, fn);
          } catch (error) {
            // InnoDB rolled the whole transaction back: the client's retry with the same key
            // runs the request afresh (db.write would run it again itself, but not from here).
            if (isDeadlock(error)) throw tryAgain();
            throw error;
          }
        },
        // A unit of work the caller commits itself is a savepoint too (commit releases it,
        // rollback undoes it); a real BEGIN here would wait for this request's own lock.
        begin: () => ctx.db.sequelize.transaction({ transaction: t }),
      },
      mailer: {
        ...ctx.mailer,
        // Mail queued in this transaction is not visible to a sender until the commit.
        flush: async () => {
          flushAfterCommit = true;
          return 0;
        },
      },
    };
    res.locals.ctx = scoped;

    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    let settled = false;
    res.end = ((...args: unknown[]) => {
      if (settled) return end(...args);
      settled = true;
      void settle(args);
      return res;
    }) as Response['end'];

    async function settle(args: unknown[]) {
      const status = res.statusCode;
      if (status < 200 || status >= 300) {
        // Not stored: the key is released with everything else the request wrote.
        await t.rollback().catch((err: unknown) => logger.error({ err }, 'rollback failed'));
        end(...args);
        return;
      }
      try {
        await row.update(
          {
            responseStatus: status,
            responseBody: bodyText(args[0], args[1], res.getHeader('content-encoding')),
          },
          { transaction: t },
        );
        await t.commit();
      } catch (error) {
        logger.error({ err: error }, 'idempotent request failed to commit');
        if (!isFinished(t)) await t.rollback().catch(() => undefined);
        // Whether a commit that lost its connection was applied is unknown: the client retries
        // with the same key and gets either the stored answer or a fresh run.
        const failure = isLockTimeout(error)
          ? inProgress()
          : isDatabaseUnavailable(error)
            ? new ServiceUnavailable(DATABASE_RETRY_AFTER)
            : new HttpError(
                500,
                'internal_error',
                'Something went wrong on our side. It has been logged.',
              );
        const body = JSON.stringify(failure.toBody());
        res.statusCode = failure.status;
        res.removeHeader('etag');
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('content-length', String(Buffer.byteLength(body)));
        if (failure.headers) res.set(failure.headers);
        end(body);
        return;
      }
      end(...args);
      if (flushAfterCommit) {
        requestScope.exit(() => {
          deps.mailer.flush().catch((err) => logger.error({ err }, 'outbox flush failed'));
        });
      }
    }

    requestScope.run(new Map<string, unknown>([['transaction', t]]), () => next());
  }
}

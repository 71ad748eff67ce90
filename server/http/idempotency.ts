/**
 * `Idempotency-Key` for the endpoints marked `idempotent` in sdk/endpoints.ts (the creating ones
 * and the one-click changes of state), so that a client may retry a POST whose answer it never
 * received without creating or changing twice. `mount()` (route.ts) calls `runIdempotent` for
 * those endpoints when the request carries a key; nothing else in the server knows of it.
 *
 * The whole request runs in ONE transaction that begins by inserting the key's row (unique per
 * caller, method, path and key). The handler gets a context whose `db.write` and `db.begin` are
 * savepoints of that transaction, so the services' own transactions join it explicitly. The
 * answer is stored in the row and the transaction commits BEFORE the answer leaves, so the
 * created object, its outbox mail and the stored answer commit together or not at all: a crash at
 * any point leaves either nothing (the retry runs afresh) or everything (the retry is replayed). A
 * concurrent retry with the same key blocks on the row's unique key until the first commits, then
 * gets the replay; if the first fails, its row is rolled back and the retry runs. Error answers
 * are never stored, so a client may fix the cause and retry the key.
 *
 * Because a failing handler's writes are all rolled back, only endpoints that write nothing on
 * their error paths may be idempotent (e.g. not sign-in, which counts wrong codes). And because
 * only the services' `ctx.db.write` joins the transaction, an idempotent service reads what it
 * wrote inside its write (with `transaction: t`), never after it.
 */
import type { Request, Response } from 'express';
import { Op, UniqueConstraintError, type Transaction } from 'sequelize';
import { sha256 } from '../auth/tokens.ts';
import type { Ctx } from '../context.ts';
import type { Database } from '../db/index.ts';
import { IdempotencyKey } from '../db/models/index.ts';
import { BadRequest, Conflict, HttpError } from '../errors.ts';

/** Keys are kept at least this long; older rows are deleted when a new key is written. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** What an idempotent handler answers: stored as it is sent, and sent again on a replay. */
export interface Answer {
  status: number;
  /** The JSON text of the body; empty for 204. */
  body: string;
}

/** The request's `Idempotency-Key`, if it has one; a malformed one is refused. */
export function idempotencyKey(req: Request): string | undefined {
  const key = req.get('idempotency-key');
  if (key !== undefined && !KEY_PATTERN.test(key)) {
    throw new BadRequest(
      'invalid_idempotency_key',
      'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
    );
  }
  return key;
}

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

/**
 * The database as a handler inside the request's transaction `t` sees it: its units of work are
 * savepoints of `t` (a failure inside one still undoes it), never transactions of their own — a
 * real BEGIN here would wait for this request's own lock.
 */
function joined(db: Database, t: Transaction): Database {
  return {
    ...db,
    write: async (fn) => {
      try {
        return await db.sequelize.transaction({ transaction: t }, fn);
      } catch (error) {
        // InnoDB rolled the whole transaction back: the client's retry with the same key runs
        // the request afresh (db.write would run it again itself, but not from inside `t`).
        if (isDeadlock(error)) throw tryAgain();
        throw error;
      }
    },
    begin: () => db.sequelize.transaction({ transaction: t }),
  };
}

/** Sends an answer as stored: the same bytes the first time and on every replay. */
function send(res: Response, answer: Answer, replayed: boolean): void {
  res.status(answer.status);
  if (replayed) res.set('Idempotent-Replayed', 'true');
  res.type('application/json').send(answer.body);
}

/**
 * Runs `handle` once per caller and key: the first time in one transaction with the key's row,
 * storing its answer; afterwards answering what was stored (or 409 for another body).
 */
export async function runIdempotent(
  ctx: Ctx,
  req: Request,
  res: Response,
  key: string,
  handle: (ctx: Ctx) => Promise<Answer>,
): Promise<void> {
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
  // SQLite: inside the write transaction, which holds the one write lock anyway. MySQL: on its
  // own, so that the range it locks is not held for the whole request.
  if (db.dialect !== 'sqlite') await expire();

  // Claim the key, or find the answer it already has. The loop runs again only when a concurrent
  // first attempt failed and released the key between our insert and our read.
  for (let attempt = 0; ; attempt++) {
    const t = await db.begin().catch((error: unknown) => {
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
      send(res, { status: existing.responseStatus, body: existing.responseBody ?? '' }, true);
      return;
    }

    const rollback = async () => {
      if ((t as Transaction & { finished?: string }).finished) return;
      // A rollback on a connection the database dropped fails too; the first error tells why.
      await t.rollback().catch((err: unknown) => ctx.logger.error({ err }, 'rollback failed'));
    };
    let answer: Answer;
    try {
      answer = await handle({ ...ctx, db: joined(db, t) });
    } catch (error) {
      // Not stored: the key is released with everything else the request wrote.
      await rollback();
      throw error;
    }
    try {
      await row.update(
        { responseStatus: answer.status, responseBody: answer.body },
        { transaction: t },
      );
      await t.commit();
    } catch (error) {
      ctx.logger.error({ err: error }, 'idempotent request failed to commit');
      await rollback();
      // Whether a commit that lost its connection was applied is unknown: the client retries
      // with the same key and gets either the stored answer or a fresh run.
      throw isLockTimeout(error) ? inProgress() : error;
    }
    send(res, answer, false);
    return;
  }
}

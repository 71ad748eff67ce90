/**
 * Rate limits that hold across every server behind the load balancer: counters in the database,
 * one row per bucket and fixed window. Counting happens inside the caller's write transaction:
 * the row lock taken by the increment makes parallel requests count each other, and a refused
 * request rolls its own increment back.
 */
import { Op, UniqueConstraintError, literal, type Transaction } from 'sequelize';
import { RateLimit } from '../db/models/index.ts';
import { RateLimited } from '../errors.ts';

const DAY_MS = 86_400_000;

async function increment(bucket: string, windowStart: Date, t: Transaction): Promise<boolean> {
  const [updated] = await RateLimit.update(
    { hits: literal('hits + 1') as unknown as number },
    { where: { bucket, windowStart }, transaction: t },
  );
  return updated === 1;
}

/**
 * Counts one request in `bucket`; throws 429 with Retry-After when that makes more than `max`
 * in the current window of `windowSeconds`.
 */
export async function hit(
  t: Transaction,
  bucket: string,
  max: number,
  windowSeconds: number,
  message?: string,
): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const now = Date.now();
  const windowStart = new Date(now - (now % windowMs));
  if (!(await increment(bucket, windowStart, t))) {
    try {
      await RateLimit.create({ bucket, windowStart, hits: 1 }, { transaction: t });
      // A new window: old windows are of no use any more.
      await RateLimit.destroy({
        where: { windowStart: { [Op.lt]: new Date(now - DAY_MS) } },
        transaction: t,
      });
    } catch (error) {
      // Another request opened the window first: count on its row.
      if (!(error instanceof UniqueConstraintError)) throw error;
      await increment(bucket, windowStart, t);
    }
  }
  const row = await RateLimit.findOne({ where: { bucket, windowStart }, transaction: t });
  if (row && row.hits > max) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
    throw new RateLimited(retryAfter, message);
  }
}

import type { RequestHandler } from 'express';
import type { Ctx } from '../context.ts';
import type { Database } from '../db/index.ts';

/**
 * A short cache for answers that are the same for every anonymous reader (the public feed):
 * asked with no credential and no publishable key, an answer depends on nothing but its URL.
 * Anything else is never looked up here or stored, so no private answer can be handed out.
 *
 * Freshness: an entry lives `TTL_MS` at most, and every write through this server's API empties
 * the cache when it starts and again when it ends (an answer computed while a write ran is not
 * stored), and so does a scheduled job that changed something. A write in another server process
 * can leave an answer here stale for `TTL_MS`.
 * Concurrent misses for one URL share one computation.
 */
const TTL_MS = 1000;
const MAX_ENTRIES = 500;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

class SharedCache {
  private entries = new Map<string, Entry>();
  private generation = 0;

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
    const generation = this.generation;
    const value = compute();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { at: now, value });
    try {
      const result = await value;
      // A write started meanwhile: this answer may predate it, so it is not kept.
      if (generation !== this.generation && this.entries.get(key)?.value === value)
        this.entries.delete(key);
      return result;
    } catch (error) {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
      throw error;
    }
  }
}

const caches = new WeakMap<Database, SharedCache>();

function cacheOf(db: Database): SharedCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new SharedCache()));
  return cache;
}

/** Forgets every shared answer: for writes that do not come through the API (scheduled jobs). */
export function clearSharedCache(db: Database): void {
  cacheOf(db).clear();
}

/** Whether the answer to this request is the same for every anonymous reader of `url`. */
export function isAnonymous(ctx: Ctx): boolean {
  return ctx.actor.kind === 'anonymous' && ctx.publishableKey === null;
}

/** `compute()`, or its recent answer for the same URL when the caller is anonymous. */
export function sharedForAnonymous<T>(ctx: Ctx, url: string, compute: () => Promise<T>) {
  return isAnonymous(ctx) ? cacheOf(ctx.db).get(`${url}`, compute) : compute();
}

/** Empties the cache when a write starts and when it ends. */
export function clearSharedCacheOnWrites(db: Database): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const cache = cacheOf(db);
    cache.clear();
    res.once('finish', () => cache.clear());
    res.once('close', () => cache.clear());
    next();
  };
}

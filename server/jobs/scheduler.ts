import crypto from 'node:crypto';
import os from 'node:os';
import { Op, UniqueConstraintError, type Transaction } from 'sequelize';
import { clearSharedCache } from '../http/shared-cache.ts';
import type { Deps } from '../context.ts';
import { JobRun } from '../db/models/index.ts';

/**
 * Scheduled work that is safe on several server processes.
 *
 * A job says which items are due at a time (`due`) and does one item (`run`) inside a transaction.
 * The scheduler records the item as done (`job_runs`, unique on job and key) in that same
 * transaction, so:
 * - an item is done exactly once: a second process's insert of the same key waits for the first
 *   one's transaction and then fails (skipped) or, if that one rolled back, goes ahead;
 * - a process killed mid-item loses nothing: its transaction never commits, the database rolls it
 *   back, and the item is due again for whoever looks next;
 * - after a restart nothing is missed: what is due is worked out from the database at every tick
 *   (`due` gets the clock's time and returns everything due by then), never from a timer's memory.
 *
 * `run` must do all of its work in `t` and nothing outside it: emails are queued with
 * `enqueueMail(deps, t, …)` and go out through the outbox after the commit.
 *
 * No job library is used: the well-kept ones keep their queue in PostgreSQL (graphile-worker,
 * pg-boss), Redis (BullMQ) or MongoDB (Agenda), or in memory (node-cron, Bree); none runs on
 * MySQL/MariaDB and SQLite alike, and the guarantee needed here is one unique key.
 */
export interface Job<Item extends JobItem = JobItem> {
  /** Unique among jobs; stored with every item done (at most 64 characters). */
  name: string;
  /** How often a process looks for due items (default: every scheduler tick). */
  everyMs?: number;
  /**
   * The items due at `now`. Returning items already done is harmless (the scheduler leaves them
   * out), but a query that leaves them out itself stays cheap as the table grows.
   */
  due(deps: Deps, now: Date): Promise<Item[]>;
  /** Does one item; everything it writes goes through `t`. Throwing leaves the item due. */
  run(deps: Deps, item: Item, t: Transaction, now: Date): Promise<void>;
}

/** One unit of due work. `key` names it for good: the same work must always get the same key. */
export interface JobItem {
  /** At most 180 characters, e.g. `task:42:no-applicants` or `user:7:daily:2026-11-28`. */
  key: string;
}

/** Types a job's items without repeating them. */
export function defineJob<Item extends JobItem>(job: Job<Item>): Job<Item> {
  return job;
}

export interface JobResult {
  /** Items this process did. */
  done: number;
  /** Items found done by another process (or earlier) when this one tried them. */
  skipped: number;
  /** Items whose `run` threw; they stay due and are tried again at the next tick. */
  failed: number;
}

export interface Scheduler {
  /** Runs every job (or those named) once at the clock's time; resolves with what each did. */
  runDue(names?: string[]): Promise<Record<string, JobResult>>;
  /** Runs due jobs every `tickMs` in the background, one tick at a time. */
  start(tickMs?: number): void;
  /** Stops the background ticks and waits for the one in progress. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** Called after each item this process committed (tests and metrics). */
  onDone?: (job: string, key: string) => void;
}

/** Keys already in `job_runs` for `job`, asked for in chunks. */
async function doneKeys(job: string, keys: string[]): Promise<Set<string>> {
  const done = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await JobRun.findAll({
      attributes: ['itemKey'],
      where: { job, itemKey: { [Op.in]: keys.slice(i, i + 500) } },
    });
    for (const row of rows) done.add(row.itemKey);
  }
  return done;
}

export function createScheduler(
  deps: Deps,
  jobs: readonly Job<never>[] | readonly Job[],
  options: SchedulerOptions = {},
): Scheduler {
  const all = jobs as readonly Job[];
  const names = new Set<string>();
  for (const job of all) {
    if (names.has(job.name)) throw new Error(`two jobs are named "${job.name}"`);
    names.add(job.name);
  }
  const owner = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`.slice(
    0,
    100,
  );
  const lastRun = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<unknown> | null = null;

  async function runJob(job: Job): Promise<JobResult> {
    const now = deps.clock.now();
    const result: JobResult = { done: 0, skipped: 0, failed: 0 };
    const items = await job.due(deps, now);
    const done = await doneKeys(
      job.name,
      items.map((item) => item.key),
    );
    for (const item of items) {
      if (done.has(item.key)) continue;
      try {
        await deps.db.write(async (t) => {
          await JobRun.create(
            { job: job.name, itemKey: item.key, ranAt: now, owner },
            { transaction: t },
          );
          await job.run(deps, item, t, now);
        });
        result.done++;
        options.onDone?.(job.name, item.key);
      } catch (err) {
        if (err instanceof UniqueConstraintError) {
          result.skipped++;
        } else {
          result.failed++;
          deps.logger.error({ err, job: job.name, item: item.key }, 'scheduled item failed');
        }
      }
    }
    // Public answers shared for a moment must not outlive what the job changed.
    if (result.done) clearSharedCache(deps.db);
    if (result.done || result.failed) {
      deps.logger.info({ job: job.name, ...result }, 'scheduled job ran');
    }
    return result;
  }

  async function runDue(only?: string[]): Promise<Record<string, JobResult>> {
    const results: Record<string, JobResult> = {};
    for (const job of all) {
      if (only && !only.includes(job.name)) continue;
      results[job.name] = await runJob(job);
    }
    return results;
  }

  async function tick() {
    const wall = Date.now();
    const due = all.filter(
      (job) => wall - (lastRun.get(job.name) ?? -Infinity) >= (job.everyMs ?? 0),
    );
    for (const job of due) {
      lastRun.set(job.name, wall);
      try {
        await runJob(job);
      } catch (err) {
        // A job whose `due` failed (the database away, say) is simply looked at again next tick.
        deps.logger.error({ err, job: job.name }, 'scheduled job failed');
      }
    }
  }

  return {
    runDue,
    start(tickMs = 60_000) {
      if (timer) return;
      const go = () => {
        if (current) return;
        current = tick().finally(() => {
          current = null;
        });
      };
      timer = setInterval(go, tickMs);
      timer.unref();
      go();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await current;
    },
  };
}

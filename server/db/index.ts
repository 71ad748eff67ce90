import fs from 'node:fs';
import path from 'node:path';
import { Sequelize, Transaction } from 'sequelize';
import { defineModels } from './models/index.ts';
import { createMigrator } from './migrator.ts';

export type Dialect = 'sqlite' | 'mysql';

export interface Database {
  sequelize: Sequelize;
  dialect: Dialect;
  /**
   * Runs `fn` in a write transaction. On SQLite it begins IMMEDIATE (takes the write lock at once,
   * so two writers queue instead of deadlocking); on MySQL/MariaDB row locks do the work.
   */
  write<T>(fn: (t: Transaction) => Promise<T>): Promise<T>;
  /**
   * Begins a write transaction that the caller commits or rolls back itself (same locking as
   * `write`, without the deadlock retry: the caller owns the whole unit of work).
   */
  begin(): Promise<Transaction>;
  /**
   * Query options for a long read, such as a report: spread them into its `query()` options. On
   * SQLite they put it on a connection of its own (reads go on beside the writer in WAL mode), so
   * that it never holds the connection every other statement of the process waits for; on
   * MySQL/MariaDB the pool already gives each statement its own, and they are empty.
   */
  longRead: { uuid?: string };
  migrate(): Promise<void>;
  /** Names of the migrations this build has that the database has not run yet. */
  pendingMigrations(): Promise<string[]>;
  close(): Promise<void>;
}

const MAX_DEADLOCK_RETRIES = 8;

/** ER_LOCK_DEADLOCK (1213) and ER_LOCK_WAIT_TIMEOUT (1205): safe to retry the whole transaction. */
function isDeadlock(error: unknown): boolean {
  const parent = (error as { parent?: { errno?: number } } | null)?.parent;
  return parent?.errno === 1213 || parent?.errno === 1205;
}

/** Prepared statements each MySQL connection keeps open (the pool has 10 connections). */
export const PREPARED_STATEMENTS_PER_CONNECTION = 200;

export interface DatabaseOptions {
  logging?: boolean;
  /**
   * Longest a statement may run (MariaDB `max_statement_time`, MySQL `max_execution_time` for
   * reads), and longest a request waits for a pooled connection; 0 or unset: no limit. A query
   * cut by it answers 503 `service_unavailable`, not a request that hangs as long as the
   * database does.
   */
  statementTimeoutMs?: number;
}

export function openDatabase(url: string, options: DatabaseOptions = {}): Database {
  const logging = options.logging ? console.log : false;
  let sequelize: Sequelize;
  let dialect: Dialect;
  if (url.startsWith('sqlite:')) {
    dialect = 'sqlite';
    const storage = url.slice('sqlite:'.length).replace(/^\/\//, '') || ':memory:';
    if (storage !== ':memory:')
      fs.mkdirSync(path.dirname(path.resolve(storage)), { recursive: true });
    sequelize = new Sequelize({
      dialect: 'sqlite',
      storage,
      logging,
      // SQLite has one writer: a busy database is waited for, never reported to the user.
      retry: { match: [/SQLITE_BUSY/], max: 50 },
      define: { underscored: true },
    });
  } else if (url.startsWith('mysql:') || url.startsWith('mariadb:')) {
    dialect = 'mysql';
    sequelize = new Sequelize(url.replace(/^mariadb:/, 'mysql:'), {
      dialect: 'mysql',
      logging,
      timezone: '+00:00',
      pool: {
        max: 10,
        min: 0,
        idle: 10_000,
        ...(options.statementTimeoutMs ? { acquire: options.statementTimeoutMs } : {}),
      },
      dialectOptions: {
        charset: 'utf8mb4',
        dateStrings: false,
        connectTimeout: 5_000,
        // Sequelize runs every query with bound parameters as a server-side prepared statement,
        // and mysql2 keeps up to 16,000 of them open per connection. Queries with literal id
        // lists (`IN (1, 2, 3)`) are each a new statement, so a busy process would reach the
        // server's limit for all its clients together (max_prepared_stmt_count, 16,382 by
        // default) and every query would then fail. Least recently used ones are closed instead.
        maxPreparedStatements: PREPARED_STATEMENTS_PER_CONNECTION,
      },
      define: { underscored: true, charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
    });
  } else {
    throw new Error(`DATABASE_URL must start with sqlite: or mysql:, got "${url}"`);
  }
  defineModels(sequelize);
  if (dialect === 'mysql' && options.statementTimeoutMs) {
    const ms = options.statementTimeoutMs;
    sequelize.addHook('afterConnect', async (connection: unknown) => {
      const raw = connection as { query(sql: string, cb: (err: unknown) => void): void };
      const run = (sql: string) =>
        new Promise<boolean>((resolve) => raw.query(sql, (err) => resolve(!err)));
      // MariaDB takes seconds for every statement; MySQL takes milliseconds, for reads only.
      if (!(await run(`SET SESSION max_statement_time = ${ms / 1000}`))) {
        await run(`SET SESSION max_execution_time = ${Math.round(ms)}`);
      }
    });
  }

  // SQLite has one writer. Writers of this process queue here instead of meeting SQLITE_BUSY,
  // whose retries back off for seconds; other processes on the same file still get the retry.
  let queueTail: Promise<void> = Promise.resolve();
  const writeLock = (): Promise<() => void> => {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    const acquired = queueTail.then(() => release);
    queueTail = queueTail.then(() => turn);
    return acquired;
  };

  return {
    sequelize,
    dialect,
    // Sequelize's SQLite connection manager keeps one connection per `uuid`; without one a
    // statement outside a transaction takes the shared 'default' connection.
    longRead: dialect === 'sqlite' ? { uuid: 'long-reads' } : {},
    async write(fn) {
      if (dialect === 'sqlite') {
        const release = await writeLock();
        try {
          return await sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, fn);
        } finally {
          release();
        }
      }
      // InnoDB resolves a deadlock by rolling one transaction back; the loser is run again
      // from the start, as MySQL's manual advises, instead of reaching the user as a 500.
      for (let attempt = 1; ; attempt++) {
        try {
          return await sequelize.transaction(fn);
        } catch (error) {
          if (attempt >= MAX_DEADLOCK_RETRIES || !isDeadlock(error)) throw error;
          // Full jitter on an exponential step, so a crowd of losers does not collide again in step.
          const step = Math.min(500, 10 * 2 ** attempt);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * step));
        }
      }
    },
    async begin() {
      if (dialect !== 'sqlite') return sequelize.transaction();
      const release = await writeLock();
      try {
        const t = await sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE });
        // The lock is handed on however the transaction ends.
        const commit = t.commit.bind(t);
        const rollback = t.rollback.bind(t);
        t.commit = () => commit().finally(release);
        t.rollback = () => rollback().finally(release);
        return t;
      } catch (error) {
        release();
        throw error;
      }
    },
    async migrate() {
      if (dialect === 'sqlite') {
        await sequelize.query('PRAGMA journal_mode = WAL');
      }
      await createMigrator(sequelize).up();
    },
    async pendingMigrations() {
      return (await createMigrator(sequelize).pending()).map((m) => m.name);
    },
    close: () => sequelize.close(),
  };
}

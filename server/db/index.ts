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
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export function openDatabase(url: string, options: { logging?: boolean } = {}): Database {
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
      pool: { max: 10, min: 0, idle: 10_000 },
      dialectOptions: { charset: 'utf8mb4', dateStrings: false },
      define: { underscored: true, charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
    });
  } else {
    throw new Error(`DATABASE_URL must start with sqlite: or mysql:, got "${url}"`);
  }
  defineModels(sequelize);

  return {
    sequelize,
    dialect,
    write(fn) {
      return dialect === 'sqlite'
        ? sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, fn)
        : sequelize.transaction(fn);
    },
    async migrate() {
      if (dialect === 'sqlite') {
        await sequelize.query('PRAGMA journal_mode = WAL');
      }
      await createMigrator(sequelize).up();
    },
    close: () => sequelize.close(),
  };
}

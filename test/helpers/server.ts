import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import { Sequelize } from 'sequelize';
import { createApp } from '../../server/app.ts';
import { systemClock, type Clock } from '../../server/clock.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import type { Deps } from '../../server/context.ts';
import { openDatabase, type Database } from '../../server/db/index.ts';
import { OutboxMessage } from '../../server/db/models/index.ts';
import { createMailer } from '../../server/mail/mailer.ts';

/**
 * The database this run tests against: `sqlite` (a fresh file per test file) or a MySQL/MariaDB
 * server URL, on which each test file gets a database of its own. Set by scripts/test.mjs.
 */
export const TEST_DB = process.env.TEHOSTAMO_TEST_DB || 'sqlite';
export const dialectName = TEST_DB === 'sqlite' ? 'sqlite' : 'mariadb';

// Migrating a fresh database costs each test file a second or two; a migrated template is made
// once per schema (named by a hash of the migrations) and copied for every file instead.
const MIGRATIONS = fileURLToPath(new URL('../../server/db/', import.meta.url));
const schemaHash = (() => {
  let hash: string | undefined;
  return () => {
    if (hash) return hash;
    const h = crypto.createHash('sha256');
    const files = [
      'migrator.ts',
      ...fs.readdirSync(path.join(MIGRATIONS, 'migrations')).map((f) => `migrations/${f}`),
    ].sort();
    for (const file of files) h.update(file).update(fs.readFileSync(path.join(MIGRATIONS, file)));
    return (hash = h.digest('hex').slice(0, 16));
  };
})();

/** A migrated SQLite file for this schema, made once; concurrent makers race harmlessly. */
async function sqliteTemplate(): Promise<string> {
  const template = path.join(os.tmpdir(), `tehostamo-template-${schemaHash()}.db`);
  if (fs.existsSync(template)) return template;
  const building = `${template}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  const db = openDatabase(`sqlite:${building}`);
  await db.migrate();
  // Fold the write-ahead log into the file, so that the file alone is the whole database.
  await db.sequelize.query('PRAGMA wal_checkpoint(TRUNCATE)');
  await db.close();
  fs.rmSync(`${building}-wal`, { force: true });
  fs.rmSync(`${building}-shm`, { force: true });
  fs.renameSync(building, template);
  return template;
}

/** A migrated template database on the MySQL server for this schema, made once under a lock. */
async function mysqlTemplate(admin: Sequelize): Promise<string> {
  const name = `tehostamo_template_${schemaHash()}`;
  await admin.query(`SELECT GET_LOCK('tehostamo_test_template', 120)`);
  try {
    const [ready] = await admin.query(
      `SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'template_ready'`,
      { replacements: [name] },
    );
    if (ready.length > 0) return name;
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const url = new URL(TEST_DB);
    url.pathname = `/${name}`;
    const db = openDatabase(url.toString());
    await db.migrate();
    await db.close();
    // Templates of older schemas are of no more use.
    const [old] = (await admin.query(
      `SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'tehostamo\\_template\\_%' AND SCHEMA_NAME <> ?`,
      { replacements: [name] },
    )) as [{ name: string }[], unknown];
    for (const row of old) await admin.query(`DROP DATABASE IF EXISTS \`${row.name}\``);
    await admin.query(`CREATE TABLE \`${name}\`.template_ready (id INT)`);
    return name;
  } finally {
    await admin.query(`SELECT RELEASE_LOCK('tehostamo_test_template')`);
  }
}

/** Copies the template's tables (with their keys and foreign keys) and rows into `target`. */
async function copyMysqlDatabase(admin: Sequelize, template: string, target: string) {
  const [tables] = (await admin.query(
    `SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> 'template_ready'`,
    { replacements: [template] },
  )) as [{ name: string }[], unknown];
  // One connection, so that the session settings below hold for every statement.
  await admin.transaction(async (transaction) => {
    await admin.query('SET FOREIGN_KEY_CHECKS = 0', { transaction });
    for (const { name } of tables) {
      const [[row]] = (await admin.query(`SHOW CREATE TABLE \`${template}\`.\`${name}\``, {
        transaction,
      })) as [Record<string, string>[], unknown];
      const create = row!['Create Table']!.replace(
        /^CREATE TABLE `/,
        `CREATE TABLE \`${target}\`.\``,
      );
      await admin.query(create, { transaction });
      await admin.query(
        `INSERT INTO \`${target}\`.\`${name}\` SELECT * FROM \`${template}\`.\`${name}\``,
        { transaction },
      );
    }
    await admin.query('SET FOREIGN_KEY_CHECKS = 1', { transaction });
    // Triggers last, so that copying the rows did not run them.
    const [triggers] = (await admin.query(
      `SELECT TRIGGER_NAME AS name, ACTION_TIMING AS timing, EVENT_MANIPULATION AS event,
              EVENT_OBJECT_TABLE AS tbl, ACTION_STATEMENT AS body
         FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?
        ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER`,
      { replacements: [template], transaction },
    )) as [{ name: string; timing: string; event: string; tbl: string; body: string }[], unknown];
    if (triggers.length > 0) {
      await admin.query(`USE \`${target}\``, { transaction });
      for (const tr of triggers) {
        await admin.query(
          `CREATE TRIGGER \`${tr.name}\` ${tr.timing} ${tr.event} ON \`${tr.tbl}\` FOR EACH ROW ${tr.body}`,
          { transaction },
        );
      }
    }
  });
}

async function freshDatabaseUrl(dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (TEST_DB === 'sqlite') {
    const file = path.join(dir, 'test.db');
    fs.copyFileSync(await sqliteTemplate(), file);
    return { url: `sqlite:${file}`, drop: async () => {} };
  }
  const name = `tehostamo_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Sequelize(TEST_DB, { dialect: 'mysql', logging: false });
  try {
    const template = await mysqlTemplate(admin);
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await copyMysqlDatabase(admin, template, name);
  } finally {
    await admin.close();
  }
  const url = new URL(TEST_DB);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new Sequelize(TEST_DB, { dialect: 'mysql', logging: false });
      await again.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await again.close();
    },
  };
}

export interface TestServer {
  baseUrl: string;
  /** The API root: `${baseUrl}/api/v1`. */
  api: string;
  db: Database;
  deps: Deps;
  config: Config;
  close(): Promise<void>;
}

/**
 * A real server on a random port over a fresh, migrated database, or over `databaseUrl` (an
 * empty database the test brings, e.g. on a MariaDB server of its own).
 */
export async function startTestServer(
  overrides: Partial<Config> = {},
  options: { logger?: Logger; clock?: Clock; databaseUrl?: string } = {},
): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-test-'));
  const { url, drop } = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => {} }
    : await freshDatabaseUrl(dir);
  const config: Config = {
    ...loadConfig({}),
    databaseUrl: url,
    mailDir: path.join(dir, 'mail'),
    smtpUrl: null,
    devMailbox: true,
    logLevel: 'silent',
    ...overrides,
  };
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const db = openDatabase(url);
  await db.migrate();
  const mailer = createMailer(config, logger);
  const deps: Deps = { config, db, mailer, logger, clock: options.clock ?? systemClock };
  const app = createApp(deps);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  config.publicUrl = baseUrl;
  return {
    baseUrl,
    api: `${baseUrl}/api/v1`,
    db,
    deps,
    config,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mailer.stop();
      await db.close();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Messages queued for an address, oldest first. */
export async function mailTo(email: string, kind?: string) {
  const rows = await OutboxMessage.findAll({
    where: { toEmail: email.toLowerCase(), ...(kind ? { kind } : {}) },
    order: [['id', 'ASC']],
  });
  return rows.map((r) => ({
    kind: r.kind,
    subject: r.subject,
    text: r.textBody,
    status: r.status,
  }));
}

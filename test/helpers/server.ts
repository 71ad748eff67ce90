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

/** A MySQL error number, where a query failed on the server. */
const errno = (error: unknown) => (error as { parent?: { errno?: number } }).parent?.errno;
const ER_BAD_DB_ERROR = 1049;
const ER_NO_SUCH_TABLE = 1146;
/** Templates of other schemas (other branches' runs on the same server) are kept this long. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * The SQL that fills an empty database with the migrated schema: each table of a template database
 * migrated once per schema, as SHOW CREATE TABLE prints it (keys, foreign keys, AUTO_INCREMENT),
 * then its rows. Kept in the template itself, so a test file reads it in one query and runs it in
 * one round trip (copied table by table, a database took seconds); once read, it no longer needs
 * the template, which a run of another schema may drop.
 */
async function mysqlTemplateScript(admin: Sequelize): Promise<string> {
  const name = `tehostamo_schema_${schemaHash()}`;
  const stored = async () => {
    try {
      const [rows] = (await admin.query(`SELECT script FROM \`${name}\`.template_ready`)) as [
        { script: string }[],
        unknown,
      ];
      return rows[0]?.script;
    } catch (error) {
      if (errno(error) === ER_BAD_DB_ERROR || errno(error) === ER_NO_SUCH_TABLE) return undefined;
      throw error;
    }
  };
  const ready = await stored();
  if (ready !== undefined) return ready;

  const [[lock]] = (await admin.query(
    `SELECT GET_LOCK('tehostamo_test_template', 300) AS got`,
  )) as [{ got: number | null }[], unknown];
  if (lock?.got !== 1) throw new Error('timed out waiting for another run to make the template');
  try {
    const made = await stored();
    if (made !== undefined) return made;
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const url = new URL(TEST_DB);
    url.pathname = `/${name}`;
    const db = openDatabase(url.toString());
    await db.migrate();
    await db.close();
    const script = await dumpMysqlDatabase(admin, name);
    await admin.query(`CREATE TABLE \`${name}\`.template_ready (script LONGTEXT NOT NULL)`);
    await admin.query(`INSERT INTO \`${name}\`.template_ready (script) VALUES (?)`, {
      replacements: [script],
    });
    await dropStaleDatabases(admin, name);
    return script;
  } finally {
    await admin.query(`SELECT RELEASE_LOCK('tehostamo_test_template')`);
  }
}

/**
 * `database` as SQL that recreates it in the current database: its tables, then its rows (each
 * value as MariaDB's QUOTE() prints it, or as hex for binary columns, so nothing is re-parsed by
 * JavaScript on the way). Then its triggers. Throws for what it does not copy: views and routines.
 */
async function dumpMysqlDatabase(admin: Sequelize, database: string): Promise<string> {
  const [others] = (await admin.query(
    `SELECT CONCAT('view ', TABLE_NAME) AS what FROM information_schema.TABLES WHERE TABLE_SCHEMA = :db AND TABLE_TYPE <> 'BASE TABLE'
     UNION ALL SELECT CONCAT(LOWER(ROUTINE_TYPE), ' ', ROUTINE_NAME) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = :db`,
    { replacements: { db: database } },
  )) as [{ what: string }[], unknown];
  if (others.length > 0) {
    throw new Error(
      `the migrations make ${others.map((o) => o.what).join(', ')}: teach dumpMysqlDatabase in test/helpers/server.ts to copy them`,
    );
  }
  const [tables] = (await admin.query(
    `SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME`,
    { replacements: [database] },
  )) as [{ name: string }[], unknown];
  const statements = ['SET FOREIGN_KEY_CHECKS = 0'];
  const inserts: string[] = [];
  for (const { name } of tables) {
    const [[created]] = (await admin.query(`SHOW CREATE TABLE \`${database}\`.\`${name}\``)) as [
      Record<string, string>[],
      unknown,
    ];
    statements.push(created!['Create Table']!);
    const [columns] = (await admin.query(
      `SELECT COLUMN_NAME AS name, DATA_TYPE AS type FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND IS_GENERATED = 'NEVER' ORDER BY ORDINAL_POSITION`,
      { replacements: [database, name] },
    )) as [{ name: string; type: string }[], unknown];
    const value = ({ name: column, type }: { name: string; type: string }) =>
      /binary|blob/i.test(type)
        ? `IF(\`${column}\` IS NULL, 'NULL', CONCAT('0x', HEX(\`${column}\`)))`
        : `QUOTE(\`${column}\`)`;
    const [rows] = (await admin.query(
      `SELECT CONCAT('(', CONCAT_WS(',', ${columns.map(value).join(', ')}), ')') AS row
       FROM \`${database}\`.\`${name}\``,
    )) as [{ row: string }[], unknown];
    if (rows.length > 0) {
      const list = columns.map((c) => `\`${c.name}\``).join(', ');
      inserts.push(
        `INSERT INTO \`${name}\` (${list}) VALUES ${rows.map((r) => r.row).join(',\n')}`,
      );
    }
  }
  // Triggers last, so that copying the rows did not run them.
  const [triggers] = (await admin.query(
    `SELECT TRIGGER_NAME AS name, ACTION_TIMING AS timing, EVENT_MANIPULATION AS event,
            EVENT_OBJECT_TABLE AS tbl, ACTION_STATEMENT AS body
       FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?
      ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER`,
    { replacements: [database] },
  )) as [{ name: string; timing: string; event: string; tbl: string; body: string }[], unknown];
  const creates = triggers.map(
    (tr) =>
      `CREATE TRIGGER \`${tr.name}\` ${tr.timing} ${tr.event} ON \`${tr.tbl}\` FOR EACH ROW ${tr.body}`,
  );
  return [...statements, ...inserts, 'SET FOREIGN_KEY_CHECKS = 1', ...creates].join(';\n');
}

/**
 * Templates of other schemas and test databases left by killed runs, once older than a day
 * (younger ones may belong to a run still going on the same server).
 */
async function dropStaleDatabases(admin: Sequelize, keep: string) {
  const [stale] = (await admin.query(
    `SELECT TABLE_SCHEMA AS name FROM information_schema.TABLES
     WHERE (TABLE_SCHEMA LIKE 'tehostamo\\_schema\\_%' OR TABLE_SCHEMA LIKE 'tehostamo\\_test\\_%'
            OR TABLE_SCHEMA LIKE 'tehostamo\\_template\\_%')
       AND TABLE_SCHEMA <> ?
     GROUP BY TABLE_SCHEMA HAVING MAX(CREATE_TIME) < ?`,
    { replacements: [keep, new Date(Date.now() - STALE_MS)] },
  )) as [{ name: string }[], unknown];
  for (const { name } of stale) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
}

export interface TestDatabase {
  url: string;
  /** Removes the database (its file, or the database on the MySQL server). */
  drop(): Promise<void>;
}

/**
 * A database of its own for a test: a copy of the migrated template, or with `empty`, nothing in
 * it (for a test that runs the migrations itself). A temporary file on SQLite; a database named
 * after the process and a random suffix on the MySQL server, so that parallel files and runs
 * never meet.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  if (TEST_DB === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-db-'));
    const file = path.join(dir, 'test.db');
    if (!options.empty) fs.copyFileSync(await sqliteTemplate(), file);
    return {
      url: `sqlite:${file}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `tehostamo_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  // One connection, so that the template lock is taken and released on the same session.
  const admin = new Sequelize(TEST_DB, {
    dialect: 'mysql',
    logging: false,
    pool: { max: 1 },
    dialectOptions: { multipleStatements: true },
  });
  try {
    const create = `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;
    await admin.query(
      options.empty ? create : `${create};\nUSE \`${name}\`;\n${await mysqlTemplateScript(admin)}`,
    );
  } finally {
    await admin.close();
  }
  const url = new URL(TEST_DB);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new Sequelize(TEST_DB, { dialect: 'mysql', logging: false });
      try {
        await again.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await again.close();
      }
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
    : await createTestDatabase();
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

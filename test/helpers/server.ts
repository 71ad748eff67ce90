import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { Sequelize } from 'sequelize';
import { createApp } from '../../server/app.ts';
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

async function freshDatabaseUrl(dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (TEST_DB === 'sqlite') {
    return { url: `sqlite:${path.join(dir, 'test.db')}`, drop: async () => {} };
  }
  const name = `tehostamo_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Sequelize(TEST_DB, { dialect: 'mysql', logging: false });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.close();
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

/** A real server on a random port over a fresh, migrated database. */
export async function startTestServer(
  overrides: Partial<Config> = {},
  options: { logger?: Logger } = {},
): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-test-'));
  const { url, drop } = await freshDatabaseUrl(dir);
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
  const deps: Deps = { config, db, mailer, logger };
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

/**
 * MariaDB killed and started again under write load, on a private server this test starts (never
 * the shared one): while it is down the API answers 503 with Retry-After and readiness fails; once
 * it is back the same server process recovers by itself, and the SDK's retries of keyed writes
 * succeed without creating anything twice. Runs in the MariaDB pass, where mariadbd is installed.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Sequelize } from 'sequelize';
import { Task } from '../../server/db/models/index.ts';
import { createClient, type Client } from '../../sdk/index.ts';
import { lastCode, post } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const MARIADBD = '/usr/sbin/mariadbd';
const available =
  dialectName === 'mariadb' &&
  fs.existsSync(MARIADBD) &&
  process.getuid?.() === 0 &&
  spawnable('mariadb-install-db');

function spawnable(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A MariaDB server of the test's own, in a temporary data directory. */
class PrivateMariaDb {
  private child: ChildProcess | null = null;
  constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivateMariaDb> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-mariadb-'));
    fs.chmodSync(dir, 0o777);
    execFileSync(
      'mariadb-install-db',
      [
        `--datadir=${path.join(dir, 'data')}`,
        '--user=mysql',
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { stdio: 'ignore' },
    );
    return new PrivateMariaDb(dir, await freePort());
  }

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}/tehostamo`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${path.join(this.dir, 'data')}`,
        '--user=mysql',
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${path.join(this.dir, 'sock')}`,
        `--pid-file=${path.join(this.dir, 'pid')}`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=32M',
      ],
      { stdio: 'ignore' },
    );
    for (let tries = 0; ; tries++) {
      const admin = new Sequelize(`mysql://root@127.0.0.1:${this.port}/`, { logging: false });
      try {
        await admin.query('CREATE DATABASE IF NOT EXISTS tehostamo CHARACTER SET utf8mb4');
        return;
      } catch (error) {
        if (tries > 200) throw error;
        await new Promise((r) => setTimeout(r, 100));
      } finally {
        await admin.close();
      }
    }
  }

  /** Kills the server outright, as a crash would. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  async destroy(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

describe(
  'a database outage under load',
  { skip: !available && 'needs mariadbd (MariaDB pass, as root)' },
  () => {
    let mariadb: PrivateMariaDb;
    let server: TestServer;
    let client: Client;
    let organisationId: number;

    before(async () => {
      mariadb = await PrivateMariaDb.create();
      await mariadb.start();
      server = await startTestServer({ codesPerIpPerHour: 10_000 }, { databaseUrl: mariadb.url });
      // Patient enough to outlast the outage below; each attempt keeps its idempotency key.
      client = createClient({
        baseUrl: server.baseUrl,
        retry: { limit: 40, delay: () => 100, backoffLimit: 200, maxRetryAfter: 200 },
      });
      await client.auth.requestCode('tilaaja@katko.example.fi');
      client = await client.auth.signIn(
        'tilaaja@katko.example.fi',
        await lastCode('tilaaja@katko.example.fi'),
      );
      organisationId = (
        await client.organisations.create({ name: 'Katko ry', kind: 'association' })
      ).id;
    });

    after(async () => {
      await server?.close().catch(() => undefined);
      await mariadb?.destroy();
    });

    it('answers 503 with Retry-After while down, recovers by itself, and the SDK retries duplicate nothing', async () => {
      const posted: string[] = [];
      let stop = false;
      const writer = async (n: number) => {
        for (let i = 0; !stop; i++) {
          const title = `Katkon aikana ${n}-${i}`;
          await client.tasks.create({
            organisationId,
            category: 'kirjanpito-talous',
            title,
            remote: true,
            schedule: { text: 'pian' },
            estimatedHours: 1,
          });
          posted.push(title);
        }
      };
      const writers = [1, 2, 3, 4].map(writer);
      // The outage comes while the load runs: once writes have gone through (however slowly).
      const until = async (done: () => boolean, what: string) => {
        for (let tries = 0; !done(); tries++) {
          assert.ok(tries < 1200, what);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      await until(() => posted.length >= 8, 'writes go through before the outage');

      await mariadb.kill();
      // The API says "try again shortly", not "internal error"; readiness fails with it.
      const read = await fetch(`${server.api}/tasks`);
      assert.equal(read.status, 503);
      assert.ok(Number(read.headers.get('retry-after')) > 0, 'Retry-After');
      assert.equal((await read.json()).error.code, 'service_unavailable');
      const write = await post(server, '/tasks', { body: { title: 'x' } });
      assert.notEqual(write.status, 500);
      assert.equal((await fetch(`${server.baseUrl}/readyz`)).status, 503);
      await new Promise((r) => setTimeout(r, 1000));

      await mariadb.start();
      for (let tries = 0; (await fetch(`${server.baseUrl}/readyz`)).status !== 200; tries++) {
        assert.ok(tries < 600, 'ready again without a restart');
        await new Promise((r) => setTimeout(r, 100));
      }
      const atRestart = posted.length;
      await until(() => posted.length >= atRestart + 8, 'writes go on after the outage');
      stop = true;
      await Promise.all(writers);

      // Every acknowledged write is there exactly once; no retry created a second task.
      const rows = await Task.findAll({ where: { organisationId }, attributes: ['title'] });
      const titles = rows.map((r) => r.title).sort();
      assert.equal(new Set(titles).size, titles.length, 'no task was created twice');
      for (const title of posted) assert.ok(titles.includes(title), `${title} is stored`);
      assert.ok(
        titles.length <= posted.length + 4,
        'at most the writes in flight are unacknowledged',
      );
    });
  },
);

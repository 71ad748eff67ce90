import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const main = path.join(root, 'dist/server/main.js');

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DEV_MAILBOX: _mailbox, SMTP_URL: _smtp, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'info', ...extra };
}

/** Runs the compiled server; resolves once it answers /healthz, or rejects if it exits first. */
async function startProduction(extra: Record<string, string>) {
  const child = spawn(process.execPath, [main, 'serve'], {
    cwd: root,
    env: env({ NODE_ENV: 'production', ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (;;) {
    const done = await Promise.race([exited, new Promise((r) => setTimeout(r, 100, 'wait'))]);
    if (done !== 'wait') throw new Error(`exited with ${String(done)}: ${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${extra.PORT}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
  }
  return { child, exited, output: () => output };
}

describe('the production command (compiled JavaScript, NODE_ENV=production)', () => {
  let dir: string;
  let database: string;
  let server: { child: ChildProcess; exited: Promise<number | null>; output: () => string };
  const port = String(20_000 + (process.pid % 10_000));
  const base = `http://127.0.0.1:${port}`;

  before(async () => {
    execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: root });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-prod-'));
    database = `sqlite:${path.join(dir, 'prod.db')}`;
    // Migrations are a step of their own, never part of serving.
    execFileSync(process.execPath, [main, 'migrate'], {
      cwd: root,
      env: env({ DATABASE_URL: database }),
    });
    server = await startProduction({
      DATABASE_URL: database,
      PORT: port,
      SMTP_URL: 'smtp://127.0.0.1:9',
      METRICS_TOKEN: 'scrape-me',
    });
  });
  after(() => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start without a way to send mail, or with the development mailbox', () => {
    const cases: Record<string, string>[] = [
      {},
      { SMTP_URL: 'smtp://127.0.0.1:9', DEV_MAILBOX: '1' },
    ];
    for (const extra of cases) {
      let status: number | null = null;
      let stderr = '';
      try {
        execFileSync(process.execPath, [main, 'serve'], {
          cwd: root,
          env: env({ NODE_ENV: 'production', DATABASE_URL: database, PORT: '0', ...extra }),
          stdio: 'pipe',
        });
      } catch (error) {
        const e = error as { status: number; stderr: Buffer };
        status = e.status;
        stderr = e.stderr.toString();
      }
      assert.equal(status, 78);
      assert.match(stderr, /Not starting: .*(SMTP_URL|DEV_MAILBOX)/);
    }
  });

  it('serves no demo data and no development mailbox', async () => {
    const tasks = await (await fetch(`${base}/api/v1/tasks`)).json();
    assert.deepEqual(tasks.data, []);
    const mailbox = await fetch(`${base}/dev/mailbox`);
    assert.equal(mailbox.status, 404);
  });

  it('answers every request with a request id, honours a valid one and puts it in errors', async () => {
    const fresh = await fetch(`${base}/api/v1/tasks/999999`);
    const id = fresh.headers.get('x-request-id');
    assert.match(id ?? '', /^[0-9a-f-]{36}$/);
    assert.equal((await fresh.json()).error.requestId, id);

    const given = await fetch(`${base}/api/v1/tasks/999999`, {
      headers: { 'X-Request-Id': 'lb-7f3a.1', Origin: 'https://elsewhere.example' },
    });
    assert.equal(given.headers.get('x-request-id'), 'lb-7f3a.1');
    assert.equal((await given.json()).error.requestId, 'lb-7f3a.1');
    assert.match(given.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/);

    const forged = await fetch(`${base}/healthz`, { headers: { 'X-Request-Id': 'a b\u00e4' } });
    assert.notEqual(forged.headers.get('x-request-id'), 'a b\u00e4');
    // The request's log line carries the id (written once the answer is finished).
    for (let i = 0; i < 100 && !server.output().includes('"id":"lb-7f3a.1"'); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(server.output().includes('"id":"lb-7f3a.1"'), 'logged with its id');
  });

  it('tells a load balancer it is alive and ready', async () => {
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 200);
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { ok: true });
  });

  it('exposes Prometheus metrics to the holder of METRICS_TOKEN only', async () => {
    assert.equal((await fetch(`${base}/metrics`)).status, 404);
    const res = await fetch(`${base}/metrics`, { headers: { Authorization: 'Bearer scrape-me' } });
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.match(
      text,
      /tehostamo_http_requests_total\{method="GET",route="\/api\/v1\/tasks",status="200"\} 1/,
    );
    assert.match(text, /tehostamo_http_request_duration_seconds_bucket\{/);
    assert.match(text, /tehostamo_outbox_messages\{status="pending"\} 0/);
    assert.match(text, /tehostamo_outbox_oldest_unsent_age_seconds 0/);
  });

  it('stops on SIGTERM under keep-alive load: every request it received is answered, exit code 0', async () => {
    // Eight clients keep their connections busy with back-to-back requests.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const get = () =>
      new Promise<number>((resolve, reject) => {
        const req = http.get(`${base}/api/v1/tasks`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        });
        req.on('error', reject);
      });
    let signalled = false;
    const answered: number[] = [];
    const failures: string[] = [];
    const client = async () => {
      for (;;) {
        const sentBeforeSignal = !signalled;
        try {
          answered.push(await get());
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? String(error);
          // A request sent after the signal may find the server gone (it was never received);
          // one sent before it must be answered.
          if (sentBeforeSignal) failures.push(code);
          return;
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    // The signal comes while the load runs (not a timing: the load is running once answers come).
    while (answered.length < 40 && failures.length === 0)
      await new Promise((r) => setTimeout(r, 20));
    const before = answered.length;
    signalled = true;
    server.child.kill('SIGTERM');
    await Promise.all(clients);
    agent.destroy();
    assert.equal(await server.exited, 0, server.output());
    assert.deepEqual(failures, [], 'no request was reset');
    assert.ok(before > 0, 'the load ran before the signal');
    assert.ok(
      answered.every((status) => status === 200),
      'every answer was a 200',
    );
  });
});

describe('npm run serve (the demo and development command)', () => {
  it('passes SIGTERM on to the server, which stops cleanly and leaves nothing running', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-npm-'));
    const port = String(30_000 + (process.pid % 10_000));
    const npm = spawn('npm', ['run', 'serve'], {
      cwd: root,
      env: env({
        PORT: port,
        DATABASE_URL: `sqlite:${path.join(dir, 'dev.db')}`,
        DEV_MAILBOX: '1',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout!.on('data', (d) => (output += d));
    npm.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    try {
      for (let tries = 0; ; tries++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
        } catch {
          if (tries > 300) throw new Error(`never answered: ${output}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      npm.kill('SIGTERM');
      assert.equal(await exited, 0, output);
      // The server itself got the signal and drained; it is not left running as an orphan.
      assert.match(output, /"signal":"SIGTERM".*shutting down/);
      assert.match(output, /"msg":"stopped"/);
      await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`));
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

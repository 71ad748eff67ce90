#!/usr/bin/env node
// Start to first answer of the compiled production server: `node dist/server/main.js serve`,
// timed from spawn to the first 200 from /healthz, five runs. Builds the server first.
// DATABASE_URL picks the database (default: a fresh SQLite file, migrated before timing).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-startup-'));
const databaseUrl = process.env.DATABASE_URL ?? `sqlite:${path.join(dir, 'prod.db')}`;
const env = { ...process.env, DATABASE_URL: databaseUrl };
execFileSync(process.execPath, ['dist/server/main.js', 'migrate'], { env, stdio: 'ignore' });

const times = [];
for (let run = 0; run < 5; run++) {
  const port = 41000 + Math.floor(Math.random() * 10000);
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/main.js', 'serve'], {
    env: {
      ...env,
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      PORT: String(port),
    },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  times.push(performance.now() - started);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}
fs.rmSync(dir, { recursive: true, force: true });
const sorted = [...times].sort((a, b) => a - b);
console.log(`start to first answer (${databaseUrl.split(':')[0]}), 5 runs:`);
console.log(
  `  ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}; median ${sorted[2].toFixed(0)} ms`,
);

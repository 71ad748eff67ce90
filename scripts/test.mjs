#!/usr/bin/env node
// Runs the server and SDK suites on SQLite, then on MySQL/MariaDB when TEST_DATABASE_URL is set,
// and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = ['test/server', 'test/sdk']
  .flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => `${dir}/${f}`);
    } catch {
      return [];
    }
  })
  .sort();

const targets = [['sqlite', 'sqlite']];
if (process.env.TEST_DATABASE_URL) targets.push(['mariadb', process.env.TEST_DATABASE_URL]);

let passed = 0;
let failed = 0;
for (const [label, db] of targets) {
  console.log(`\n=== server and SDK tests on ${label} ===`);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=data/test-results.tap',
      ...files,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, TEHOSTAMO_TEST_DB: db } },
  );
  const tap = await import('node:fs').then((fs) =>
    fs.readFileSync('data/test-results.tap', 'utf8'),
  );
  const p = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  const f = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  passed += p;
  failed += f + (run.status !== 0 && f === 0 ? 1 : 0);
  console.log(`${label}: ${p} passed, ${f} failed`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

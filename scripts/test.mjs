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
// The widgets run once, not per database: their tests in Chromium (counts from the JUnit
// report), the end-to-end story (on SQLite), and the Storybook build as one check.
{
  const fs = await import('node:fs');
  const junit = 'test-results/widgets.xml';
  fs.rmSync(junit, { force: true });
  console.log('\n=== widget tests in Chromium ===');
  const wtr = spawnSync(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, WTR_QUIET: '1' } },
  );
  let p = 0;
  let f = 0;
  const xml = fs.existsSync(junit) ? fs.readFileSync(junit, 'utf8') : '';
  for (const [, attrs] of xml.matchAll(/<testsuite\b([^>]*)>/g)) {
    const n = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(attrs)?.[1] ?? 0);
    f += n('failures') + n('errors');
    p += n('tests') - n('failures') - n('errors') - n('skipped');
  }
  if (wtr.status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  console.log(`widgets: ${p} passed, ${f} failed`);

  console.log('\n=== end-to-end in Chromium ===');
  fs.rmSync('data/e2e-results.tap', { force: true });
  const e2eFiles = readdirSync('test/e2e')
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/e2e/${name}`);
  const e2e = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=data/e2e-results.tap',
      ...e2eFiles,
    ],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, TEHOSTAMO_TEST_DB: 'sqlite' },
    },
  );
  const tap = fs.existsSync('data/e2e-results.tap')
    ? fs.readFileSync('data/e2e-results.tap', 'utf8')
    : '';
  const ep = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  const ef = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  passed += ep;
  failed += ef + (e2e.status !== 0 && ef === 0 ? 1 : 0);
  console.log(`end-to-end: ${ep} passed, ${ef} failed`);

  console.log('\n=== Storybook build ===');
  const storybook = spawnSync('npm', ['run', '--silent', 'build-storybook'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (storybook.status === 0) passed += 1;
  else failed += 1;
  console.log(`storybook: ${storybook.status === 0 ? 'built' : 'FAILED'}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

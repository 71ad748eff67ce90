#!/usr/bin/env node
// The test command: the server and SDK suites on SQLite, then on MySQL/MariaDB when
// TEST_DATABASE_URL is set; then, once, the bundle size budgets, the widget tests and the end-to-end suite in Chromium and
// the Storybook build. Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.mkdirSync('data', { recursive: true });
fs.mkdirSync('test-results', { recursive: true });

// The server serves the built widgets and app (their pages name the built chunks): build them
// first, as `npm start` does, so that the server tests see what a deployment serves.
{
  const build = spawnSync(process.execPath, ['scripts/build-widgets.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const testFiles = (...dirs) =>
  dirs
    .flatMap((dir) =>
      fs.existsSync(dir)
        ? fs
            .readdirSync(dir)
            .filter((f) => f.endsWith('.test.ts'))
            .map((f) => `${dir}/${f}`)
        : [],
    )
    .sort();

let passed = 0;
let failed = 0;
function count(label, p, f, status) {
  // A runner that failed without a failing test (it crashed, or a file did not load) is a failure.
  if (status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  console.log(`${label}: ${p} passed, ${f} failed`);
}

/** node:test over `files`, counted from its TAP summary. */
function nodeTests(label, files, env, extraArgs = []) {
  const tapFile = `test-results/${label}.tap`;
  fs.rmSync(tapFile, { force: true });
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      ...extraArgs,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...files,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } },
  );
  const tap = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, 'utf8') : '';
  count(
    label,
    Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0),
    Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0),
    run.status,
  );
}

const suites = testFiles('test/server', 'test/sdk');
const targets = [['sqlite', 'sqlite']];
if (process.env.TEST_DATABASE_URL) targets.push(['mariadb', process.env.TEST_DATABASE_URL]);
for (const [label, db] of targets) {
  console.log(`\n=== server and SDK tests on ${label} ===`);
  // Each file has its own server and database, so two run side by side.
  nodeTests(label, suites, { TEHOSTAMO_TEST_DB: db }, ['--test-concurrency=2']);
}

// Bundle size budgets (test/build): once, not per database.
console.log('\n=== bundle size ===');
nodeTests('size', testFiles('test/build'), {}, ['--test-concurrency=1']);

// The widgets run once, not per database.
console.log('\n=== widget tests in Chromium ===');
const junit = 'test-results/widgets.xml';
fs.rmSync(junit, { force: true });
const wtr = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'],
  { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, WTR_QUIET: '1' } },
);
{
  let p = 0;
  let f = 0;
  const xml = fs.existsSync(junit) ? fs.readFileSync(junit, 'utf8') : '';
  for (const [, attrs] of xml.matchAll(/<testsuite\b([^>]*)>/g)) {
    const n = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(attrs)?.[1] ?? 0);
    f += n('failures') + n('errors');
    p += n('tests') - n('failures') - n('errors') - n('skipped');
  }
  count('widgets', p, f, wtr.status);
}

console.log('\n=== end-to-end in Chromium ===');
nodeTests('end-to-end', testFiles('test/e2e'), { TEHOSTAMO_TEST_DB: 'sqlite' }, [
  '--test-concurrency=1',
]);

console.log('\n=== Storybook build ===');
const storybook = spawnSync('npm', ['run', '--silent', 'build-storybook'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
count('storybook build', storybook.status === 0 ? 1 : 0, storybook.status === 0 ? 0 : 1, 0);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

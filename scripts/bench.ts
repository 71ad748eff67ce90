/**
 * Feed benchmark on MariaDB/MySQL: seeds tasks by bulk SQL (five years of them, a realistic mix
 * of states), then measures the endpoints people hit most beside two ceilings in the same
 * process, in alternating rounds:
 *
 * - **bare**: a mysql2 endpoint that runs one query for twenty open tasks and sends the rows;
 * - **plain**: a plain Express + mysql2 handler that runs the product's own SQL for the request
 *   (its reads, captured from the product) on a pool of the same size, one after another where
 *   the product waits for an answer and together where it sends them together, and sends the
 *   product's JSON again.
 *
 * Prints requests per second, p50 and p95 of each, and each endpoint's ratio to both.
 *
 *   npm run bench                                          # 10,000 and 1,000,000 tasks
 *   BENCH_SIZES=10000 BENCH_SECONDS=3 npm run bench        # quicker
 *   BENCH_DATABASE_URL=mysql://root@127.0.0.1:3306/ npm run bench
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import express from 'express';
import mysql from 'mysql2/promise';
import { pino } from 'pino';
import { CATEGORIES } from '../sdk/schemas/category-list.ts';
import { createApp } from '../server/app.ts';
import { randomSecret, sha256 } from '../server/auth/tokens.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/index.ts';
import { AccessToken, Organisation, User } from '../server/db/models/index.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { lookupPlace } from '../server/services/places.ts';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/';
const SIZES = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const POOL = 10; // The product's MariaDB pool (server/db/index.ts); the ceilings get the same.
const POSTAL_CODES = [
  '00100',
  '00530',
  '02150',
  '33100',
  '33200',
  '20100',
  '40100',
  '90100',
  '70100',
  '15110',
  '53100',
  '80100',
];

/**
 * The load runs in a worker thread, so that the client's own work does not count as server
 * time. Keep-alive connections, no compression asked for (the ceilings do not compress either).
 */
const LOAD = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { url, headers, seconds, concurrency } = workerData;
  const times = [];
  let failures = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const res = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers } });
      await res.arrayBuffer();
      if (!res.ok) failures++;
      times.push(performance.now() - t0);
    }
  }));
  parentPort.postMessage({ times, failures, seconds: (performance.now() - started) / 1000 });
})();
`;

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  failures: number;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function load(url: string, headers: Record<string, string>): Promise<Figures> {
  const { times, failures, seconds } = await new Promise<{
    times: number[];
    failures: number;
    seconds: number;
  }>((resolve, reject) => {
    const worker = new Worker(LOAD, {
      eval: true,
      workerData: { url, headers, seconds: SECONDS, concurrency: CONCURRENCY },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  times.sort((a, b) => a - b);
  return {
    rps: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    failures,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// ---------------------------------------------------------------------------------------------
// Seeding by bulk SQL

const DAY = 86_400_000;

async function seed(pool: mysql.Pool, tasks: number) {
  const now = Date.now();
  const t0 = performance.now();
  const at = (ms: number) => new Date(ms);
  // The few organisations and people through the models; the many tasks by bulk SQL.
  const orgs = await Organisation.bulkCreate(
    Array.from({ length: 200 }, (_, i) => ({
      name: `Yhdistys ${i} ry`,
      kind: 'association' as const,
    })),
  );
  const requesters = await User.bulkCreate(
    Array.from({ length: 200 }, (_, i) => ({
      email: `pyytaja${i}@example.fi`,
      name: `Pyytäjä ${i}`,
    })),
  );
  const helper = await User.create({
    email: 'bench-helper@example.fi',
    name: 'Helper',
    postalCode: '00100',
    radiusKm: 50,
    interestedCategories: ['viestinta', 'kirjanpito-talous', 'tietoturva'],
  });
  const token = randomSecret('tht_');
  await AccessToken.create({
    userId: helper.id,
    tokenHash: sha256(token),
    expiresAt: new Date(now + 3_600_000),
  });

  // Five years, newest last; recent tasks are mostly open, old ones mostly done or cancelled.
  const span = 5 * 365 * DAY;
  const batch = 5_000;
  for (let start = 0; start < tasks; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(tasks, start + batch); i++) {
      const published = now - span + Math.floor((i / tasks) * span);
      const age = (now - published) / DAY;
      const r = (i * 7919) % 100;
      const status =
        age < 45
          ? r < 70
            ? 'open'
            : r < 90
              ? 'assigned'
              : 'cancelled'
          : r < 2
            ? 'open'
            : r < 75
              ? 'completed'
              : r < 92
                ? 'cancelled'
                : 'assigned';
      const postalCode = POSTAL_CODES[i % POSTAL_CODES.length]!;
      const place = lookupPlace(postalCode)!;
      const category = CATEGORIES[i % CATEGORIES.length]!;
      const pub = at(published);
      rows.push([
        orgs[i % 200]!.id,
        requesters[i % 200]!.id,
        status,
        category.slug,
        `Tehtävä ${i}: apua ${category.fi.toLowerCase()}`,
        `Tarvitsemme apua yhdistyksen tukipalveluissa, aiheena ${category.fi.toLowerCase()} ja vähän muutakin (${i}).`,
        postalCode,
        place.municipality.code,
        place.region.code,
        place.lat,
        place.lng,
        i % 3 === 0,
        'tämän kuun aikana',
        1 + (i % 6) / 2,
        1,
        pub,
        status === 'completed' ? at(published + 20 * DAY) : null,
        status === 'cancelled' ? at(published + 5 * DAY) : null,
        pub,
        pub,
      ]);
    }
    await pool.query(
      `INSERT INTO tasks (organisation_id, created_by_id, status, category, title, details,
        postal_code, municipality_code, region_code, lat, lng, remote, schedule_text,
        estimated_hours, helpers_wanted, published_at, completed_at, cancelled_at,
        created_at, updated_at) VALUES ?`,
      [rows],
    );
  }
  await pool.query('ANALYZE TABLE tasks');
  const [[open]] = (await pool.query(
    "SELECT COUNT(*) AS n FROM tasks WHERE status = 'open'",
  )) as unknown as [{ n: number }[]];
  console.log(
    `  ${tasks.toLocaleString('en')} tasks (${Number(open!.n).toLocaleString('en')} open) seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return { token };
}

// ---------------------------------------------------------------------------------------------
// The ceilings

async function listen(app: express.Express) {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const BARE_SQL = `SELECT id, organisation_id, status, category, title, details, postal_code,
  remote, estimated_hours, helpers_wanted, published_at, created_at
  FROM tasks WHERE status = 'open' ORDER BY published_at DESC, id DESC LIMIT 21`;

/**
 * `GET /bare`: one query, its rows as JSON. `GET /plain/<n>`: the product's statements for
 * endpoint n, run on the pool in the product's waves, and the product's answer serialised again.
 */
function ceilings(pool: mysql.Pool, plain: { waves: string[][]; body: unknown }[]) {
  const app = express();
  app.get('/bare', async (_req, res) => {
    const [rows] = await pool.query(BARE_SQL);
    res.json({ data: rows, nextCursor: null });
  });
  app.get('/plain/:n', async (req, res) => {
    const endpoint = plain[Number(req.params.n)]!;
    for (const wave of endpoint.waves) await Promise.all(wave.map((sql) => pool.query(sql)));
    res.json(endpoint.body);
  });
  return app;
}

// ---------------------------------------------------------------------------------------------

async function run(tasks: number) {
  const name = `tehostamo_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection(SERVER);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-bench-'));
  const db = openDatabase(url.toString());
  const pool = mysql.createPool({ uri: url.toString(), connectionLimit: POOL });
  try {
    await db.migrate();
    console.log(`\n${tasks.toLocaleString('en')} tasks`);
    const { token } = await seed(pool, tasks);
    const config = {
      ...loadConfig({}),
      databaseUrl: url.toString(),
      mailDir: path.join(dir, 'mail'),
      logLevel: 'silent',
    };
    const logger = pino({ level: 'silent' });
    const product = await listen(
      createApp({ config, db, logger, mailer: createMailer(config, logger), clock: systemClock }),
    );
    const api = `${product.url}/api/v1`;
    const auth = { authorization: `Bearer ${token}` };
    const [[someTask]] = (await pool.query(
      "SELECT id FROM tasks WHERE status = 'open' ORDER BY id DESC LIMIT 1",
    )) as unknown as [{ id: number }[]];
    // The cursor of the 50th page (or the last, in a small database), followed from the first.
    let cursor = '';
    let pageNumber = 1;
    while (pageNumber < 50) {
      const res = await fetch(`${api}/tasks${cursor ? `?cursor=${cursor}` : ''}`);
      const next = ((await res.json()) as { nextCursor: string | null }).nextCursor;
      if (!next) break;
      cursor = encodeURIComponent(next);
      pageNumber++;
    }

    const endpoints: [string, string, Record<string, string>][] = [
      ['/tasks (first page, anonymous)', '/tasks', {}],
      ['/tasks (first page, signed in)', '/tasks', auth],
      [`/tasks, page ${pageNumber} by cursor`, `/tasks?cursor=${cursor}`, {}],
      ['/tasks?category=viestinta', '/tasks?category=viestinta', {}],
      ['/tasks?postalCode=00100&radiusKm=30', '/tasks?postalCode=00100&radiusKm=30', {}],
      ['/tasks?q=tietoturva', '/tasks?q=tietoturva', {}],
      ['/me/opportunities (signed in)', '/me/opportunities', auth],
      ['/tasks/:id', `/tasks/${someTask!.id}`, {}],
    ];

    // The product's own SQL for each endpoint, captured from one request once the shared cache
    // of anonymous answers has forgotten the pages fetched above.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const sequelize = db.sequelize as unknown as { options: object };
    const plain: { statements: string[]; waves: string[][]; body: unknown }[] = [];
    for (const [, pathAndQuery, headers] of endpoints) {
      // Reads only: a write is logged with its placeholders, not its values. With `benchmark`
      // Sequelize logs each statement when it is answered, with its time: a statement sent
      // before any of the current wave was answered joins that wave.
      const seen: { sql: string; sent: number; answered: number }[] = [];
      const options = sequelize.options as { logging: unknown; benchmark?: boolean };
      options.benchmark = true;
      options.logging = (sql: string, ms: number) => {
        const statement = sql.replace(/^Executed \([^)]*\): /, '');
        if (process.env.BENCH_SHOW_SQL) console.log(`    ${ms} ms  ${statement.slice(0, 100)}`);
        if (!/^SELECT/i.test(statement)) return;
        const answered = performance.now();
        seen.push({ sql: statement, sent: answered - ms, answered });
      };
      const res = await fetch(`${api}${pathAndQuery}`, { headers });
      const body = await res.json();
      options.logging = false;
      options.benchmark = false;
      seen.sort((a, b) => a.sent - b.sent);
      const waves: string[][] = [];
      let firstAnswer = -Infinity;
      for (const q of seen) {
        if (!waves.length || q.sent >= firstAnswer) {
          waves.push([]);
          firstAnswer = q.answered;
        }
        firstAnswer = Math.min(firstAnswer, q.answered);
        waves.at(-1)!.push(q.sql);
      }
      const statements = seen.map((q) => q.sql);
      plain.push({ statements, waves, body });
      if (process.env.BENCH_SHOW_SQL) console.log(`  ^ ${pathAndQuery}`);
    }
    const ceiling = await listen(ceilings(pool, plain));

    // Which index each endpoint's task query uses, and how many rows it reads (ANALYZE).
    for (const [i, [label]] of endpoints.entries()) {
      const main = plain[i]!.statements.find((sql) => /FROM `tasks`/.test(sql));
      if (!main) continue;
      const [analyzed] = (await pool.query(`ANALYZE FORMAT=JSON ${main}`)) as unknown as [
        { ANALYZE: string }[],
      ];
      const json = analyzed[0]!.ANALYZE;
      const tables: { table_name?: string; key?: string; r_rows?: number; access_type?: string }[] =
        [];
      JSON.stringify(JSON.parse(json), (k, v) => {
        if (k === 'table') tables.push(v);
        return v;
      });
      const t = tables.find((x) => x.table_name === 'Task' || x.table_name === 'tasks');
      console.log(
        `  ${label.padEnd(38)} index ${t?.key ?? t?.access_type ?? '?'}, rows read ${t?.r_rows ?? '?'}`,
      );
    }

    const results: Record<string, { product: Figures[]; plain: Figures[]; bare: Figures[] }> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [label, pathAndQuery, headers]] of endpoints.entries()) {
        const r = (results[label] ??= { product: [], plain: [], bare: [] });
        r.product.push(await load(`${api}${pathAndQuery}`, headers));
        r.plain.push(await load(`${ceiling.url}/plain/${i}`, {}));
        if (i === 0) r.bare.push(await load(`${ceiling.url}/bare`, {}));
      }
    }
    const bare = median(results[endpoints[0]![0]]!.bare.map((f) => f.rps));
    console.log(
      `  ${'endpoint'.padEnd(38)} ${'req/s'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)}   × plain (same SQL)   × bare query`,
    );
    for (const [label] of endpoints) {
      const r = results[label]!;
      const rps = median(r.product.map((f) => f.rps));
      const p50 = median(r.product.map((f) => f.p50));
      const p95 = median(r.product.map((f) => f.p95));
      const plainRps = median(r.plain.map((f) => f.rps));
      const failures = r.product.reduce((n, f) => n + f.failures, 0);
      console.log(
        `  ${label.padEnd(38)} ${rps.toFixed(0).padStart(6)} ${p50.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)}   ${(rps / plainRps).toFixed(2).padStart(5)} (${plainRps.toFixed(0)} req/s)   ${(rps / bare).toFixed(2).padStart(5)}${failures ? `   ${failures} failed` : ''}`,
      );
    }
    console.log(
      `  bare single query: ${bare.toFixed(0)} req/s; statements (waves) per request: ${plain.map((p) => `${p.statements.length} (${p.waves.length})`).join(', ')}`,
    );
    for (const s of [product.server, ceiling.server]) {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  } finally {
    await db.close();
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${CONCURRENCY} connections, ${ROUNDS} alternating rounds of ${SECONDS} s, medians`,
);
for (const size of SIZES) await run(size);

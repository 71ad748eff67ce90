/**
 * Feed benchmark: fills a fresh database with organisations, users and tasks, then measures the
 * endpoints people hit most — the open-task feed with and without filters, a radius search,
 * a helper's own feed and one task — with a fixed number of requests at a fixed concurrency.
 *
 *   npm run bench                                   # SQLite (a temporary file)
 *   BENCH_DATABASE_URL=mysql://root@127.0.0.1:3306/ npm run bench   # MariaDB/MySQL too
 *   BENCH_TASKS=50000 BENCH_REQUESTS=2000 npm run bench
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { pino } from 'pino';
import { Sequelize } from 'sequelize';
import { CATEGORIES } from '../sdk/schemas/categories.ts';
import { createApp } from '../server/app.ts';
import { randomSecret, sha256 } from '../server/auth/tokens.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/index.ts';
import { AccessToken, Membership, Organisation, Task, User } from '../server/db/models/index.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { lookupPlace } from '../server/services/places.ts';

const TASKS = Number(process.env.BENCH_TASKS ?? 20_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
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

async function databaseUrl(label: string, dir: string) {
  if (label === 'sqlite')
    return { url: `sqlite:${path.join(dir, 'bench.db')}`, drop: async () => {} };
  const server = process.env.BENCH_DATABASE_URL!;
  const name = `tehostamo_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Sequelize(server, { dialect: 'mysql', logging: false });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.close();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new Sequelize(server, { dialect: 'mysql', logging: false });
      await again.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await again.close();
    },
  };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * The load runs in a worker thread, so that the client's own work (fetch, parsing) does not
 * share the server's event loop and count as server time.
 */
const LOAD = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { url, headers, requests, concurrency } = workerData;
  const times = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      next++;
      const t0 = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (!res.ok) failures++;
      times.push(performance.now() - t0);
    }
  }));
  parentPort.postMessage({ times, failures, seconds: (performance.now() - started) / 1000 });
})();
`;

async function measure(name: string, url: string, headers: Record<string, string>) {
  const { times, failures, seconds } = await new Promise<{
    times: number[];
    failures: number;
    seconds: number;
  }>((resolve, reject) => {
    const worker = new Worker(LOAD, {
      eval: true,
      workerData: { url, headers, requests: REQUESTS, concurrency: CONCURRENCY },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  times.sort((a, b) => a - b);
  console.log(
    `  ${name.padEnd(38)} ${String(Math.round(REQUESTS / seconds)).padStart(6)} req/s   p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms${failures ? `   ${failures} failed` : ''}`,
  );
}

async function run(label: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-bench-'));
  const { url, drop } = await databaseUrl(label, dir);
  const config = {
    ...loadConfig({}),
    databaseUrl: url,
    mailDir: path.join(dir, 'mail'),
    logLevel: 'silent',
  };
  const logger = pino({ level: 'silent' });
  const db = openDatabase(url);
  await db.migrate();

  const t0 = performance.now();
  const orgs = await Organisation.bulkCreate(
    Array.from({ length: 200 }, (_, i) => ({
      name: `Yhdistys ${i} ry`,
      kind: 'association' as const,
    })),
  );
  const requester = await User.create({ email: 'bench-requester@example.fi', name: 'Requester' });
  await Membership.create({ organisationId: orgs[0]!.id, userId: requester.id, role: 'admin' });
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
    expiresAt: new Date(Date.now() + 3_600_000),
  });

  const statuses = ['open', 'open', 'open', 'assigned', 'completed', 'cancelled'] as const;
  const batch = 2_000;
  for (let start = 0; start < TASKS; start += batch) {
    const rows = Array.from({ length: Math.min(batch, TASKS - start) }, (_, k) => {
      const i = start + k;
      const postalCode = POSTAL_CODES[i % POSTAL_CODES.length]!;
      const place = lookupPlace(postalCode)!;
      return {
        organisationId: orgs[i % orgs.length]!.id,
        createdById: requester.id,
        status: statuses[i % statuses.length]!,
        category: CATEGORIES[i % CATEGORIES.length]!.slug,
        title: `Tehtävä ${i}: apua ${CATEGORIES[i % CATEGORIES.length]!.fi.toLowerCase()}`,
        details: 'Tarvitsemme apua yhdistyksen tukipalveluissa.',
        postalCode,
        municipalityCode: place.municipality.code,
        regionCode: place.region.code,
        lat: place.lat,
        lng: place.lng,
        remote: i % 3 === 0,
        scheduleText: 'tämän kuun aikana',
        estimatedHours: 1 + (i % 6) / 2,
        helpersWanted: 1,
        publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      };
    });
    await Task.bulkCreate(rows);
  }
  console.log(
    `\n${label}: ${TASKS} tasks loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${REQUESTS} requests per row, ${CONCURRENCY} at a time`,
  );

  const app = createApp({
    config,
    db,
    logger,
    mailer: createMailer(config, logger),
    clock: systemClock,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  const auth = { authorization: `Bearer ${token}` };
  const someTask = await Task.findOne({ where: { status: 'open' }, order: [['id', 'DESC']] });

  await measure('GET /tasks (first page, anonymous)', `${api}/tasks`, {});
  await measure('GET /tasks?category=viestinta', `${api}/tasks?category=viestinta`, {});
  await measure('GET /tasks?region=Pirkanmaa', `${api}/tasks?region=Pirkanmaa`, {});
  await measure(
    'GET /tasks?postalCode=00100&radiusKm=30',
    `${api}/tasks?postalCode=00100&radiusKm=30`,
    {},
  );
  await measure('GET /tasks?q=tietoturva', `${api}/tasks?q=tietoturva`, {});
  await measure('GET /me/opportunities (signed in)', `${api}/me/opportunities`, auth);
  await measure('GET /tasks/:id', `${api}/tasks/${someTask!.id}`, {});

  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`);
await run('sqlite');
if (process.env.BENCH_DATABASE_URL) await run('mariadb');

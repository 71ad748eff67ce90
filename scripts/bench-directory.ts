/**
 * Directory search benchmark: fills a fresh database with organisations, their listings and
 * services (texts made of Finnish words in many forms, areas from single municipalities to the
 * whole country), serves the real app, and measures `GET /directory/services` for the searches
 * people make: words, need, place, and the embedded "services for carers in Pohjois-Savo". The
 * texts mix the field's own words (each in about 3 % of services) with a long tail of rarer ones.
 * Each row sends BENCH_REQUESTS requests, BENCH_CONCURRENCY at a time (default 1: the latency of
 * one search), cycling through varied queries so that no single answer is measured over and over.
 *
 *   npm run bench:directory                                   # SQLite (a temporary file)
 *   BENCH_DATABASE_URL=mysql://root@127.0.0.1:3306/ npm run bench:directory   # MariaDB too
 *   BENCH_ORGS=2000 BENCH_SERVICES_PER_ORG=5 npm run bench:directory
 *   BENCH_SQLITE_FILE=/tmp/bench.db npm run bench:directory   # fills it once, then reuses it
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { pino } from 'pino';
import { Sequelize } from 'sequelize';
import { createApp } from '../server/app.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase, type Database } from '../server/db/index.ts';
import { DirectoryListing, DirectoryService, Organisation } from '../server/db/models/index.ts';
import type { AreasValue } from '../server/db/models/directory.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { areaKeys, searchColumns } from '../server/services/directory.ts';
import { municipalitiesOfRegion, regionOfMunicipality } from '../server/services/places.ts';
import { languageLabels, targetGroupLabels, themeLabels } from '../sdk/schemas/directory.ts';

const ORGS = Number(process.env.BENCH_ORGS ?? 20_000);
const PER_ORG = Number(process.env.BENCH_SERVICES_PER_ORG ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);

/** A fixed seed, so that every run (and both databases) get the same directory. */
let seed = 20261128;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[], n: number): T[] => {
  const out = new Set<T>();
  while (out.size < Math.min(n, list.length)) out.add(pick(list));
  return [...out];
};

// Words as listings write them, in the forms they write them.
const WORDS = (
  'muistisairaiden muistisairaille muistisairaus omaishoitajien omaishoitajille omaishoitaja ' +
  'vertaistukea vertaistuki vertaisryhmä vertaisryhmässä mielenterveyden mielenterveyskuntoutujille ' +
  'päihteiden päihdetyö riippuvuuksista nuorille nuorten lapsiperheille lapsiperheiden perheiden ' +
  'ikääntyneille ikääntyneiden eläkeläisten maahanmuuttajille maahanmuuttajien kotoutumista ' +
  'työttömille työllistymistä kuntoutusta kuntoutuksen liikuntaa liikuntaryhmä ravitsemus ' +
  'neuvontaa ohjausta kriisiapua kriisissä keskusteluapua puhelin chat kohtaamispaikka ' +
  'kohtaamispaikassa harrastetoimintaa kerho kerhossa leiri leirit retket vapaaehtoiset ' +
  'vapaaehtoisten vapaaehtoistoimintaa diabeetikoille diabetes sydänsairaat reuma astma ' +
  'allergia näkövammaiset kuulovammaiset kehitysvammaiset vammaisten autismi adhd syöpä ' +
  'syöpäpotilaille leskille yksinäisille yksinäisyys asunnottomille velkaneuvonta talous ' +
  'ruoka-apu vaateapu kahvila kahvilassa olohuone tiistaisin keskiviikkoisin kuukausittain ' +
  'viikoittain maksuton maksullinen jäsenille kaikille tervetuloa yhdessä tukea apua'
).split(' ');
const NAME_WORDS = (
  'Muistikahvila Vertaisryhmä Olohuone Neuvontapiste Kriisipuhelin Liikuntaryhmä Kerho ' +
  'Omaishoitajien Perhekahvila Nuorten Ikäihmisten Kotoutumiskurssi Velkaneuvonta Ruoka-apu ' +
  'Leiri Tukihenkilötoiminta Chat Keskusteluryhmä Kuntoutuskurssi Ystävätoiminta'
).split(' ');
const TARGETS = Object.keys(targetGroupLabels);
const THEMES = Object.keys(themeLabels);
const LANGS = Object.keys(languageLabels);

// The rest of a text: 5,000 made-up words of Finnish shape, a few common and most rare (Zipf),
// as in real descriptions; the domain words above make up about one word in six.
const SYLLABLES =
  'ka ta la sa ma na va pa ra ha ko to lo so mo no vo po ro ho ki ti li si mi ni vi pi ri hi ku tu lu su mu nu vu pu ru hu'.split(
    ' ',
  );
const FILLER = Array.from({ length: 5_000 }, (_, i) => {
  let w = '';
  for (let k = i + 7; w.length < 6 || k > 0; k = Math.floor(k / SYLLABLES.length)) {
    w += SYLLABLES[k % SYLLABLES.length];
    if (k < SYLLABLES.length && w.length >= 6) break;
  }
  return `${w}${['ssa', 'lle', 'n', 'ja', 'sta', ''][i % 6]}`;
});
const ZIPF = (() => {
  const weights = FILLER.map((_w, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w / total));
})();
function filler(): string {
  const r = random();
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return FILLER[lo]!;
}

function sentence(n: number): string {
  const words = Array.from({ length: n }, () => (random() < 0.17 ? pick(WORDS) : filler()));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** BENCH_SQLITE_FILE keeps the SQLite database between runs (filled once) for looking into it. */
const KEEP = process.env.BENCH_SQLITE_FILE;

async function databaseUrl(label: string, dir: string) {
  if (label === 'sqlite')
    return { url: `sqlite:${KEEP ?? path.join(dir, 'bench.db')}`, drop: async () => {} };
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

/** Rows of two columns in multi-row INSERTs (the search tables). */
async function insertPairs(db: Database, table: string, columns: string, rows: [string, number][]) {
  const q = db.sequelize;
  for (let i = 0; i < rows.length; i += 5_000) {
    const values = rows
      .slice(i, i + 5_000)
      .map(([a, b]) => `(${q.escape(a)}, ${b})`)
      .join(',');
    await q.query(`INSERT INTO ${table} (${columns}) VALUES ${values}`);
  }
}

async function fill(db: Database) {
  const municipalities = [
    ...new Set(
      ['FI1B1', 'FI1D2', 'FI197', 'FI1C1', 'FI1D9', 'FI193', 'FI1C3', 'FI1D7', 'FI195'].flatMap(
        (r) => municipalitiesOfRegion(r),
      ),
    ),
  ];
  const allMunicipalities = [
    ...new Set(
      [
        'FI1B1',
        'FI1C2',
        'FI197',
        'FI1C3',
        'FI1D1',
        'FI193',
        'FI1C1',
        'FI196',
        'FI1C4',
        'FI1C5',
        'FI1D3',
        'FI194',
        'FI195',
        'FI1D5',
        'FI1D9',
        'FI1D2',
        'FI1D8',
        'FI1D7',
      ].flatMap((r) => municipalitiesOfRegion(r)),
    ),
  ];
  const now = new Date();
  let serviceId = 0;
  for (let start = 0; start < ORGS; start += 1_000) {
    const n = Math.min(1_000, ORGS - start);
    const orgs = await Organisation.bulkCreate(
      Array.from({ length: n }, (_, k) => ({
        id: start + k + 1,
        name: `${pick(['Kuopion', 'Tampereen', 'Oulun', 'Lahden', 'Suomen', 'Savon', 'Helsingin'])} ${pick(NAME_WORDS)}yhdistys ${start + k} ry`,
        kind: 'association' as const,
      })),
    );
    const listings = orgs.map((org) => {
      // Most organisations are local, some regional, a few national (the umbrella unions).
      const home = pick(random() < 0.7 ? municipalities : allMunicipalities);
      const r = random();
      const areas: AreasValue =
        r < 0.08
          ? { wholeCountry: true, regions: [], municipalities: [] }
          : r < 0.35
            ? { wholeCountry: false, regions: [regionOfMunicipality(home)!], municipalities: [] }
            : {
                wholeCountry: false,
                regions: [],
                municipalities: [
                  home,
                  ...some(
                    municipalitiesOfRegion(regionOfMunicipality(home)!),
                    Math.floor(random() * 3),
                  ),
                ],
              };
      return {
        organisationId: org.id,
        description: { fi: sentence(10) },
        email: `info${org.id}@example.fi`,
        phone: null,
        website: null,
        street: null,
        postalCode: null,
        areas,
        languages: random() < 0.2 ? ['fi', 'sv'] : ['fi'],
        internalContact: null,
        keeperNotes: null,
        checkedAt: now,
      };
    });
    await DirectoryListing.bulkCreate(listings);
    const services: Record<string, unknown>[] = [];
    const terms: [string, number][] = [];
    const areaRows: [string, number][] = [];
    for (const [k, listing] of listings.entries()) {
      for (let j = 0; j < PER_ORG; j++) {
        const id = ++serviceId;
        const content = {
          name: { fi: `${pick(NAME_WORDS)} ${pick(WORDS)}` },
          description: { fi: sentence(12 + Math.floor(random() * 10)) },
          targetGroups: some(TARGETS, 1 + Math.floor(random() * 3)),
          themes: some(THEMES, 1 + Math.floor(random() * 2)),
          keywords: [pick(WORDS), filler()],
          fee: { free: random() < 0.8 },
          languages: random() < 0.1 ? some(LANGS, 2) : null,
        };
        const { terms: words, ...columns } = searchColumns(content, listing, orgs[k]!.name);
        services.push({
          id,
          organisationId: listing.organisationId,
          position: j,
          ...content,
          channels: [{ kind: 'phone', number: '040 123 4567' }],
          referralRequired: random() < 0.1,
          areas: null,
          checkedAt: now,
          ...columns,
        });
        for (const w of words) terms.push([w, id]);
        for (const a of areaKeys(listing.areas, null)) areaRows.push([a, id]);
      }
    }
    await DirectoryService.bulkCreate(services as never);
    await insertPairs(db, 'directory_terms', 'term, service_id', terms);
    await insertPairs(db, 'directory_service_areas', 'area, service_id', areaRows);
  }
  if (db.dialect === 'sqlite') await db.sequelize.query('ANALYZE');
  else {
    for (const t of ['directory_services', 'directory_terms', 'directory_service_areas'])
      await db.sequelize.query(`ANALYZE TABLE ${t}`);
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The load runs in a worker thread, so the client's work does not count as server time. */
const LOAD = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { urls, requests, concurrency } = workerData;
  const times = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      const url = urls[next++ % urls.length];
      const t0 = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      if (!res.ok) failures++;
      times.push(performance.now() - t0);
    }
  }));
  parentPort.postMessage({ times, failures, seconds: (performance.now() - started) / 1000 });
})();
`;

async function measure(name: string, urls: string[]) {
  // One warm-up pass, not counted: the first requests pay for the database's cold pages.
  for (const url of urls.slice(0, 3)) await (await fetch(url)).arrayBuffer();
  const { times, failures, seconds } = await new Promise<{
    times: number[];
    failures: number;
    seconds: number;
  }>((resolve, reject) => {
    const worker = new Worker(LOAD, {
      eval: true,
      workerData: { urls, requests: REQUESTS, concurrency: CONCURRENCY },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  times.sort((a, b) => a - b);
  console.log(
    `  ${name.padEnd(46)} ${String(Math.round(REQUESTS / seconds)).padStart(6)} req/s   p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms${failures ? `   ${failures} failed` : ''}`,
  );
}

async function run(label: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-bench-'));
  const { url, drop } = await databaseUrl(label, dir);
  const config = { ...loadConfig({}), databaseUrl: url, mailDir: path.join(dir, 'mail') };
  const logger = pino({ level: 'silent' });
  const db = openDatabase(url);
  await db.migrate();
  const t0 = performance.now();
  const [[filled]] = (await db.sequelize.query('SELECT COUNT(*) AS n FROM directory_services')) as [
    { n: number }[],
    unknown,
  ];
  if (!(label === 'sqlite' && KEEP && Number(filled!.n) > 0)) await fill(db);
  const [[counts]] = (await db.sequelize.query(
    'SELECT (SELECT COUNT(*) FROM directory_services) AS services, (SELECT COUNT(*) FROM directory_terms) AS terms',
  )) as [{ services: number; terms: number }[], unknown];
  console.log(
    `\n${label}: ${ORGS} organisations, ${counts!.services} services, ${counts!.terms} stems loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s; ${REQUESTS} requests per row, ${CONCURRENCY} at a time`,
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
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/directory/services`;
  const words = [
    'muistisairaus',
    'omaishoitaja',
    'vertaistuki',
    'mielenterveys',
    'nuoret',
    'päihteet',
    'kriisi',
    'liikunta',
    'yksinäisyys',
    'diabetes',
  ];
  const towns = [
    'Kuopio',
    'Tampere',
    'Oulu',
    'Lahti',
    'Iisalmi',
    'Helsinki',
    'Turku',
    'Rovaniemi',
    'Vaasa',
    'Jyväskylä',
  ];
  const regions = ['Pohjois-Savo', 'Pirkanmaa', 'Helsinki-Uusimaa', 'Lappi', 'Varsinais-Suomi'];
  const enc = encodeURIComponent;
  const first = await (await fetch(`${api}?limit=20`)).json();

  await measure('everything (first page, all facets)', [`${api}`]);
  await measure(
    'one word (q=muistisairaus, …)',
    words.map((w) => `${api}?q=${enc(w)}`),
  );
  await measure(
    'two words (q=omaishoitaja vertaistuki, …)',
    words.map((w, i) => `${api}?q=${enc(`${w} ${words[(i + 3) % words.length]}`)}`),
  );
  await measure(
    'municipality (municipality=Kuopio, …)',
    towns.map((t) => `${api}?municipality=${enc(t)}`),
  );
  await measure(
    'embed: region + target group',
    regions.map((r) => `${api}?region=${enc(r)}&targetGroup=carers`),
  );
  await measure(
    'word + municipality + theme',
    words.map((w, i) => `${api}?q=${enc(w)}&municipality=${enc(towns[i]!)}&theme=peer_support`),
  );
  await measure(
    'word + region + language',
    words.map(
      (w, i) => `${api}?q=${enc(w)}&region=${enc(regions[i % regions.length]!)}&language=sv`,
    ),
  );
  await measure('second page (cursor)', [`${api}?cursor=${first.nextCursor}`]);

  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`);
await run('sqlite');
if (process.env.BENCH_DATABASE_URL) await run('mariadb');

/**
 * First task painted: how long after navigation the first task of the feed is on screen, in the
 * system Chromium over localhost, for the app (`/`) and the embedding page (`/demo`). Builds the
 * widgets, seeds the demo data into a temporary SQLite database and serves it as in production
 * (compressed, preloaded). Also with 4× CPU slowdown and a slow 4G network, roughly what
 * Lighthouse's mobile profile simulates. Median of `FIRST_PAINT_RUNS` cold loads (default 7).
 *
 *   npm run bench:paint        # or: node --import tsx scripts/first-paint.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { chromium, type Page } from 'playwright-core';
import { createApp } from '../server/app.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/index.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { seedDemo } from '../server/seed/demo.ts';

const RUNS = Number(process.env.FIRST_PAINT_RUNS ?? 7);

const build = spawnSync(process.execPath, ['scripts/build-widgets.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-paint-'));
const url = `sqlite:${path.join(dir, 'paint.db')}`;
const config = { ...loadConfig({}), databaseUrl: url, mailDir: path.join(dir, 'mail') };
const logger = pino({ level: 'silent' });
const db = openDatabase(url);
await db.migrate();
const deps = { config, db, logger, mailer: createMailer(config, logger), clock: systemClock };
await seedDemo(deps);
const server = createApp(deps).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/**
 * Milliseconds from navigation start until a task of the feed is in the DOM and painted, and the
 * compressed JavaScript fetched by then (bytes over the wire, from Resource Timing).
 */
async function firstTask(page: Page, address: string): Promise<{ ms: number; js: number }> {
  await page.goto(address, { waitUntil: 'commit' });
  // A string, not a function: the TypeScript loader would add helpers the page does not have.
  const handle = await page.waitForFunction(
    `(() => {
      const find = (root) => {
        const hit = root.querySelector('li.task');
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) {
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      if (!find(document)) return false;
      const js = performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.endsWith('.js'))
        .reduce((sum, r) => sum + r.encodedBodySize, 0);
      return { ms: performance.now(), js };
    })()`,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as { ms: number; js: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const profiles = [
  { name: 'desktop, no throttling', cpu: 1, network: null },
  {
    name: '4× CPU, slow 4G (150 ms, 1.6 Mbit/s)',
    cpu: 4,
    network: { latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 },
  },
] as const;

console.log(`Chromium over localhost, median of ${RUNS} cold loads (ms from navigation start)`);
for (const profile of profiles) {
  for (const address of ['/', '/demo']) {
    const times: number[] = [];
    let js = 0;
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        // The page's CSP forbids eval, which the measuring function needs.
        bypassCSP: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
      if (profile.network)
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
      const first = await firstTask(page, `${base}${address}`);
      times.push(first.ms);
      js = first.js;
      await context.close();
    }
    console.log(
      `  ${profile.name.padEnd(38)} ${address.padEnd(7)} first task ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')}), ${(js / 1024).toFixed(1)} kB of JavaScript (brotli) before it`,
    );
  }
}

await browser.close();
server.closeAllConnections();
server.close();
await db.close();
fs.rmSync(dir, { recursive: true, force: true });

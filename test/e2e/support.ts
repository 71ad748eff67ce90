/**
 * What the end-to-end tests share: the widget build, the system Chromium, pages of other origins
 * that embed the widgets, screenshots, and the inline sign-in with the emailed code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { lastCode } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { readMailFolder, waitForMail } from './mail-folder.ts';

export const SHOTS = 'test-results/e2e';

/**
 * Host names ending in `.example` resolve to this machine in the browser, so that each host
 * page can have an origin of its own, as another organisation's site would.
 */
export const HOST_DOMAIN = 'example';

/** Builds dist/widgets, which the test server serves at /widgets/. */
export function buildWidgets(): void {
  const build = spawnSync(process.execPath, ['scripts/build-widgets.mjs'], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  fs.mkdirSync(SHOTS, { recursive: true });
}

/** The system Chromium, headless, kept off the internet. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
      `--host-resolver-rules=MAP *.${HOST_DOMAIN} 127.0.0.1`,
    ],
  });
}

export interface HostSite {
  /** The site's origin, e.g. `http://localhost:41234`. */
  url: string;
  close(): Promise<void>;
}

/**
 * A web server of its own for a host page: `render` gets the requested URL and returns HTML.
 * `hostname` names the site in the browser (`localhost`, or a name under `.example`).
 */
export async function serveHost(
  render: (url: URL) => string,
  hostname = 'localhost',
): Promise<HostSite> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(render(url));
  });
  // A `.example` name reaches 127.0.0.1 (see launchBrowser); localhost may be either address.
  await new Promise<void>((resolve) =>
    server.listen(0, hostname.endsWith(`.${HOST_DOMAIN}`) ? '127.0.0.1' : hostname, resolve),
  );
  return {
    url: `http://${hostname}:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A fresh browser context (no storage shared with other pages): one person's own browser,
 * desktop-sized, in their language (Finnish unless told). Closing the browser closes it.
 */
export async function newPage(browser: Browser, locale = 'fi-FI'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return page;
}

/** The widget events a host page recorded in `window.events`. */
export const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: { name: string; detail: any }[] }).events);

/** A full-page screenshot under test-results/e2e/ (`name` may hold a subfolder). */
export async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
}

/**
 * What a walk through the app needs: the widgets built, a server that sends its mail every
 * 100 ms (into its mail folder), and the system Chromium. The walk closes both when done.
 */
export async function startAppWalk(): Promise<{ server: TestServer; browser: Browser }> {
  buildWidgets();
  const server = await startTestServer();
  server.deps.mailer.start(100);
  return { server, browser: await launchBrowser() };
}

/**
 * Signs in at the app's own sign-in (`<tehostamo-sign-in>` in `<tehostamo-app>`) as a person
 * would: the address, then the six-digit code from the email the server wrote to `mailDir`.
 * Resolves once the code is sent in; the caller waits for the view it expects. With `step`, a
 * screenshot is taken when the code has been sent.
 */
export async function signInToApp(
  page: Page,
  mailDir: string,
  email: string,
  step?: string,
): Promise<void> {
  const seen = new Set(readMailFolder(mailDir).map((m) => m.file));
  const form = page.locator('tehostamo-app tehostamo-sign-in');
  await form.locator('#email').fill(email);
  await form.locator('button[type=submit]').click();
  const code = form.locator('#code');
  await code.waitFor();
  if (step) await shot(page, `${step}-code-sent`);
  const mail = await waitForMail(mailDir, email, 'sign_in_code', seen);
  const digits = /\b(\d{6})\b/.exec(mail.text)?.[1];
  assert.ok(digits, 'the email carries a six-digit code');
  await code.fill(digits);
  await code.press('Enter');
}

/** Signs in through the inline form inside `scope` (a widget), reading the code from the outbox. */
export async function signInInline(page: Page, scope: string, email: string, step: string) {
  await page.locator(`${scope} tehostamo-sign-in #email`).fill(email);
  await page.locator(`${scope} tehostamo-sign-in button[type=submit]`).click();
  const code = page.locator(`${scope} tehostamo-sign-in #code`);
  await code.waitFor();
  await shot(page, `${step}-code-sent`);
  await code.fill(await lastCode(email));
  await code.press('Enter');
}

/**
 * The whole story in a real browser, with the widgets embedded in a page of ANOTHER origin by
 * one script tag: a requester posts a request in the form (signing in inline with the emailed
 * code), a helper finds it in the task list and applies, and the requester picks the helper
 * in the applicant picker. Screenshots of each step go to test-results/e2e/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { get, post, signIn } from '../helpers/http.ts';
import { mailTo, startTestServer, type TestServer } from '../helpers/server.ts';
import {
  buildWidgets,
  events,
  launchBrowser,
  newPage as openPage,
  serveHost,
  shot,
  signInInline,
  type HostSite,
} from './support.ts';

const REQUESTER = 'aino.virtanen@kotikyla.example';
const HELPER = 'mikko.nieminen@probono.example';
const TITLE = 'Tilinpäätöksen tarkistus ennen kevätkokousta';

let server: TestServer;
let host: HostSite;
let hostUrl: string;
let browser: Browser;

/** A member organisation's own page: nothing of Tehostamo but one script tag and the elements. */
function hostPage(api: string, publishableKey = ''): string {
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kotikylän Eläkeläiset ry</title>
<script type="module" src="${api}/widgets/tehostamo.js"></script>
<style>
  body { font-family: Georgia, serif; margin: 0 auto; max-width: 60rem; padding: 1rem; background: #faf7f2; }
  tehostamo-applicant-picker, tehostamo-request-form, tehostamo-task-list { margin-bottom: 1.5rem; }
</style>
</head>
<body>
<h1>Kotikylän Eläkeläiset ry</h1>
<tehostamo-provider base-url="${api}"${publishableKey ? ` publishable-key="${publishableKey}"` : ''}>
  <tehostamo-applicant-picker hidden></tehostamo-applicant-picker>
  <tehostamo-request-form draft-key="host"></tehostamo-request-form>
  <tehostamo-task-list page-size="5"></tehostamo-task-list>
</tehostamo-provider>
<script type="module">
  const picker = document.querySelector('tehostamo-applicant-picker');
  const task = Number(new URLSearchParams(location.search).get('task'));
  if (task) { picker.taskId = task; picker.hidden = false; }
  window.events = [];
  for (const name of ['tehostamo-task-created', 'tehostamo-application-sent', 'tehostamo-applicant-selected', 'tehostamo-sign-in']) {
    document.addEventListener(name, (e) => window.events.push({ name, detail: name === 'tehostamo-sign-in' ? { user: e.detail.user } : e.detail }));
  }
</script>
</body>
</html>`;
}

const newPage = () => openPage(browser);

describe('widgets embedded in another site', () => {
  before(async () => {
    buildWidgets();
    server = await startTestServer();
    host = await serveHost((url) =>
      hostPage(server.baseUrl, (url.searchParams.get('pk') ?? '').replace(/[^\w-]/g, '')),
    );
    hostUrl = host.url;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await host?.close();
    await server?.close();
  });

  it('serves the bundle to any origin, with caching, and the page with every widget at /demo', async () => {
    const bundle = await fetch(`${server.baseUrl}/widgets/tehostamo.js`, {
      headers: { origin: hostUrl },
    });
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    assert.equal(bundle.headers.get('access-control-allow-origin'), '*');
    assert.match(bundle.headers.get('cache-control') ?? '', /max-age=300/);
    assert.ok(bundle.headers.get('etag'));
    const code = await bundle.text();
    const chunk = /\.\/chunks\/[\w-]+\.js/.exec(code)?.[0];
    assert.ok(chunk, 'the entry imports shared chunks');
    const shared = await fetch(new URL(chunk, `${server.baseUrl}/widgets/`));
    assert.equal(shared.status, 200);
    assert.match(shared.headers.get('cache-control') ?? '', /immutable/);
    for (const entry of ['task-list', 'request-form', 'applicant-picker', 'provider']) {
      assert.equal((await fetch(`${server.baseUrl}/widgets/${entry}.js`)).status, 200, entry);
    }
    assert.equal((await fetch(`${server.baseUrl}/widgets/nothing.js`)).status, 404);
    const demo = await fetch(`${server.baseUrl}/demo`);
    assert.equal(demo.status, 200);
    const html = await demo.text();
    assert.match(html, /<tehostamo-task-list/);
    assert.ok(
      html.includes(`${server.baseUrl}/widgets/tehostamo.js`),
      'the snippet names the bundle',
    );
  });

  it(
    'runs the whole story: post a request, apply, pick the helper',
    { timeout: 120_000 },
    async () => {
      // The requester's organisation exists already (made through the API).
      const requester = await signIn(server, REQUESTER, { name: 'Aino Virtanen' });
      const org = await post(server, '/organisations', {
        token: requester.token,
        body: { name: 'Kotikylän Eläkeläiset ry', kind: 'association' },
      });
      assert.equal(org.status, 201, JSON.stringify(org.body));
      await signIn(server, HELPER, {
        name: 'Mikko Nieminen',
        helperType: 'pro_bono',
        skills: ['tilinpäätös', 'budjetointi'],
        languages: ['suomi', 'englanti'],
      });

      // 1. The requester fills in the form on the organisation's own site.
      const page = await newPage();
      await page.goto(hostUrl);
      const form = 'tehostamo-request-form';
      await page.locator(`${form} #category`).selectOption('kirjanpito-talous');
      await page.locator(`${form} #title`).fill(TITLE);
      await page
        .locator(`${form} #details`)
        .fill('Kirjanpito on tehty taulukkolaskennalla. Tarvitsemme toisen silmäparin.');
      await shot(page, '01-requester-step-1');
      await page.locator(`${form} button[type=submit]`).click();
      await page.locator(`${form} #scheduleText`).fill('tämän kuun aikana');
      await page.locator(`${form} #estimatedHours`).fill('3');
      await shot(page, '02-requester-step-2');
      await page.locator(`${form} button[type=submit]`).click();
      await page.locator(`${form} [part=review]`).waitFor();
      await shot(page, '03-requester-review-signed-out');

      // 2. Signs in inline with the emailed code; the draft is still there; publishes.
      await signInInline(page, form, REQUESTER, '04-requester');
      const publish = page.locator(`${form} button[type=submit]`, { hasText: 'Julkaise pyyntö' });
      await publish.waitFor();
      await shot(page, '05-requester-signed-in');
      await publish.click();
      await page.locator(`${form} #result`).waitFor();
      await shot(page, '06-requester-published');
      const created = (await events(page)).find((e) => e.name === 'tehostamo-task-created');
      assert.ok(created, 'tehostamo-task-created was emitted');
      const taskId = created.detail.task.id as number;
      assert.equal(created.detail.task.title, TITLE);
      assert.equal(created.detail.task.organisation.id, org.body.id);

      // 3. A helper, on the same site in another browser, finds it and applies.
      const helper = await newPage();
      await helper.goto(hostUrl);
      const list = 'tehostamo-task-list';
      const open = helper.locator(`${list} .task-open`, { hasText: TITLE });
      await open.waitFor();
      await shot(helper, '07-helper-task-list');
      await open.click();
      await helper.locator(`${list} dialog[open]`).waitFor();
      await shot(helper, '08-helper-task-details');
      await signInInline(helper, list, HELPER, '09-helper');
      const message = helper.locator(`${list} #message`);
      await message.waitFor();
      await message.fill(
        'Olen tarkistanut useiden yhdistysten tilinpäätöksiä. Ehdin ensi viikolla.',
      );
      await shot(helper, '10-helper-message');
      await helper.locator(`${list} [part=apply-form] button[type=submit]`).click();
      await helper.locator(`${list} #apply-result`).waitFor();
      await shot(helper, '11-helper-applied');
      const sent = (await events(helper)).find((e) => e.name === 'tehostamo-application-sent');
      assert.equal(sent?.detail.task.id, taskId);

      // 4. The requester picks the helper (still signed in after a reload).
      await page.goto(`${hostUrl}/?task=${taskId}`);
      const picker = 'tehostamo-applicant-picker';
      const select = page.locator(`${picker} [part~=select]`);
      await select.waitFor();
      assert.match(await page.locator(`${picker} [part~=applicant]`).innerText(), /Mikko Nieminen/);
      await shot(page, '12-requester-applicants');
      await select.click();
      await page.locator(`${picker} dialog[open]`).waitFor();
      await shot(page, '13-requester-confirm');
      await page.locator(`${picker} tehostamo-dialog button.confirm-yes`).click();
      await page.locator(`${picker} #picker-notice`).waitFor();
      await shot(page, '14-requester-selected');
      const picked = (await events(page)).find((e) => e.name === 'tehostamo-applicant-selected');
      assert.equal(picked?.detail.application.applicant.name, 'Mikko Nieminen');

      // The server agrees.
      const apps = await get(server, `/tasks/${taskId}/applications`, { token: requester.token });
      assert.equal(apps.status, 200);
      assert.deepEqual(
        apps.body.data.map((a: { status: string }) => a.status),
        ['selected'],
      );
      const tasks = await get(server, `/tasks?organisationId=${org.body.id}&status=open,assigned`, {
        token: requester.token,
      });
      assert.equal(tasks.body.data.length, 1, 'the form published exactly one task');
    },
  );

  it(
    'takes a visitor’s request through a publishable key, confirmed with the emailed code',
    { timeout: 60_000 },
    async () => {
      const admin = await signIn(server, 'liisa.admin@kattojarjesto.example', {
        name: 'Liisa Mäkelä',
      });
      const org = await post(server, '/organisations', {
        token: admin.token,
        body: { name: 'Kattojärjestö ry', kind: 'umbrella' },
      });
      assert.equal(org.status, 201, JSON.stringify(org.body));
      const key = await post(server, `/organisations/${org.body.id}/api-keys`, {
        token: admin.token,
        body: {
          kind: 'publishable',
          name: 'Kotisivut',
          allowedOrigins: [hostUrl],
          autoJoin: true,
          autoJoinDomains: ['vierailija.example'],
        },
      });
      assert.equal(key.status, 201, JSON.stringify(key.body));

      const page = await newPage();
      await page.goto(`${hostUrl}/?pk=${key.body.key}`);
      const form = 'tehostamo-request-form';
      await page.locator(`${form} #category`).selectOption('viestinta');
      await page.locator(`${form} #title`).fill('Vuosikertomuksen oikoluku');
      await page.locator(`${form} button[type=submit]`).click();
      await page.locator(`${form} #scheduleText`).fill('ensi viikolla');
      await page.locator(`${form} #estimatedHours`).fill('2');
      await page.locator(`${form} button[type=submit]`).click();
      await page.locator(`${form} #visitorName`).fill('Ville Vierailija');
      await page.locator(`${form} #visitorEmail`).fill('ville@vierailija.example');
      await shot(page, '21-visitor-review');
      await page.locator(`${form} button[type=submit]`).click();
      const code = page.locator(`${form} #verifyCode`);
      await code.waitFor();
      await shot(page, '22-visitor-code-sent');
      const mail = (await mailTo('ville@vierailija.example', 'visitor_verification')).at(-1);
      const digits = mail && /\b(\d{6})\b/.exec(mail.text)?.[1];
      assert.ok(digits, 'the visitor got a code');
      await code.fill(digits);
      await code.press('Enter');
      await page.locator(`${form} #result`).waitFor();
      await shot(page, '23-visitor-published');
      const created = (await events(page)).find((e) => e.name === 'tehostamo-task-created');
      assert.equal(created?.detail.task.status, 'open');
      const task = await get(server, `/tasks/${created.detail.task.id}`);
      assert.equal(task.body.status, 'open');
      assert.equal(task.body.organisation.id, org.body.id);
    },
  );
});

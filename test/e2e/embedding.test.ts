/**
 * Publishable keys at work in a real browser. Every host page is served from an origin of its own
 * (a company's intranet, an association's site, a stranger's site), and the widgets and the API
 * from the test server's: what a key shows and takes is decided by the server and by CORS, never
 * by the page. Screenshots go to test-results/e2e/embedding/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { pino } from 'pino';
import { call, errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { mailTo, startTestServer, type TestServer } from '../helpers/server.ts';
import {
  buildWidgets,
  events,
  launchBrowser,
  newPage,
  serveHost,
  shot,
  signInInline,
  type HostSite,
} from './support.ts';

const COMPANY_ADMIN = 'hanna.hr@ohjelmistotalo.example';
const EMPLOYEE = 'kalle.koodari@ohjelmistotalo.example';
const OWNER_A = 'olga.omistaja@kirjanpitoyhdistys.example';
const OWNER_B = 'aino.virtanen@kotikyla.example';

// The company's programme: bookkeeping requests of association A.
const INSIDE = 'Kassanhoitajan perehdytys kirjanpito-ohjelmaan';
const WRONG_CATEGORY = 'Jäsenkirjeen taitto ja oikoluku';
const WRONG_ORGANISATION = 'Kotikylän tilinpäätöksen valmistelu';
// Association A sends this one to the company's pro bono group only.
const GROUP_TASK = 'Ohjelmistotalon tiimille: jäsenrekisterin siirto pilveen';

let server: TestServer;
let browser: Browser;
let intranet: HostSite;
let memberSite: HostSite;
let stranger: HostSite;
let companyKey = '';
let memberKey = '';
let company: number;
let associationB: number;
let groupId: number;
let companyAdmin: SignedIn;
let ownerB: SignedIn;
const ids: Record<string, number> = {};

/** What the server's request log says it answered. */
const serverLog: { req?: { method: string; url: string }; res?: { statusCode: number } }[] = [];

/** A site's page: its own heading, one script tag, a provider with the key, and the widgets. */
function embedPage(api: string, heading: string, key: string, widgets: string): string {
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title>
<script type="module" src="${api}/widgets/tehostamo.js"></script>
<style>
  body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
  tehostamo-request-form, tehostamo-task-list { display: block; margin-bottom: 1.5rem; }
</style>
</head>
<body>
<h1>${heading}</h1>
<tehostamo-provider base-url="${api}" publishable-key="${key}">
  ${widgets}
</tehostamo-provider>
<script type="module">
  window.events = [];
  for (const name of ['tehostamo-task-created', 'tehostamo-sign-in', 'tehostamo-error']) {
    document.addEventListener(name, (e) => window.events.push({
      name,
      detail: name === 'tehostamo-sign-in' ? { user: e.detail.user } : e.detail,
    }));
  }
</script>
</body>
</html>`;
}

async function open(url: string): Promise<Page> {
  const page = await newPage(browser);
  page.setDefaultTimeout(10_000);
  await page.goto(url);
  return page;
}

/** The titles the task list shows once it has loaded (an empty list is a loaded list too). */
async function listedTitles(page: Page): Promise<string[]> {
  await page.locator('tehostamo-task-list :is([part~=list], [part~=state])').first().waitFor();
  return (await page.locator('tehostamo-task-list .task-open').allInnerTexts()).map((t) =>
    t.trim(),
  );
}

/** Fills the request form's three steps as a visitor and sends it. */
async function askAsVisitor(page: Page, title: string, name: string, email: string, step: string) {
  const form = 'tehostamo-request-form';
  await page.locator(`${form} #category`).selectOption('kirjanpito-talous');
  await page.locator(`${form} #title`).fill(title);
  await page.locator(`${form} button[type=submit]`).click();
  await page.locator(`${form} #scheduleText`).fill('ennen vuosikokousta');
  await page.locator(`${form} #estimatedHours`).fill('2');
  await page.locator(`${form} button[type=submit]`).click();
  await page.locator(`${form} #visitorName`).fill(name);
  await page.locator(`${form} #visitorEmail`).fill(email);
  await shot(page, step);
  await page.locator(`${form} button[type=submit]`).click();
}

interface Exchange {
  method: string;
  url: string;
  status?: number;
  allowOrigin?: string | null;
  corsError?: string;
}

/**
 * The page's calls to `prefix` as the browser's network stack saw them, through the DevTools
 * protocol: the status the server answered even when CORS kept it from the page, and the CORS
 * verdict.
 */
async function watchCalls(page: Page, prefix: string): Promise<() => Exchange[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const sent = new Map<string, { method: string; url: string }>();
  const answered = new Map<string, { status: number; allowOrigin: string | null }>();
  const failed = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith(prefix)) {
      sent.set(e.requestId, { method: e.request.method, url: e.request.url });
    }
  });
  cdp.on('Network.responseReceivedExtraInfo', (e) => {
    const header = Object.entries(e.headers).find(
      ([name]) => name.toLowerCase() === 'access-control-allow-origin',
    );
    answered.set(e.requestId, { status: e.statusCode, allowOrigin: header?.[1] ?? null });
  });
  cdp.on('Network.loadingFailed', (e) => {
    failed.set(e.requestId, e.corsErrorStatus?.corsError ?? e.errorText);
  });
  return () =>
    [...sent].map(([id, request]) => ({
      ...request,
      ...answered.get(id),
      ...(failed.has(id) ? { corsError: failed.get(id) } : {}),
    }));
}

function ok(reply: { status: number; body: any }, what: string) {
  assert.ok(reply.status >= 200 && reply.status < 300, `${what}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}

async function postTask(
  who: SignedIn,
  organisationId: number,
  category: string,
  title: string,
  extra: Record<string, unknown> = {},
): Promise<number> {
  const body = ok(
    await post(server, '/tasks', {
      token: who.token,
      body: {
        organisationId,
        category,
        title,
        details: 'Tarvitsemme kokeneen auttajan.',
        schedule: { text: 'kevään aikana' },
        estimatedHours: 3,
        ...extra,
      },
    }),
    title,
  );
  return body.id as number;
}

describe('publishable keys in pages of other origins', () => {
  before(async () => {
    buildWidgets();
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => void serverLog.push(JSON.parse(line)) },
    );
    server = await startTestServer({ codesPerIpPerHour: 1000 }, { logger });
    browser = await launchBrowser();
    const api = server.baseUrl;
    intranet = await serveHost(
      () =>
        embedPage(
          api,
          'Ohjelmistotalo Oy – intranet',
          companyKey,
          '<tehostamo-task-list page-size="20"></tehostamo-task-list>',
        ),
      'intranet.ohjelmistotalo.example',
    );
    memberSite = await serveHost(
      () =>
        embedPage(
          api,
          'Kotikylän Eläkeläiset ry',
          memberKey,
          '<tehostamo-request-form draft-key="kotikyla"></tehostamo-request-form>\n' +
            '  <tehostamo-task-list page-size="20" hide-filters></tehostamo-task-list>',
        ),
      'www.kotikyla.example',
    );
    // Someone else's site that copied the company's snippet, key and all.
    stranger = await serveHost(
      () =>
        embedPage(
          api,
          'Muu sivusto',
          companyKey,
          '<tehostamo-task-list page-size="20"></tehostamo-task-list>\n' +
            '  <tehostamo-request-form draft-key="muu"></tehostamo-request-form>',
        ),
      'www.muu-sivusto.example',
    );

    // The organisations and their tasks, made through the API.
    companyAdmin = await signIn(server, COMPANY_ADMIN, { name: 'Hanna HR' });
    const ownerA = await signIn(server, OWNER_A, { name: 'Olga Omistaja' });
    ownerB = await signIn(server, OWNER_B, { name: 'Aino Virtanen' });
    company = ok(
      await post(server, '/organisations', {
        token: companyAdmin.token,
        body: { name: 'Ohjelmistotalo Oy', kind: 'company' },
      }),
      'company',
    ).id;
    const associationA = ok(
      await post(server, '/organisations', {
        token: ownerA.token,
        body: { name: 'Kirjanpitoyhdistys ry', kind: 'association' },
      }),
      'association A',
    ).id;
    associationB = ok(
      await post(server, '/organisations', {
        token: ownerB.token,
        body: { name: 'Kotikylän Eläkeläiset ry', kind: 'association' },
      }),
      'association B',
    ).id;

    // The company's pro bono group: the employee is invited; so is A's owner, to post to it.
    const group = ok(
      await post(server, '/groups', {
        token: companyAdmin.token,
        body: { organisationId: company, name: 'Ohjelmistotalon pro bono' },
      }),
      'group',
    );
    groupId = group.id;
    ok(
      await post(server, `/groups/${group.id}/members`, {
        token: companyAdmin.token,
        body: { emails: [EMPLOYEE, OWNER_A] },
      }),
      'invitations',
    );
    ok(
      await call(server, 'PUT', `/organisations/${company}/pro-bono`, {
        token: companyAdmin.token,
        body: {
          organisationIds: [associationA],
          categories: ['kirjanpito-talous'],
          justification: 'Autamme yhdistyksiä taloushallinnossa.',
          groupId: group.id,
        },
      }),
      'programme',
    );

    ids[INSIDE] = await postTask(ownerA, associationA, 'kirjanpito-talous', INSIDE);
    ids[WRONG_CATEGORY] = await postTask(ownerA, associationA, 'viestinta', WRONG_CATEGORY);
    ids[WRONG_ORGANISATION] = await postTask(
      ownerB,
      associationB,
      'kirjanpito-talous',
      WRONG_ORGANISATION,
    );
    ids[GROUP_TASK] = await postTask(ownerA, associationA, 'tietojarjestelmat', GROUP_TASK, {
      groupCode: group.code,
    });

    companyKey = ok(
      await post(server, `/organisations/${company}/api-keys`, {
        token: companyAdmin.token,
        body: { kind: 'publishable', name: 'Intranet', allowedOrigins: [intranet.url] },
      }),
      'company key',
    ).key;
    memberKey = ok(
      await post(server, `/organisations/${associationB}/api-keys`, {
        token: ownerB.token,
        body: { kind: 'publishable', name: 'Kotisivut', allowedOrigins: [memberSite.url] },
      }),
      'member key',
    ).key;
  });

  after(async () => {
    await browser?.close();
    await Promise.all([intranet, memberSite, stranger].map((site) => site?.close()));
    await server?.close();
  });

  it(
    "the company's intranet shows exactly its pro bono feed, and its group's task once an employee signs in",
    { timeout: 30_000 },
    async () => {
      const page = await open('about:blank');
      const calls = await watchCalls(page, server.api);
      await page.goto(intranet.url);
      assert.deepEqual(await listedTitles(page), [INSIDE], 'only the programme’s public task');
      await shot(page, 'embedding/01-intranet-anonymous');
      const feed = calls().find((c) => c.method === 'GET' && c.url.includes('/tasks'));
      assert.equal(feed?.status, 200);
      assert.equal(feed?.allowOrigin, intranet.url, 'the answer names the intranet’s origin');

      // The employee signs in inline, from a task's details; the list follows the session.
      const list = 'tehostamo-task-list';
      await page.locator(`${list} .task-open`, { hasText: INSIDE }).click();
      await page.locator(`${list} dialog[open]`).waitFor();
      const reloaded = page.waitForResponse(
        async (r) =>
          new URL(r.url()).pathname === '/api/v1/tasks' &&
          r.request().method() === 'GET' &&
          Boolean(await r.request().headerValue('authorization')),
      );
      await signInInline(page, list, EMPLOYEE, 'embedding/02-intranet-employee');
      await page.locator(`${list} #message`).waitFor();
      await reloaded;
      await page.locator(`${list} dialog[open] button[part=close]`).click();
      assert.deepEqual(
        await listedTitles(page),
        [GROUP_TASK, INSIDE],
        'the group’s task besides the programme, and nothing else',
      );
      await shot(page, 'embedding/03-intranet-signed-in');
      const signedIn = (await events(page)).find((e) => e.name === 'tehostamo-sign-in');
      assert.equal(signedIn?.detail.user.email, EMPLOYEE);
    },
  );

  it(
    'a page on an origin the key does not list is refused by CORS, and the server takes nothing from it',
    { timeout: 30_000 },
    async () => {
      const page = await open('about:blank');
      const calls = await watchCalls(page, server.api);
      const logged = serverLog.length;
      await page.goto(stranger.url);

      // The list shows its error state.
      const list = 'tehostamo-task-list';
      assert.deepEqual(await listedTitles(page), []);
      assert.equal(
        await page.locator(`${list} [part~=state].error`).count(),
        1,
        'the list shows its error state',
      );
      const listError = (await events(page)).find((e) => e.name === 'tehostamo-error');
      assert.equal(listError?.detail.action, 'list-tasks');
      assert.equal(listError?.detail.code, 'network_error', 'the page could not read the answer');
      // A call without the key gets through, so the list tells the site's admin what to fix:
      // which origin to add to the key.
      const message = await page.locator(`${list} [part~=state].error`).innerText();
      assert.match(message, /Tämä sivusto ei voi käyttää Tehostamoa tällä avaimella\./);
      assert.ok(message.includes(`lisää ${stranger.url}`), message);
      assert.doesNotMatch(
        await page.locator(`${list} [part~=state].error`).innerText(),
        /Yhteys palveluun katkesi/,
      );
      await shot(page, 'embedding/11-stranger-list-refused');

      // The page's own fetch with the key fails as CORS failures do.
      const fetched = await page.evaluate(
        async ({ api, key }) => {
          try {
            const res = await fetch(`${api}/tasks`, { headers: { 'X-Publishable-Key': key } });
            return { ok: true, status: res.status };
          } catch (error) {
            return { ok: false, name: (error as Error).name };
          }
        },
        { api: server.api, key: companyKey },
      );
      assert.deepEqual(fetched, { ok: false, name: 'TypeError' });

      // A visitor's request from this page reaches the server, which refuses it.
      const visitor = 'vieras@muu-sivusto.example';
      const title = 'Yhdistyksen budjetin laadinta';
      await askAsVisitor(page, title, 'Ville Vieras', visitor, 'embedding/12-stranger-visitor');
      await page.locator('tehostamo-request-form #submit-error').waitFor();
      assert.match(
        await page.locator('tehostamo-request-form #submit-error').innerText(),
        /Tämä sivusto ei voi käyttää Tehostamoa tällä avaimella/,
      );
      await shot(page, 'embedding/13-stranger-visitor-refused');

      // The one call without the key that told the refusal from a lost connection: answered.
      const isProbe = (c: Exchange) => new URL(c.url).pathname === '/api/v1/categories';
      const probes = calls().filter(isProbe);
      assert.deepEqual(
        probes.map((c) => [c.method, c.status, c.allowOrigin]),
        [['GET', 200, '*']],
        'asked once, and readable from any origin',
      );
      const refused = calls().filter((c) => c.method !== 'OPTIONS' && !isProbe(c));
      const asked = refused.map((c) => `${c.method} ${new URL(c.url).pathname}`);
      assert.ok(asked.includes('GET /api/v1/tasks'), asked.join(', '));
      assert.ok(asked.includes('POST /api/v1/tasks'), asked.join(', '));
      for (const c of refused) {
        assert.equal(c.status, 403, `${c.method} ${c.url}`);
        assert.equal(c.allowOrigin, null, 'no CORS permission');
        assert.equal(c.corsError, 'MissingAllowOriginHeader');
      }
      const answers = serverLog
        .slice(logged)
        .filter((l) => l.req?.url.startsWith('/api/v1/tasks') && l.req.method !== 'OPTIONS');
      assert.ok(answers.some((l) => l.req?.method === 'POST'));
      assert.deepEqual([...new Set(answers.map((l) => l.res?.statusCode))], [403]);
      // The same call, as the browser made it: the reason.
      const replay = await post(server, '/tasks', {
        headers: { origin: stranger.url, 'x-publishable-key': companyKey },
        body: { category: 'kirjanpito-talous', title, schedule: { text: 'pian' } },
      });
      assert.equal(replay.status, 403);
      assert.equal(errorCode(replay), 'origin_not_allowed');

      // Nothing stored, nothing mailed.
      const stored = await get(
        server,
        `/tasks?organisationId=${company}&status=pending_verification,open`,
        { token: companyAdmin.token },
      );
      assert.equal(stored.status, 200);
      assert.deepEqual(stored.body.data, []);
      assert.deepEqual(await mailTo(visitor), []);
    },
  );

  it(
    "another organisation's key reads no task sent to the company's group, even for a group member",
    { timeout: 30_000 },
    async () => {
      // The employee, signed in on association B's site, is in the company's group.
      const employee = await signIn(server, EMPLOYEE);
      const page = await newPage(browser);
      page.setDefaultTimeout(10_000);
      await page.addInitScript((token) => {
        if (!localStorage.getItem('tehostamo.token'))
          localStorage.setItem('tehostamo.token', token);
      }, employee.token);
      const listCall = page.waitForRequest(
        (r) => new URL(r.url()).pathname === '/api/v1/tasks' && r.method() === 'GET',
      );
      await page.goto(memberSite.url);
      const sent = await listCall;
      assert.equal(await sent.headerValue('authorization'), `Bearer ${employee.token}`);
      assert.equal(await sent.headerValue('x-publishable-key'), memberKey);
      assert.deepEqual(await listedTitles(page), [WRONG_ORGANISATION], 'B’s own tasks only');
      await shot(page, 'embedding/21-member-site-group-member');

      const read = (path: string, withKey: boolean) =>
        page.evaluate(
          async ({ url, key, token }) => {
            const headers: Record<string, string> = { authorization: `Bearer ${token}` };
            if (key) headers['x-publishable-key'] = key;
            const res = await fetch(url, { headers });
            return { status: res.status, body: await res.json() };
          },
          { url: `${server.api}${path}`, key: withKey ? memberKey : '', token: employee.token },
        );
      const taskId = ids[GROUP_TASK]!;
      const withKey = await read(`/tasks/${taskId}`, true);
      assert.equal(withKey.status, 404);
      assert.equal(withKey.body.error.code, 'not_found');
      const asked = await read(`/tasks?groupId=${groupId}`, true);
      assert.equal(asked.status, 200);
      assert.deepEqual(asked.body.data, [], 'no query parameter widens the key’s view');
      // Without the key the same person reads it: the key is what stops it.
      const withoutKey = await read(`/tasks/${taskId}`, false);
      assert.equal(withoutKey.status, 200);
      assert.equal(withoutKey.body.title, GROUP_TASK);
    },
  );

  it(
    'a visitor’s request waits unpublished until the emailed code is confirmed in the form, then shows in the public feed',
    { timeout: 30_000 },
    async () => {
      const visitor = 'ville.vierailija@posti.example';
      const title = 'Toiminnantarkastajan kertomuksen pohja';
      const page = await open(memberSite.url);
      assert.deepEqual(await listedTitles(page), [WRONG_ORGANISATION]);
      await askAsVisitor(page, title, 'Ville Vierailija', visitor, 'embedding/31-visitor-review');
      const code = page.locator('tehostamo-request-form #verifyCode');
      await page.locator('tehostamo-request-form :is(#verifyCode, #result)').first().waitFor();
      assert.equal(await code.count(), 1, 'the form asks for the emailed code');
      await shot(page, 'embedding/32-visitor-code-sent');

      // Stored, but waiting: the organisation sees it; nobody else does.
      const waiting = await get(
        server,
        `/tasks?organisationId=${associationB}&status=pending_verification`,
        { token: ownerB.token },
      );
      assert.deepEqual(
        waiting.body.data.map((t: { title: string; status: string }) => [t.title, t.status]),
        [[title, 'pending_verification']],
      );
      const taskId = waiting.body.data[0].id as number;
      assert.equal((await get(server, `/tasks/${taskId}`)).status, 404);
      const before = await get(server, '/tasks?limit=50');
      assert.ok(!before.body.data.some((t: { id: number }) => t.id === taskId));

      // The code from the email, typed into the form.
      const mail = (await mailTo(visitor, 'visitor_verification')).at(-1);
      const digits = mail && /\b(\d{6})\b/.exec(mail.text)?.[1];
      assert.ok(digits, 'the visitor got a code');
      await code.fill(digits);
      await code.press('Enter');
      const result = page.locator('tehostamo-request-form #result');
      await result.waitFor();
      assert.match(await result.innerText(), /ylläpitäjä päättää jäsenyydestäsi/);
      await shot(page, 'embedding/33-visitor-published');
      const created = (await events(page)).find((e) => e.name === 'tehostamo-task-created');
      assert.equal(created?.detail.task.id, taskId);
      assert.equal(created?.detail.task.status, 'open');

      // Published: in the public feed, and in the site's own list.
      const feed = await get(server, '/tasks?limit=50');
      const listed = feed.body.data.find((t: { id: number }) => t.id === taskId);
      assert.equal(listed?.status, 'open');
      assert.equal(listed?.requester?.name, 'Ville Vierailija');
      await page.reload();
      assert.deepEqual(await listedTitles(page), [title, WRONG_ORGANISATION]);
      await shot(page, 'embedding/34-visitor-task-listed');
      // The key does not let visitors in by itself: the admins decide.
      const joins = await get(server, `/organisations/${associationB}/join-requests`, {
        token: ownerB.token,
      });
      assert.deepEqual(
        joins.body.data.map((j: { user: { email: string }; status: string }) => [
          j.user.email,
          j.status,
        ]),
        [[visitor, 'pending']],
      );
    },
  );
});

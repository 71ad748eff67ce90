/**
 * Embedding without a developer, in Chromium: a company's admin sets the pro bono programme in
 * the app's organisation settings, makes a publishable key for the company intranet at /embed and
 * copies the code from there; the intranet (another origin) shows exactly the programme's tasks,
 * and a third origin's page says which origin to add to the key. Screenshots go to
 * test-results/e2e/embed/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { post, signIn, type SignedIn } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import {
  buildWidgets,
  HOST_DOMAIN,
  launchBrowser,
  newPage,
  serveHost,
  shot,
  type HostSite,
} from './support.ts';

const INSIDE = 'Kassanhoitajan perehdytys kirjanpito-ohjelmaan';
const OUTSIDE = 'Jäsenkirjeen taitto ja oikoluku';

let server: TestServer;
let browser: Browser;
let admin: SignedIn;
const sites: HostSite[] = [];
/** What a host page shows: the code copied from /embed, pasted into the site's own page. */
let snippet = '';

async function host(name: string): Promise<HostSite> {
  const site = await serveHost(
    () => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${name}</title></head>
<body><h1>${name}</h1>
${snippet}
</body></html>`,
    `${name}.${HOST_DOMAIN}`,
  );
  sites.push(site);
  return site;
}

describe('embedding without a developer', () => {
  before(async () => {
    buildWidgets();
    server = await startTestServer({ codesPerIpPerHour: 1000 });
    browser = await launchBrowser();
    admin = await signIn(server, 'hanna.hr@ohjelmistotalo.example', { name: 'Hanna HR' });
    const company = await post(server, '/organisations', {
      token: admin.token,
      body: { name: 'Ohjelmistotalo Oy', kind: 'company' },
    });
    assert.equal(company.status, 201, JSON.stringify(company.body));
    const owner = await signIn(server, 'olga@kirjanpitoyhdistys.example', { name: 'Olga' });
    const association = await post(server, '/organisations', {
      token: owner.token,
      body: { name: 'Kirjanpitoyhdistys ry', kind: 'association' },
    });
    for (const [title, category] of [
      [INSIDE, 'kirjanpito-talous'],
      [OUTSIDE, 'viestinta'],
    ] as const) {
      const task = await post(server, '/tasks', {
        token: owner.token,
        body: {
          organisationId: association.body.id,
          category,
          title,
          remote: true,
          schedule: { text: 'ensi viikolla' },
          estimatedHours: 2,
        },
      });
      assert.equal(task.status, 201, JSON.stringify(task.body));
    }
  });

  after(async () => {
    for (const site of sites) await site.close();
    await browser?.close();
    await server?.close();
  });

  it(
    'sets the programme, makes a key, copies the code; the intranet shows the programme, a stranger is told which origin to add',
    { timeout: 300_000 },
    async () => {
      const intranet = await host('intranet');
      const page = await newPage(browser);
      await page.addInitScript(
        (token) => localStorage.setItem('tehostamo.token', token),
        admin.token,
      );

      // 1. The programme: bookkeeping only, with its public justification.
      await page.goto(`${server.baseUrl}/settings/organisation`);
      const org = page.locator('tehostamo-app tehostamo-organisation');
      await org.getByLabel('Kirjanpito ja talous').check();
      await org.locator('#programme-justification').fill('Osaamme taloushallinnon: autamme siinä.');
      await org.locator('form.programme button[type=submit]').click();
      await org.locator('#programme-heading').waitFor();
      await shot(page, 'embed/01-programme');

      // 2. A key for the intranet, made and copied at /embed.
      await page.goto(`${server.baseUrl}/embed`);
      const builder = page.locator('tehostamo-app tehostamo-embed-builder');
      await builder.locator('#key-name').fill('Intranet');
      await builder.locator('#key-origin').fill(intranet.url);
      await builder.locator('[part=create] button[type=submit]').click();
      await builder.locator('code.secret').waitFor();
      const key = (await builder.locator('code.secret').innerText()).trim();
      assert.match(key, /^pk_/);
      await builder.locator('#builder-category').selectOption('');
      snippet = await builder.locator('#snippet').inputValue();
      assert.ok(snippet.includes(`publishable-key="${key}"`), snippet);
      await shot(page, 'embed/02-builder');

      // 3. The intranet shows exactly the programme's feed.
      const site = await newPage(browser);
      await site.goto(intranet.url);
      const list = site.locator('tehostamo-task-list');
      await list.getByText(INSIDE).waitFor({ timeout: 30_000 });
      assert.equal(await list.getByText(OUTSIDE).count(), 0, 'outside the programme');
      await shot(site, 'embed/03-intranet');

      // 4. The same code on a site not in the list tells its admin which origin to add.
      const stranger = await host('vieras');
      const other = await newPage(browser);
      await other.goto(stranger.url);
      const error = other.locator('tehostamo-task-list [part~=state].error');
      await error.waitFor({ timeout: 30_000 });
      assert.ok((await error.innerText()).includes(`lisää ${stranger.url}`));
      await shot(other, 'embed/04-stranger');
    },
  );
});

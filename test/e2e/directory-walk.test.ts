/**
 * The directory in Chromium, as the VeKe network uses it. An association with no account, brought
 * in by the network's CSV import, asks on its public page for an edit link, opens it from the
 * email, describes its service in the browser and saves; the same link does not work again. A
 * health centre's site (another origin) embeds `<tehostamo-directory>` fixed to its region with a
 * publishable key, and a nurse finds the service by another form of the word. Outside the browser
 * the walk reads only the server's mail folder. Screenshots go to test-results/e2e/directory/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { get, post, signIn } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { linksOf, readMailFolder, waitForMail } from './mail-folder.ts';
import {
  buildWidgets,
  HOST_DOMAIN,
  launchBrowser,
  newPage,
  serveHost,
  shot,
  type HostSite,
} from './support.ts';

const ASSOCIATION = 'Siilinjärven Muistiystävät ry';
const CONTACT = 'sihteeri@muistiystavat.example';
const SERVICE = 'Muistiystävien olohuone';

let server: TestServer;
let browser: Browser;
let healthCentre: HostSite | undefined;
let listingId = 0;

describe('the directory, walked by an association without an account and a health centre', () => {
  before(async () => {
    buildWidgets();
    server = await startTestServer();
    server.deps.mailer.start(100);
    browser = await launchBrowser();
    // The network brings its list with the command-line import, as an operator would.
    const csv = path.join(server.config.mailDir, '..', 'network.csv');
    fs.writeFileSync(
      csv,
      [
        'name;email;postalCode;description',
        `${ASSOCIATION};${CONTACT};71800;Muistisairaiden ja läheisten yhdistys Siilinjärvellä.`,
        'Toinen yhdistys ry;toinen@yhdistys.example;00100;Helsinkiläinen yhdistys.',
      ].join('\n'),
    );
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', 'import-directory', csv],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: server.config.databaseUrl, LOG_LEVEL: 'silent' },
      },
    );
    assert.equal(run.status, 0, run.stderr + run.stdout);
    assert.equal(JSON.parse(run.stdout).created, 2);
    const found = await get(server, `/directory/open-data.json`);
    listingId = found.body.listings.find(
      (l: { organisation: { name: string } }) => l.organisation.name === ASSOCIATION,
    ).organisation.id;
  });

  after(async () => {
    await healthCentre?.close();
    await browser?.close();
    await server?.close();
  });

  it(
    'an association with no account asks for an edit link, edits its listing with it once, and then the link is spent',
    { timeout: 300_000 },
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.baseUrl}/directory/listings/${listingId}`);
      const directory = page.locator('tehostamo-app tehostamo-directory');
      await directory.getByRole('heading', { name: ASSOCIATION }).waitFor({ timeout: 30_000 });
      await shot(page, 'directory/01-listing-before');

      const seen = new Set(readMailFolder(server.config.mailDir).map((m) => m.file));
      await directory.getByRole('button', { name: 'Lähetä muokkauslinkki' }).click();
      // Half hidden: enough to recognise one's own address.
      await directory.getByText('s…@muistiystavat.example').waitFor();
      const mail = await waitForMail(server.config.mailDir, CONTACT, 'directory_edit_link', seen);
      const link = linksOf(mail).find((l) => l.includes('/directory/edit#tel_'));
      assert.ok(link, `the email links to the editor: ${mail.text}`);
      assert.ok(link.startsWith(server.baseUrl), link);

      const editor = page.locator('tehostamo-app tehostamo-listing-editor');
      await page.goto(link);
      await editor.locator('#description').waitFor({ timeout: 30_000 });
      await shot(page, 'directory/02-editor-opened');
      await editor.locator('#phone').fill('017 555 1234');
      await editor.locator('#municipalities').fill('Siilinjärvi, Kuopio');
      await editor.getByRole('button', { name: 'Lisää palvelu' }).click();
      await editor.locator('#svc0-name').fill(SERVICE);
      await editor
        .locator('#svc0-description')
        .fill('Kohtaamispaikka muistisairaiden omaisille ja ystäville torstaisin.');
      const service = editor.locator('fieldset.service').first();
      await service.getByRole('checkbox', { name: 'Muistisairaat' }).check();
      await service.getByRole('checkbox', { name: 'Omaishoitajat' }).check();
      await service.getByRole('checkbox', { name: 'Vertaistuki' }).check();
      await editor.locator('#svc0-street').fill('Kuuslahdentie 2');
      await editor.locator('#svc0-postal').fill('71800');
      await editor.locator('#svc0-hours').fill('to 13–16');
      await editor.getByRole('button', { name: 'Tallenna' }).click();
      await editor.getByText('Muokkauslinkki on nyt käytetty').waitFor({ timeout: 30_000 });
      await shot(page, 'directory/03-saved');

      // The public page shows the service; the saved data are what was typed.
      const listing = await get(server, `/directory/listings/${listingId}`);
      assert.equal(listing.status, 200);
      assert.equal(listing.body.phone, '017 555 1234');
      assert.deepEqual(
        listing.body.areas.municipalities.map((m: { name: string }) => m.name),
        ['Siilinjärvi', 'Kuopio'],
      );
      assert.equal(listing.body.services[0].name.fi, SERVICE);
      assert.deepEqual(listing.body.services[0].targetGroups, ['memory_disorders', 'carers']);
      assert.equal(listing.body.services[0].channels[0].openingHours, 'to 13–16');

      // The same link a second time: spent, and the page says to ask for a new one.
      const again = await newPage(browser);
      await again.goto(link);
      await again
        .locator('tehostamo-app tehostamo-listing-editor')
        .getByText('Linkki on jo käytetty tai vanhentunut')
        .waitFor({ timeout: 30_000 });
      assert.equal(
        await again.locator('tehostamo-app tehostamo-listing-editor #description').count(),
        0,
        'no form behind a spent link',
      );
      await shot(again, 'directory/04-link-spent');
    },
  );

  it(
    'a health centre’s site embeds the directory fixed to Pohjois-Savo and finds the service by another form of the word',
    { timeout: 300_000 },
    async () => {
      // The health centre's organisation and its key for its own site.
      const nurse = await signIn(server, 'hoitaja@terveyskeskus.example', { name: 'Hilla' });
      const centre = await post(server, '/organisations', {
        token: nurse.token,
        body: { name: 'Kuopion terveyskeskus', kind: 'public' },
      });
      assert.equal(centre.status, 201, JSON.stringify(centre.body));
      let key = '';
      healthCentre = await serveHost(
        () => `<!doctype html><html lang="fi"><head><meta charset="utf-8">
<title>Terveyskeskus</title></head>
<body><h1>Järjestöjen palvelut potilaille</h1>
<script type="module" src="${server.baseUrl}/widgets/directory.js"></script>
<tehostamo-provider base-url="${server.baseUrl}" publishable-key="${key}" lang="fi">
  <tehostamo-directory region="Pohjois-Savo"></tehostamo-directory>
</tehostamo-provider>
</body></html>`,
        `terveyskeskus.${HOST_DOMAIN}`,
      );
      const created = await post(server, `/organisations/${centre.body.id}/api-keys`, {
        token: nurse.token,
        body: {
          kind: 'publishable',
          name: 'Terveyskeskuksen sivut',
          allowedOrigins: [healthCentre.url],
        },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      key = created.body.key;

      const page = await newPage(browser);
      const failures: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(healthCentre.url);
      const directory = page.locator('tehostamo-directory');
      await directory.locator('#q').waitFor({ timeout: 30_000 });
      await directory.locator('#q').fill('muistisairaus');
      await directory.locator('#q').press('Enter');
      const card = directory.locator('[part~=card]', { hasText: SERVICE });
      await card.waitFor({ timeout: 30_000 });
      await shot(page, 'directory/05-health-centre-found');
      // Fixed to the region: the Helsinki association's services are not there, and neither is
      // a region filter to take the fix off.
      assert.equal(await directory.getByText('Toinen yhdistys ry').count(), 0);
      assert.match(await card.innerText(), /Siilinjärven Muistiystävät ry/);
      assert.match(await card.innerText(), /Kuuslahdentie 2, 71800 Siilinjärvi/);

      // The card leads to the association's page, on the host site.
      await card.getByRole('button', { name: /Siilinjärven Muistiystävät ry/ }).click();
      await directory.getByRole('heading', { name: ASSOCIATION }).waitFor();
      await directory.getByText('017 555 1234').waitFor();
      await shot(page, 'directory/06-health-centre-listing');
      assert.deepEqual(failures, []);
    },
  );
});

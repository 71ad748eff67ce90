/**
 * Asetukset in the app, with nothing done through the API: a new person signs in, creates their
 * association, invites a colleague (who accepts by signing in from the emailed link), creates a
 * group of three by pasting addresses and asks the group for help. The task shows in the group
 * members' Mahdollisuudet and not in anyone else's. Outside the browser the walk reads only the
 * server's mail folder. Screenshots of every step go to test-results/e2e/settings/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../helpers/server.ts';
import { linksOf, waitForMail } from './mail-folder.ts';
import { newPage, shot, signInToApp, startAppWalk } from './support.ts';

let server: TestServer;
let browser: Browser;

const FOUNDER = 'aino.perustaja@kylayhdistys.example';
const COLLEAGUE = 'kalle.kollega@kylayhdistys.example';
const GROUP = [
  'maija.verkosto@jarjesto-a.example',
  'olli.verkosto@jarjesto-b.example',
  'sari.verkosto@jarjesto-c.example',
];
const OUTSIDER = 'ulla.ulkopuolinen@example.fi';
const ORG = 'Kyläyhdistys Perustajat ry';
const TITLE = 'Kokousten pöytäkirjamallin päivitys';

const person = () => newPage(browser);

/**
 * Signs in through the app's own sign-in, with the code from the mail folder, and answers the
 * first sign-in's questions when the app asks them (a person without a name): the name, the
 * roles, and — for `organisation` — the association created there; others go on without one.
 * `view` is the element the page shows once that is done.
 */
async function signInHere(
  page: Page,
  email: string,
  step: string,
  first: { name: string; organisation?: string; view: string },
) {
  await signInToApp(page, server.config.mailDir, email);
  await page.locator('tehostamo-app #who').waitFor();
  await shot(page, `${step}-signed-in`);
  const onboarding = page.locator('tehostamo-app tehostamo-onboarding');
  await page
    .locator(`tehostamo-app tehostamo-onboarding, tehostamo-app ${first.view}`)
    .first()
    .waitFor();
  if ((await onboarding.count()) === 0) return;
  await onboarding.locator('#name').fill(first.name);
  await onboarding.locator('input[name=requester]').check();
  await onboarding.locator('button[type=submit]').click();
  await onboarding.locator('#org-heading').waitFor();
  await shot(page, `${step}-first-sign-in`);
  if (first.organisation) {
    await onboarding.locator('#org-kind').selectOption('association');
    await onboarding.locator('#org-name').fill(first.organisation);
    await onboarding.locator('#create button[type=submit]').click();
    await onboarding.locator('#done-heading').waitFor();
    await shot(page, `${step}-organisation-created`);
    await onboarding.getByRole('button', { name: 'Siirry Tehostamoon' }).click();
  } else {
    await onboarding.getByRole('button', { name: 'Jatka ilman organisaatiota' }).click();
  }
  await onboarding.waitFor({ state: 'detached' });
}

/** The titles in a person's Mahdollisuudet, once the list has settled. */
async function opportunities(page: Page): Promise<string[]> {
  const list = page.locator('tehostamo-app tehostamo-task-list');
  await list.locator('[part~=state], .task-open').first().waitFor();
  return list.locator('.task-open').allInnerTexts();
}

describe('Asetukset: an association, its colleague and a group, all in the app', () => {
  before(async () => {
    ({ server, browser } = await startAppWalk());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'creates the association, invites a colleague, makes a group of three by pasting, and posts a task only the group sees',
    { timeout: 300_000 },
    async () => {
      // 1. A new person signs in at Asetukset › Organisaatio and creates their association: in
      // the first sign-in's questions when the app asks them, else in the organisation settings.
      const founder = await person();
      await founder.goto(`${server.baseUrl}/settings/organisation`);
      await signInHere(founder, FOUNDER, 'settings/01-founder', {
        name: 'Aino Perustaja',
        organisation: ORG,
        view: 'tehostamo-organisation',
      });
      const org = founder.locator('tehostamo-app tehostamo-organisation');
      await org.locator('#members-heading, #create-name').first().waitFor();
      if ((await org.locator('#create-name').count()) > 0) {
        await org.locator('#create-name').fill(ORG);
        await org.locator('#create-kind').selectOption('association');
        await shot(founder, 'settings/02-create-organisation');
        await org.locator('#create-name').press('Enter');
      }
      await org.locator('#members-heading').waitFor();
      await org.getByText(ORG, { exact: true }).first().waitFor();
      await shot(founder, 'settings/03-organisation-created');

      // 2. The founder invites a colleague by email.
      await org.locator('#invite-email').fill(COLLEAGUE);
      await org.locator('#invite-email').press('Enter');
      await org.locator('[part~=members]', { hasText: COLLEAGUE }).waitFor();
      await shot(founder, 'settings/04-colleague-invited');

      // 3. The colleague follows the emailed link, signs in, and is a member.
      const invitation = await waitForMail(
        server.config.mailDir,
        COLLEAGUE,
        'organisation_invitation',
      );
      const link = linksOf(invitation).find((l) => l.endsWith('/settings/organisation'));
      assert.ok(
        link,
        `the invitation links to the organisation's settings: ${linksOf(invitation)}`,
      );
      const colleague = await person();
      await colleague.goto(link);
      await signInHere(colleague, COLLEAGUE, 'settings/05-colleague', {
        name: 'Kalle Kollega',
        view: 'tehostamo-organisation',
      });
      const theirs = colleague.locator('tehostamo-app tehostamo-organisation');
      await theirs.locator('#members-heading').waitFor();
      await theirs.getByText(ORG, { exact: true }).first().waitFor();
      await theirs.getByText('Vain ylläpitäjät voivat muuttaa').waitFor();
      await shot(colleague, 'settings/06-colleague-member');

      // 4. The founder creates a group and adds three people by pasting their addresses.
      await founder.locator('tehostamo-app a[href="/settings/groups"]').click();
      const groups = founder.locator('tehostamo-app tehostamo-groups');
      await groups.locator('#group-name').fill('Pöytäkirjaverkosto');
      const code = await groups.locator('#group-code').inputValue();
      assert.match(code, /^P[A-Z0-9]{7}$/, 'a code is suggested from the name');
      await groups.locator('#group-name').press('Enter');
      const paste = groups.locator('[part~=group] textarea');
      await paste.waitFor();
      await paste.fill(`${GROUP[0]}, ${GROUP[1]}\nSari Verkosto <${GROUP[2]}>`);
      await groups.getByText('3 uutta osoitetta').waitFor();
      await shot(founder, 'settings/07-group-pasted');
      await groups.getByRole('button', { name: 'Lisää jäsenet' }).click();
      await groups.getByText('3 jäsentä / enintään 30').waitFor();
      await shot(founder, 'settings/08-group-of-three');

      // 5. From the group's card, the founder asks the group for help.
      await groups.getByRole('link', { name: 'Pyydä apua ryhmältä: Pöytäkirjaverkosto' }).click();
      await founder.waitForURL(`${server.baseUrl}/tasks/new?group=${code}`);
      const form = founder.locator('tehostamo-app tehostamo-request-form');
      await form.locator('#category').selectOption('johtaminen');
      await form.locator('#title').fill(TITLE);
      await form
        .locator('#details')
        .fill('Tarvitsemme ajantasaisen pöytäkirjamallin hallituksen ja yhdistyksen kokouksiin.');
      await form.locator('button[type=submit]').click();
      await form.locator('#scheduleText').fill('tämän kuun aikana');
      await form.locator('#estimatedHours').fill('2');
      assert.equal(await form.locator('#groupCode').inputValue(), code, 'the group is preset');
      await shot(founder, 'settings/09-request-to-group');
      await form.locator('button[type=submit]').click();
      await form.locator('[part=review]').waitFor();
      await form.locator('button[type=submit]', { hasText: 'Julkaise pyyntö' }).click();
      await founder.waitForURL(/\/tasks\/\d+$/);
      const taskPath = new URL(founder.url()).pathname;
      await shot(founder, 'settings/10-task-posted');

      // 6. A member of the group finds it in Mahdollisuudet; someone outside it does not.
      const member = await person();
      await member.goto(`${server.baseUrl}/opportunities`);
      await signInHere(member, GROUP[1]!, 'settings/11-group-member', {
        name: 'Olli Verkosto',
        view: 'tehostamo-task-list',
      });
      assert.ok(
        (await opportunities(member)).some((t) => t.includes(TITLE)),
        "the task is in the group member's Mahdollisuudet",
      );
      await shot(member, 'settings/12-group-member-opportunities');

      const outsider = await person();
      await outsider.goto(`${server.baseUrl}/opportunities`);
      await signInHere(outsider, OUTSIDER, 'settings/13-outsider', {
        name: 'Ulla Ulkopuolinen',
        view: 'tehostamo-task-list',
      });
      const seen = await opportunities(outsider);
      assert.ok(!seen.some((t) => t.includes(TITLE)), `not for an outsider: ${seen.join(' | ')}`);
      await shot(outsider, 'settings/14-outsider-opportunities');
      await outsider.goto(`${server.baseUrl}${taskPath}`);
      await outsider.locator('tehostamo-app tehostamo-task [part~=state]').first().waitFor();
      assert.equal(await outsider.getByText(TITLE).count(), 0, 'nor on its page');
    },
  );
});

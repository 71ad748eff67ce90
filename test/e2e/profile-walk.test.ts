/**
 * Asetukset › Profiili by keyboard alone: a helper fills in every field of the pilot guide's
 * profile settings with Tab, typing, Space and Enter (a wrong LinkedIn link is caught next to its
 * field first), saves, and the public profile at /users/:id shows others exactly what the
 * editor's preview showed. The person's name and organisation are made through the API first.
 * Screenshots go to test-results/e2e/profile/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { get, post, signIn } from '../helpers/http.ts';
import type { TestServer } from '../helpers/server.ts';
import { newPage, shot, signInToApp, startAppWalk } from './support.ts';

let server: TestServer;
let browser: Browser;

const HELPER = 'helmi.helper@tilitoimisto.example';

const person = () => newPage(browser);

/** The focused element, looking through shadow roots: its id, or its name and value. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    if (el.id) return `#${el.id}`;
    const name = el.getAttribute('name');
    if (name) return `${name}=${(el as HTMLInputElement).value}`;
    return `${el.localName}:${el.textContent?.trim() ?? ''}`;
  });
}

/** Presses Tab until `target` has the focus (by keyboard only, as a person would). */
async function tabTo(page: Page, target: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await focused(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${target} (last: ${await focused(page)})`);
}

/** Tabs to a text field and types into it, replacing what was there. */
async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, `#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text);
}

/** The text a profile card shows, as one line. */
async function cardText(page: Page, selector: string): Promise<string> {
  const card = page.locator(selector);
  await card.locator('article').waitFor();
  return (await card.locator('article').innerText()).replace(/\s+/g, ' ').trim();
}

describe('Asetukset › Profiili, by keyboard alone', () => {
  before(async () => {
    ({ server, browser } = await startAppWalk());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'a helper fills in the whole profile, and the public profile shows what the preview showed',
    { timeout: 180_000 },
    async () => {
      const helmi = await signIn(server, HELPER, { name: 'Helmi' });
      const org = await post(server, '/organisations', {
        token: helmi.token,
        body: { name: 'Tilitoimisto Tase Oy', kind: 'company' },
      });
      assert.equal(org.status, 201);

      const page = await person();
      await page.goto(`${server.baseUrl}/settings/profile`);
      await signInToApp(page, server.config.mailDir, HELPER);
      const editor = page.locator('tehostamo-app tehostamo-profile-editor');
      await editor.locator('#profile-name').waitFor();
      await shot(page, 'profile/01-editor');

      // From the top of the page, by keyboard alone.
      await page.locator('tehostamo-app h1').focus();
      await typeInto(page, 'profile-name', 'Helmi Heinonen');
      await tabTo(page, '#profile-helperType');
      // A select takes the first letter of its option: "Pro bono -osaaja yrityksestä".
      await page.keyboard.type('Pro');
      await typeInto(
        page,
        'profile-bio',
        'Kirjanpitäjä, joka auttaa yhdistyksiä tilinpäätöksissä ja budjeteissa.',
      );
      await typeInto(page, 'profile-postalCode', '33100');
      await editor.getByText('Tampere, Pirkanmaa').waitFor();
      await typeInto(page, 'profile-languages', 'suomi, englanti, ruotsi');
      await typeInto(page, 'profile-skills', 'tradenomi, kirjanpito, palkanlaskenta');
      await typeInto(page, 'profile-experience', 'Kymmenen vuotta tilitoimistossa.');
      await tabTo(page, '#profile-cvPublic');
      await page.keyboard.press('Space');
      await typeInto(page, 'profile-videoUrl', 'https://vimeo.com/76979871');
      // A link to somewhere else than LinkedIn is caught next to its field, nothing is sent.
      await typeInto(page, 'profile-linkedinUrl', 'https://linkedin.example/in/helmi');
      await page.keyboard.press('Enter');
      const error = editor.locator('#profile-linkedinUrl-error');
      await error.waitFor();
      assert.match(await error.innerText(), /LinkedIniin/);
      assert.equal(await focused(page), '#profile-linkedinUrl', 'focus is on the field to fix');
      await shot(page, 'profile/02-linkedin-caught');
      assert.equal((await get(server, '/me', { token: helmi.token })).body.bio, '');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('https://www.linkedin.com/in/helmi-heinonen');
      await typeInto(page, 'profile-phone', '+358 40 123 4567');
      await typeInto(page, 'profile-radiusKm', '60');
      await tabTo(page, 'interestedCategories=kirjanpito-talous');
      await page.keyboard.press('Space');
      await tabTo(page, 'interestedCategories=rahoitushakemukset');
      await page.keyboard.press('Space');
      await tabTo(page, '#profile-lang');
      await page.keyboard.type('ruo');
      await tabTo(page, 'button:Tallenna');
      await page.keyboard.press('Enter');
      await editor.locator('.status', { hasText: 'Profiili tallennettu.' }).waitFor();
      await shot(page, 'profile/03-saved');

      const me = (await get(server, '/me', { token: helmi.token })).body;
      assert.deepEqual(
        {
          name: me.name,
          helperType: me.helperType,
          bio: me.bio,
          postalCode: me.postalCode,
          municipality: me.municipality,
          radiusKm: me.radiusKm,
          languages: me.languages,
          skills: me.skills,
          experience: me.experience,
          cvPublic: me.cvPublic,
          videoUrl: me.videoUrl,
          linkedinUrl: me.linkedinUrl,
          phone: me.phone,
          lang: me.lang,
          interestedCategories: me.interestedCategories,
        },
        {
          name: 'Helmi Heinonen',
          helperType: 'pro_bono',
          bio: 'Kirjanpitäjä, joka auttaa yhdistyksiä tilinpäätöksissä ja budjeteissa.',
          postalCode: '33100',
          municipality: 'Tampere',
          radiusKm: 60,
          languages: ['suomi', 'englanti', 'ruotsi'],
          skills: ['tradenomi', 'kirjanpito', 'palkanlaskenta'],
          experience: 'Kymmenen vuotta tilitoimistossa.',
          cvPublic: true,
          videoUrl: 'https://vimeo.com/76979871',
          linkedinUrl: 'https://www.linkedin.com/in/helmi-heinonen',
          phone: '+358 40 123 4567',
          lang: 'sv',
          interestedCategories: ['kirjanpito-talous', 'rahoitushakemukset'],
        },
      );

      const preview = await cardText(
        page,
        'tehostamo-app tehostamo-profile-editor tehostamo-profile-card',
      );
      for (const part of [
        'Helmi Heinonen',
        'Pro bono -osaaja yrityksestä',
        '33100 Tampere',
        'Tilitoimisto Tase Oy',
        'suomi, englanti, ruotsi',
        'palkanlaskenta',
        'Kymmenen vuotta tilitoimistossa.',
        'Esittelyvideo',
        'LinkedIn-profiili',
      ]) {
        assert.ok(preview.includes(part), `${part} in the preview: ${preview}`);
      }
      assert.ok(!preview.includes('+358'), 'the phone is not public');
      assert.ok(!preview.includes('@'), 'no email address is public');

      // Someone else, not signed in, opens the public profile.
      const visitor = await person();
      await visitor.goto(`${server.baseUrl}/users/${helmi.id}`);
      const shown = await cardText(visitor, 'tehostamo-app tehostamo-profile-card');
      await shot(visitor, 'profile/04-public-profile');
      assert.equal(shown, preview);
    },
  );
});

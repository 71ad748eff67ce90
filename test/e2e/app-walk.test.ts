/**
 * The pilot guide's stories walked through the app at `/` in Chromium, by several people in
 * their own browsers. Outside the browser the walk reads only the server's mail folder (sign-in
 * codes, and the links the emails carry). The organisations and the names on the profiles are
 * made through the API first.
 * Screenshots of every step go to test-results/e2e/app/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { post, signIn } from '../helpers/http.ts';
import type { TestServer } from '../helpers/server.ts';
import { linksOf, readMailFolder } from './mail-folder.ts';
import { newPage, shot, signInToApp, startAppWalk } from './support.ts';

let server: TestServer;
let browser: Browser;

const REQUESTER = 'tuula.taloudenhoitaja@kylayhdistys.example';
const HELPERS = [
  { email: 'pertti.probono@tilitoimisto.example', name: 'Pertti Pro Bono', helperType: 'pro_bono' },
  {
    email: 'kirsi.kattojarjesto@tuki.example',
    name: 'Kirsi Kattojärjestö',
    helperType: 'umbrella_staff',
  },
  { email: 'ilkka.itsenainen@example.fi', name: 'Ilkka Itsenäinen', helperType: 'independent' },
] as const;
const TITLE = 'Tilinpäätöksen valmistelu: kirjanpidon lainsäädäntö muuttui';

/** A browser of its own for one person, in their language. */
const person = (locale?: string) => newPage(browser, locale);

/** Signs in through the app's own sign-in, with the code from the mail folder. */
async function signInHere(page: Page, email: string, step: string) {
  await signInToApp(page, server.config.mailDir, email, step);
  await page.locator('tehostamo-app #who').waitFor();
}

const task = (page: Page) => page.locator('tehostamo-app tehostamo-task');

describe('the app, walked through the pilot guide’s stories', () => {
  before(async () => {
    ({ server, browser } = await startAppWalk());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'serves the same app on localhost and 127.0.0.1, calling the API where it was loaded from',
    { timeout: 60_000 },
    async () => {
      const port = new URL(server.baseUrl).port;
      for (const host of ['127.0.0.1', 'localhost']) {
        const page = await person();
        const blocked: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy|Failed to fetch/.test(m.text())) blocked.push(m.text());
        });
        await page.goto(`http://${host}:${port}/`);
        await page.locator('tehostamo-app tehostamo-task-list').waitFor();
        await page
          .locator(
            'tehostamo-app tehostamo-task-list [part~=state], tehostamo-app tehostamo-task-list .task-open',
          )
          .first()
          .waitFor();
        await shot(page, `app/00-home-on-${host}`);
        assert.deepEqual(blocked, [], `nothing blocked on ${host}`);
        const embed = await person();
        await embed.goto(`http://${host}:${port}/demo`);
        await embed
          .locator('tehostamo-task-list [part~=state], tehostamo-task-list .task-open')
          .first()
          .waitFor();
        assert.equal(await embed.locator('tehostamo-task-list [part~=state].error').count(), 0);
      }
    },
  );

  it(
    'Tilinpäätösten valmistelu: post, three apply, pick two, thank the third, done, approve with "1,5" and 3, feedback both ways',
    { timeout: 600_000 },
    async () => {
      // The association and the people exist (no organisation or profile editor in the app yet).
      const treasurer = await signIn(server, REQUESTER, {
        name: 'Tuula Taloudenhoitaja',
        phone: '+358 40 123 4567',
      });
      const org = await post(server, '/organisations', {
        token: treasurer.token,
        body: { name: 'Kyläyhdistys ry', kind: 'association' },
      });
      assert.equal(org.status, 201, JSON.stringify(org.body));
      for (const h of HELPERS)
        await signIn(server, h.email, { name: h.name, helperType: h.helperType });

      // 1. The treasurer opens "Uusi tilaus", signs in there and posts a three-hour request.
      const requester = await person();
      await requester.goto(`${server.baseUrl}/tasks/new`);
      await shot(requester, 'app/01-requester-sign-in-first');
      await signInHere(requester, REQUESTER, 'app/02-requester');
      const form = 'tehostamo-app tehostamo-request-form';
      await requester.locator(`${form} #category`).selectOption('kirjanpito-talous');
      await requester.locator(`${form} #title`).fill(TITLE);
      await requester
        .locator(`${form} #details`)
        .fill(
          'Tarvitaan taloushallinnon ammattilaista pohtimaan muutamaa kysymystä. Kannattaako kirjanpito tehdä jatkossa itse?',
        );
      await shot(requester, 'app/03-requester-what');
      await requester.locator(`${form} button[type=submit]`).click();
      await requester.locator(`${form} #scheduleText`).fill('ennen kevätkokousta');
      await requester.locator(`${form} #estimatedHours`).fill('3');
      await requester.locator(`${form} #helpersWanted`).fill('2');
      await shot(requester, 'app/04-requester-when');
      await requester.locator(`${form} button[type=submit]`).click();
      await requester.locator(`${form} [part=review]`).waitFor();
      await shot(requester, 'app/05-requester-review');
      await requester
        .locator(`${form} button[type=submit]`, { hasText: 'Julkaise pyyntö' })
        .click();
      await requester.waitForURL(/\/tasks\/\d+$/);
      const taskUrl = requester.url();
      const taskId = Number(taskUrl.split('/').pop());
      await task(requester).locator('#task-title').waitFor();
      assert.equal(await task(requester).locator('#task-title').innerText(), TITLE);
      await shot(requester, 'app/06-requester-task-page');

      // 2. Three helpers find it in Mahdollisuudet and apply on its page.
      const helpers: Page[] = [];
      for (const [i, h] of HELPERS.entries()) {
        const page = await person();
        helpers.push(page);
        await page.goto(`${server.baseUrl}/opportunities`);
        await signInHere(page, h.email, `app/1${i}-helper-${i + 1}`);
        const open = page.locator('tehostamo-app tehostamo-task-list .task-open', {
          hasText: TITLE,
        });
        await open.waitFor();
        await shot(page, `app/1${i}-helper-${i + 1}-opportunities`);
        await open.click();
        await page.waitForURL(`${server.baseUrl}/tasks/${taskId}`);
        const message = task(page).locator('tehostamo-task-apply #message');
        await message.waitFor();
        await message.fill(`Hei! Olen ${h.name} ja autan mielelläni tilinpäätöksessä.`);
        await task(page).locator('tehostamo-task-apply button[type=submit]').click();
        await task(page).locator('[part=application]').waitFor();
        await shot(page, `app/1${i}-helper-${i + 1}-applied`);
      }

      // 3. The treasurer picks two and closes applications; the third is thanked.
      await requester.reload();
      const picker = task(requester).locator('tehostamo-applicant-picker');
      for (const [i, h] of HELPERS.slice(0, 2).entries()) {
        const row = picker.locator('[part~=applicant]', { hasText: h.name });
        await row.locator('[part~=select]').click();
        await picker.locator('.confirm-yes').click();
        await row.getByText('Valittu', { exact: true }).waitFor();
        if (i === 0) {
          // "Select more?" — yes: the second helper is still to be chosen.
          const more = picker.locator('.confirm-yes');
          await more.waitFor();
          await shot(requester, 'app/20-requester-select-more');
          await more.click();
        }
        await shot(requester, `app/2${i + 1}-requester-selected-${i + 1}`);
      }
      // Two of two wanted: applications close and the third applicant is thanked.
      await task(requester).locator('[part=helpers]').waitFor();
      await task(requester).getByText('Kaikki tarvittavat tekijät on valittu').first().waitFor();
      await shot(requester, 'app/22-requester-closed');
      const third = helpers[2]!;
      await third.reload();
      await task(third)
        .locator('[part=application]', { hasText: 'Ei valittu, kiitetty' })
        .waitFor();
      await shot(third, 'app/23-third-helper-thanked');
      // The thanked applicant gets neither the chat nor anyone's contact.
      assert.equal(await task(third).locator('tehostamo-chat').count(), 0);
      assert.doesNotMatch(await task(third).innerText(), /@kylayhdistys|123 4567/);

      // 3b. The treasurer and the chosen helpers see each other's contact on the task page, and
      //     chat both ways; a message arrives without a reload.
      const chat = (page: Page) => task(page).locator('tehostamo-chat');
      const contacts = (page: Page) => chat(page).locator('[part=participants]');
      for (const page of helpers.slice(0, 2)) {
        await page.reload();
        await contacts(page).locator(`a[href="mailto:${REQUESTER}"]`).waitFor();
        await contacts(page).locator('a[href="tel:+358401234567"]').waitFor();
      }
      await requester.reload();
      for (const h of HELPERS.slice(0, 2))
        await contacts(requester).locator(`a[href="mailto:${h.email}"]`).waitFor();
      assert.equal(
        await contacts(requester).locator(`a[href="mailto:${HELPERS[2].email}"]`).count(),
        0,
        'the thanked applicant’s contact is not shared',
      );
      await chat(helpers[0]!).locator('#draft').fill('Hei! Soitanko huomenna kymmeneltä?');
      await chat(helpers[0]!).locator('#draft').press('Enter');
      await chat(requester)
        .locator('[part=message]', { hasText: 'Soitanko huomenna' })
        .waitFor({ timeout: 30_000 });
      await chat(requester).locator('#draft').fill('Sopii hyvin, numeroni on yllä.');
      await chat(requester).locator('#draft').press('Enter');
      for (const page of helpers.slice(0, 2))
        await chat(page)
          .locator('[part=message]', { hasText: 'numeroni on yllä' })
          .waitFor({ timeout: 30_000 });
      await shot(requester, 'app/24-requester-chat-and-contacts');
      await shot(helpers[1]!, 'app/25-second-helper-chat');

      // 4. Both chosen helpers mark the work done.
      for (const [i, page] of helpers.slice(0, 2).entries()) {
        await page.reload();
        const done = task(page).locator('[part=assignment] button.primary');
        await done.click();
        await task(page)
          .locator('[part=assignment]', { hasText: 'hyväksy' })
          .or(task(page).locator('[part=assignment] p'))
          .first()
          .waitFor();
        await shot(page, `app/3${i}-helper-${i + 1}-done`);
      }

      // 5. The treasurer approves the first with "1,5" hours (a Finnish decimal comma) by
      //    mouse, and the second with 3 hours by keyboard alone, each with feedback.
      await requester.reload();
      const forms = task(requester).locator('[part=approve-form]');
      await forms.first().waitFor();
      assert.equal(await forms.count(), 2);
      const first = forms.filter({ hasText: HELPERS[0].name });
      await first.locator('input[name=hours]').fill('1,5');
      await first.locator('input[name=rating][value="5"]').check();
      await first
        .locator('textarea')
        .fill('Selkeät neuvot lainsäädännön muutoksiin, kiitos Pertti!');
      await shot(requester, 'app/40-requester-approve-first');
      await first.locator('button[type=submit]').click();
      await first.waitFor({ state: 'detached' });
      assert.match(
        await task(requester)
          .locator('[part=helpers] li', { hasText: HELPERS[0].name })
          .innerText(),
        /1,5/,
        'approved with one and a half hours',
      );

      const second = forms.filter({ hasText: HELPERS[1].name });
      await second.locator('input[name=hours]').focus();
      await requester.keyboard.type('3');
      await requester.keyboard.press('Tab'); // the first rating
      await requester.keyboard.press('Space');
      for (let n = 1; n < 4; n++) await requester.keyboard.press('ArrowRight'); // 4 of 5
      await requester.keyboard.press('Tab'); // the feedback text
      await requester.keyboard.type('Kirsi auttoi meitä miettimään toimintatapamme uusiksi.');
      await shot(requester, 'app/41-requester-approve-second-by-keyboard');
      await requester.keyboard.press('Tab');
      await requester.keyboard.press('Enter');
      await task(requester).locator('[part=approve-form]').first().waitFor({ state: 'detached' });
      await shot(requester, 'app/42-requester-approved-both');

      // 6. The helpers give the association feedback.
      for (const [i, page] of helpers.slice(0, 2).entries()) {
        await page.reload();
        const fb = task(page).locator('[part=feedback-form]');
        await fb.locator('input[name=rating][value="5"]').check();
        await fb.locator('textarea').fill(`Mukava yhdistys, selkeä pyyntö (${i + 1}).`);
        await fb.locator('button[type=submit]').click();
        await fb.waitFor({ state: 'detached' });
        await shot(page, `app/5${i}-helper-${i + 1}-feedback-given`);
      }

      // The server agrees on the hours: 1.5 and 3, and the task is completed.
      const seenApps = await fetch(`${server.api}/tasks/${taskId}/applications`, {
        headers: { authorization: `Bearer ${treasurer.token}` },
      }).then((r) => r.json());
      const hours = seenApps.data
        .filter((a: { status: string }) => a.status === 'selected')
        .map((a: { assignment: { actualHours: number } }) => a.assignment.actualHours)
        .sort();
      assert.deepEqual(hours, [1.5, 3]);

      // 7. The feedback texts show on both public profiles, opened from the task page.
      await requester.reload();
      await task(requester)
        .locator(`[part=helpers] a[href^="/users/"]`, { hasText: HELPERS[0].name })
        .first()
        .click();
      await requester.waitForURL(/\/users\/\d+$/);
      const card = requester.locator('tehostamo-app tehostamo-profile-card');
      await card.getByText('Selkeät neuvot lainsäädännön muutoksiin').waitFor();
      await shot(requester, 'app/60-helper-profile-with-feedback');
      const helperPage = helpers[0]!;
      await helperPage.goto(`${server.baseUrl}/users/${treasurer.id}`);
      await helperPage
        .locator('tehostamo-app tehostamo-profile-card')
        .getByText('Mukava yhdistys, selkeä pyyntö (1).')
        .waitFor();
      await shot(helperPage, 'app/61-requester-profile-with-feedback');

      // 8. Historia shows the done work to the helper.
      await helperPage.goto(`${server.baseUrl}/history`);
      await helperPage
        .locator('tehostamo-app tehostamo-my-work')
        .getByText(TITLE)
        .first()
        .waitFor();
      await shot(helperPage, 'app/62-helper-history');

      // 9. Every link in every email of the walk opens a page of the app that shows the right
      //    thing to its reader, in a browser where the reader signs in.
      const mails = readMailFolder(server.config.mailDir).filter((m) =>
        [REQUESTER, ...HELPERS.map((h) => h.email)].includes(m.to),
      );
      const checked = new Map<string, string>();
      for (const mail of mails) {
        for (const link of linksOf(mail)) {
          const url = new URL(link, server.baseUrl);
          if (url.origin !== server.baseUrl || url.pathname.startsWith('/api/')) continue;
          const key = `${mail.to} ${url.pathname}`;
          if (checked.has(key)) continue;
          const res = await fetch(url, { headers: { accept: 'text/html' } });
          assert.equal(res.status, 200, `${mail.kind} to ${mail.to}: ${link}`);
          checked.set(key, mail.kind);
        }
      }
      for (const [key, kind] of checked) {
        const [to, path] = key.split(' ') as [string, string];
        const reader = await person();
        await reader.goto(`${server.baseUrl}${path}`);
        if (
          await reader
            .locator('tehostamo-app tehostamo-sign-in #email')
            .isVisible()
            .catch(() => false)
        ) {
          await signInHere(reader, to, `app/70-link-${kind}-${to.split('@')[0]}`);
        }
        const m = /^\/tasks\/(\d+)/.exec(path);
        if (m) {
          await task(reader).locator('#task-title').waitFor();
          assert.equal(
            await task(reader).locator('#task-title').innerText(),
            TITLE,
            `${kind} → ${path}`,
          );
        } else {
          await reader.locator('tehostamo-app h1').waitFor();
          assert.doesNotMatch(
            await reader.locator('tehostamo-app h1').innerText(),
            /Sivua ei löydy/,
          );
        }
        await shot(reader, `app/71-link-${kind}-${to.split('@')[0]}`);
        await reader.context().close();
      }
    },
  );
  it(
    'Uutta näkökulmaa, in Swedish: a student finds the task in Möjligheter, is approved and sees it in Historik',
    { timeout: 600_000 },
    async () => {
      const STUDENT = 'sara.student@hogskola.example';
      const BLOG = 'Hjälp med ett blogginlägg och en bild';
      const comms = await signIn(server, 'kaj.kommunikation@forening.example', {
        name: 'Kaj Kommunikation',
        lang: 'sv',
      });
      const org = await post(server, '/organisations', {
        token: comms.token,
        body: { name: 'Föreningen Framåt rf', kind: 'association' },
      });
      assert.equal(org.status, 201, JSON.stringify(org.body));
      await signIn(server, STUDENT, { name: 'Sara Student', helperType: 'student', lang: 'sv' });

      // The association posts, in Swedish.
      const requester = await person('sv-SE');
      await requester.goto(`${server.baseUrl}/tasks/new`);
      await signInHere(requester, 'kaj.kommunikation@forening.example', 'app/sv-01-requester');
      const form = 'tehostamo-app tehostamo-request-form';
      await requester.locator(`${form} #category`).selectOption('viestinta');
      await requester.locator(`${form} #title`).fill(BLOG);
      await requester
        .locator(`${form} #details`)
        .fill('Kommunikationsteamet har bråttom. Vi behöver ett nytt blogginlägg och en bild.');
      await requester.locator(`${form} button[type=submit]`).click();
      await requester.locator(`${form} #scheduleText`).fill('den här veckan');
      await requester.locator(`${form} #estimatedHours`).fill('2');
      await requester.locator(`${form} button[type=submit]`).click();
      await requester.locator(`${form} [part=review]`).waitFor();
      await shot(requester, 'app/sv-02-requester-review');
      await requester.locator(`${form} button[type=submit]`).last().click();
      await requester.waitForURL(/\/tasks\/\d+$/);
      const taskId = Number(requester.url().split('/').pop());

      // The student finds it in Möjligheter and applies.
      const student = await person('sv-SE');
      await student.goto(`${server.baseUrl}/opportunities`);
      await signInHere(student, STUDENT, 'app/sv-10-student');
      assert.equal(await student.locator('tehostamo-app h1').innerText(), 'Möjligheter');
      const open = student.locator('tehostamo-app tehostamo-task-list .task-open', {
        hasText: BLOG,
      });
      await open.waitFor();
      await shot(student, 'app/sv-11-student-opportunities');
      await open.click();
      await student.waitForURL(`${server.baseUrl}/tasks/${taskId}`);
      await task(student)
        .locator('tehostamo-task-apply #message')
        .fill('Jag studerar kommunikation och hjälper gärna till.');
      await task(student).locator('tehostamo-task-apply button[type=submit]').click();
      await task(student).locator('[part=application]').waitFor();
      await shot(student, 'app/sv-12-student-applied');

      // The association selects the student (one wanted: applications close).
      await requester.reload();
      const picker = task(requester).locator('tehostamo-applicant-picker');
      await picker.locator('[part~=select]').first().click();
      await picker.locator('.confirm-yes').click();
      await task(requester).locator('[part=helpers]').waitFor();
      await shot(requester, 'app/sv-20-requester-selected');

      // They chat both ways, by keyboard alone: type and press Enter.
      const say = async (page: Page, text: string) => {
        await task(page).locator('tehostamo-chat #draft').focus();
        await page.keyboard.type(text);
        await page.keyboard.press('Enter');
      };
      await student.reload();
      await say(student, 'Hej! Vilken ton vill ni ha i inlägget?');
      await task(requester)
        .locator('tehostamo-chat [part=message]', { hasText: 'Vilken ton' })
        .waitFor({ timeout: 30_000 });
      await say(requester, 'Varm och personlig, gärna med en bild från vår höstfest.');
      await task(student)
        .locator('tehostamo-chat [part=message]', { hasText: 'höstfest' })
        .waitFor({ timeout: 30_000 });
      await shot(student, 'app/sv-21-student-chat');
      await shot(requester, 'app/sv-22-requester-chat');

      // The student marks it done; the association approves two hours with feedback.
      await task(student).locator('[part=assignment] button.primary').click();
      await task(student)
        .locator('[part=assignment] button.primary')
        .waitFor({ state: 'detached' });
      await requester.reload();
      const approve = task(requester).locator('[part=approve-form]');
      await approve.locator('input[name=hours]').fill('2');
      await approve.locator('input[name=rating][value="5"]').check();
      await approve.locator('textarea').fill('Ett nytt perspektiv på vår kommunikation – tack!');
      await approve.locator('button[type=submit]').click();
      await approve.waitFor({ state: 'detached' });
      await shot(requester, 'app/sv-30-requester-approved');

      // The student sees it in Historik, with the feedback.
      await student.goto(`${server.baseUrl}/history`);
      assert.equal(await student.locator('tehostamo-app h1').innerText(), 'Historik');
      const work = student.locator('tehostamo-app tehostamo-my-work');
      await work.getByText(BLOG).first().waitFor();
      await shot(student, 'app/sv-40-student-history');
    },
  );
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/request-form.stories.ts';
import { ME } from '../../stories/support/data.ts';
import { scene } from '../../stories/support/scene.ts';
import type { TehostamoRequestForm } from '../../widgets/request-form/request-form.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function form(story: StoryLike & { play?: unknown }) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-request-form') as TehostamoRequestForm;
  await el.updateComplete;
  const play = story.play as ((c: { canvasElement: HTMLElement }) => Promise<void>) | undefined;
  const api = {
    ...rendered,
    el,
    $: <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s),
    play: () => play!({ canvasElement: rendered.root }),
    value: (name: string, value: string) => {
      const input = shadow(el).querySelector<HTMLInputElement>(`[name=${name}]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    submit: () => shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click(),
    errorOf: (name: string) => shadow(el).querySelector(`#${name}-error`)?.textContent?.trim(),
  };
  return api;
}

/** The next `tasks.create` fails with `error`; the one after it works. */
function failOnce(f: Awaited<ReturnType<typeof form>>, error: unknown) {
  const original = f.fake.tasks.create;
  (f.fake.tasks as { create: unknown }).create = () => {
    (f.fake.tasks as { create: unknown }).create = original;
    return Promise.reject(error);
  };
}

const storedDraft = (key: string) => localStorage.getItem(`tehostamo:request-form:${key}`);

describe('<tehostamo-request-form>', () => {
  afterEach(() => localStorage.clear());

  it('puts the schema’s errors next to their fields and focuses the first', async () => {
    const f = await form(stories.Default);
    await expect(f.el).to.be.accessible();
    f.submit();
    await until(() => f.errorOf('category'));
    expect(f.errorOf('category')).to.equal('Valitse osaamisalue.');
    expect(f.errorOf('title')).to.equal('Tämä tieto tarvitaan.');
    expect(f.$('#title')!.getAttribute('aria-describedby')).to.contain('title-error');
    expect(shadow(f.el).activeElement?.id).to.equal('category');
    await until(() => f.$('[role=status]')!.textContent!.includes('2 korjattavaa kohtaa'));
    await expect(f.el).to.be.accessible();
    f.value('title', 'Apu');
    await f.el.updateComplete;
    expect(f.errorOf('title')).to.equal('Kirjoita vähintään 5 merkkiä.');
    f.value('title', 'Apua kirjanpitoon');
    await f.el.updateComplete;
    expect(f.errorOf('title')).to.equal(undefined);
  });

  it('runs the three steps with the keyboard alone and publishes once', async () => {
    const f = await form(stories.Default);
    const steps: number[] = [];
    f.el.addEventListener('tehostamo-step-change', (e) => steps.push(e.detail.step));
    (f.$('#category') as HTMLSelectElement).focus();
    await sendKeys({ press: 'ArrowDown' }); // the first category
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Jäsenrekisterin siirto uuteen järjestelmään' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Noin 300 jäsentä.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // submits step 1 from the last field
    await until(() => f.$('#scheduleText'));
    await until(() => shadow(f.el).activeElement?.id === 'step-heading');
    expect(f.$('[aria-current=step]')!.textContent).to.contain('Milloin, missä');
    await expect(f.el).to.be.accessible();
    f.$<HTMLInputElement>('#scheduleText')!.focus();
    await sendKeys({ type: 'tämän viikon aikana' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1.5' });
    await sendKeys({ press: 'Enter' });
    await until(() => f.$('[part=review]'));
    expect(f.$('[part=review]')!.textContent).to.contain('tämän viikon aikana');
    expect(f.$('[part=review]')!.textContent).to.contain('1,5 h');
    await expect(f.el).to.be.accessible();
    const created = oneEvent(f.el, 'tehostamo-task-created');
    const publish = f.$<HTMLButtonElement>('button[type=submit]')!;
    publish.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' }); // a second press must not post again
    const event = await created;
    expect(event.detail.task.title).to.equal('Jäsenrekisterin siirto uuteen järjestelmään');
    expect(steps).to.deep.equal([2, 3]);
    const calls = f.fake.callsOf('tasks.create');
    expect(calls).to.have.length(1);
    expect(calls[0]!.args[0]).to.deep.include({
      category: 'kirjanpito-talous',
      details: 'Noin 300 jäsentä.',
      estimatedHours: 1.5,
      helpersWanted: 1,
      remote: true,
      schedule: { text: 'tämän viikon aikana', startsAt: null, endsAt: null },
    });
    expect((calls[0]!.args[1] as { idempotencyKey: string }).idempotencyKey).to.match(
      /^[0-9a-f-]{36}$/,
    );
    await until(() => shadow(f.el).activeElement?.id === 'result');
    expect(storedDraft('story-default')).to.equal(null);
    await expect(f.el).to.be.accessible();
  });

  it('keeps what was typed across a reload of the page', async () => {
    const first = await form(stories.Default);
    first.value('title', 'Verkkosivujen saavutettavuustarkistus');
    first.value('details', 'WordPress-sivusto, noin 40 sivua.');
    expect(JSON.parse(storedDraft('story-default')!).draft.title).to.equal(
      'Verkkosivujen saavutettavuustarkistus',
    );
    first.root.remove();
    // A new page: a new form with the same key finds the draft.
    const again = await fixture<HTMLElement>(
      scene(
        { signedIn: true, user: ME },
        html`<tehostamo-request-form draft-key="story-default"></tehostamo-request-form>`,
      ),
    );
    const el = again.querySelector('tehostamo-request-form')!;
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('#title')!.value).to.equal(
      'Verkkosivujen saavutettavuustarkistus',
    );
    expect(shadow(el).querySelector<HTMLTextAreaElement>('#details')!.value).to.equal(
      'WordPress-sivusto, noin 40 sivua.',
    );
    expect(shadow(el).querySelector('.notice.info')!.textContent).to.contain('Jatkat');
  });

  it('restores a draft and its step, and can discard it', async () => {
    const f = await form(stories.Restored);
    expect(f.$('.notice.info')!.textContent).to.contain('Jatkat keskeneräistä pyyntöäsi');
    expect(f.$<HTMLInputElement>('#scheduleText')!.value).to.equal('tämän kuun aikana');
    await expect(f.el).to.be.accessible();
    f.submit();
    await until(() => f.errorOf('estimatedHours'));
    expect(f.errorOf('estimatedHours')).to.equal('Tämä tieto tarvitaan.');
    f.value('estimatedHours', '0.7');
    f.submit();
    await until(() => f.errorOf('estimatedHours')?.includes('puolen tunnin'));
    f.$<HTMLButtonElement>('.notice.info button')!.click();
    await until(() => f.$('#category'));
    expect(f.$<HTMLInputElement>('#title')!.value).to.equal('');
    expect(storedDraft('story-restored')).to.equal(null);
  });

  it('asks for a postal code when the task cannot be done remotely', async () => {
    const f = await form(stories.Restored);
    f.value('estimatedHours', '2');
    f.$<HTMLInputElement>('[name=remote]')!.click();
    f.submit();
    await until(() => f.errorOf('postalCode'));
    expect(f.errorOf('postalCode')).to.equal(
      'Anna postinumero, koska tehtävää ei voi tehdä etänä.',
    );
    f.value('postalCode', '3310');
    f.submit();
    await until(() => f.errorOf('postalCode') === 'Postinumerossa on viisi numeroa.');
  });

  it('checks an exact schedule: a start is needed and the end may not be before it', async () => {
    const f = await form(stories.Restored);
    f.value('estimatedHours', '2');
    f.$<HTMLInputElement>('input[name=scheduleMode][value=exact]')!.click();
    await until(() => f.$('#startsAt'));
    f.submit();
    await until(() => f.errorOf('startsAt'));
    expect(f.errorOf('startsAt')).to.equal('Kerro aikataulu sanoin tai anna alkamisaika.');
    f.value('startsAt', '2025-05-10T10:00');
    f.value('endsAt', '2025-05-09T10:00');
    f.submit();
    await until(() => f.errorOf('endsAt'));
    expect(f.errorOf('endsAt')).to.equal('Päättymisaika on ennen alkamisaikaa.');
    await expect(f.el).to.be.accessible();
  });

  it('keeps the draft and the idempotency key after a failed publish, and retries once', async () => {
    const f = await form(stories.Error);
    await f.play();
    await until(() => f.$('#submit-error'));
    expect(f.$('#submit-error')!.textContent).to.contain('Tiedot ovat tallessa');
    await until(() => shadow(f.el).activeElement?.id === 'submit-error');
    await expect(f.el).to.be.accessible();
    const saved = JSON.parse(storedDraft('story-error')!);
    expect(saved.draft.title).to.equal('Tilinpäätöksen tarkistus ennen kevätkokousta');
    const key = (f.fake.callsOf('tasks.create')[0]!.args[1] as { idempotencyKey: string })
      .idempotencyKey;
    expect(saved.attempt.key).to.equal(key);
    // The connection comes back: the retry carries the same key, and one task is made.
    const created = oneEvent(f.el, 'tehostamo-task-created');
    f.submit();
    await created;
    const keys = f.fake
      .callsOf('tasks.create')
      .map((c) => (c.args[1] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.deep.equal([key, key]);
    expect(storedDraft('story-error')).to.equal(null);
  });

  it('sends a new idempotency key once the request has been changed', async () => {
    const f = await form(stories.Error);
    await f.play();
    await until(() => f.$('#submit-error'));
    f.$<HTMLButtonElement>('[part=review] button')!.click(); // edit step 1
    await until(() => f.$('#title'));
    f.value('title', 'Tilinpäätöksen tarkistus ennen syyskokousta');
    f.submit();
    await until(() => f.$('#scheduleText'));
    f.submit();
    await until(() => f.$('[part=review]'));
    f.submit();
    await until(() => f.fake.callsOf('tasks.create').length === 2);
    const [a, b] = f.fake
      .callsOf('tasks.create')
      .map((c) => (c.args[1] as { idempotencyKey: string }).idempotencyKey);
    expect(a).not.to.equal(b);
  });

  it('puts the server’s validation issues next to their fields', async () => {
    const { errors } = await import('../../stories/support/fake-client.ts');
    const f = await form(stories.Review);
    const original = f.fake.tasks.create;
    let calls = 0;
    (f.fake.tasks as { create: unknown }).create = (body: unknown, o: object) => {
      if (calls++ === 0) {
        return Promise.reject(
          errors.api(422, 'validation_failed', {
            in: 'body',
            issues: [{ path: 'groupCode', code: 'unknown_group', message: 'no such group' }],
          }),
        );
      }
      return original.call(f.fake.tasks, body as never, o);
    };
    f.submit();
    await until(() => f.errorOf('groupCode'));
    expect(f.errorOf('groupCode')).to.equal('Tällä koodilla ei löydy ryhmää.');
    expect(f.$('[aria-current=step]')!.textContent).to.contain('Milloin, missä');
    await until(() => shadow(f.el).activeElement?.id === 'groupCode');
  });

  it('says at the group’s code that no group has it, as the server answers', async () => {
    const { errors } = await import('../../stories/support/fake-client.ts');
    const f = await form(stories.Review);
    failOnce(
      f,
      errors.api(422, 'unknown_group_code', {
        in: 'body',
        issues: [{ path: 'groupCode', code: 'unknown_group_code', message: 'no such group' }],
      }),
    );
    f.submit();
    await until(() => f.errorOf('groupCode'));
    expect(f.errorOf('groupCode')).to.equal('Tällä koodilla ei löydy ryhmää.');
    expect(f.$('#groupCode')!.getAttribute('aria-invalid')).to.equal('true');
    await until(() => shadow(f.el).activeElement?.id === 'groupCode');
  });

  it('says at the group’s code when the group does not take this person’s requests', async () => {
    const { errors } = await import('../../stories/support/fake-client.ts');
    const f = await form(stories.Review);
    failOnce(f, errors.api(403, 'not_a_group_member'));
    f.submit();
    await until(() => f.errorOf('groupCode'));
    expect(f.errorOf('groupCode')).to.contain('ryhmän jäsenet');
    await until(() => shadow(f.el).activeElement?.id === 'groupCode');
  });

  it('reads hours typed with a decimal comma, and refuses what is not a number', async () => {
    const f = await form(stories.Default);
    f.value('category', 'kirjanpito-talous');
    f.value('title', 'Tilinpäätösten valmistelu');
    f.submit();
    await until(() => f.$('#estimatedHours'));
    expect(f.$('#estimatedHours')!.getAttribute('inputmode')).to.equal('decimal');
    f.value('scheduleText', 'helmikuussa');
    f.$<HTMLInputElement>('#estimatedHours')!.focus();
    await sendKeys({ type: '1,5,5' });
    f.submit();
    await until(() => f.errorOf('estimatedHours'));
    expect(f.errorOf('estimatedHours')).to.contain('esimerkiksi 1,5');
    f.value('estimatedHours', '');
    f.$<HTMLInputElement>('#estimatedHours')!.focus();
    await sendKeys({ type: '1,5' });
    f.submit();
    await until(() => f.$('[part=review]'));
    expect(f.$('[part=review]')!.textContent).to.contain('1,5 h');
    const created = oneEvent(f.el, 'tehostamo-task-created');
    f.submit();
    await created;
    expect(f.fake.callsOf('tasks.create')[0]!.args[0]).to.deep.include({ estimatedHours: 1.5 });
  });

  it('asks to sign in again when the token has expired, keeping the draft', async () => {
    const { errors } = await import('../../stories/support/fake-client.ts');
    const f = await form(stories.Review);
    (f.fake.tasks as { create: unknown }).create = () =>
      Promise.reject(errors.api(401, 'invalid_token'));
    const signedOut = oneEvent(f.el, 'tehostamo-sign-out');
    f.submit();
    await signedOut;
    await until(() => f.$('tehostamo-sign-in'));
    expect(f.$('#submit-error')!.textContent).to.contain('Kirjautumisesi on vanhentunut');
    expect(JSON.parse(storedDraft('story-review')!).draft.title).to.equal(
      'Tilinpäätöksen tarkistus ennen kevätkokousta',
    );
  });

  it('shows the publishing state and the result', async () => {
    const busy = await form(stories.Publishing);
    await busy.play();
    await until(() => busy.$<HTMLButtonElement>('button[type=submit]')!.disabled);
    expect(busy.$('button[type=submit]')!.textContent).to.contain('Julkaistaan');
    await expect(busy.el).to.be.accessible();
    const done = await form(stories.Published);
    await done.play();
    await until(() => done.$('[part=result]'));
    expect(done.$('[part=result]')!.textContent).to.contain('Pyyntösi on julkaistu');
    await expect(done.el).to.be.accessible();
    done.$<HTMLButtonElement>('[part=result] button')!.click();
    await until(() => done.$('#category'));
  });

  it('waits for the user while it is not yet known', async () => {
    const f = await form(stories.Loading);
    expect(f.$('[aria-busy=true]')!.textContent).to.contain('Ladataan');
    expect(f.$('button[type=submit]')).to.equal(null);
    await expect(f.el).to.be.accessible();
  });

  it('signs a visitor in inline, keeping the draft, then publishes', async () => {
    const f = await form(stories.SignedOut);
    const signIn = await until(() => f.$('tehostamo-sign-in'));
    await expect(f.el).to.be.accessible();
    const inner = shadow(signIn);
    inner.querySelector<HTMLInputElement>('#email')!.value = 'aino.virtanen@example.org';
    inner.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const code = await until(() => inner.querySelector<HTMLInputElement>('#code'));
    code.value = '123456';
    inner.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => f.$('button[type=submit]'));
    await until(() => shadow(f.el).activeElement === f.$('button[type=submit]'));
    expect(f.$('[part=review]')!.textContent).to.contain('Tilinpäätöksen tarkistus');
    const created = oneEvent(f.el, 'tehostamo-task-created');
    f.submit();
    expect((await created).detail.task.requester?.name).to.equal('Aino Virtanen');
  });

  it('takes a visitor’s request through a publishable key and publishes it once confirmed', async () => {
    const f = await form(stories.Visitor);
    await expect(f.el).to.be.accessible();
    expect(f.$('tehostamo-sign-in')).to.equal(null);
    f.submit();
    await until(() => f.errorOf('visitorName'));
    expect(f.errorOf('visitorEmail')).to.contain('nimi@esimerkki.fi');
    expect(f.fake.callsOf('tasks.create')).to.have.length(0);
    f.value('visitorName', 'Aino Virtanen');
    f.value('visitorEmail', 'aino@example.org');
    f.submit();
    const code = await until(() => f.$<HTMLInputElement>('#verifyCode'));
    await until(() => shadow(f.el).activeElement === code);
    const body = f.fake.callsOf('tasks.create')[0]!.args[0] as Record<string, unknown>;
    expect(body.visitor).to.deep.equal({
      email: 'aino@example.org',
      name: 'Aino Virtanen',
      lang: 'fi',
    });
    expect(body.website).to.equal('');
    expect(body).not.to.have.property('organisationId');
    expect(f.$('[part=form]')!.textContent).to.contain('aino@example.org');
    expect(JSON.parse(storedDraft('story-visitor')!).pending.taskId).to.be.a('number');
    await expect(f.el).to.be.accessible();
    code.value = '111111';
    f.submit();
    await until(() => f.$('#verifyCode-error'));
    expect(f.$('#verifyCode-error')!.textContent).to.contain('Koodi ei kelpaa');
    code.value = '123456';
    const created = oneEvent(f.el, 'tehostamo-task-created');
    f.submit();
    const event = await created;
    expect(event.detail.task.status).to.equal('open');
    await until(() => f.$('[part=result]'));
    expect(f.$('[part=result]')!.textContent).to.contain('ylläpitäjä päättää jäsenyydestäsi');
    expect(storedDraft('story-visitor')).to.equal(null);
    expect(f.fake.callsOf('tasks.create')).to.have.length(1);
  });

  it('keeps a visitor’s unconfirmed request across a reload, and offers the sign-in instead', async () => {
    const f = await form(stories.VisitorConfirming);
    expect(f.$('#verify-heading')!.textContent).to.contain('Vahvista pyyntösi');
    await expect(f.el).to.be.accessible();
    const fresh = await form(stories.Visitor);
    fresh.$<HTMLButtonElement>('#visitor-heading ~ button.link')!.click();
    const signIn = await until(() => fresh.$('tehostamo-sign-in'));
    await until(() => shadow(signIn).activeElement?.id === 'email');
    await expect(fresh.el).to.be.accessible();
  });

  it('asks a member of two organisations which one is asking', async () => {
    const f = await form(stories.TwoOrganisations);
    f.submit();
    await until(() => f.errorOf('organisationId'));
    expect(f.fake.callsOf('tasks.create')).to.have.length(0);
    await expect(f.el).to.be.accessible();
    const select = f.$<HTMLSelectElement>('#organisationId')!;
    select.value = '5';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    f.submit();
    await until(() => f.fake.callsOf('tasks.create').length === 1);
    expect(f.fake.callsOf('tasks.create')[0]!.args[0]).to.deep.include({ organisationId: 5 });
  });

  it('is accessible with long Finnish text, at 320 px, in the dark theme, in Swedish and English', async () => {
    const long = await form(stories.LongFinnishText);
    await expect(long.el).to.be.accessible();
    const narrow = await form(stories.Narrow320);
    expect(shadow(narrow.el).querySelector('.base')!.scrollWidth).to.be.at.most(320);
    await expect(narrow.el).to.be.accessible();
    const dark = await form(stories.Dark);
    expect(dark.$('.base')!.classList.contains('theme-dark')).to.equal(true);
    await expect(dark.el).to.be.accessible();
    const sv = await form(stories.Swedish);
    expect(sv.$('h2')!.textContent).to.contain('Be om hjälp');
    await expect(sv.el).to.be.accessible();
    const en = await form(stories.English);
    expect(en.$('h2')!.textContent).to.contain('Ask for help');
  });
});

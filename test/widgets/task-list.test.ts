import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/task-list.stories.ts';
import { HELPER, TASKS } from '../../stories/support/data.ts';
import { fakeClient } from '../../stories/support/fake-client.ts';
import { clientContext } from '../../widgets/context.ts';
import { emit } from '../../widgets/events.ts';
import type { TehostamoTaskList } from '../../widgets/task-list/task-list.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';
import { ContextProvider } from '@lit/context';

async function list(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-task-list') as TehostamoTaskList;
  return {
    ...rendered,
    el,
    $: (s: string) => shadow(el).querySelector<HTMLElement>(s),
    $$: (s: string) => [...shadow(el).querySelectorAll<HTMLElement>(s)],
  };
}

const titles = (root: ShadowRoot) =>
  [...root.querySelectorAll('.task-open')].map((b) => b.textContent!.trim());

describe('<tehostamo-task-list>', () => {
  it('shows the open tasks and announces how many', async () => {
    const { el, $$ } = await list(stories.Default);
    await until(() => $$('.task').length === 5);
    const status = await until(() =>
      shadow(el).querySelector('[role=status]')!.textContent?.trim(),
    );
    expect(status).to.equal('5 tehtävää näkyvissä, lisää on saatavilla.');
    await expect(el).to.be.accessible();
  });

  it('loads more tasks with the keyset cursor and moves focus to the first new one', async () => {
    const { el, fake, $, $$ } = await list(stories.Default);
    await until(() => $$('.task').length === 5);
    $('[part~=load-more]')!.click();
    await until(() => $$('.task').length === 10);
    expect(fake.callsOf('tasks.list')[1]!.args[0]).to.include({ cursor: '5' });
    await until(() => shadow(el).activeElement === $$('.task-open')[5]);
    await until(() =>
      shadow(el).querySelector('[role=status]')!.textContent?.includes('5 tehtävää lisää'),
    );
  });

  it('shows a task published elsewhere on the page, keeping the list on screen meanwhile', async () => {
    const { el, fake, $$ } = await list(stories.Default);
    await until(() => $$('.task').length === 5);
    const form = document.createElement('div');
    document.body.append(form);
    try {
      const task = await fake.tasks.create({
        category: 'kirjanpito-talous',
        title: 'Tilinpäätösten valmistelu',
        details: 'Kolmen tunnin kirjanpitotehtävä.',
        remote: true,
        schedule: { text: 'Helmikuussa', startsAt: null, endsAt: null },
        estimatedHours: 3,
        helpersWanted: 2,
      } as Parameters<typeof fake.tasks.create>[0]);
      emit(form, 'tehostamo-task-created', { task });
      // The old list stays while the new one loads: no skeleton flashes.
      expect($$('.task').length).to.equal(5);
      await until(() => titles(shadow(el))[0] === 'Tilinpäätösten valmistelu');
      expect(fake.callsOf('tasks.list')).to.have.length(2);
    } finally {
      form.remove();
    }
  });

  it('shows a loading state that is busy for assistive technology', async () => {
    const { el, $ } = await list(stories.Loading);
    expect($('[aria-busy=true]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when no task matches', async () => {
    const { el, $ } = await list(stories.Empty);
    await until(() => $('[part=state]'));
    expect($('[part=state]')!.textContent).to.contain('Ei avoimia tehtäviä');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that loads again', async () => {
    const { el, fake, $ } = await list(stories.Error);
    await until(() => $('[part~=state]'));
    expect($('[part~=state]')!.textContent).to.contain('Tehtäviä ei saatu ladattua');
    await expect(el).to.be.accessible();
    $('[part~=state] button')!.click();
    await until(() => fake.callsOf('tasks.list').length === 2);
  });

  it('shows an offline state and reloads when the connection returns', async () => {
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await fixture<HTMLElement>(html`<div></div>`);
      const fake = fakeClient({
        tasks: TASKS,
        errors: {
          'tasks.list': [(await import('../../stories/support/fake-client.ts')).errors.network()],
        },
      });
      const list = document.createElement('tehostamo-task-list');
      new ContextProvider(el, { context: clientContext, initialValue: fake });
      el.append(list);
      await until(() =>
        shadow(list).querySelector('[part~=state]')?.textContent?.includes('ei ole verkossa'),
      );
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
      window.dispatchEvent(new Event('online'));
      await until(() => shadow(list).querySelectorAll('.task').length === 3);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', online);
    }
  });

  describe('when a call with the publishable key gets no answer', () => {
    /** A list whose key call fails as a CORS refusal does; `probe` decides the keyless call. */
    async function refusedList(probe: 'answers' | 'fails') {
      const { errors } = await import('../../stories/support/fake-client.ts');
      const probes: Request[] = [];
      const fake = fakeClient({
        tasks: TASKS,
        publishableKey: 'pk_test',
        errors: { 'tasks.list': [errors.network(), errors.network()] },
      });
      const client = {
        ...fake,
        options: {
          publishableKey: 'pk_test',
          baseUrl: 'https://tehostamo.test',
          fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
            probes.push(new Request(input, init));
            if (probe === 'fails') throw new TypeError('Failed to fetch');
            return Response.json({ data: [] });
          },
        },
      };
      const root = await fixture<HTMLElement>(html`<div></div>`);
      new ContextProvider(root, { context: clientContext, initialValue: client });
      const el = document.createElement('tehostamo-task-list');
      root.append(el);
      const state = () => shadow(el).querySelector('[part~=state]')?.textContent ?? '';
      return { el, fake, probes, state };
    }

    it('says the key is refused on this site when the server answers a call without it', async () => {
      const { el, fake, probes, state } = await refusedList('answers');
      await until(() => state().includes('Tämä sivusto ei voi käyttää Tehostamoa tällä avaimella'));
      expect(state()).to.contain(`Ylläpitäjä: lisää ${location.origin}`);
      expect(state()).not.to.contain('Yhteys palveluun katkesi');
      expect(probes).to.have.length(1);
      expect(probes[0]!.method).to.equal('GET');
      expect(probes[0]!.url).to.equal('https://tehostamo.test/api/v1/categories');
      expect(probes[0]!.headers.get('x-publishable-key')).to.equal(null);
      await expect(el).to.be.accessible();
      // The verdict is kept for the client: a second failure asks no more.
      shadow(el).querySelector<HTMLElement>('[part~=state] button')!.click();
      await until(() => fake.callsOf('tasks.list').length === 2);
      await until(() => state().includes('Tämä sivusto ei voi käyttää'));
      expect(probes).to.have.length(1);
    });

    it('says the connection was lost when the call without the key fails too', async () => {
      const { el, probes, state } = await refusedList('fails');
      await until(() => state().includes('Yhteys palveluun katkesi'));
      expect(state()).not.to.contain('Tämä sivusto');
      expect(probes).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  it('filters by category and remote work from the filter bar', async () => {
    const { el, fake, $, $$ } = await list(stories.Default);
    await until(() => $$('.task').length === 5);
    const select = $('#f-category') as HTMLSelectElement;
    select.value = 'viestinta';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    ($('input[name=remote]') as HTMLInputElement).click();
    ($('form[role=search] button[type=submit]') as HTMLButtonElement).click();
    await until(() => fake.callsOf('tasks.list').length === 2);
    expect(fake.callsOf('tasks.list')[1]!.args[0]).to.deep.include({
      category: ['viestinta'],
      remote: true,
    });
    await until(() => titles(shadow(el)).every((t) => t.startsWith('Jäsenkirjeen')));
  });

  it('sends a postal code and radius together, and rejects a malformed postal code', async () => {
    const { fake, $, $$ } = await list(stories.Default);
    await until(() => $$('.task').length === 5);
    const postal = $('#f-postal') as HTMLInputElement;
    postal.value = '331';
    postal.dispatchEvent(new Event('input', { bubbles: true }));
    ($('form[role=search] button[type=submit]') as HTMLButtonElement).click();
    await until(() => $('#f-postal-error'));
    expect(postal.getAttribute('aria-invalid')).to.equal('true');
    expect(fake.callsOf('tasks.list')).to.have.length(1);
    postal.value = '33100';
    postal.dispatchEvent(new Event('input', { bubbles: true }));
    const radius = $('#f-radius') as HTMLSelectElement;
    radius.value = '25';
    radius.dispatchEvent(new Event('change', { bubbles: true }));
    ($('form[role=search] button[type=submit]') as HTMLButtonElement).click();
    await until(() => fake.callsOf('tasks.list').length === 2);
    expect(fake.callsOf('tasks.list')[1]!.args[0]).to.deep.include({
      postalCode: '33100',
      radiusKm: 25,
    });
  });

  it('takes presets from attributes and can hide the filter bar', async () => {
    const { fake, $ } = await list(stories.PresetsWithoutFilters);
    await until(() => fake.callsOf('tasks.list').length === 1);
    expect(fake.callsOf('tasks.list')[0]!.args[0]).to.deep.include({
      category: ['viestinta'],
      remote: true,
    });
    expect($('form[role=search]')).to.equal(null);
  });

  it('opens a task with the keyboard, emits tehostamo-task-select and returns focus on Escape', async () => {
    const { el, $$ } = await list(stories.Default);
    await until(() => $$('.task').length === 5);
    const button = $$('.task-open')[1]!;
    button.focus();
    const selected = oneEvent(el, 'tehostamo-task-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.task.id).to.equal(102);
    expect(event.bubbles && event.composed).to.equal(true);
    const dialog = shadow(el).querySelector('tehostamo-dialog')!;
    await until(() => dialog.open);
    expect(shadow(dialog).activeElement?.id).to.equal('title');
    expect(shadow(dialog).activeElement?.textContent).to.equal(event.detail.task.title);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open);
    await until(() => shadow(el).activeElement === button);
  });

  it('lets the page take over a selection by cancelling tehostamo-task-select', async () => {
    const { el, $$ } = await list(stories.Default);
    await until(() => $$('.task').length === 5);
    el.addEventListener('tehostamo-task-select', (e) => e.preventDefault(), { once: true });
    $$('.task-open')[0]!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('tehostamo-dialog')!.open).to.equal(false);
  });

  it('applies to a task and emits tehostamo-application-sent once, with an idempotency key', async () => {
    const { el, fake, $, $$ } = await list(stories.Default);
    await until(() => $$('.task').length === 5);
    $$('.task-open')[0]!.click();
    const message = await until(() => $('#message') as HTMLTextAreaElement);
    message.value = 'Ehdin ensi viikolla.';
    message.dispatchEvent(new Event('input'));
    const sent = oneEvent(el, 'tehostamo-application-sent');
    ($('[part=apply-form] button[type=submit]') as HTMLButtonElement).click();
    ($('[part=apply-form] button[type=submit]') as HTMLButtonElement).click();
    const event = await sent;
    expect(event.detail.application.message).to.equal('Ehdin ensi viikolla.');
    expect(event.detail.task.viewer.application).to.deep.include({ status: 'pending' });
    expect(fake.callsOf('applications.create')).to.have.length(1);
    const [, body, options] = fake.callsOf('applications.create')[0]!.args as [
      number,
      unknown,
      { idempotencyKey: string },
    ];
    expect(body).to.deep.equal({ message: 'Ehdin ensi viikolla.' });
    expect(options.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    await until(() => shadow(el).activeElement?.id === 'apply-result');
    await expect(el).to.be.accessible();
  });

  it('keeps the idempotency key when an application is retried after a failure', async () => {
    const { errors } = await import('../../stories/support/fake-client.ts');
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const fake = fakeClient({
      tasks: TASKS,
      signedIn: true,
      user: HELPER,
      errors: { 'applications.create': [errors.network()] },
    });
    const provider = document.createElement('tehostamo-provider');
    provider.client = fake;
    provider.user = HELPER;
    const el = document.createElement('tehostamo-task-list');
    provider.append(el);
    root.append(provider);
    await until(() => shadow(el).querySelectorAll('.task').length === 3);
    shadow(el).querySelector<HTMLElement>('.task-open')!.click();
    const message = await until(() => shadow(el).querySelector<HTMLTextAreaElement>('#message'));
    message.value = 'Voin auttaa.';
    message.dispatchEvent(new Event('input'));
    shadow(el).querySelector<HTMLButtonElement>('[part=apply-form] button[type=submit]')!.click();
    await until(() => shadow(el).querySelector('#apply-error'));
    expect(shadow(el).querySelector('#message')).to.have.property('value', 'Voin auttaa.');
    shadow(el).querySelector<HTMLButtonElement>('[part=apply-form] button[type=submit]')!.click();
    await until(() => shadow(el).querySelector('#apply-result'));
    const keys = fake
      .callsOf('applications.create')
      .map((c) => (c.args[2] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('signs a helper in inline with an emailed code, then applies', async () => {
    const { el, fake, $, $$ } = await list(stories.SignedOut);
    await until(() => $$('.task').length === 3);
    $$('.task-open')[0]!.click();
    const signIn = await until(() => $('tehostamo-sign-in'));
    // The sign-in's code is loaded when it is first needed.
    await customElements.whenDefined('tehostamo-sign-in');
    await (signIn as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await expect(el).to.be.accessible();
    const inner = shadow(signIn);
    const email = await until(() => inner.querySelector<HTMLInputElement>('#email'));
    email.focus();
    await sendKeys({ type: 'mikko.nieminen@example.org' });
    await sendKeys({ press: 'Enter' });
    const code = await until(() => inner.querySelector<HTMLInputElement>('#code'));
    await until(() => inner.activeElement === code);
    expect(fake.callsOf('auth.requestCode')[0]!.args[0]).to.equal('mikko.nieminen@example.org');
    await sendKeys({ type: '111111' });
    await sendKeys({ press: 'Enter' });
    await until(() => inner.querySelector('[role=alert]'));
    expect(inner.querySelector('[role=alert]')!.textContent).to.contain('Koodi ei kelpaa');
    code.value = '';
    await sendKeys({ type: '123456' });
    const signedIn = oneEvent(el, 'tehostamo-sign-in');
    await sendKeys({ press: 'Enter' });
    expect((await signedIn).detail.user.name).to.equal(HELPER.name);
    const message = await until(() => $('#message') as HTMLTextAreaElement);
    await until(() => shadow(el).activeElement === message);
    expect($('.session')!.textContent).to.contain('Mikko Nieminen');
  });

  it('shows no Apply on a task of the viewer’s own organisation', async () => {
    const { el, $, $$ } = await list(stories.OwnTask);
    await until(() => $$('.task').length === 1);
    $$('.task-open')[0]!.click();
    await until(() => $('.apply .notice'));
    expect($('.apply')!.textContent).to.contain('organisaatiosi tehtävä');
    expect($('#message')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Swedish and English when asked, and follows a change of the page language', async () => {
    const sv = await list(stories.Swedish);
    await until(() => sv.$('h2')!.textContent!.includes('Lediga uppdrag'));
    await expect(sv.el).to.be.accessible();
    const en = await list(stories.English);
    await until(() => en.$('h2')!.textContent!.includes('Open tasks'));
    en.provider.setAttribute('lang', 'sv');
    await until(() => en.$('h2')!.textContent!.includes('Lediga uppdrag'));
  });

  it('is accessible with long Finnish text at 320 px and in the dark theme', async () => {
    const narrow = await list(stories.Narrow320);
    await until(() => narrow.$$('.task').length === 4);
    expect(narrow.el.getBoundingClientRect().width).to.be.at.most(320);
    expect(shadow(narrow.el).querySelector('.base')!.scrollWidth).to.be.at.most(320);
    await expect(narrow.el).to.be.accessible();
    const dark = await list(stories.Dark);
    await until(() => dark.$$('.task').length === 5);
    expect(dark.$('.base')!.classList.contains('theme-dark')).to.equal(true);
    await expect(dark.el).to.be.accessible();
  });
});

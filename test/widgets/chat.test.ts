import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/chat.stories.ts';
import type { TehostamoChat } from '../../widgets/chat/chat.ts';
import { linkify } from '../../widgets/chat/linkify.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function chat(story: StoryLike, args: object = {}) {
  const rendered = await renderStory(meta, { ...story, args: { ...story.args, ...args } });
  const el = rendered.root.querySelector('tehostamo-chat') as TehostamoChat;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = <T extends HTMLElement = HTMLElement>(s: string) => [
    ...shadow(el).querySelectorAll<T>(s),
  ];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  const bodies = () => $$('.message .body').map((b) => b.textContent);
  return { ...rendered, el, $, $$, text, bodies };
}

/** Runs a story's play step on the rendered story. */
function play(story: StoryLike & { play?: unknown }, root: HTMLElement) {
  return (story.play as (c: { canvasElement: HTMLElement }) => Promise<void>)({
    canvasElement: root,
  });
}

async function type(c: Awaited<ReturnType<typeof chat>>, value: string) {
  const field = c.$<HTMLTextAreaElement>('textarea')!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await c.el.updateComplete;
}

describe('<tehostamo-chat>', () => {
  afterEach(() => localStorage.clear());

  it("shows the participants' contacts at the top and the thread, newest at the bottom", async () => {
    const c = await chat(stories.Thread);
    await until(() => c.$('.log .message'));
    expect(c.text()).to.contain('Helsingin Omaishoitajat ry');
    const mail = c.$$<HTMLAnchorElement>('a[href^="mailto:"]').map((a) => a.getAttribute('href'));
    expect(mail).to.deep.equal([
      'mailto:aino.virtanen@example.org',
      'mailto:mikko.nieminen@example.org',
    ]);
    expect(c.$<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal(
      'tel:0401234567',
    );
    expect(c.bodies().at(-1)).to.contain('klo 9–12');
    expect(c.bodies()[0]).to.contain('Hei Mikko');
    const authors = c.$$<HTMLAnchorElement>('.message .meta a').map((a) => a.getAttribute('href'));
    expect(authors).to.deep.equal(['/users/7', '/users/9', '/users/7', '/users/9']);
    const log = c.$('[role=log]')!;
    expect(log.getAttribute('aria-live')).to.equal('polite');
    await expect(c.el).to.be.accessible();
  });

  it('counts unread messages from the server mark, draws the line, and marks the thread read once seen', async () => {
    const c = await chat(stories.Unread);
    await until(() => c.$('.log .message'));
    expect(c.$('.divider')!.textContent).to.contain('Uudet viestit');
    // The line sits before the first message by someone else after the mark (id 2).
    const items = c.$$('.messages > li');
    expect(items.indexOf(c.$('.divider')!)).to.equal(1);
    await expect(c.el).to.be.accessible();
    await until(() => c.fake.callsOf('messages.markRead').length > 0);
    expect(c.fake.callsOf('messages.markRead')[0]!.args).to.deep.equal([101, { lastReadId: 4 }]);
    await until(() => c.fake.chat.lastReadId === 4);
    await until(() => !c.$('[part~=unread]'));
  });

  it('shows the unread count before the end has been seen', async () => {
    const c = await chat(stories.Unread, { width: 320 });
    // The end of the thread is out of view: nothing is marked read, the count shows.
    c.el.style.setProperty('--tehostamo-chat-max-height', '3rem');
    await until(() => c.$('[part~=unread]'));
    expect(c.$('[part~=unread]')!.textContent).to.contain('2 lukematonta viestiä');
  });

  it('delivers a message written elsewhere without a reload, by polling after the newest id', async () => {
    const c = await chat(stories.Thread, { 'poll-interval': 30 });
    await until(() => c.bodies().length === 4);
    c.fake.chat.add(101, { id: 9, name: 'Mikko Nieminen' }, 'Uusi viesti toiselta palvelimelta');
    await until(() => c.bodies().at(-1)?.includes('toiselta palvelimelta'));
    const polls = c.fake.callsOf('messages.list').slice(1);
    expect(polls.some((p) => (p.args[1] as { after: number }).after === 4)).to.equal(true);
    await until(() =>
      shadow(c.el).querySelector('[role=status]')!.textContent!.includes('Uusi viesti'),
    );
    expect(c.bodies()).to.have.length(5);
  });

  it('stops polling when removed from the page', async () => {
    const c = await chat(stories.Thread, { 'poll-interval': 20 });
    await until(() => c.fake.callsOf('messages.list').length >= 2);
    c.el.remove();
    await new Promise((r) => setTimeout(r, 50));
    const count = c.fake.callsOf('messages.list').length;
    await new Promise((r) => setTimeout(r, 150));
    expect(c.fake.callsOf('messages.list').length).to.be.at.most(count + 1);
  });

  it('sends with Enter from the keyboard alone; Shift+Enter makes a new line', async () => {
    const c = await chat(stories.Empty);
    await until(() => c.$('textarea'));
    expect(c.text()).to.contain('Ei vielä viestejä');
    const sent: unknown[] = [];
    c.root.addEventListener('tehostamo-message-sent', (e) => sent.push(e.detail));
    c.$('textarea')!.focus();
    await sendKeys({ type: 'Ensimmäinen rivi' });
    await sendKeys({ press: 'Shift+Enter' });
    await sendKeys({ type: 'toinen rivi' });
    await sendKeys({ press: 'Enter' });
    await until(() => c.bodies().length === 1);
    expect(c.bodies()[0]).to.equal('Ensimmäinen rivi\ntoinen rivi');
    expect(c.$<HTMLTextAreaElement>('textarea')!.value).to.equal('');
    expect(sent).to.have.length(1);
    expect(c.fake.callsOf('messages.create')).to.have.length(1);
    await expect(c.el).to.be.accessible();
  });

  it('keeps the draft while sending, and after a failure, until the server confirms', async () => {
    const sending = await chat(stories.Sending);
    await play(stories.Sending, sending.root);
    await until(() => sending.$('button[type=submit]')!.textContent!.includes('Lähetetään'));
    expect(sending.$<HTMLTextAreaElement>('textarea')!.value).to.equal(
      'Lähetän laskelman iltapäivällä.',
    );
    await expect(sending.el).to.be.accessible();

    const failed = await chat(stories.FailedSend);
    await play(stories.FailedSend, failed.root);
    await until(() => failed.$('[role=alert]'));
    expect(failed.$<HTMLTextAreaElement>('textarea')!.value).to.equal(
      'Lähetän laskelman iltapäivällä.',
    );
    await expect(failed.el).to.be.accessible();
    failed.$<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => failed.bodies().length === 5);
    const keys = failed.fake
      .callsOf('messages.create')
      .map((c) => (c.args[2] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
  });

  it('a send whose answer is lost after the server stored it is retried once and shown once', async () => {
    const c = await chat(stories.Empty);
    await until(() => c.$('textarea'));
    // The server stores the message, and its answer never arrives the first time.
    const fake = c.fake;
    const lost = fake.tasks.messages.create;
    let first = true;
    (fake.tasks.messages as { create: typeof lost }).create = (async (
      ...args: Parameters<typeof lost>
    ) => {
      const stored = await lost(...args);
      if (first) {
        first = false;
        throw new (await import('../../sdk/errors.ts')).NetworkError(
          'lost',
          new TypeError('Failed to fetch'),
        );
      }
      return stored;
    }) as typeof lost;
    await type(c, 'Tämä ei saa tulla kahdesti');
    c.$<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => c.$('[role=alert]'));
    expect(c.$<HTMLTextAreaElement>('textarea')!.value).to.equal('Tämä ei saa tulla kahdesti');
    c.$<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => c.$<HTMLTextAreaElement>('textarea')!.value === '');
    expect(
      fake.chat.messages.filter((m) => m.body === 'Tämä ei saa tulla kahdesti'),
    ).to.have.length(1);
    expect(c.bodies()).to.deep.equal(['Tämä ei saa tulla kahdesti']);
  });

  it('keeps an unsent draft and its key across a reload', async () => {
    const first = await chat(stories.FailedSend);
    await play(stories.FailedSend, first.root);
    await until(() => first.$('[role=alert]'));
    const key = (first.fake.callsOf('messages.create')[0]!.args[2] as { idempotencyKey: string })
      .idempotencyKey;
    first.root.remove();
    const again = await chat(stories.Thread);
    await until(
      () => again.$<HTMLTextAreaElement>('textarea')?.value === 'Lähetän laskelman iltapäivällä.',
    );
    again.$<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => again.fake.callsOf('messages.create').length === 1);
    expect(
      (again.fake.callsOf('messages.create')[0]!.args[2] as { idempotencyKey: string })
        .idempotencyKey,
    ).to.equal(key);
  });

  it('renders hostile message bodies as text; only http and https addresses become links', async () => {
    const c = await chat(stories.Empty);
    await until(() => c.$('textarea'));
    const hostile = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=2</script>',
      'javascript:window.__pwned=3',
      '[klikkaa](javascript:alert(1)) <a href="javascript:alert(1)">linkki</a>',
      'data:text/html,<b>x</b> ja http://" onmouseover="window.__pwned=4',
      'Katso https://example.fi/a?b=1&c=<b>2</b>. Ja (https://fi.wikipedia.org/wiki/Tase_(kirjanpito)).',
    ];
    for (const body of hostile) c.fake.chat.add(101, { id: 9, name: '<b>Mikko</b>' }, body);
    c.el.pollInterval = 20;
    await until(() => c.bodies().length === hostile.length);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(c.$$('.body img, .body script, .body b')).to.have.length(0);
    const shown = c.bodies().map((b) => b!.replace(/ \(avautuu uuteen välilehteen\)/g, ''));
    expect(shown).to.deep.equal(hostile);
    const links = c.$$<HTMLAnchorElement>('.body a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.fi/a?b=1&c=',
      'https://fi.wikipedia.org/wiki/Tase_(kirjanpito)',
    ]);
    for (const a of links) {
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.target).to.equal('_blank');
    }
    expect(c.$$('.meta a')[0]!.textContent).to.equal('<b>Mikko</b>');
    await expect(c.el).to.be.accessible();
  });

  it('tells someone outside the match that the chat is not theirs, and loads nothing else', async () => {
    const c = await chat(stories.NotAParticipant);
    await until(() => c.$('[part~=state]') && !c.$('[aria-busy]'));
    expect(c.text()).to.contain('tilaajaorganisaation ja valittujen tekijöiden');
    expect(c.$('textarea')).to.equal(null);
    expect(c.$$('a[href^="mailto:"]')).to.have.length(0);
    await expect(c.el).to.be.accessible();
  });

  it('after cancellation shows the names without contact details', async () => {
    const c = await chat(stories.Cancelled);
    await until(() => c.$('[part~=participants]'));
    expect(c.$$('a[href^="mailto:"]')).to.have.length(0);
    expect(c.text()).to.contain('yhteystiedot eivät ole enää näkyvissä');
    await expect(c.el).to.be.accessible();
  });

  it('fits 320 px and speaks Swedish', async () => {
    const c = await chat(stories.Narrow);
    await until(() => c.$('.log .message'));
    expect(c.text()).to.contain('Deltagare');
    expect(c.el.scrollWidth).to.be.at.most(320);
    await expect(c.el).to.be.accessible();
  });
});

describe('linkify', () => {
  it('leaves every other scheme as text and trims sentence punctuation', () => {
    expect(linkify('ftp://x.fi mailto:a@b.fi javascript:alert(1)')).to.deep.equal([
      { text: 'ftp://x.fi mailto:a@b.fi javascript:alert(1)' },
    ]);
    expect(linkify('Ks. http://a.fi, kiitos!')).to.deep.equal([
      { text: 'Ks. ' },
      { text: 'http://a.fi', href: 'http://a.fi/' },
      { text: ', kiitos!' },
    ]);
  });
});

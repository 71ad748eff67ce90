import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/sign-in.stories.ts';
import type { TehostamoSignIn } from '../../widgets/shared/sign-in.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function signIn(story: StoryLike & { play?: unknown }) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-sign-in') as TehostamoSignIn;
  await el.updateComplete;
  const play = story.play as ((c: { canvasElement: HTMLElement }) => Promise<void>) | undefined;
  if (play) await play({ canvasElement: rendered.root });
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  return { ...rendered, el, $ };
}

describe('<tehostamo-sign-in>', () => {
  it('refuses an address that is not one, next to the field', async () => {
    const s = await signIn(stories.Default);
    await expect(s.el).to.be.accessible();
    s.$<HTMLInputElement>('#email')!.focus();
    await sendKeys({ type: 'mikko.example.org' });
    await sendKeys({ press: 'Enter' });
    await until(() => s.$('#email-error'));
    expect(s.$('#email-error')!.textContent).to.contain('nimi@esimerkki.fi');
    expect(s.$('#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(s.fake.callsOf('auth.requestCode')).to.have.length(0);
    await expect(s.el).to.be.accessible();
  });

  it('asks for a code in the page’s language, moves focus to the code and signs in', async () => {
    const s = await signIn(stories.CodeSent);
    const code = await until(() => s.$<HTMLInputElement>('#code'));
    await until(() => shadow(s.el).activeElement === code);
    expect(s.fake.callsOf('auth.requestCode')[0]!.args).to.deep.equal([
      'mikko.nieminen@example.org',
      { lang: 'fi' },
    ]);
    expect(s.$('form')!.textContent).to.contain('mikko.nieminen@example.org');
    await expect(s.el).to.be.accessible();
    await sendKeys({ type: '12345' });
    await sendKeys({ press: 'Enter' });
    await until(() => s.$('#code-error'));
    expect(s.fake.callsOf('auth.signIn')).to.have.length(0);
    await sendKeys({ type: '6' });
    const done = oneEvent(s.el, 'tehostamo-sign-in');
    await sendKeys({ press: 'Enter' });
    const event = await done;
    expect(event.detail.user.name).to.equal('Mikko Nieminen');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(s.fake.callsOf('auth.signIn')[0]!.args).to.deep.equal([
      'mikko.nieminen@example.org',
      '123456',
    ]);
  });

  it('can go back to use another address', async () => {
    const s = await signIn(stories.CodeSent);
    await until(() => s.$('#code'));
    s.$<HTMLButtonElement>('button.link')!.click();
    const email = await until(() => s.$<HTMLInputElement>('#email'));
    await until(() => shadow(s.el).activeElement === email);
    expect(email.value).to.equal('mikko.nieminen@example.org');
  });

  it('shows the sending state and a rate limit as an alert', async () => {
    const sending = await signIn(stories.Sending);
    await until(() => sending.$<HTMLButtonElement>('button[type=submit]')!.disabled);
    expect(sending.$('button[type=submit]')!.textContent).to.contain('Lähetetään koodia');
    await expect(sending.el).to.be.accessible();
    const limited = await signIn(stories.Error);
    await until(() => limited.$('[role=alert]'));
    expect(limited.$('[role=alert]')!.textContent).to.contain('Liian monta yritystä');
    await expect(limited.el).to.be.accessible();
  });

  it('is accessible in both views, at 320 px, dark, in Swedish and English', async () => {
    for (const story of [
      stories.Requester,
      stories.Narrow320,
      stories.Dark,
      stories.Swedish,
      stories.English,
    ]) {
      const s = await signIn(story);
      await expect(s.el).to.be.accessible();
    }
    const sv = await signIn(stories.Swedish);
    expect(sv.$('button[type=submit]')!.textContent).to.contain('Skicka kod');
  });
});

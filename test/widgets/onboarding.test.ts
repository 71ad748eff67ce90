import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/onboarding.stories.ts';
import type { TehostamoOnboarding } from '../../widgets/onboarding/onboarding.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function onboarding(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-onboarding') as TehostamoOnboarding;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = (s: string) => [...shadow(el).querySelectorAll<HTMLElement>(s)];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  const step = () => $('[part=step]')!.dataset.step;
  const type = async (selector: string, value: string) => {
    const input = $<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  };
  await until(() => $('[part=step] h2'));
  return { ...rendered, el, $, $$, text, step, type };
}

describe('<tehostamo-onboarding>', () => {
  it('asks a new person for their name and role, and nothing is taken from the email', async () => {
    const o = await onboarding(stories.FirstSignIn);
    expect(o.step()).to.equal('about');
    expect(o.$<HTMLInputElement>('#name')!.value).to.equal('');
    expect(o.text()).not.to.contain('maija');
    o.$<HTMLButtonElement>('button[type=submit]')!.click();
    await o.el.updateComplete;
    expect(o.$('#name-error')!.textContent).to.contain('Kirjoita nimi');
    expect(o.$('#roles-error')!.textContent).to.contain('Valitse ainakin yksi');
    expect(shadow(o.el).activeElement?.id).to.equal('name');
    expect(o.fake.callsOf('me.update')).to.have.length(0);
    await expect(o.el).to.be.accessible();

    const updated: unknown[] = [];
    o.root.addEventListener('tehostamo-user-updated', (e) => updated.push(e.detail.user));
    await o.type('#name', 'Maija Meikäläinen');
    o.$<HTMLInputElement>('input[name=helper]')!.click();
    o.$<HTMLInputElement>('input[name=requester]')!.click();
    await o.el.updateComplete;
    o.$<HTMLButtonElement>('button[type=submit]')!.click();
    await o.el.updateComplete;
    expect(o.$('#helper-type-error')!.textContent).to.contain('millaisena tekijänä');
    const kind = o.$<HTMLSelectElement>('#helper-type')!;
    kind.value = 'ngo_staff';
    kind.dispatchEvent(new Event('change'));
    o.$<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => o.step() === 'organisation');
    expect(o.fake.callsOf('me.update')[0]!.args[0]).to.deep.equal({
      name: 'Maija Meikäläinen',
      helperType: 'ngo_staff',
    });
    expect(updated).to.have.length(1);
    await until(() => shadow(o.el).activeElement?.id === 'org-heading');
    await expect(o.el).to.be.accessible();
  });

  it('finds an organisation by business id and asks to join it; the admins decide', async () => {
    const o = await onboarding(stories.Organisation);
    expect(o.step()).to.equal('organisation');
    await o.type('#org-search', '0737546-2');
    o.$<HTMLFormElement>('form[role=search]')!.requestSubmit();
    await until(() => o.$$('[part=results] li').length === 1);
    expect(o.text()).to.contain('Kotikylän Eläkeläiset ry');
    const ask = o.$<HTMLButtonElement>('[part=results] button')!;
    expect(ask.getAttribute('aria-label')).to.equal('Pyydä liittymistä: Kotikylän Eläkeläiset ry');
    await expect(o.el).to.be.accessible();
    ask.click();
    await until(() => o.step() === 'done');
    expect(o.fake.callsOf('organisations.joinRequests.create')[0]!.args).to.deep.equal([1]);
    expect(o.text()).to.contain('ylläpitäjät saavat siitä sähköpostin');
    expect(o.$('a[href="/settings/profile"]')).not.to.equal(null);
    const done: unknown[] = [];
    o.root.addEventListener('tehostamo-onboarding-done', (e) => done.push(e.detail.user));
    o.$<HTMLButtonElement>('button.primary')!.click();
    expect(done).to.have.length(1);
    await expect(o.el).to.be.accessible();
  });

  it('says when no organisation matches, and shows a request that already waits', async () => {
    const o = await onboarding(stories.Organisation);
    await o.type('#org-search', 'Olematon');
    o.$<HTMLFormElement>('form[role=search]')!.requestSubmit();
    await until(() => o.text().includes('Hakuasi vastaavaa organisaatiota ei löytynyt'));
    const w = await onboarding(stories.Waiting);
    expect(w.text()).to.contain(
      'Liittymispyyntösi odottaa organisaation Kotikylän Eläkeläiset ry ylläpitäjien hyväksyntää.',
    );
  });

  it('creates an organisation, checking the business id and showing the place as typed', async () => {
    const o = await onboarding(stories.Organisation);
    const kind = o.$<HTMLSelectElement>('#org-kind')!;
    kind.value = 'umbrella';
    kind.dispatchEvent(new Event('change'));
    await o.type('#org-name', 'Kylien Liitto ry');
    await o.type('#org-business-id', '1234567-8');
    await o.type('#org-sector', 'Kylätoiminta');
    await o.type('#org-postal-code', '33100');
    await until(() => o.text().includes('Tampere, Pirkanmaa'));
    o.$<HTMLFormElement>('#create')!.requestSubmit();
    await o.el.updateComplete;
    expect(o.$('#org-business-id-error')!.textContent).to.contain('tarkiste');
    expect(shadow(o.el).activeElement?.id).to.equal('org-business-id');
    expect(o.fake.callsOf('organisations.create')).to.have.length(0);
    await expect(o.el).to.be.accessible();

    await o.type('#org-business-id', '1563467-1');
    o.$<HTMLFormElement>('#create')!.requestSubmit();
    await until(() => o.step() === 'done');
    expect(o.fake.callsOf('organisations.create')[0]!.args[0]).to.deep.equal({
      name: 'Kylien Liitto ry',
      kind: 'umbrella',
      sector: 'Kylätoiminta',
      businessId: '1563467-1',
      postalCode: '33100',
    });
    expect(o.text()).to.contain('Organisaatio Kylien Liitto ry on luotu');
    await until(() => o.$('a[href="/settings/organisation"]'));
  });

  it('a taken business id is told next to its field', async () => {
    const o = await onboarding(stories.Organisation);
    await o.type('#org-name', 'Toinen nimi ry');
    await o.type('#org-business-id', '0737546-2');
    o.$<HTMLFormElement>('#create')!.requestSubmit();
    await until(() => o.$('#org-business-id-error'));
    expect(o.$('#org-business-id-error')!.textContent).to.contain('Y-tunnuksella on jo');
  });

  it('can be left for later, with the next step still offered', async () => {
    const o = await onboarding(stories.Organisation);
    const done: unknown[] = [];
    o.root.addEventListener('tehostamo-onboarding-done', (e) => done.push(e.detail));
    o.$<HTMLButtonElement>('button.link')!.click();
    expect(done).to.have.length(1);
  });

  it('works by keyboard alone', async () => {
    const o = await onboarding(stories.FirstSignIn);
    o.$('#name')!.focus();
    await sendKeys({ type: 'Kalle' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(o.$<HTMLInputElement>('input[name=requester]')!.checked).to.equal(true);
    o.$('#name')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => o.step() === 'organisation');
    expect(o.fake.callsOf('me.update')[0]!.args[0]).to.deep.equal({ name: 'Kalle' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Kotikylän' });
    await sendKeys({ press: 'Enter' });
    await until(() => o.$$('[part=results] li').length === 2);
  });

  it('tells a failed save, and is accessible at 320 px, dark and in Swedish', async () => {
    const f = await onboarding(stories.SaveFailed);
    await f.type('#name', 'Maija');
    f.$<HTMLInputElement>('input[name=requester]')!.click();
    f.$<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => f.$('[role=alert]'));
    expect(f.$<HTMLInputElement>('#name')!.value).to.equal('Maija');
    await expect(f.el).to.be.accessible();
    const narrow = await onboarding(stories.Narrow320);
    expect(shadow(narrow.el).querySelector('.base')!.scrollWidth).to.be.at.most(320);
    await expect(narrow.el).to.be.accessible();
    const dark = await onboarding(stories.Dark);
    await expect(dark.el).to.be.accessible();
    const sv = await onboarding(stories.Swedish);
    expect(sv.text()).to.contain('Välkommen till Tehostamo');
    await expect(sv.el).to.be.accessible();
  });
});

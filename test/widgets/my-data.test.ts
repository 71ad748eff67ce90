import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/my-data.stories.ts';
import type { TehostamoMyData } from '../../widgets/my-data/my-data.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function mine(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-my-data') as TehostamoMyData;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const button = (label: string) =>
    [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.includes(label),
    )!;
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  await el.updateComplete;
  return { ...rendered, el, $, button, text };
}

/** The downloads the widget starts, caught before the browser saves them. */
function catchDownloads() {
  const saved: { name: string; href: string }[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) saved.push({ name: this.download, href: this.href });
    else original.call(this);
  };
  return { saved, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

describe('<tehostamo-my-data>', () => {
  it('downloads everything stored about the person, as JSON and as a readable page', async () => {
    const c = await mine(stories.Default);
    const downloads = catchDownloads();
    try {
      c.button('JSON').click();
      await until(() => downloads.saved.length === 1);
      expect(downloads.saved[0]!.name).to.equal('tehostamo-2026-11-28.json');
      const json = await (await fetch(downloads.saved[0]!.href)).json();
      expect(json.format).to.equal('tehostamo-personal-export/1');
      c.button('HTML').click();
      await until(() => downloads.saved.length === 2);
      expect(downloads.saved[1]!.name).to.equal('tehostamo-2026-11-28.html');
      const page = await (await fetch(downloads.saved[1]!.href)).text();
      expect(page).to.contain('<h2 id="signIns">');
      expect(page).to.contain('192.0.2.10');
    } finally {
      downloads.restore();
    }
    expect(c.fake.callsOf('me.export')).to.have.length(2);
    await until(() => c.text().includes('Tiedot on ladattu.'));
    await expect(c.el).to.be.accessible();
  });

  it('erases the account with the emailed code, by keyboard alone, and signs out', async () => {
    const c = await mine(stories.Default);
    let erased = 0;
    let signedOut = 0;
    c.root.addEventListener('tehostamo-account-erased', () => erased++);
    c.root.addEventListener('tehostamo-sign-out', () => signedOut++);
    c.button('Lähetä vahvistuskoodi').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => c.$('#erasure-code'));
    expect(shadow(c.el).activeElement).to.equal(c.$('#erasure-code'));
    expect(c.text()).to.contain('voimassa 10 minuuttia');
    await expect(c.el).to.be.accessible();

    await sendKeys({ type: '654321' });
    await sendKeys({ press: 'Enter' });
    await until(() => c.text().includes('Yrityksiä jäljellä: 4'));
    expect(c.$('#erasure-code')!.getAttribute('aria-invalid')).to.equal('true');
    expect(erased).to.equal(0);

    const input = c.$<HTMLInputElement>('#erasure-code')!;
    input.focus();
    input.select();
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await until(() => c.text().includes('Tilisi on poistettu'));
    expect(c.fake.callsOf('me.erase').map((call) => call.args)).to.deep.equal([
      [{ code: '654321' }],
      [{ code: '123456' }],
    ]);
    expect(erased).to.equal(1);
    expect(signedOut).to.equal(1);
    await expect(c.el).to.be.accessible();
  });

  it("tells an organisation's only admin to hand it over or close it first", async () => {
    const c = await mine(stories.LastAdmin);
    c.button('Lähetä vahvistuskoodi').click();
    await until(() => c.$('[role=alert]'));
    expect(c.text()).to.contain('ainoa ylläpitäjä');
    expect(c.text()).to.contain('Helsingin Omaishoitajat ry');
    expect(c.$<HTMLAnchorElement>('[role=alert] a')!.getAttribute('href')).to.equal(
      '/settings/organisation',
    );
    expect(c.$('#erasure-code')).to.equal(null);
    await expect(c.el).to.be.accessible();
  });

  it("gives an organisation's admin its data and closes it with the emailed code", async () => {
    const c = await mine(stories.Organisation);
    expect(c.text()).to.contain('Organisaation tiedot: Helsingin Omaishoitajat ry');
    const downloads = catchDownloads();
    try {
      c.button('JSON').click();
      await until(() => downloads.saved.length === 1);
      expect(downloads.saved[0]!.name).to.equal('tehostamo-organisation-1-2026-11-28.json');
    } finally {
      downloads.restore();
    }
    expect(c.fake.callsOf('organisations.export')[0]!.args).to.deep.equal([1]);
    let closed: unknown = null;
    c.root.addEventListener('tehostamo-organisation-changed', (e) => (closed = e.detail));
    c.button('Lähetä vahvistuskoodi').click();
    const input = await until(() => c.$<HTMLInputElement>('#erasure-code'));
    input.value = '123456';
    input.dispatchEvent(new Event('input'));
    c.button('Sulje organisaatio pysyvästi').click();
    await until(() => c.text().includes('Organisaatio on suljettu.'));
    expect(c.fake.callsOf('organisations.close')[0]!.args).to.deep.equal([1, { code: '123456' }]);
    expect(closed).to.deep.equal({ organisationId: 1, what: 'closed' });
    expect(c.fake.callsOf('me.erase')).to.have.length(0);
    await expect(c.el).to.be.accessible();
  });

  it('shows a failed export, and works at 320 px in Swedish and English', async () => {
    const failed = await mine(stories.ExportError);
    failed.button('JSON').click();
    await until(() => failed.$('[role=alert]'));
    await expect(failed.el).to.be.accessible();

    const narrow = await mine(stories.Narrow320);
    expect(narrow.el.getBoundingClientRect().width).to.be.at.most(320);
    for (const b of narrow.el.shadowRoot!.querySelectorAll('button')) {
      expect(b.scrollWidth).to.be.at.most(b.clientWidth + 1);
    }
    const sv = await mine(stories.Swedish);
    expect(sv.text()).to.contain('Dina uppgifter');
    const en = await mine(stories.English);
    expect(en.text()).to.contain('Erase your account');
    await expect(en.el).to.be.accessible();
  });
});

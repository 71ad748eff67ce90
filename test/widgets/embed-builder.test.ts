import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/embed-builder.stories.ts';
import type { TehostamoEmbedBuilder } from '../../widgets/embed-builder/embed-builder.ts';
import { isOrigin, snippetFor } from '../../widgets/embed-builder/embed-builder.ts';
import { deepActiveElement } from '../../widgets/shared/dialog.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function builder(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-embed-builder') as TehostamoEmbedBuilder;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = <T extends HTMLElement = HTMLElement>(s: string) => [
    ...shadow(el).querySelectorAll<T>(s),
  ];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  return { ...rendered, el, $, $$, text };
}

describe('the embed code', () => {
  it('names the bundle, the key and only the attributes chosen', () => {
    const code = snippetFor('https://tehostamo.example', 'pk_abc', {
      widget: 'task-list',
      lang: 'sv',
      category: 'viestinta',
      remote: true,
      hideFilters: false,
      theme: 'dark',
    });
    expect(code).to.contain('src="https://tehostamo.example/widgets/tehostamo.js"');
    expect(code).to.contain('publishable-key="pk_abc" lang="sv" theme="dark"');
    expect(code).to.contain('<tehostamo-task-list category="viestinta" remote>');
    expect(code).not.to.contain('hide-filters');
  });

  it('takes an origin without a path only', () => {
    expect(isOrigin('https://www.yhdistys.fi')).to.equal(true);
    expect(isOrigin('https://www.yhdistys.fi/sivu')).to.equal(false);
    expect(isOrigin('javascript:alert(1)')).to.equal(false);
  });
});

describe('<tehostamo-embed-builder>', () => {
  it('lists the keys: a publishable key with its sites and joining rule, a secret key by its start only', async () => {
    const b = await builder(stories.Default);
    await until(() => b.$$('[part~=key]').length === 2);
    expect(b.text()).to.contain('https://www.kotikyla.fi');
    expect(b.text()).to.contain('kotikyla.fi');
    expect(b.text()).to.contain('sk_9z8y7x6w5…');
    expect(b.$('[part=snippet]')).to.not.equal(null);
    await expect(b.el).to.be.accessible();
  });

  it('adds a site by keyboard, refusing an address with a path first', async () => {
    const b = await builder(stories.Default);
    const input = await until(() => b.$<HTMLInputElement>('#origin-41'));
    input.focus();
    await sendKeys({ type: 'https://uusi.kotikyla.fi/sivu' });
    await sendKeys({ press: 'Enter' });
    await until(() => b.$('#origin-41-error'));
    expect(b.fake.callsOf('organisations.apiKeys.update')).to.have.length(0);
    input.value = '';
    input.focus();
    await sendKeys({ type: 'https://uusi.kotikyla.fi' });
    await sendKeys({ press: 'Enter' });
    await until(() => b.fake.callsOf('organisations.apiKeys.update').length === 1);
    expect(b.fake.callsOf('organisations.apiKeys.update')[0]!.args[2]).to.deep.equal({
      allowedOrigins: ['https://www.kotikyla.fi', 'https://uusi.kotikyla.fi'],
    });
    await until(() => b.text().includes('https://uusi.kotikyla.fi'));
  });

  it('makes a key, shows it once, and the code to copy carries it', async () => {
    const b = await builder(stories.NoKeys);
    await until(() => b.$('#key-name'));
    expect(b.text()).to.contain('ei ole vielä avaimia');
    b.$<HTMLButtonElement>('[part=create] button[type=submit]')!.click();
    await until(() => b.$('#key-name-error'));
    b.$<HTMLInputElement>('#key-name')!.focus();
    await sendKeys({ type: 'Kotisivut' });
    b.$<HTMLInputElement>('#key-origin')!.focus();
    await sendKeys({ type: 'https://www.kotikyla.fi' });
    b.$<HTMLButtonElement>('[part=create] button[type=submit]')!.click();
    const secret = await until(() => b.$('code.secret'));
    const key = secret.textContent!.trim();
    expect(key).to.match(/^pk_/);
    const snippet = await until(() => b.$<HTMLTextAreaElement>('#snippet'));
    expect(snippet.value).to.contain(`publishable-key="${key}"`);
    // Choosing attributes changes the code at once.
    const category = b.$<HTMLSelectElement>('#builder-category')!;
    category.value = 'viestinta';
    category.dispatchEvent(new Event('change'));
    await until(() => b.$<HTMLTextAreaElement>('#snippet')!.value.includes('category="viestinta"'));
    expect(b.$('[part=preview] tehostamo-task-list')).to.not.equal(null);
    await expect(b.el).to.be.accessible();
  });

  it('rotates and revokes only after the admin says yes in the dialog', async () => {
    const b = await builder(stories.Default);
    await until(() => b.$$('[part~=key]').length === 2);
    const press = async (label: string) => {
      const button = await until(() =>
        b.$$<HTMLButtonElement>('button').find((x) => x.getAttribute('aria-label') === label),
      );
      button.click();
    };
    const answer = async (text: string) => {
      const dialog = await until(() => b.$('tehostamo-dialog[open]'));
      [...dialog.querySelectorAll('button')].find((x) => x.textContent!.trim() === text)!.click();
    };

    await press('Vaihda salaisuus: Kotisivut');
    const dialog = await until(() => b.$('tehostamo-dialog[open]'));
    expect(dialog.getAttribute('label')).to.equal('Vaihdetaanko avaimen Kotisivut salaisuus?');
    await expect(b.el).to.be.accessible();
    await answer('Peruuta');
    await until(() => !b.$('tehostamo-dialog[open]'));
    expect(b.fake.callsOf('organisations.apiKeys.rotate')).to.have.length(0);

    await press('Vaihda salaisuus: Kotisivut');
    await answer('Vaihda salaisuus');
    await until(() => b.fake.callsOf('organisations.apiKeys.rotate').length === 1);
    await until(() => b.$('code.secret'));

    await press('Poista käytöstä: Jäsenrekisteri');
    await answer('Poista käytöstä');
    await until(() => b.fake.callsOf('organisations.apiKeys.revoke').length === 1);
    // The revoked key's buttons are gone: the focus is on the list's heading, not lost.
    await until(() => deepActiveElement() === b.$('#keys-heading'));
  });

  it('tells a member who is not an admin, and someone signed out, what to do', async () => {
    const member = await builder(stories.NotAdmin);
    await until(() => member.text().includes('Vain organisaation ylläpitäjä'));
    await expect(member.el).to.be.accessible();
    const out = await builder(stories.SignedOut);
    await until(() => out.text().includes('Kirjaudu sisään'));
  });

  it('fits 320 px', async () => {
    const b = await builder(stories.Default);
    await until(() => b.$('[part=snippet]'));
    b.el.style.width = '320px';
    await b.el.updateComplete;
    expect(b.el.scrollWidth).to.be.at.most(330);
  });
});

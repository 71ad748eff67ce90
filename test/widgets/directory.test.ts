import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/directory.stories.ts';
import editorMeta, * as editorStories from '../../stories/listing-editor.stories.ts';
import type { FakeDirectory } from '../../stories/support/directory-data.ts';
import type { TehostamoDirectory } from '../../widgets/directory/directory.ts';
import type { TehostamoListingEditor } from '../../widgets/listing-editor/listing-editor.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function open<E extends HTMLElement>(m: { args?: object }, story: StoryLike, tag: string) {
  const rendered = await renderStory(m, story);
  const el = rendered.root.querySelector(tag) as E;
  const directory = (rendered.provider.client as unknown as { directory: FakeDirectory }).directory;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = <T extends HTMLElement = HTMLElement>(s: string) => [
    ...shadow(el).querySelectorAll<T>(s),
  ];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  return { ...rendered, el, directory, $, $$, text };
}

describe('<tehostamo-directory>', () => {
  it('shows service cards with how to reach them, and counts beside each filter', async () => {
    const c = await open<TehostamoDirectory>(meta, stories.Default, 'tehostamo-directory');
    await until(() => c.$$('[part~=card]').length === 3);
    expect(c.text()).to.contain('3 palvelua');
    expect(c.text()).to.contain('Muistikahvila');
    expect(c.text()).to.contain('Puijonkatu 1, 70100 Kuopio');
    expect(c.text()).to.contain('Aukioloajat: ti 13–15');
    expect(c.text()).to.contain('Maksullinen – 10 € / kerta');
    expect(c.text()).to.contain('Vaatii lähetteen');
    expect(c.text()).to.contain('Tietoja ei ole tarkistettu yli vuoteen.');
    const tg = c.$<HTMLSelectElement>('#facet-targetGroup')!;
    expect([...tg.options].map((o) => o.textContent!.trim())).to.include(
      'Muistisairaat ja heidän läheisensä (2)',
    );
    const tel = c.$<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:0171234567');
    await expect(c.el).to.be.accessible();
  });

  it('searches by the words typed, by keyboard alone, and filters by a facet', async () => {
    const c = await open<TehostamoDirectory>(meta, stories.Default, 'tehostamo-directory');
    await until(() => c.$$('[part~=card]').length === 3);
    c.$<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'muistisairaus' });
    await sendKeys({ press: 'Enter' });
    await until(() => c.$$('[part~=card]').length === 2);
    expect(c.text()).to.contain('Muistikahvila');
    expect(c.text()).not.to.contain('Kriisipuhelin');
    expect(c.directory.calls.at(-1)!.args[0]).to.deep.equal({ q: 'muistisairaus' });
    const select = c.$<HTMLSelectElement>('#facet-theme')!;
    select.value = 'peer_support';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => c.directory.calls.at(-1)!.args[0]);
    expect(c.directory.calls.at(-1)!.args[0]).to.deep.equal({
      q: 'muistisairaus',
      theme: 'peer_support',
    });
  });

  it('fixed to a region and a target group: sends them, and hides that filter', async () => {
    const c = await open<TehostamoDirectory>(
      meta,
      stories.FixedRegionAndTargetGroup,
      'tehostamo-directory',
    );
    await until(() => c.$$('[part~=card]').length > 0);
    expect(c.directory.calls[0]!.args[0]).to.deep.equal({
      region: 'Pohjois-Savo',
      targetGroup: 'carers',
    });
    expect(c.$('#facet-targetGroup')).to.equal(null);
    expect(c.$('#facet-theme')).not.to.equal(null);
    await expect(c.el).to.be.accessible();
  });

  it("opens an organisation's page from a card, and sends an edit link to its stored address", async () => {
    const c = await open<TehostamoDirectory>(meta, stories.Default, 'tehostamo-directory');
    await until(() => c.$$('[part~=card]').length === 3);
    let opened = 0;
    c.el.addEventListener('tehostamo-listing-open', (e) => {
      opened = (e as CustomEvent<{ organisationId: number }>).detail.organisationId;
    });
    c.$<HTMLButtonElement>('[part~=card] button.link')!.click();
    await until(() => c.$('[part~=listing]'));
    expect(opened).to.equal(11);
    expect(c.text()).to.contain('Kuopion Muistiyhdistys ry');
    expect(c.text()).to.contain('Auttanut muita järjestöjä Tehostamossa 3 kertaa: Viestintä (3)');
    expect(c.text()).not.to.contain('Salli');
    const send = c
      .$$<HTMLButtonElement>('button')
      .find((b) => b.textContent!.includes('muokkauslinkki'))!;
    send.click();
    await until(() =>
      c.text().includes('Muokkauslinkki lähetettiin osoitteeseen t…@muisti.example.'),
    );
    await expect(c.el).to.be.accessible();
  });

  it('a listing not checked for over a year says so on its page', async () => {
    const stale = await open<TehostamoDirectory>(meta, stories.StaleListing, 'tehostamo-directory');
    await until(() => stale.$('[part~=listing]'));
    expect(stale.text()).to.contain(
      'Tarkistettu 1.6.2024. Tietoja ei ole tarkistettu yli vuoteen.',
    );
    await expect(stale.el).to.be.accessible();
    const fresh = await open<TehostamoDirectory>(meta, stories.Listing, 'tehostamo-directory');
    await until(() => fresh.$('[part~=listing]'));
    expect(fresh.text()).to.contain('Tarkistettu 1.10.2026');
    expect(fresh.text()).not.to.contain('yli vuoteen');
  });

  it('fits 320 px, in Swedish too', async () => {
    const c = await open<TehostamoDirectory>(meta, stories.Narrow, 'tehostamo-directory');
    await until(() => c.$$('[part~=card]').length === 3);
    expect(c.el.scrollWidth).to.be.at.most(320);
    const sv = await open<TehostamoDirectory>(meta, stories.Swedish, 'tehostamo-directory');
    await until(() => sv.$$('[part~=card]').length > 0);
    expect(sv.text()).to.contain('Personer med minnessjukdom och deras närstående');
    expect(sv.text()).not.to.contain('Minnescafé', 'offered in Finnish only');
    expect(sv.$('#facet-serviceLanguage')).to.equal(null);
    await expect(sv.el).to.be.accessible();
  });

  it('loading, empty and error states', async () => {
    const loading = await open<TehostamoDirectory>(meta, stories.Loading, 'tehostamo-directory');
    await until(() => loading.$('[aria-busy=true]'));
    const empty = await open<TehostamoDirectory>(meta, stories.Empty, 'tehostamo-directory');
    await until(() => empty.text().includes('Hakuehdoilla ei löytynyt palveluita.'));
    const error = await open<TehostamoDirectory>(meta, stories.Error, 'tehostamo-directory');
    await until(() => error.text().includes('Palveluita ei saatu haettua.'));
    await expect(error.el).to.be.accessible();
  });
});

describe('<tehostamo-listing-editor>', () => {
  it('a member sees the private fields marked as such, and saves', async () => {
    const c = await open<TehostamoListingEditor>(
      editorMeta,
      editorStories.Member,
      'tehostamo-listing-editor',
    );
    await until(() => c.$('form'));
    expect(c.text()).to.contain('Vain ylläpidolle (ei julkaista)');
    expect(c.$<HTMLInputElement>('#internal-name')!.value).to.equal('Salli Salainen');
    const description = c.$<HTMLTextAreaElement>('#description')!;
    description.value = 'Uusi kuvaus.';
    description.dispatchEvent(new Event('input'));
    await expect(c.el).to.be.accessible();
    c.$<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => c.text().includes('Tiedot tallennettiin.'));
    const [id, input] = c.directory.calls.find((x) => x.op === 'update')!.args as [
      number,
      { description: { fi: string }; services: unknown[] },
    ];
    expect(id).to.equal(11);
    expect(input.description.fi).to.equal('Uusi kuvaus.');
    expect(input.services).to.have.length(2);
  });

  it('says when the listing was last checked, and asks to save a stale one even unchanged', async () => {
    const stale = await open<TehostamoListingEditor>(
      editorMeta,
      editorStories.Stale,
      'tehostamo-listing-editor',
    );
    await until(() => stale.$('form'));
    expect(stale.text()).to.contain('Tarkistettu viimeksi 1.6.2024.');
    expect(stale.text()).to.contain('Tietoja ei ole tarkistettu yli vuoteen');
    await expect(stale.el).to.be.accessible();
    const fresh = await open<TehostamoListingEditor>(
      editorMeta,
      editorStories.Member,
      'tehostamo-listing-editor',
    );
    await until(() => fresh.$('form'));
    expect(fresh.text()).to.contain('Tarkistettu viimeksi 1.10.2026.');
    expect(fresh.text()).not.to.contain('yli vuoteen');
  });

  it('with an emailed link: saves once, then says the link is used', async () => {
    const c = await open<TehostamoListingEditor>(
      editorMeta,
      editorStories.ByEmailedLink,
      'tehostamo-listing-editor',
    );
    await until(() => c.$('form'));
    c.$<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => c.text().includes('Muokkauslinkki on nyt käytetty'));
    expect(c.$('form')).to.equal(null);
    await expect(c.el).to.be.accessible();
    const used = await open<TehostamoListingEditor>(
      editorMeta,
      editorStories.LinkUsed,
      'tehostamo-listing-editor',
    );
    await until(() => used.text().includes('Linkki on jo käytetty tai vanhentunut'));
  });

  it('shows the fields the server refused, and fits 320 px', async () => {
    const c = await open<TehostamoListingEditor>(
      editorMeta,
      editorStories.SaveRefused,
      'tehostamo-listing-editor',
    );
    await until(() => c.$('form'));
    c.$<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => c.$('[role=alert]'));
    expect(c.text()).to.contain('areas.regions.0');
    const narrow = await open<TehostamoListingEditor>(
      editorMeta,
      editorStories.Narrow,
      'tehostamo-listing-editor',
    );
    await until(() => narrow.$('form'));
    expect(narrow.el.scrollWidth).to.be.at.most(320);
    await expect(narrow.el).to.be.accessible();
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/profile-card.stories.ts';
import type { TehostamoProfileCard } from '../../widgets/profile-card/profile-card.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function card(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-profile-card') as TehostamoProfileCard;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = (s: string) => [...shadow(el).querySelectorAll<HTMLElement>(s)];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  return { ...rendered, el, $, $$, text };
}

describe('<tehostamo-profile-card>', () => {
  it('shows the public profile: place, description, CV, links, tasks done and feedback', async () => {
    const c = await card(stories.Default);
    await until(() => c.$('[part~=name]'));
    expect(c.$('h2[part~=name]')!.textContent).to.equal('Mikko Nieminen');
    for (const text of [
      'Pro bono -osaaja yrityksestä',
      '02150 Espoo',
      'Tilitoimisto Tase Oy',
      'Tilintarkastaja, joka haluaa auttaa yhdistyksiä',
      'suomi, ruotsi, englanti',
      'KTM, laskentatoimi',
      'Yhdistysten toiminnantarkastaja vuodesta 2018',
      '4 tehtyä tehtävää',
      'Palautteen keskiarvo 4,8/5 (4 arviota)',
      'Saatu palaute',
      'Tarkka ja selkeä apu, tilinpäätös valmistui ajoissa.',
      'Leena Lahtinen',
      'tilaajana',
    ]) {
      expect(c.text()).to.contain(text);
    }
    expect(c.$$('[part~=feedback] li')).to.have.length(3);
    const links = c.$$('a[target=_blank]') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.linkedin.com/in/mikko-nieminen-example',
    ]);
    for (const a of links) expect(a.rel).to.contain('noopener');
    expect(links[0]!.textContent).to.contain('Esittelyvideo');
    expect(c.text()).not.to.contain('@');
    expect(c.fake.callsOf('users.get')[0]!.args).to.deep.equal([20]);
    await expect(c.el).to.be.accessible();
  });

  it('in compact mode, links the name to the full profile and leaves the feedback out', async () => {
    const c = await card(stories.Compact);
    await until(() => c.$('[part~=name]'));
    const link = c.$<HTMLAnchorElement>('[part~=name] a')!;
    expect(link.getAttribute('href')).to.equal('/users/20');
    expect(c.$('[part~=feedback]')).to.equal(null);
    expect(c.text()).to.contain('4 tehtyä tehtävää');
    expect(c.text()).to.contain('tilinpäätös');
    link.focus();
    expect(shadow(c.el).activeElement).to.equal(link);
    await expect(c.el).to.be.accessible();
  });

  it('shows a new user without CV or feedback', async () => {
    const c = await card(stories.Empty);
    await until(() => c.$('[part~=name]'));
    expect(c.text()).to.contain('Sara Lindholm');
    expect(c.text()).to.contain('Opiskelija');
    expect(c.text()).to.contain('0 tehtyä tehtävää');
    expect(c.text()).to.contain('Ei vielä palautetta');
    expect(c.$('[part~=facts] dt')).to.equal(null);
    await expect(c.el).to.be.accessible();
  });

  it('shows a requester with their organisation and the feedback helpers gave them', async () => {
    const c = await card(stories.Requester);
    await until(() => c.$('[part~=name]'));
    expect(c.text()).to.contain('Kotikylän Eläkeläiset ry');
    expect(c.text()).to.contain('33100 Tampere');
    expect(c.text()).to.contain('Selkeä pyyntö ja aineisto valmiina.');
    expect(c.$('.kind')).to.equal(null);
    expect(c.$$('[part~=feedback] li')).to.have.length(2);
    expect(c.$$('[part~=feedback] blockquote')).to.have.length(1);
    await expect(c.el).to.be.accessible();
  });

  it('never makes a link of an address that is not https', async () => {
    const c = await card(stories.LongFinnishText);
    await until(() => c.$('[part~=name]'));
    const hrefs = (c.$$('a') as HTMLAnchorElement[]).map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://www.linkedin.com/in/mikko-nieminen-example']);
    expect(c.text()).not.to.contain('Esittelyvideo');
    await expect(c.el).to.be.accessible();
  });

  it('shows loading, error with a working retry, and not found', async () => {
    const loading = await card(stories.Loading);
    expect(loading.$('[aria-busy=true]')).not.to.equal(null);
    await expect(loading.el).to.be.accessible();

    const failed = await card(stories.Error);
    await until(() => failed.$('[part~=state]'));
    expect(failed.text()).to.contain('Profiilia ei saatu ladattua.');
    await expect(failed.el).to.be.accessible();
    const retry = failed.$<HTMLButtonElement>('[part~=state] button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => failed.fake.callsOf('users.get').length === 2);

    const missing = await card(stories.NotFound);
    await until(() => missing.$('[part~=state]'));
    expect(missing.text()).to.contain('Profiilia ei löytynyt.');
    expect(missing.$('[part~=state] button')).to.equal(null);
    await expect(missing.el).to.be.accessible();
  });

  it('loads the new person when user-id changes', async () => {
    const c = await card(stories.Default);
    await until(() => c.$('[part~=name]')?.textContent === 'Mikko Nieminen');
    c.el.userId = 21;
    await until(() => c.$('[part~=name]')?.textContent === 'Sara Lindholm');
  });

  it('fits 320 px, and reads well in the dark theme, in Swedish and in English', async () => {
    const narrow = await card(stories.Narrow320);
    await until(() => narrow.$('[part~=name]'));
    expect(shadow(narrow.el).querySelector('.base')!.scrollWidth).to.be.at.most(320);
    await expect(narrow.el).to.be.accessible();
    const dark = await card(stories.Dark);
    await until(() => dark.$('[part~=name]'));
    await expect(dark.el).to.be.accessible();
    const sv = await card(stories.Swedish);
    await until(() => sv.$('[part~=name]'));
    expect(sv.text()).to.contain('4 utförda uppdrag');
    expect(sv.text()).to.contain('Respons');
    await expect(sv.el).to.be.accessible();
    const en = await card(stories.English);
    await until(() => en.$('[part~=name]'));
    expect(en.text()).to.contain('4 tasks done');
    await expect(en.el).to.be.accessible();
  });
});

import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/my-work.stories.ts';
import { ME } from '../../stories/support/data.ts';
import { fakeClient } from '../../stories/support/fake-client.ts';
import { fakeReports, MY_HOURS } from '../../stories/support/reports-data.ts';
import { BOTH_WORK } from '../../stories/support/work-data.ts';
import type { TehostamoMyWork } from '../../widgets/my-work/my-work.ts';
import '../../widgets/provider/provider.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function mine(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-my-work') as TehostamoMyWork;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = (s: string) => [...shadow(el).querySelectorAll<HTMLElement>(s)];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  /** Group headings with their counts, in order: `Merkitse tehdyksi 1`. */
  const groups = () =>
    $$('[part~=group] h4').map(
      (h) =>
        `${h.querySelector('.group-title')!.textContent} ${h.querySelector('[part~=count]')!.textContent}`,
    );
  const links = (group: string) =>
    [
      ...shadow(el).querySelectorAll<HTMLAnchorElement>(`#group-${group} ~ ul [part~=task-link]`),
    ].map((a) => a.getAttribute('href'));
  return { ...rendered, el, $, $$, text, groups, links };
}

describe('<tehostamo-my-work>', function () {
  // Several axe runs per test: slow on a busy machine.
  this.timeout(20000);

  it('shows a helper what is expected next, and their applications, each linking to its task', async () => {
    const m = await mine(stories.Helper);
    await until(() => m.$$('[part~=item]').length === 5);
    expect(m.groups()).to.deep.equal([
      'Merkitse tehdyksi 1',
      'Odottaa tilaajan hyväksyntää 1',
      'Anna palautetta tilaajalle 1',
      'Hakemukseni 2',
    ]);
    expect(m.links('mark-done')).to.deep.equal(['/tasks/104']);
    expect(m.links('helper-feedback')).to.deep.equal(['/tasks/106']);
    expect(m.links('applications')).to.deep.equal(['/tasks/102', '/tasks/103']);
    for (const text of [
      'Merkitse tehtävä tehdyksi, kun työ on valmis.',
      'Tilaaja hyväksyi työn. Anna palautetta tilaajalle.',
      'Odottaa valintaa – Tilaaja valitsee tekijät hakijoista.',
      'Ei valittu',
      '1,5 h',
      'Tarkka ja selkeä apu',
    ]) {
      expect(m.text()).to.contain(text);
    }
    // A helper with no organisation sees no requester side.
    expect(m.$$('[part~=side]')).to.have.length(1);
    expect(m.$('[part~=side]')!.className).to.contain('role-helper');
    await until(() => m.$('[role=status]')!.textContent!.includes('5 tehtävää näytetään'));
    await expect(m.el).to.be.accessible();
  });

  it('groups a requester’s tasks by what they need, a task in every group it belongs to', async () => {
    const m = await mine(stories.Requester);
    await until(() => m.$$('[part~=item]').length > 0);
    expect(m.groups()).to.deep.equal([
      'Uusia hakijoita 1',
      'Haku suljettavana 1',
      'Tehty – hyväksy tunnit 1',
      'Anna palautetta tekijälle 1',
      'Odottaa hakijoita tai tekijöitä 1',
    ]);
    expect(m.links('review')).to.deep.equal(['/tasks/201']);
    expect(m.links('close')).to.deep.equal(['/tasks/201']);
    expect(m.links('approve')).to.deep.equal(['/tasks/202']);
    expect(m.links('requester-feedback')).to.deep.equal(['/tasks/204']);
    expect(m.links('waiting')).to.deep.equal(['/tasks/203']);
    expect(m.text()).to.contain('3 uutta hakijaa · Valittu 1/2');
    expect(m.text()).to.contain('Kalle Keskusjärjestöstä: merkitty tehdyksi');
    const sides = m.$$('[part~=side]');
    expect(sides.map((s) => s.querySelector('h3')!.textContent)).to.deep.equal([
      'Tekijänä',
      'Tilaajana',
    ]);
    expect(sides[1]!.className).to.contain('role-requester');
    expect(sides[0]!.querySelector('a')!.getAttribute('href')).to.equal('/opportunities');
    await expect(m.el).to.be.accessible();
  });

  it('in the history, shows hours, totals, and feedback both ways', async () => {
    const m = await mine(stories.History);
    await until(() => m.$$('[part~=item]').length > 0);
    expect(m.groups()).to.deep.equal([
      'Tekemäni tehtävät 2',
      'Organisaation päättyneet tehtävät 2',
    ]);
    for (const text of [
      'Olet auttanut 2 tehtävässä, yhteensä 4,5 h.',
      'Organisaatiosi on saanut apua 1 tehtävään, yhteensä 2 h.',
      'Saatu palaute: 4/5',
      'Kiitos avusta!',
      'Annettu palaute: 5/5',
      'Selkeä pyyntö, mukava yhdistys.',
      'Mikko Nieminen: hyväksytty · 2 h',
      'Peruttu',
    ]) {
      expect(m.text()).to.contain(text);
    }
    expect(m.text()).not.to.contain('Hakemukseni');
    await expect(m.el).to.be.accessible();
  });

  it('on Etusivu shows only what needs an action, with counts, and tells the page', async () => {
    const rendered = renderStory(meta, stories.Attention);
    const loaded = oneEvent(document, 'tehostamo-work-loaded');
    const { root } = await rendered;
    const event = await loaded;
    expect(event.detail.counts.attention).to.equal(5);
    expect(event.bubbles && event.composed).to.equal(true);
    const el = root.querySelector('tehostamo-my-work')!;
    const m = { el, $: (s: string) => shadow(el).querySelector<HTMLElement>(s) };
    await until(() => m.$('[part~=summary]'));
    expect(m.$('[part~=summary]')!.textContent).to.contain('5 asiaa odottaa sinua.');
    const headings = [...shadow(el).querySelectorAll('[part~=group] .group-title')].map(
      (h) => h.textContent,
    );
    expect(headings).to.deep.equal([
      'Merkitse tehdyksi',
      'Anna palautetta tilaajalle',
      'Uusia hakijoita',
      'Haku suljettavana',
      'Tehty – hyväksy tunnit',
      'Anna palautetta tekijälle',
    ]);
    expect(shadow(el).textContent).not.to.contain('Hakemukseni');
    expect(shadow(el).textContent).not.to.contain('Odottaa hakijoita tai tekijöitä');
    await expect(el).to.be.accessible();
  });

  it('says so when nothing needs the person', async () => {
    const none = await mine(stories.AttentionEmpty);
    await until(() => none.$('[part~=state]'));
    expect(none.text()).to.contain('Mikään ei odota sinua juuri nyt.');
    await expect(none.el).to.be.accessible();
  });

  it('offers the feed and a new request when nothing is going on', async () => {
    const empty = await mine(stories.Empty);
    await until(() => empty.$$('[part~=state]').length === 2);
    expect(empty.text()).to.contain('Sinulla ei ole meneillään olevia hakemuksia tai tehtäviä.');
    expect(empty.text()).to.contain('Organisaatiollasi ei ole meneillään olevia tehtäviä.');
    expect(empty.$$('[part~=state] a').map((a) => a.getAttribute('href'))).to.deep.equal([
      '/opportunities',
      '/tasks/new',
    ]);
    await expect(empty.el).to.be.accessible();
  });

  it('in the history, the helper’s own total comes from the hours report, with its value', async () => {
    const reports = fakeReports();
    const client = Object.assign(fakeClient({ signedIn: true, user: ME, work: BOTH_WORK }), {
      reports,
    });
    const root = await fixture<HTMLElement>(
      html`<tehostamo-provider .client=${client} .user=${ME}>
        <tehostamo-my-work view="history"></tehostamo-my-work>
      </tehostamo-provider>`,
    );
    const el = root.querySelector('tehostamo-my-work')!;
    const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
    // All the hours given (the history lists only the newest), not the 4.5 h of the items shown.
    await until(() => text().includes('Olet auttanut 3 tehtävässä, yhteensä 12,5 h.'));
    expect(text()).to.match(/Laskennallinen arvo 375,00 € \(30,00 €\/h\)\./);
    expect(reports.calls.map((c) => c.op)).to.deep.equal(['hours']);
    await expect(el).to.be.accessible();

    // Without an hourly value, the hours alone; and other views do not ask.
    const plain = fakeReports({
      hours: { ...MY_HOURS, hourlyValue: null, totals: { ...MY_HOURS.totals, valueGiven: null } },
    });
    const other = await fixture<HTMLElement>(
      html`<tehostamo-provider
        .client=${Object.assign(fakeClient({ signedIn: true, user: ME, work: BOTH_WORK }), { reports: plain })}
        .user=${ME}
      >
        <tehostamo-my-work view="history"></tehostamo-my-work>
        <tehostamo-my-work view="ongoing"></tehostamo-my-work>
      </tehostamo-provider>`,
    );
    const history = other.querySelector('tehostamo-my-work')!;
    await until(() => shadow(history).textContent!.includes('yhteensä 12,5 h.'));
    expect(shadow(history).textContent).not.to.contain('Laskennallinen arvo');
    expect(plain.calls).to.have.length(1);
  });

  it('explains an empty history', async () => {
    const history = await mine(stories.HistoryEmpty);
    await until(() => history.$('[part~=state]'));
    expect(history.text()).to.contain('Täällä näkyvät tehtävät, kun ne on tehty ja hyväksytty.');
  });

  it('shows loading', async () => {
    const loading = await mine(stories.Loading);
    expect(loading.$('[aria-busy=true]')).not.to.equal(null);
    await expect(loading.el).to.be.accessible();
  });

  it('shows an error with a retry that works by keyboard', async () => {
    const failed = await mine(stories.Error);
    await until(() => failed.$('[part~=state]'));
    expect(failed.text()).to.contain('Tehtäviäsi ei saatu ladattua.');
    await expect(failed.el).to.be.accessible();
    failed.$<HTMLButtonElement>('[part~=state] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => failed.fake.callsOf('me.work').length === 2);
  });

  it('loads again when another widget on the page reports a change', async () => {
    const m = await mine(stories.Helper);
    await until(() => m.$$('[part~=item]').length === 5);
    expect(m.fake.callsOf('me.work')).to.have.length(1);
    m.root.dispatchEvent(
      new CustomEvent('tehostamo-assignment-done', { bubbles: true, composed: true, detail: {} }),
    );
    await until(() => m.fake.callsOf('me.work').length === 2);
  });

  it('moves through every task link with Tab', async () => {
    const m = await mine(stories.Helper);
    await until(() => m.$$('[part~=task-link]').length === 5);
    m.$<HTMLAnchorElement>('[part~=task-link]')!.focus();
    const seen = [(shadow(m.el).activeElement as HTMLAnchorElement).getAttribute('href')];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push((shadow(m.el).activeElement as HTMLAnchorElement).getAttribute('href'));
    }
    expect(seen).to.deep.equal([
      '/tasks/104',
      '/tasks/105',
      '/tasks/106',
      '/tasks/102',
      '/tasks/103',
    ]);
  });

  it('signs in inline, then loads the work', async () => {
    const m = await mine(stories.SignedOut);
    const signIn = await until(() => m.$('tehostamo-sign-in'));
    expect(m.fake.callsOf('me.work')).to.have.length(0);
    await expect(m.el).to.be.accessible();
    const inner = shadow(signIn);
    inner.querySelector<HTMLInputElement>('#email')!.value = 'mikko.nieminen@example.org';
    inner.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const code = await until(() => inner.querySelector<HTMLInputElement>('#code'));
    code.value = '123456';
    inner.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => m.$$('[part~=item]').length === 5);
  });

  it('fits 320 px and reads well in the dark theme', async () => {
    const narrow = await mine(stories.Narrow320);
    await until(() => narrow.$$('[part~=item]').length > 0);
    expect(shadow(narrow.el).querySelector('.base')!.scrollWidth).to.be.at.most(320);
    await expect(narrow.el).to.be.accessible();
    const dark = await mine(stories.Dark);
    await until(() => dark.$$('[part~=item]').length > 0);
    await expect(dark.el).to.be.accessible();
  });

  it('reads in Swedish and in English', async () => {
    const sv = await mine(stories.Swedish);
    await until(() => sv.$$('[part~=item]').length > 0);
    expect(sv.$('[part~=heading]')!.textContent).to.contain('Pågående');
    expect(sv.text()).to.contain('Nya sökande');
    await expect(sv.el).to.be.accessible();
    const en = await mine(stories.English);
    await until(() => en.$$('[part~=item]').length > 0);
    expect(en.$('[part~=heading]')!.textContent).to.contain('History');
    expect(en.text()).to.contain('You have helped with 2 tasks, 4,5 h in all.');
    await expect(en.el).to.be.accessible();
  });
});

import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/needs-report.stories.ts';
import { HELPER } from '../../stories/support/data.ts';
import {
  reportsScene,
  UMBRELLA,
  UMBRELLA_STAFF,
  type FakeReports,
} from '../../stories/support/reports-data.ts';
import '../../widgets/app/app.ts';
import type { TehostamoApp } from '../../widgets/app/app.ts';
import type { TehostamoNeedsReport } from '../../widgets/needs-report/needs-report.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function open(story: StoryLike, args: object = {}) {
  const rendered = await renderStory(meta, { ...story, args: { ...story.args, ...args } });
  const el = rendered.root.querySelector('tehostamo-needs-report') as TehostamoNeedsReport;
  const reports = (rendered.provider.client as unknown as { reports: FakeReports }).reports;
  const $ = <T extends Element = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = <T extends Element = HTMLElement>(s: string) => [...shadow(el).querySelectorAll<T>(s)];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  const lastQuery = () =>
    reports.calls.filter((c) => c.op === 'needsInsight').at(-1)?.args[0] as Record<string, unknown>;
  return { ...rendered, el, reports, $, $$, text, lastQuery };
}

/** Chooses `value` in the select `id`, as a person does. */
async function choose(c: Awaited<ReturnType<typeof open>>, id: string, value: string) {
  const control = c.$<HTMLSelectElement | HTMLInputElement>(`#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await c.el.updateComplete;
}

/** The text of a cell as a screen reader gets it: visible text, or the hidden text for "< 3". */
const cellText = (cell: Element) => cell.textContent!.replace(/\s+/g, ' ').trim();

describe('<tehostamo-needs-report>', () => {
  it('shows the public figures as a chart and a table with a caption and scoped headings', async () => {
    const c = await open(stories.Default);
    await until(() => c.$('table'));
    expect(c.lastQuery()).to.deep.equal({ groupBy: ['category'] });
    const caption = c.$('caption')!.textContent!;
    expect(caption).to.contain('Tehtävät ja tunnit');
    expect(caption).to.contain('koko maa');
    expect(c.$$('thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(c.$$('tbody th').map((th) => th.getAttribute('scope'))).to.deep.equal([
      'row',
      'row',
      'row',
    ]);
    expect(c.$$('tbody th').map((th) => th.textContent!.trim())).to.deep.equal([
      'Kirjanpito ja talous',
      'Tietoturva',
      'Viestintä',
    ]);
    // The chart is one image with a summary; the table is the source of its figures.
    const svg = c.$('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(c.$('#chart-desc')!.textContent).to.contain('Suurin: Kirjanpito ja talous, 12.');
    expect(c.$('#chart-desc')!.textContent).to.contain('1 rivi on salattu');
    expect(c.text()).to.contain('alle 3 tehtävän ryhmät on salattu');
    // The table scrolls in its own box, which keyboard users can reach.
    expect(c.$('.table-wrap')!.getAttribute('tabindex')).to.equal('0');
    await expect(c.el).to.be.accessible();
  });

  it('the table carries every figure of the chart, for every measure the chart can show', async () => {
    const c = await open(stories.Default);
    await until(() => c.$('table'));
    const measures = [...c.$<HTMLSelectElement>('#measure')!.options].map((o) => o.value);
    expect(measures.length).to.be.greaterThan(10);
    for (const measure of measures) {
      await choose(c, 'measure', measure);
      const column = [...c.$$('thead th')].findIndex(
        (th) =>
          th.getAttribute('title') ===
          c.$<HTMLSelectElement>('#measure')!.selectedOptions[0]!.textContent!.trim(),
      );
      expect(column, measure).to.be.greaterThan(0);
      const bars = c.$$('svg g.row');
      const rows = c.$$('tbody tr');
      expect(bars.length, measure).to.equal(rows.length);
      bars.forEach((bar, i) => {
        const [label, value] = [...bar.querySelectorAll('text')].map((t) => t.textContent!.trim());
        const cells = [...rows[i]!.children];
        expect(cellText(cells[0]!), measure).to.equal(label);
        const cell = cells[column]!;
        // The chart's "< 3" is the table's "< 3" too (shown), never a zero.
        const visible = (cell.querySelector('[aria-hidden]') ?? cell).textContent!.trim();
        const read = cell.querySelector('.sr-only')?.textContent?.trim();
        if (cell.classList.contains('suppressed') && measure !== 'posted') {
          // Only the count of a suppressed cell is "< 3"; its other figures are "suppressed".
          expect(visible).to.equal('–');
          expect(read, `${measure} row ${i}`).to.equal(value);
        } else expect(visible, `${measure} row ${i}`).to.equal(value);
      });
    }
    // Switching the measure asked nothing new of the server.
    expect(c.reports.calls.filter((x) => x.op === 'needsInsight')).to.have.length(1);
  });

  it('shows a suppressed cell as "< 3", read as fewer than 3, never as zero, and leaves it out of the totals', async () => {
    const c = await open(stories.SuppressedCells);
    await until(() => c.$('table'));
    const row = c.$$('tbody tr')[1]!;
    expect(cellText(row.children[0]!)).to.equal('Pirkanmaa');
    const cells = [...row.children].slice(1);
    expect(cells[0]!.querySelector('[aria-hidden]')!.textContent!.trim()).to.equal('< 3');
    expect(cells[0]!.querySelector('.sr-only')!.textContent).to.equal('alle 3 tehtävää, salattu');
    for (const cell of cells) expect(cellText(cell)).not.to.match(/(^|\D)0(\D|$)/);
    expect(cellText(c.$$('tbody tr')[2]!.children[0]!)).to.equal('Etätyö (ei paikkaa)');
    // The totals are the server's, over the shown rows: 12 + 5.
    expect(cellText(c.$('tfoot tr')!.children[1]!)).to.equal('17');
    const chartRow = c.$$('svg g.row')[1]!;
    expect(chartRow.classList.contains('suppressed')).to.equal(true);
    expect(chartRow.querySelector('rect.bar')).to.equal(null);
    await expect(c.el).to.be.accessible();
  });

  it('the CSV link is the server’s CSV in the reader’s language, with the same filters', async () => {
    const c = await open(stories.Default);
    await until(() => c.$('a[part~=csv]'));
    const href = () => new URL(c.$<HTMLAnchorElement>('a[part~=csv]')!.href);
    expect(href().origin + href().pathname).to.equal(
      'https://tehostamo.example/api/v1/reports/needs/v2',
    );
    expect(Object.fromEntries(href().searchParams)).to.deep.equal({
      groupBy: 'category',
      format: 'csv',
      lang: 'fi',
    });
    expect(c.text()).to.contain('puolipiste erottimena');
    await choose(c, 'region', 'FI197');
    await until(() => href().searchParams.get('region') === 'FI197');
    for (const lang of ['sv', 'en'] as const) {
      c.provider.setAttribute('lang', lang);
      await until(() => href().searchParams.get('lang') === lang);
    }
    expect(c.text()).to.contain('commas as separators');
    expect(c.$('a[part~=csv]')!.textContent!.trim()).to.equal('Download CSV');
  });

  it('each filter changes the request: period, category, region and grouping', async () => {
    const c = await open(stories.Default);
    await until(() => c.$('table'));
    await choose(c, 'category', 'viestinta');
    await until(() => c.lastQuery().category === 'viestinta');
    await choose(c, 'region', 'FI1B1');
    await until(() => c.lastQuery().region === 'FI1B1');
    await choose(c, 'group-by', 'month');
    await until(() => (c.lastQuery().groupBy as string[])[0] === 'month');
    await choose(c, 'from', '2026-03');
    await choose(c, 'to', '2026-10');
    await until(() => c.lastQuery().to);
    // Whole Finnish months: March begins in winter time, October ends in summer time's last days.
    expect(c.lastQuery()).to.deep.equal({
      from: '2026-03-01T00:00:00+02:00',
      to: '2026-10-31T21:59:59.999Z',
      category: 'viestinta',
      region: 'FI1B1',
      groupBy: ['month'],
    });
    // The public may not group by organisation: not offered.
    const dims = [...c.$<HTMLSelectElement>('#group-by')!.options].map((o) => o.value);
    expect(dims).to.deep.equal(['category', 'region', 'month', 'organisationKind']);
    // A period the wrong way round is said at its field and not asked.
    const before = c.reports.calls.length;
    await choose(c, 'from', '2026-12');
    expect(c.$('#to-error')!.textContent).to.contain('ennen alkukuukautta');
    expect(c.$('#to')!.getAttribute('aria-invalid')).to.equal('true');
    await new Promise((r) => setTimeout(r, 30));
    expect(c.reports.calls.length).to.equal(before);
    await expect(c.el).to.be.accessible();
  });

  it('filters work by keyboard alone', async () => {
    const c = await open(stories.Default);
    await until(() => c.$('table'));
    c.$<HTMLSelectElement>('#category')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => c.lastQuery().category === 'kirjanpito-talous');
  });

  it('umbrella staff see their members by organisation, and download that CSV with their credentials', async () => {
    const c = await open(stories.UmbrellaBreakdown);
    await until(() => c.$('table'));
    expect(c.lastQuery()).to.deep.equal({ umbrellaId: UMBRELLA.id, groupBy: ['organisation'] });
    expect(c.$$('tbody th').map((th) => th.textContent!.trim())).to.include(
      'Helsingin Omaishoitajat ry',
    );
    expect(c.text()).to.contain('vain järjestön omalle henkilöstölle');
    // A plain link carries no token: a button fetches the CSV through the client.
    expect(c.$('a[part~=csv]')).to.equal(null);
    c.$<HTMLButtonElement>('button[part~=csv]')!.click();
    await until(() => c.reports.calls.some((x) => x.op === 'needsCsv'));
    expect(c.reports.calls.find((x) => x.op === 'needsCsv')!.args[0]).to.deep.equal({
      umbrellaId: UMBRELLA.id,
      groupBy: ['organisation'],
      lang: 'fi',
    });
    await expect(c.el).to.be.accessible();
  });

  it('umbrella staff without a fixed umbrella choose between the public figures and their members', async () => {
    const c = await open(stories.UmbrellaStaffChooses);
    await until(() => c.$('table'));
    expect(c.lastQuery()).to.deep.equal({ groupBy: ['category'] });
    await choose(c, 'scope', String(UMBRELLA.id));
    await until(() => c.lastQuery().umbrellaId === UMBRELLA.id);
    await choose(c, 'group-by', 'helperType');
    await until(() => (c.lastQuery().groupBy as string[])[0] === 'helperType');
    // Back to the public figures: the finer grouping falls back to one the public may use.
    await choose(c, 'scope', '0');
    await until(() => c.lastQuery().umbrellaId === undefined);
    expect(c.lastQuery().groupBy).to.deep.equal(['category']);
  });

  it('embedded on an umbrella’s site, a visitor gets the public figures with the fixed region', async () => {
    const c = await open(stories.EmbeddedOnUmbrellaSite);
    await until(() => c.$('table'));
    expect(c.lastQuery()).to.deep.equal({
      from: '2026-01-01T00:00:00+02:00',
      to: '2026-06-30T20:59:59.999Z',
      region: 'Pirkanmaa',
      groupBy: ['category'],
    });
    expect(c.$('#region')).to.equal(null);
    expect(c.$('#scope')).to.equal(null);
    expect(c.text()).to.contain('henkilöstölle kirjautuneena');
    expect(c.$('caption')!.textContent).to.contain('Pirkanmaa');
    await expect(c.el).to.be.accessible();
  });

  it('says when nothing was posted, while loading, and when the server fails (with Retry)', async () => {
    const empty = await open(stories.Empty);
    await until(() => empty.text().includes('ei ole julkaistuja tehtäviä'));
    expect(empty.$('table')).to.equal(null);
    await expect(empty.el).to.be.accessible();
    const loading = await open(stories.Loading);
    await until(() => loading.$('[aria-busy=true]'));
    await expect(loading.el).to.be.accessible();
    const failing = await open(stories.Error);
    await until(() => failing.text().includes('Raporttia ei saatu ladattua'));
    expect(failing.$('button[part~=button]')!.textContent!.trim()).to.equal('Yritä uudelleen');
    await expect(failing.el).to.be.accessible();
  });

  it('at 320 px wide the page does not scroll sideways: the table scrolls in its own box', async () => {
    const c = await open(stories.Narrow);
    await until(() => c.$('table'));
    await until(() => c.$('svg')!.getBoundingClientRect().width <= 320);
    expect(c.el.getBoundingClientRect().width).to.be.at.most(320);
    const wrap = c.$('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
    expect(wrap.getBoundingClientRect().right).to.be.at.most(
      c.el.getBoundingClientRect().right + 1,
    );
    await expect(c.el).to.be.accessible();
  });

  for (const [name, story] of Object.entries(stories)) {
    if (name === 'default') continue;
    it(`story ${name} passes axe`, async () => {
      const c = await open(story as StoryLike);
      await until(() => c.$('table, .state, [aria-busy]'));
      await new Promise((r) => setTimeout(r, 30));
      await c.el.updateComplete;
      await expect(c.el).to.be.accessible();
    });
  }

  describe('in the app', () => {
    async function app(user: typeof HELPER | null, path = '/reports') {
      const root = await fixture<HTMLElement>(
        reportsScene({ user }, html`<tehostamo-app no-history path=${path}></tehostamo-app>`),
      );
      const el = root.querySelector('tehostamo-app') as TehostamoApp;
      const links = () =>
        [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href="/reports"]')].map((a) =>
          a.closest('nav') ? 'nav' : a.closest('footer') ? 'footer' : 'other',
        );
      return { el, links };
    }

    it('umbrella staff find the report in the main navigation, one click away', async () => {
      const { el, links } = await app(UMBRELLA_STAFF);
      await until(() =>
        shadow(el).querySelector('tehostamo-needs-report')?.shadowRoot?.querySelector('table'),
      );
      expect(links()).to.deep.equal(['nav', 'footer']);
      expect(shadow(el).querySelector('h1')!.textContent).to.equal('Missä apua tarvitaan');
      // The app's heading is the view's: the widget's own is hidden.
      expect(
        shadow(el).querySelector('tehostamo-needs-report')!.shadowRoot!.querySelector('h2'),
      ).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('anyone else finds it in the footer, and sees the public figures without signing in', async () => {
      const visitor = await app(null);
      await until(() =>
        shadow(visitor.el)
          .querySelector('tehostamo-needs-report')
          ?.shadowRoot?.querySelector('table'),
      );
      expect(visitor.links()).to.deep.equal(['footer']);
      const helper = await app(HELPER, '/');
      expect(helper.links()).to.deep.equal(['footer']);
    });
  });
});

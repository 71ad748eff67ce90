import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/groups.stories.ts';
import { deepActiveElement } from '../../widgets/shared/dialog.ts';
import type { TehostamoGroups } from '../../widgets/groups/groups.ts';
import { parseEmails, suggestCode } from '../../widgets/groups/emails.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function groups(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-groups') as TehostamoGroups;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = <T extends HTMLElement = HTMLElement>(s: string) => [
    ...shadow(el).querySelectorAll<T>(s),
  ];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  const button = (label: string) =>
    $$<HTMLButtonElement>('button').find((b) => b.textContent!.trim() === label);
  return { ...rendered, el, $, $$, text, button };
}

/** Types into a field as a person would: focus, then keys. */
async function typeInto(input: HTMLElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

describe('pasted addresses', () => {
  it('are found in any shape, invalid ones named and repeats counted', () => {
    const parsed = parseEmails(
      'Aino Virtanen <AINO@example.org>, pekka@example.org; ei-osoite\n"x@y" pekka@example.org\n<sara@example.fi>',
    );
    expect(parsed.valid).to.deep.equal([
      'aino@example.org',
      'pekka@example.org',
      'sara@example.fi',
    ]);
    expect(parsed.invalid).to.deep.equal(['ei-osoite', 'x@y']);
    expect(parsed.repeated).to.deep.equal(['pekka@example.org']);
  });

  it('suggest a code from the initials, in the letters the server uses', () => {
    const code = suggestCode('Keskusjärjestö läsnä – taloushallinto', () => 0);
    expect(code).to.equal('KLTAAAAA');
    expect(suggestCode('Ääni')).to.match(/^A[ACDEFGHJKMNPQRTUVWXY34679]{7}$/);
  });
});

describe('<tehostamo-groups>', () => {
  it('lists my groups with their codes, sizes and a link to ask each group for help', async () => {
    const g = await groups(stories.Default);
    await until(() => g.$$('[part~=group]').length === 3);
    expect(g.text()).to.contain('Keskusjärjestö läsnä – taloushallinto');
    expect(g.text()).to.contain('KLTH7XQ');
    expect(g.text()).to.contain('3 jäsentä / enintään 30');
    expect(g.text()).to.contain('Ylläpitäjä: Kotikylän Eläkeläiset ry');
    const post = g.$<HTMLAnchorElement>('a[href="/tasks/new?group=KLTH7XQ"]')!;
    expect(post.textContent!.trim()).to.equal('Pyydä apua ryhmältä');
    // Only the group of another organisation can be left; the own ones are managed.
    expect(
      g.$$('button').filter((b) => b.textContent!.trim() === 'Poistu ryhmästä'),
    ).to.have.length(1);
    await expect(g.el).to.be.accessible();
  });

  it('adds members by pasting addresses: invalid ones and those already in are named, only new ones sent', async () => {
    const g = await groups(stories.Default);
    await until(() => g.button('Näytä jäsenet: Keskusjärjestö läsnä – taloushallinto'));
    g.button('Näytä jäsenet: Keskusjärjestö läsnä – taloushallinto')!.click();
    const area = await until(() => g.$<HTMLTextAreaElement>('#paste-50'));
    expect(g.text()).to.contain('Pekka Korhonen');
    expect(g.text()).to.contain('kutsuttu, ei vielä kirjautunut');
    expect(g.text()).to.contain('Ryhmään mahtuu vielä 27 (enintään 30 jäsentä).');
    await typeInto(
      area,
      'uusi1@example.org, Pekka.Korhonen@example.org\nhuono-osoite uusi2@example.org',
    );
    await until(() => g.text().includes('2 uutta osoitetta'));
    expect(g.text()).to.contain('Nämä eivät ole sähköpostiosoitteita: huono-osoite');
    expect(g.text()).to.contain('Jo ryhmässä (ohitetaan): pekka.korhonen@example.org');
    await expect(g.el).to.be.accessible();

    // Nothing is sent while something pasted is not an address: the field says what.
    g.button('Lisää jäsenet')!.click();
    await until(() => area.getAttribute('aria-invalid') === 'true');
    expect(g.fake.callsOf('groups.members.add')).to.have.length(0);
    expect(deepActiveElement()).to.equal(area);

    area.select();
    await sendKeys({ type: 'uusi1@example.org, pekka.korhonen@example.org uusi2@example.org' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => g.fake.callsOf('groups.members.add').length === 1);
    expect(g.fake.callsOf('groups.members.add')[0]!.args).to.deep.equal([
      50,
      { emails: ['uusi1@example.org', 'uusi2@example.org'] },
    ]);
    await until(() => g.text().includes('uusi2@example.org'));
    await until(() => g.text().includes('5 jäsentä / enintään 30'));
    expect(area.value).to.equal('');
    await expect(g.el).to.be.accessible();
  });

  it('shows the cap before it is hit, and sends nothing past it', async () => {
    const g = await groups(stories.Default);
    await until(() => g.button('Näytä jäsenet: Hallitusten puheenjohtajat'));
    g.button('Näytä jäsenet: Hallitusten puheenjohtajat')!.click();
    const area = await until(() => g.$<HTMLTextAreaElement>('#paste-52'));
    expect(g.text()).to.contain('Ryhmään mahtuu vielä 1 (enintään 5 jäsentä).');
    await typeInto(area, 'a@example.org b@example.org');
    await until(() => g.text().includes('1 liikaa: ryhmään mahtuu vielä 1.'));
    g.button('Lisää jäsenet')!.click();
    await until(() => area.getAttribute('aria-invalid') === 'true');
    expect(g.fake.callsOf('groups.members.add')).to.have.length(0);
  });

  it('removes a member after asking, and the owner cannot be removed by themself here', async () => {
    const g = await groups(stories.Default);
    await until(() => g.button('Näytä jäsenet: Keskusjärjestö läsnä – taloushallinto'));
    g.button('Näytä jäsenet: Keskusjärjestö läsnä – taloushallinto')!.click();
    await until(() => g.$('#paste-50'));
    const remove = g.$$<HTMLButtonElement>('[part~=members] button');
    expect(remove.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Poista ryhmästä: Pekka Korhonen',
      'Poista ryhmästä: kutsuttu@yhdistys.example.fi',
    ]);
    remove[0]!.click();
    const dialog = await until(() => g.$('tehostamo-dialog[open]'));
    expect(dialog.getAttribute('label')).to.equal('Poistetaanko Pekka Korhonen ryhmästä?');
    await expect(g.el).to.be.accessible();
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Poista')!.click();
    await until(() => g.fake.callsOf('groups.members.remove').length === 1);
    expect(g.fake.callsOf('groups.members.remove')[0]!.args).to.deep.equal([50, 2]);
    await until(() => !g.$('[part~=members]')!.textContent!.includes('Pekka Korhonen'));
    await until(() =>
      g.$('.sr-only[role=status]')!.textContent!.includes('Pekka Korhonen poistettiin'),
    );
  });

  it('leaves another organisation’s group, removing the own row', async () => {
    const g = await groups(stories.Default);
    await until(() => g.button('Poistu ryhmästä'));
    g.button('Poistu ryhmästä')!.click();
    const dialog = await until(() => g.$('tehostamo-dialog[open]'));
    expect(dialog.getAttribute('label')).to.equal(
      'Poistutaanko ryhmästä Pirkanmaan järjestöjen IT-tuki?',
    );
    await until(() => g.fake.callsOf('groups.members.list').length === 1);
    [...dialog.querySelectorAll('button')]
      .find((b) => b.textContent!.trim() === 'Poistu ryhmästä')!
      .click();
    await until(() => g.fake.callsOf('groups.members.remove').length === 1);
    expect(g.fake.callsOf('groups.members.remove')[0]!.args).to.deep.equal([51, 10]);
    await until(() => g.$$('[part~=group]').length === 2);
    expect(deepActiveElement()).to.equal(g.$('#groups-heading'));
  });

  it('creates a group by keyboard: the code is suggested from the name, can be changed, and a taken one is said at the field', async () => {
    const g = await groups(stories.Empty);
    const name = await until(() => g.$<HTMLInputElement>('#group-name'));
    await typeInto(name, 'Lähiverkosto Pirkanmaa');
    const code = g.$<HTMLInputElement>('#group-code')!;
    expect(code.value).to.match(/^LP[A-Z0-9]{6}$/);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(code);
    code.select();
    await sendKeys({ type: 'varattu' });
    await sendKeys({ press: 'Enter' });
    await until(() => code.getAttribute('aria-invalid') === 'true');
    expect(g.text()).to.contain('Tämä liittymiskoodi on jo käytössä');
    expect(deepActiveElement()).to.equal(code);
    code.select();
    await sendKeys({ type: 'LAHIPIRK' });
    await sendKeys({ press: 'Enter' });
    await until(() => g.$$('[part~=group]').length === 1);
    expect(g.fake.callsOf('groups.create').at(-1)!.args).to.deep.equal([
      { organisationId: 1, name: 'Lähiverkosto Pirkanmaa', code: 'LAHIPIRK' },
    ]);
    // The new group opens, ready for pasting its members.
    await until(() => deepActiveElement() === g.$('#paste-5000'));
    expect(name.value).to.equal('');
    await expect(g.el).to.be.accessible();
  });

  it('asks a person with two organisations whose group it is; one with none where to go', async () => {
    const two = await groups(stories.TwoOrganisations);
    const select = await until(() => two.$<HTMLSelectElement>('#group-org'));
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Kotikylän Eläkeläiset ry',
      'Tampereen Seudun Kuorot ry',
    ]);
    const none = await groups(stories.NoOrganisation);
    await until(() => none.$('a[href="/settings/organisation"]'));
    expect(none.$('#group-name')).to.equal(null);
    await expect(none.el).to.be.accessible();
  });

  it('joins a group with its code; an unknown code is said at the field', async () => {
    const g = await groups(stories.Empty);
    const code = await until(() => g.$<HTMLInputElement>('#join-code'));
    await typeInto(code, 'EIOLEMASSA');
    await sendKeys({ press: 'Enter' });
    await until(() => code.getAttribute('aria-invalid') === 'true');
    expect(g.text()).to.contain('Tällä koodilla ei löytynyt ryhmää');
    code.select();
    await sendKeys({ type: 'vkoord' });
    await sendKeys({ press: 'Enter' });
    await until(() => g.text().includes('Vapaaehtoisten koordinaattorit'));
    expect(g.fake.callsOf('groups.join').at(-1)!.args).to.deep.equal([{ code: 'VKOORD' }]);
    await expect(g.el).to.be.accessible();
  });

  it('shows loading, failure and signed-out states', async () => {
    const loading = await groups(stories.Loading);
    await until(() => loading.text().includes('Ladataan ryhmiä'));
    const failed = await groups(stories.Error);
    await until(() => failed.text().includes('Ryhmiä ei saatu ladattua'));
    await expect(failed.el).to.be.accessible();
    const out = await groups(stories.SignedOut);
    await until(() => shadow(out.el).querySelector('tehostamo-sign-in'));
    await expect(out.el).to.be.accessible();
  });

  it('fits 320 px, and speaks Swedish', async () => {
    const narrow = await groups(stories.Narrow320);
    await until(() => narrow.$$('[part~=group]').length === 3);
    const base = narrow.$('.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(narrow.el.getBoundingClientRect().width).to.be.at.most(320);
    const sv = await groups(stories.Swedish);
    await until(() => sv.text().includes('Mina grupper'));
    expect(sv.text()).to.contain('Be gruppen om hjälp');
  });
});

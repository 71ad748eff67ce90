import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/organisation.stories.ts';
import { deepActiveElement } from '../../widgets/shared/dialog.ts';
import type { TehostamoOrganisation } from '../../widgets/organisation/organisation.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function org(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-organisation') as TehostamoOrganisation;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = <T extends HTMLElement = HTMLElement>(s: string) => [
    ...shadow(el).querySelectorAll<T>(s),
  ];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  const button = (label: string) =>
    $$<HTMLButtonElement>('button').find(
      (b) => b.textContent!.trim() === label || b.getAttribute('aria-label') === label,
    );
  return { ...rendered, el, $, $$, text, button };
}

const settled = (o: Awaited<ReturnType<typeof org>>) => until(() => o.$('#members-heading'));

describe('<tehostamo-organisation>', () => {
  it('shows an admin the public details, members with roles, and the requests to join', async () => {
    const o = await org(stories.Admin);
    await settled(o);
    for (const text of [
      'Kotikylän Eläkeläiset ry',
      'Sosiaali- ja terveysala',
      '0737546-2',
      '33100 Tampere',
      'Eläkeläisten Keskusliitto ry',
      'Pekka Korhonen',
      'Liisa Mäkinen',
      'avunpyynnön ”Tilinpäätöksen tarkistus” yhteydessä',
    ]) {
      expect(o.text()).to.contain(text);
    }
    // The only admin cannot leave: said, with no button.
    expect(o.text()).to.contain('Olet ainoa ylläpitäjä');
    expect(o.button('Poistu organisaatiosta')).to.equal(undefined);
    const chooser = o.$<HTMLSelectElement>('#choose-org')!;
    expect([...chooser.options].map((x) => x.textContent!.trim())).to.have.length(3);
    await expect(o.el).to.be.accessible();
  });

  it('edits the public details by keyboard; a wrong business id is caught at its field', async () => {
    const o = await org(stories.Admin);
    await settled(o);
    o.button('Muokkaa tietoja')!.click();
    const name = await until(() => o.$<HTMLInputElement>('#org-name'));
    await until(() => deepActiveElement() === name);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (Tampere)' });
    const businessId = o.$<HTMLInputElement>('#org-business-id')!;
    businessId.focus();
    businessId.select();
    await sendKeys({ type: '0737546-3' });
    await sendKeys({ press: 'Enter' });
    await until(() => businessId.getAttribute('aria-invalid') === 'true');
    expect(o.text()).to.contain('Y-tunnus ei ole oikea');
    expect(o.fake.callsOf('organisations.update')).to.have.length(0);
    await expect(o.el).to.be.accessible();
    businessId.select();
    await sendKeys({ type: '0737546-2' });
    await sendKeys({ press: 'Enter' });
    await until(() => o.fake.callsOf('organisations.update').length === 1);
    expect(o.fake.callsOf('organisations.update')[0]!.args[1]).to.include({
      name: 'Kotikylän Eläkeläiset ry (Tampere)',
      businessId: '0737546-2',
    });
    await until(() => o.$('#edit-details'));
    expect(o.text()).to.contain('Kotikylän Eläkeläiset ry (Tampere)');
  });

  it('invites a member by email, makes them admin, and removes another after asking', async () => {
    const o = await org(stories.Admin);
    await settled(o);
    const email = o.$<HTMLInputElement>('#invite-email')!;
    email.focus();
    await sendKeys({ type: 'ei-osoite' });
    await sendKeys({ press: 'Enter' });
    await until(() => email.getAttribute('aria-invalid') === 'true');
    expect(o.fake.callsOf('organisations.members.add')).to.have.length(0);
    email.select();
    await sendKeys({ type: 'Kollega@Yhdistys.fi' });
    await sendKeys({ press: 'Enter' });
    await until(() => o.text().includes('kollega@yhdistys.fi'));
    expect(o.fake.callsOf('organisations.members.add')[0]!.args).to.deep.equal([
      1,
      { email: 'kollega@yhdistys.fi', role: 'member' },
    ]);
    o.button('Tee ylläpitäjäksi: Pekka Korhonen')!.click();
    await until(() => o.fake.callsOf('organisations.members.update').length === 1);
    expect(o.fake.callsOf('organisations.members.update')[0]!.args).to.deep.equal([
      1,
      11,
      { role: 'admin' },
    ]);
    // Now there are two admins: the person may leave.
    await until(() => o.button('Poistu organisaatiosta'));
    o.button('Poista organisaatiosta: uusi.vapaaehtoinen@example.org')!.click();
    const dialog = await until(() => o.$('tehostamo-dialog[open]'));
    await expect(o.el).to.be.accessible();
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Poista')!.click();
    await until(() => o.fake.callsOf('organisations.members.remove').length === 1);
    await until(() => !o.$('[part~=members]')!.textContent!.includes('uusi.vapaaehtoinen'));
    await until(() => deepActiveElement() === o.$('#members-heading'));
  });

  it('approves and declines requests to join', async () => {
    const o = await org(stories.Admin);
    await settled(o);
    o.button('Hyväksy: Liisa Mäkinen')!.click();
    await until(() => o.fake.callsOf('organisations.joinRequests.approve').length === 1);
    await until(() => o.$('[part~=members]')!.textContent!.includes('Liisa Mäkinen'));
    o.button('Hylkää: Jussi Lehtonen')!.click();
    await until(() => o.text().includes('Ei odottavia liittymispyyntöjä.'));
    expect(o.fake.callsOf('organisations.joinRequests.decline')[0]!.args).to.deep.equal([1, 32]);
  });

  it("answers an umbrella's invitation: accepting makes the association its member", async () => {
    const o = await org(stories.UmbrellaInvitation);
    await until(() => o.$('#invitations-heading'));
    expect(o.text()).to.contain('Järjestöliitto Tuki ry');
    await expect(o.el).to.be.accessible();
    o.button('Hyväksy: Järjestöliitto Tuki ry')!.click();
    await until(() => o.fake.callsOf('organisations.umbrellaInvitations.accept').length === 1);
    expect(o.fake.callsOf('organisations.umbrellaInvitations.accept')[0]!.args).to.deep.equal([
      1, 90,
    ]);
    await until(() => o.$('#invitations-heading') === null);
  });

  it('shows a member the same details read only, with no admin actions', async () => {
    const o = await org(stories.Member);
    await settled(o);
    expect(o.text()).to.contain('Vain ylläpitäjät voivat muuttaa');
    expect(o.button('Muokkaa tietoja')).to.equal(undefined);
    expect(o.$('#invite-email')).to.equal(null);
    expect(o.$('#requests-heading')).to.equal(null);
    expect(o.button('Poistu organisaatiosta')).to.not.equal(undefined);
    expect(o.fake.callsOf('organisations.joinRequests.list')).to.have.length(0);
    await expect(o.el).to.be.accessible();
  });

  /** The umbrella's member organisations as listed (not the search results under them). */
  const memberList = (o: Awaited<ReturnType<typeof org>>) =>
    o.$('section[aria-labelledby=umbrella-heading] > ul.rows')?.textContent ?? '';

  it("lists an umbrella's member organisations and invites one found by name", async () => {
    const o = await org(stories.Umbrella);
    await until(() => o.$('#umbrella-heading'));
    expect(o.text()).to.contain('Tampereen Seudun Kuorot ry');
    const search = o.$<HTMLInputElement>('#search-umbrella')!;
    search.focus();
    await sendKeys({ type: 'lempäälän' });
    await sendKeys({ press: 'Enter' });
    const invite = await until(() => o.button('Kutsu jäseneksi: Lempäälän Taloyhdistys ry'));
    invite.click();
    await until(() => o.fake.callsOf('organisations.memberOrganisations.add').length === 1);
    expect(o.fake.callsOf('organisations.memberOrganisations.add')[0]!.args).to.deep.equal([
      2,
      { organisationId: 5 },
    ]);
    // Its own admins have not said yes: invited, not yet a member.
    await until(() => o.$('.sr-only[role=status]')!.textContent!.includes('kutsuttiin'));
    await settled(o);
    expect(memberList(o)).to.contain('Tampereen Seudun Kuorot ry');
    expect(memberList(o)).to.not.contain('Lempäälän');
    await expect(o.el).to.be.accessible();
  });

  it('adds at once an organisation whose admin the umbrella admin also is', async () => {
    const o = await org(stories.Umbrella);
    await until(() => o.$('#umbrella-heading'));
    const search = o.$<HTMLInputElement>('#search-umbrella')!;
    search.focus();
    await sendKeys({ type: 'tase' });
    await sendKeys({ press: 'Enter' });
    (await until(() => o.button('Kutsu jäseneksi: Tilitoimisto Tase Oy'))).click();
    await until(() => o.$('.sr-only[role=status]')!.textContent!.includes('on nyt jäsenjärjestö'));
    await until(() => memberList(o).includes('Tilitoimisto Tase Oy'));
  });

  it("sets a company's pro bono programme and previews the feed it gives", async () => {
    const o = await org(stories.Company);
    await until(() => o.$('#programme-heading'));
    await until(() => o.text().includes('Tilinpäätöksen tarkistus ennen vuosikokousta'));
    expect(o.fake.callsOf('tasks.list')[0]!.args[0]).to.include({ proBonoOf: 3, limit: 5 });
    expect(o.text()).to.contain('Pro bono -ryhmä: Taseen pro bono (8 jäsentä)');
    expect(o.$<HTMLInputElement>('#programme-sectors')!.value).to.equal('Sosiaali- ja terveysala');
    const checks = o.$$<HTMLInputElement>('.checks input:checked');
    expect(checks).to.have.length(2);
    // Add Uusimaa, and a category, and change the justification.
    const uusimaa = o
      .$$<HTMLLabelElement>('label.check')
      .find((l) => l.textContent!.trim() === 'Helsinki-Uusimaa')!
      .querySelector('input')!;
    uusimaa.focus();
    await sendKeys({ press: 'Space' });
    const justification = o.$<HTMLTextAreaElement>('#programme-justification')!;
    justification.focus();
    await sendKeys({ type: ' Myös Uudellemaalle.' });
    o.button('Tallenna ohjelma')!.click();
    await until(() => o.fake.callsOf('organisations.proBono.set').length === 1);
    const sent = o.fake.callsOf('organisations.proBono.set')[0]!.args[1] as Record<string, unknown>;
    expect(sent).to.deep.include({
      sectors: ['Sosiaali- ja terveysala'],
      organisationIds: [4],
      categories: ['kirjanpito-talous'],
      regions: ['FI197', 'FI1B1'],
      groupId: 60,
    });
    expect(sent.justification).to.match(/Myös Uudellemaalle\.$/);
    // The preview is read again for the new programme.
    await until(() => o.fake.callsOf('tasks.list').length === 2);
    await expect(o.el).to.be.accessible();
  });

  it('lets a person in no organisation create one, and then shows it', async () => {
    const o = await org(stories.NoOrganisation);
    const name = await until(() => o.$<HTMLInputElement>('#create-name'));
    expect(o.text()).to.contain('Et ole vielä minkään organisaation jäsen');
    await expect(o.el).to.be.accessible();
    name.focus();
    await sendKeys({ type: 'Uusi yhdistys ry' });
    await sendKeys({ press: 'Enter' });
    await until(() => o.fake.callsOf('organisations.create').length === 1);
    await settled(o);
    expect(o.text()).to.contain('Uusi yhdistys ry');
    expect(o.button('Muokkaa tietoja')).to.not.equal(undefined);
  });

  it('shows loading, failure and signed-out states', async () => {
    const loading = await org(stories.Loading);
    await until(() => loading.text().includes('Ladataan organisaatiota'));
    const failed = await org(stories.Error);
    await until(() => failed.text().includes('Organisaatiota ei saatu ladattua'));
    await expect(failed.el).to.be.accessible();
    const out = await org(stories.SignedOut);
    await until(() => shadow(out.el).querySelector('tehostamo-sign-in'));
  });

  it('fits 320 px with the whole programme form', async () => {
    const o = await org(stories.Narrow320);
    await until(() => o.$('#programme-heading'));
    const base = o.$('.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(o.el.getBoundingClientRect().width).to.be.at.most(320);
  });
});

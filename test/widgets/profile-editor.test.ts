import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/profile-editor.stories.ts';
import type { MeUpdate } from '../../sdk/schemas/users.ts';
import type { TehostamoProfileEditor } from '../../widgets/profile-editor/profile-editor.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function editor(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-profile-editor') as TehostamoProfileEditor;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = (s: string) => [...shadow(el).querySelectorAll<HTMLElement>(s)];
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  const card = () => $('tehostamo-profile-card')!;
  const cardText = () => shadow(card()).textContent!.replace(/\s+/g, ' ');
  const type = async (selector: string, value: string) => {
    const input = $<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await el.updateComplete;
  };
  const save = async () => {
    $<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
  };
  await until(() => $('form'));
  return { ...rendered, el, $, $$, text, card, cardText, type, save };
}

/** The "shown to …" line of a field, by its control's id. */
function audienceOf(e: Awaited<ReturnType<typeof editor>>, id: string): string {
  const hint = e.$(`#${id}-hint`) ?? e.$(`#${id}`)!.closest('.field')!.querySelector('.hint');
  return hint!.querySelector('.audience')!.textContent!.trim();
}

describe('<tehostamo-profile-editor>', () => {
  it("has every field of the pilot guide's profile settings, each saying who sees it", async () => {
    const e = await editor(stories.Default);
    for (const [id, value] of [
      ['profile-name', 'Mikko Nieminen'],
      ['profile-postalCode', '00100'],
      ['profile-radiusKm', '30'],
      ['profile-languages', 'suomi, ruotsi, englanti'],
      ['profile-skills', 'KTM, laskentatoimi, tilintarkastus'],
      ['profile-videoUrl', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ['profile-phone', '+358 40 123 4567'],
      ['profile-email', 'mikko.nieminen@tase.example'],
    ] as const) {
      expect(e.$<HTMLInputElement>(`#${id}`)!.value, id).to.equal(value);
    }
    expect(e.$<HTMLSelectElement>('#profile-helperType')!.value).to.equal('pro_bono');
    expect(e.$<HTMLSelectElement>('#profile-lang')!.value).to.equal('fi');
    expect(e.$<HTMLInputElement>('#profile-cvPublic')!.checked).to.equal(true);
    const checked = e
      .$$('input[name=interestedCategories]')
      .filter((i) => (i as HTMLInputElement).checked)
      .map((i) => (i as HTMLInputElement).value);
    expect(checked).to.deep.equal(['kirjanpito-talous', 'rahoitushakemukset']);
    expect(e.text()).to.contain('Tase Oy:n pro bono -ryhmä');
    await until(() => e.text().includes('Helsinki, Helsinki-Uusimaa'));

    expect(audienceOf(e, 'profile-name')).to.equal('Näkyy kaikille');
    expect(audienceOf(e, 'profile-bio')).to.equal('Näkyy kaikille');
    expect(audienceOf(e, 'profile-postalCode')).to.equal('Näkyy kaikille');
    expect(audienceOf(e, 'profile-languages')).to.equal('Näkyy kaikille, koska jaat CV:si');
    expect(audienceOf(e, 'profile-phone')).to.match(/^Näkyy tilaajille/);
    expect(audienceOf(e, 'profile-email')).to.match(/^Näkyy tilaajille/);
    expect(audienceOf(e, 'profile-radiusKm')).to.equal('Näkyy vain sinulle');
    expect(audienceOf(e, 'profile-lang')).to.equal('Näkyy vain sinulle');
    expect(e.$('#profile-categories-hint')!.textContent).to.contain('Näkyy vain sinulle');
    // The audience is read with the control.
    const name = e.$('#profile-name')!;
    expect(name.getAttribute('aria-describedby')).to.equal('profile-name-hint');

    // Not sharing the CV: the CV fields say so at once.
    e.$<HTMLInputElement>('#profile-cvPublic')!.click();
    await e.el.updateComplete;
    expect(audienceOf(e, 'profile-languages')).to.match(/^Näkyy tilaajille, joiden tehtäviin haet/);
    expect(audienceOf(e, 'profile-videoUrl')).to.equal('Näkyy vain sinulle, kunnes jaat CV:si');
    await expect(e.el).to.be.accessible();
  });

  it('catches wrong links, a wrong postal code and no language next to their fields, with the contract’s rules, and sends nothing', async () => {
    const e = await editor(stories.Default);
    await e.type('#profile-videoUrl', 'http://www.youtube.com/watch?v=x');
    expect(e.$('#profile-videoUrl-error')!.textContent).to.contain('YouTubeen tai Vimeoon');
    await e.type('#profile-linkedinUrl', 'https://linkedin.example/in/x');
    await e.type('#profile-languages', ' , ');
    await e.type('#profile-postalCode', '1234');
    await e.type('#profile-phone', 'soita');
    await e.save();
    expect(e.fake.callsOf('me.update')).to.have.length(0);
    expect(e.$('#profile-linkedinUrl-error')!.textContent).to.contain('LinkedIniin');
    expect(e.$('#profile-languages-error')!.textContent).to.contain('ainakin yksi kieli');
    expect(e.$('#profile-postalCode-error')!.textContent).to.contain('viisi numeroa');
    expect(e.$('#profile-phone-error')!.textContent).to.contain('Puhelinnumerossa');
    expect(e.$('#profile-videoUrl')!.getAttribute('aria-invalid')).to.equal('true');
    expect(e.$('#profile-videoUrl')!.getAttribute('aria-describedby')).to.equal(
      'profile-videoUrl-hint profile-videoUrl-error',
    );
    expect(e.text()).to.contain('Korjaa 5 kenttää ennen tallennusta.');
    // Focus goes to the first field to fix.
    expect(shadow(e.el).activeElement?.id).to.equal('profile-postalCode');
    await expect(e.el).to.be.accessible();

    // Fixed, the error leaves as it is typed away.
    await e.type('#profile-videoUrl', 'https://vimeo.com/123');
    expect(e.$('#profile-videoUrl-error')).to.equal(null);
  });

  it('shows the municipality as the postal code is typed, and an unknown code as an error', async () => {
    const e = await editor(stories.NewProfile);
    await e.type('#profile-postalCode', '3310');
    expect(e.fake.callsOf('postalCodes.get')).to.have.length(0);
    await e.type('#profile-postalCode', '33100');
    await until(() => e.text().includes('Tampere, Pirkanmaa'));
    // The preview shows the place too.
    await until(() => e.cardText().includes('33100 Tampere'));
    await e.type('#profile-postalCode', '99999');
    await until(() => e.fake.callsOf('postalCodes.get').length === 2);
    await until(
      () => e.$('#profile-postalCode-error') === null && e.text().includes('99999') === false,
    );
    e.$('#profile-postalCode')!.dispatchEvent(new Event('blur'));
    await until(() => e.$('#profile-postalCode-error'));
    expect(e.$('#profile-postalCode-error')!.textContent).to.contain('Postinumeroa ei löydy');
  });

  it('keeps everything typed when saving fails, and saves it on the next try', async () => {
    const e = await editor(stories.SaveFailed);
    await e.type('#profile-bio', 'Uusi kuvaus, jota ei saa hukata.');
    await e.type('#profile-skills', 'kirjanpito, budjetointi');
    await e.save();
    await until(() => e.$('.status[role=alert]'));
    expect(e.$('.status')!.textContent).to.contain('Tallennus ei onnistunut.');
    expect(e.$('.status')!.textContent).to.contain('Kirjoittamasi tiedot ovat tallessa');
    expect(e.$<HTMLTextAreaElement>('#profile-bio')!.value).to.equal(
      'Uusi kuvaus, jota ei saa hukata.',
    );
    expect(e.$<HTMLInputElement>('#profile-skills')!.value).to.equal('kirjanpito, budjetointi');
    await expect(e.el).to.be.accessible();
  });

  it('saves the whole profile, tells the app the new user, and the preview shows what others will see', async () => {
    const e = await editor(stories.NewProfile);
    const updated: unknown[] = [];
    e.root.addEventListener('tehostamo-user-updated', (ev) => updated.push(ev.detail.user));
    await e.type('#profile-name', 'Sara L.');
    await e.type('#profile-bio', 'Opiskelen tradenomiksi ja autan mielelläni.');
    await e.type('#profile-postalCode', '20100');
    await e.type('#profile-radiusKm', '40');
    await e.type('#profile-languages', 'ruotsi, suomi');
    await e.type('#profile-skills', 'Excel');
    await e.type('#profile-experience', 'Kesätyö tilitoimistossa.');
    await e.type('#profile-videoUrl', 'https://youtu.be/abc');
    await e.type('#profile-linkedinUrl', 'https://www.linkedin.com/in/sara');
    await e.type('#profile-phone', '040 765 4321');
    const lang = e.$<HTMLSelectElement>('#profile-lang')!;
    lang.value = 'sv';
    lang.dispatchEvent(new Event('change'));
    e.$<HTMLInputElement>('input[value=tietoturva]')!.click();
    const available = e.$<HTMLInputElement>('#profile-availableToHelp')!;
    const wasAvailable = available.checked;
    available.click();
    await e.el.updateComplete;
    expect(available.getAttribute('aria-checked')).to.equal(String(!wasAvailable));

    // Not shared yet: the preview has no CV.
    await until(() => e.cardText().includes('Sara L.'));
    expect(e.cardText()).to.contain('Opiskelen tradenomiksi');
    expect(e.cardText()).not.to.contain('Excel');
    e.$<HTMLInputElement>('#profile-cvPublic')!.click();
    await e.el.updateComplete;
    await until(() => e.cardText().includes('Excel'));
    expect(e.cardText()).to.contain('ruotsi, suomi');

    await e.save();
    await until(() => e.fake.callsOf('me.update').length === 1);
    const body = e.fake.callsOf('me.update')[0]!.args[0] as MeUpdate;
    expect(body).to.deep.include({
      name: 'Sara L.',
      bio: 'Opiskelen tradenomiksi ja autan mielelläni.',
      postalCode: '20100',
      radiusKm: 40,
      languages: ['ruotsi', 'suomi'],
      skills: ['Excel'],
      experience: 'Kesätyö tilitoimistossa.',
      cvPublic: true,
      videoUrl: 'https://youtu.be/abc',
      linkedinUrl: 'https://www.linkedin.com/in/sara',
      phone: '040 765 4321',
      lang: 'sv',
      interestedCategories: ['tietoturva'],
    });
    expect(body.availableToHelp, 'the availability switch turned').to.equal(!wasAvailable);
    await until(() => e.$('.status[role=status]'));
    expect(e.text()).to.contain('Profiili tallennettu.');
    expect(updated).to.have.length(1);
  });

  it('works by keyboard alone: type, toggle the CV with Space, save with Enter', async () => {
    const e = await editor(stories.NewProfile);
    e.$('#profile-name')!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Lindholm-Virtanen' });
    e.$('#profile-languages')!.focus();
    await sendKeys({ type: 'suomi' });
    e.$('#profile-cvPublic')!.focus();
    await sendKeys({ press: 'Space' });
    expect(e.$<HTMLInputElement>('#profile-cvPublic')!.checked).to.equal(true);
    e.$('#profile-phone')!.focus();
    await sendKeys({ type: '0401234567' });
    await sendKeys({ press: 'Enter' });
    await until(() => e.fake.callsOf('me.update').length === 1);
    expect(e.fake.callsOf('me.update')[0]!.args[0]).to.deep.include({
      name: 'Sara Lindholm Lindholm-Virtanen',
      languages: ['suomi'],
      cvPublic: true,
      phone: '0401234567',
    });
  });

  it('is accessible at 320 px, in the dark theme, in Swedish and English, and while loading', async () => {
    const narrow = await editor(stories.Narrow320);
    expect(shadow(narrow.el).querySelector('.base')!.scrollWidth).to.be.at.most(320);
    await expect(narrow.el).to.be.accessible();
    const dark = await editor(stories.Dark);
    await expect(dark.el).to.be.accessible();
    const sv = await editor(stories.Swedish);
    expect(sv.text()).to.contain('Syns för alla');
    await expect(sv.el).to.be.accessible();
    const en = await editor(stories.English);
    expect(en.text()).to.contain('Shown only to you');
    await expect(en.el).to.be.accessible();
  });
});

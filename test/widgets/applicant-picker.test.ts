import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/applicant-picker.stories.ts';
import { errors } from '../../stories/support/fake-client.ts';
import type { TehostamoApplicantPicker } from '../../widgets/applicant-picker/applicant-picker.ts';
import { emit } from '../../widgets/events.ts';
import type { TehostamoDialog } from '../../widgets/shared/dialog.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

async function picker(story: StoryLike) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-applicant-picker') as TehostamoApplicantPicker;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = (s: string) => [...shadow(el).querySelectorAll<HTMLElement>(s)];
  const active = () => shadow(el).activeElement as HTMLElement | null;
  return { ...rendered, el, $, $$, active, dialog: () => $<TehostamoDialog>('tehostamo-dialog')! };
}

describe('<tehostamo-applicant-picker>', () => {
  it('shows each applicant’s summary and message', async () => {
    const p = await picker(stories.Default);
    await until(() => p.$$('[part~=applicant]').length === 3);
    const first = p.$$('[part~=applicant]')[0]!.textContent!;
    for (const text of [
      'Mikko Nieminen',
      'Pro bono -osaaja yrityksestä, Espoo',
      'tilinpäätös',
      'suomi, ruotsi, englanti',
      'Kymmenen vuotta tilintarkastajana',
      '4 tehtyä tehtävää',
      'Palautteen keskiarvo 4,8/5 (4 arviota)',
      'Olen tehnyt vastaavia tarkistuksia',
    ]) {
      expect(first).to.contain(text);
    }
    expect(p.$$('[part~=applicant]')[1]!.textContent).to.contain('Ei vielä palautetta');
    await until(() => p.$('[role=status]')!.textContent!.includes('3 hakijaa'));
    await expect(p.el).to.be.accessible();
  });

  it('selects with the keyboard after a confirmation, then shows the result', async () => {
    const p = await picker(stories.Default);
    await until(() => p.$$('[part~=select]').length === 3);
    const button = p.$$('[part~=select]')[1]!;
    // Named "Valitse tekijäksi Sara Lindholm": the visible text first, then whom.
    expect(button.getAttribute('aria-labelledby')).to.equal('select-502 applicant-502');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => p.dialog().open);
    expect(p.dialog().description).to.contain('Valitaanko Sara Lindholm tekijäksi?');
    expect(p.active()?.classList.contains('cancel')).to.equal(true);
    await expect(p.el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !p.dialog().open);
    await until(() => p.active() === button);
    expect(p.fake.callsOf('applications.select')).to.have.length(0);

    await sendKeys({ press: 'Enter' });
    await until(() => p.dialog().open);
    await sendKeys({ press: 'Shift+Tab' });
    expect(p.active()?.textContent?.trim()).to.equal('Kyllä, valitse');
    const selected = oneEvent(p.el, 'tehostamo-applicant-selected');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.application.applicant.name).to.equal('Sara Lindholm');
    expect(event.detail.canSelectMore).to.equal(false);
    expect(event.bubbles && event.composed).to.equal(true);
    await until(() => !p.dialog().open);
    await until(() => p.active()?.id === 'picker-notice');
    expect(p.$('#picker-notice')!.textContent).to.contain('Sara Lindholm on valittu tekijäksi');
    expect(p.$$('[part~=select]')).to.have.length(0);
    expect(p.$$('[part~=applicant]')[0]!.textContent).to.contain('Valittu');
    await expect(p.el).to.be.accessible();
  });

  it('asks "select more?" while the task wants more helpers', async () => {
    const p = await picker(stories.TwoHelpersWanted);
    await until(() => p.$$('[part~=select]').length === 3);
    p.$$('[part~=select]')[0]!.click();
    await until(() => p.dialog().open);
    p.$<HTMLButtonElement>('.confirm-yes')!.click();
    await until(() => p.dialog().label.includes('Valitaanko lisää tekijöitä?'));
    expect(p.active()?.textContent?.trim()).to.equal('Kyllä, valitsen lisää');
    await expect(p.el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => !p.dialog().open);
    await until(() => p.active() === p.$$('[part~=select]')[0]);
    expect(p.$$('[part~=select]')).to.have.length(2);
    p.$$('[part~=select]')[0]!.click();
    await until(() => p.dialog().open);
    const selected = oneEvent(p.el, 'tehostamo-applicant-selected');
    p.$<HTMLButtonElement>('.confirm-yes')!.click();
    expect((await selected).detail.canSelectMore).to.equal(false);
    await until(() => !p.dialog().open);
    expect(p.$('#picker-notice')!.textContent).to.contain('Kaikki tarvittavat tekijät on valittu');
  });

  it('closes applications when the answer to "select more?" is no, after a confirmation', async () => {
    const p = await picker(stories.TwoHelpersWanted);
    await until(() => p.$$('[part~=select]').length === 3);
    p.$$('[part~=select]')[0]!.click();
    await until(() => p.dialog().open);
    p.$<HTMLButtonElement>('.confirm-yes')!.click();
    await until(() => p.dialog().label.includes('lisää'));
    p.$<HTMLButtonElement>('.cancel')!.click();
    await until(() => p.dialog().label.includes('Suljetaanko haku?'));
    expect(p.dialog().description).to.contain(
      '2 valitsematta jäänyttä hakijaa saavat kiitosviestin',
    );
    expect(p.active()?.classList.contains('cancel')).to.equal(true);
    const closed = oneEvent(p.el, 'tehostamo-applications-closed');
    p.$<HTMLButtonElement>('.confirm-yes')!.click();
    const event = await closed;
    expect(event.detail.thanked).to.equal(2);
    expect(event.detail.task.applicationsOpen).to.equal(false);
    await until(() => !p.dialog().open);
    expect(p.$('#picker-notice')!.textContent).to.contain('2 hakijaa saivat kiitosviestin');
    expect(p.$('[part~=close]')).to.equal(null);
    // Those not chosen show that they were thanked.
    const thanked = p.$$('.status.declined').map((s) => s.textContent!.trim());
    expect(thanked).to.deep.equal(['Ei valittu, kiitetty', 'Ei valittu, kiitetty']);
  });

  it('reloads when this task’s helpers are chosen elsewhere on the page', async () => {
    const p = await picker(stories.Default);
    await until(() => p.$$('[part~=select]').length === 3);
    const task = p.fake.state.tasks.find((t) => t.id === p.el.taskId)!;
    const other = document.createElement('div');
    document.body.append(other);
    try {
      await p.fake.tasks.closeApplications(task.id);
      emit(other, 'tehostamo-applications-closed', { task, thanked: 3 });
      await until(() => p.$$('.status.declined').length === 3);
      expect(p.$$('[part~=select]')).to.have.length(0);
      expect(p.fake.callsOf('applications.list')).to.have.length(2);
      // Another task's news changes nothing here.
      emit(other, 'tehostamo-applications-closed', { task: { ...task, id: 4242 }, thanked: 0 });
      await new Promise((r) => setTimeout(r, 50));
      expect(p.fake.callsOf('applications.list')).to.have.length(2);
    } finally {
      other.remove();
    }
  });

  it('keeps the confirmation’s buttons on a 360 px screen', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const p = await picker(stories.Default);
      await until(() => p.$$('[part~=select]').length === 3);
      p.$$('[part~=select]')[0]!.click();
      await until(() => p.dialog().open);
      const box = shadow(p.dialog()).querySelector('dialog')!.getBoundingClientRect();
      for (const button of [p.$('.confirm-yes')!, p.$('.cancel')!]) {
        const r = button.getBoundingClientRect();
        expect(r.left).to.be.at.least(box.left);
        expect(r.right).to.be.at.most(Math.min(box.right, 360));
      }
      await expect(p.el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('offers no closing of applications while nobody is selected', async () => {
    for (const story of [stories.Default, stories.Empty]) {
      const p = await picker(story);
      await until(() => p.$('[part~=summary]'));
      expect(p.$('[part~=close]')).to.equal(null);
    }
  });

  it('declines one applicant with thanks after a confirmation', async () => {
    const p = await picker(stories.Default);
    await until(() => p.$$('[part~=decline]').length === 3);
    const decline = p.$('#decline-502')!;
    expect(decline.getAttribute('aria-labelledby')).to.equal('decline-502 applicant-502');
    decline.click();
    await until(() => p.dialog().open);
    expect(p.dialog().description).to.contain('Sara Lindholm saa kiitosviestin');
    expect(p.active()?.classList.contains('cancel')).to.equal(true);
    await expect(p.el).to.be.accessible();
    const declined = oneEvent(p.el, 'tehostamo-applicant-declined');
    p.$<HTMLButtonElement>('.confirm-yes')!.click();
    const event = await declined;
    expect(event.detail.application.status).to.equal('declined');
    const call = p.fake.callsOf('applications.decline')[0]!;
    expect(call.args.slice(0, 2)).to.deep.equal([101, 502]);
    expect((call.args[2] as { idempotencyKey?: string }).idempotencyKey).to.be.a('string');
    await until(() => p.active()?.id === 'picker-notice');
    expect(p.$('#picker-notice')!.textContent).to.contain('Sara Lindholm sai kiitosviestin');
    expect(p.$('#decline-502')).to.equal(null);
    expect(p.$$('[part~=decline]')).to.have.length(2);
  });

  it('closes applications from its own button, and cancelling changes nothing', async () => {
    const p = await picker(stories.OneOfTwoSelected);
    await until(() => p.$('[part~=close]'));
    const close = p.$('[part~=close]')!;
    close.click();
    await until(() => p.dialog().open);
    p.$<HTMLButtonElement>('.cancel')!.click();
    await until(() => !p.dialog().open);
    await until(() => p.active() === close);
    expect(p.fake.callsOf('tasks.closeApplications')).to.have.length(0);
    close.click();
    await until(() => p.dialog().open);
    const closed = oneEvent(p.el, 'tehostamo-applications-closed');
    p.$<HTMLButtonElement>('.confirm-yes')!.click();
    expect((await closed).detail.thanked).to.equal(2);
    expect(p.fake.callsOf('tasks.closeApplications')).to.have.length(1);
    const call = p.fake.callsOf('tasks.closeApplications')[0]!;
    expect((call.args[1] as { idempotencyKey?: string }).idempotencyKey).to.be.a('string');
  });

  it('shows a failed selection in the dialog', async () => {
    const p = await picker(stories.Default);
    await until(() => p.$$('[part~=select]').length === 3);
    const original = p.fake.tasks.applications.select;
    (p.fake.tasks.applications as { select: unknown }).select = () =>
      Promise.reject(errors.api(409, 'task_full'));
    p.$$('[part~=select]')[0]!.click();
    await until(() => p.dialog().open);
    p.$<HTMLButtonElement>('.confirm-yes')!.click();
    await until(() => p.$('#action-error'));
    expect(p.$('#action-error')!.textContent).to.contain('tarvittava määrä tekijöitä');
    await until(() => p.active()?.id === 'action-error');
    await expect(p.el).to.be.accessible();
    (p.fake.tasks.applications as { select: unknown }).select = original;
  });

  it('retries a selection whose answer was lost with the same idempotency key', async () => {
    const p = await picker(stories.Default);
    await until(() => p.$$('[part~=select]').length === 3);
    const original = p.fake.tasks.applications.select;
    const keys: string[] = [];
    let lose = true;
    (p.fake.tasks.applications as { select: unknown }).select = (
      id: number,
      appId: number,
      opts: { idempotencyKey: string },
    ) => {
      keys.push(opts.idempotencyKey);
      if (lose) {
        lose = false;
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return original(id, appId, opts);
    };
    p.$$('[part~=select]')[0]!.click();
    await until(() => p.dialog().open);
    p.$<HTMLButtonElement>('.confirm-yes')!.click();
    await until(() => p.$('#action-error'));
    p.$$('[part~=select]')[0]!.click();
    await until(() => p.dialog().open);
    const selected = oneEvent(p.el, 'tehostamo-applicant-selected');
    p.$<HTMLButtonElement>('.confirm-yes')!.click();
    await selected;
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    (p.fake.tasks.applications as { select: unknown }).select = original;
  });

  it('shows loading, empty, error and not-allowed states', async () => {
    const loading = await picker(stories.Loading);
    expect(loading.$('[aria-busy=true]')).not.to.equal(null);
    await expect(loading.el).to.be.accessible();
    const empty = await picker(stories.Empty);
    await until(() => empty.$('[part=state]'));
    expect(empty.$('[part=state]')!.textContent).to.contain('ei ole vielä hakijoita');
    await expect(empty.el).to.be.accessible();
    const failed = await picker(stories.Error);
    await until(() => failed.$('[part~=state]'));
    expect(failed.$('[part~=state]')!.textContent).to.contain('Hakijoita ei saatu ladattua');
    await expect(failed.el).to.be.accessible();
    failed.$<HTMLButtonElement>('[part~=state] button')!.click();
    await until(() => failed.fake.callsOf('applications.list').length === 2);
    const forbidden = await picker(stories.NotAllowed);
    await until(() => forbidden.$('[part=state]'));
    expect(forbidden.$('[part=state]')!.textContent).to.contain(
      'Vain tehtävän pyytäneen organisaation',
    );
    await expect(forbidden.el).to.be.accessible();
  });

  it('signs the requester in inline, then shows the applicants', async () => {
    const p = await picker(stories.SignedOut);
    const signIn = await until(() => p.$('tehostamo-sign-in'));
    expect(p.fake.callsOf('applications.list')).to.have.length(0);
    await expect(p.el).to.be.accessible();
    const inner = shadow(signIn);
    inner.querySelector<HTMLInputElement>('#email')!.value = 'aino.virtanen@example.org';
    inner.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const code = await until(() => inner.querySelector<HTMLInputElement>('#code'));
    code.value = '123456';
    inner.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => p.$$('[part~=applicant]').length === 3);
    await until(() => p.active() === p.$('[part~=summary]'));
  });

  it('shows a closed task without actions', async () => {
    const p = await picker(stories.Closed);
    await until(() => p.$$('[part~=applicant]').length === 2);
    expect(p.$('[part=summary]')!.textContent).to.contain('Haku on päättynyt');
    expect(p.$$('[part~=select]')).to.have.length(0);
    expect(p.$('[part~=close]')).to.equal(null);
    await expect(p.el).to.be.accessible();
  });

  it('is accessible with long Finnish text, at 320 px, in the dark theme, in Swedish and English', async () => {
    const long = await picker(stories.LongFinnishText);
    await until(() => long.$$('[part~=applicant]').length === 4);
    await expect(long.el).to.be.accessible();
    const narrow = await picker(stories.Narrow320);
    await until(() => narrow.$$('[part~=applicant]').length === 4);
    expect(shadow(narrow.el).querySelector('.base')!.scrollWidth).to.be.at.most(320);
    await expect(narrow.el).to.be.accessible();
    const dark = await picker(stories.Dark);
    await until(() => dark.$$('[part~=applicant]').length === 3);
    await expect(dark.el).to.be.accessible();
    const sv = await picker(stories.Swedish);
    await until(() => sv.$$('[part~=applicant]').length === 3);
    expect(sv.$('[part~=select]')!.textContent).to.contain('Välj som utförare');
    await expect(sv.el).to.be.accessible();
    const en = await picker(stories.English);
    await until(() => en.$$('[part~=applicant]').length === 3);
    expect(en.$('[part~=decline]')!.textContent).to.contain('Thank and decline');
  });
});

describe('<tehostamo-applicant-picker> given its task-id late', () => {
  it('waits with no error, then lists the task’s applicants', async () => {
    const p = await picker(stories.Default);
    const taskId = p.el.taskId!;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      // A host page that learns the task from its own address sets the id after the element.
      const late = document.createElement('tehostamo-applicant-picker');
      p.el.after(late);
      await late.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      late.taskId = taskId;
      await until(() => late.shadowRoot!.querySelectorAll('[part~=applicant]').length === 3);
      late.remove();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('shows an applicant without a chosen name as unnamed, never an empty heading', async () => {
    const p = await picker(stories.UnnamedApplicant);
    await until(() => p.$$('[part~=applicant]').length === 1);
    expect(p.$('[part~=applicant] h3')!.textContent!.trim()).to.equal('Nimetön käyttäjä');
    await expect(p.el).to.be.accessible();
  });
});

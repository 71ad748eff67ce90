import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import meta, * as stories from '../../stories/task.stories.ts';
import type { TehostamoDialog } from '../../widgets/shared/dialog.ts';
import type { TehostamoTask } from '../../widgets/task/task.ts';
import { parseHours } from '../../widgets/task/task-state.ts';
import { renderStory, shadow, until, type StoryLike } from './helpers.ts';

/** Renders a story; waits until the task (or a message in its place) is shown unless told not to. */
async function page(story: StoryLike, settle = true) {
  const rendered = await renderStory(meta, story);
  const el = rendered.root.querySelector('tehostamo-task') as TehostamoTask;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(el).querySelector<T>(s);
  const $$ = (s: string) => [...shadow(el).querySelectorAll<HTMLElement>(s)];
  const active = () => shadow(el).activeElement as HTMLElement | null;
  const text = () => shadow(el).textContent!.replace(/\s+/g, ' ');
  const steps = () =>
    $$('[part~=timeline] li').map((li) => ({
      label: li.textContent!.replace(/\s+/g, ' ').trim(),
      current: li.getAttribute('aria-current') === 'step',
    }));
  await until(() =>
    settle ? $('header') || $('[part~=state]:not([aria-busy])') : $('[part~=base]'),
  );
  return { ...rendered, el, $, $$, active, text, steps };
}

type Page = Awaited<ReturnType<typeof page>>;

function button(p: Page, label: string): HTMLButtonElement {
  const found = p.$$('button').find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found as HTMLButtonElement;
}

describe('<tehostamo-task>', () => {
  afterEach(() => sessionStorage.clear());

  describe('everyone else', () => {
    it('the requesting organisation links to its directory listing when it has one', async () => {
      const p = await page(stories.ListedOrganisation);
      const org = p.$$('header a').find((a) => a.textContent === 'Kotikylän Eläkeläiset ry');
      expect(org?.getAttribute('href')).to.match(/^\/directory\/listings\/\d+$/);
      await expect(p.el).to.be.accessible();
    });

    it('shows the public task, the timeline, who asks and the inline sign-in to apply', async () => {
      const p = await page(stories.Visitor);
      expect(p.$('h2')!.textContent).to.equal('Tilinpäätöksen tarkistus ennen kevätkokousta');
      const requester = p.$<HTMLAnchorElement>('header a')!;
      expect(requester.getAttribute('href')).to.equal('/users/7');
      expect(requester.textContent).to.equal('Aino Virtanen');
      // The organisation is text, not a link.
      expect(p.$$('header a')).to.have.length(1);
      expect(p.text()).to.contain('Kotikylän Eläkeläiset ry');
      expect(p.steps()).to.deep.equal([
        { label: 'Julkaistu: valmis', current: false },
        { label: 'Haku: nyt', current: true },
        { label: 'Tekijät valittu: tulossa', current: false },
        { label: 'Tehty: tulossa', current: false },
        { label: 'Hyväksytty: tulossa', current: false },
        { label: 'Valmis: tulossa', current: false },
      ]);
      const apply = p.$('tehostamo-task-apply')!;
      await until(() => shadow(apply).querySelector('tehostamo-sign-in'));
      expect(p.$('tehostamo-chat')).to.equal(null);
      expect(p.$('[part~=manage]')).to.equal(null);
      await expect(p.el).to.be.accessible();
    });

    it('a signed-in helper applies, and the page turns into their application', async () => {
      const p = await page(stories.SignedInVisitor);
      const apply = p.$('tehostamo-task-apply')!;
      const message = await until(() =>
        shadow(apply).querySelector<HTMLTextAreaElement>('#message'),
      );
      message.value = 'Ehdin ensi viikolla.';
      message.dispatchEvent(new Event('input'));
      const sent = oneEvent(p.el, 'tehostamo-application-sent');
      shadow(apply).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const event = await sent;
      expect(event.detail.application.message).to.equal('Ehdin ensi viikolla.');
      const calls = p.fake.callsOf('applications.create');
      expect(calls).to.have.length(1);
      expect((calls[0]!.args[2] as { idempotencyKey?: string }).idempotencyKey).to.be.a('string');
      await until(() => p.$('[part~=application]'));
      expect(p.$('[part~=application]')!.textContent).to.contain('Odottaa');
      expect(p.$('[part~=application]')!.textContent).to.contain('Ehdin ensi viikolla.');
    });

    it('says so when applications are closed', async () => {
      const p = await page(stories.VisitorClosed);
      const apply = p.$('tehostamo-task-apply')!;
      await until(() => shadow(apply).textContent!.includes('Haku tähän tehtävään on päättynyt'));
      await expect(p.el).to.be.accessible();
    });
  });

  describe('an applicant', () => {
    it('sees their application and withdraws it after a confirmation', async () => {
      const p = await page(stories.ApplicantPending);
      await until(() => p.$('[part~=application] .message'));
      const section = p.$('[part~=application]')!;
      expect(section.textContent).to.contain('Odottaa');
      expect(section.textContent).to.contain('Olen tehnyt vastaavia tarkistuksia');
      expect(p.$('tehostamo-chat')).to.equal(null);
      const withdraw = p.$<HTMLButtonElement>('#withdraw')!;
      withdraw.click();
      await until(() => (p.$('tehostamo-dialog') as TehostamoDialog).open);
      expect(p.active()?.classList.contains('keep')).to.equal(true);
      await expect(p.el).to.be.accessible();
      const withdrawn = oneEvent(p.el, 'tehostamo-application-withdrawn');
      p.$<HTMLButtonElement>('tehostamo-dialog .primary')!.click();
      const event = await withdrawn;
      expect(event.detail.application.status).to.equal('withdrawn');
      expect(event.bubbles && event.composed).to.equal(true);
      await until(() => p.active()?.id === 'task-notice');
      expect(p.$('#task-notice')!.textContent).to.contain('Hakemuksesi on peruttu');
      expect(p.$('#withdraw')).to.equal(null);
      expect(p.fake.callsOf('applications.withdraw')).to.have.length(1);
    });

    it('sees that another helper was chosen, with nothing to withdraw', async () => {
      const p = await page(stories.ApplicantDeclined);
      await until(() => p.$('[part~=application] .message'));
      expect(p.$('[part~=application]')!.textContent).to.contain('Ei valittu');
      expect(p.$('#withdraw')).to.equal(null);
    });
  });

  describe('a selected helper', () => {
    it('has the chat and marks the work done once, however often clicked', async () => {
      const p = await page(stories.HelperSelected);
      await until(() => p.$('[part~=assignment] button'));
      expect(p.$('tehostamo-chat')!.getAttribute('task-id')).to.equal('101');
      const done = oneEvent(p.el, 'tehostamo-assignment-done');
      const markDone = button(p, 'Merkitse tehdyksi');
      markDone.click();
      markDone.click();
      const event = await done;
      expect(event.detail.application.assignment?.status).to.equal('done');
      await until(() => p.active()?.id === 'task-notice');
      expect(p.fake.callsOf('assignments.done')).to.have.length(1);
      expect(p.$('[part~=assignment]')!.textContent).to.contain('Pyytäjä hyväksyy sen');
      expect(p.steps().find((s) => s.current)?.label).to.equal('Tehty: nyt');
      await expect(p.el).to.be.accessible();
    });

    it('takes an "already done" after a lost answer as done, and says so', async () => {
      const p = await page(stories.HelperSelected);
      await until(() => p.$('[part~=assignment] button'));
      // The first click's answer never arrived and the page was loaded again: the server has it.
      const app = p.fake.state.applications.find((a) => a.taskId === 101 && a.assignment)!;
      app.assignment = { ...app.assignment!, status: 'done', doneAt: new Date().toISOString() };
      const done = oneEvent(p.el, 'tehostamo-assignment-done');
      button(p, 'Merkitse tehdyksi').click();
      const event = await done;
      expect(event.detail.application.assignment?.status).to.equal('done');
      await until(() => p.active()?.id === 'task-notice');
      expect(p.$('[part~=assignment]')!.textContent).to.contain('Pyytäjä hyväksyy sen');
    });

    it('follows /tasks/:id#chat to the chat, which sits in the shadow root', async () => {
      const scrolled: string[] = [];
      const original = HTMLElement.prototype.scrollIntoView;
      HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
        scrolled.push(this.id);
      };
      history.replaceState(null, '', '#chat');
      try {
        const p = await page(stories.HelperSelected);
        await until(() => scrolled.length > 0);
        expect(scrolled).to.deep.equal(['chat']);
        await p.el.updateComplete;
        expect(scrolled).to.have.length(1);
      } finally {
        HTMLElement.prototype.scrollIntoView = original;
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('gives the requester feedback once approved, and only once', async () => {
      const p = await page(stories.HelperApproved);
      const form = await until(() => p.$<HTMLFormElement>('[part~=feedback-form]'));
      expect(p.$('[part~=assignment]')!.textContent).to.contain('1,5 h');
      expect(p.$('[part~=assignment]')!.textContent).to.contain('Tarkka ja nopea');
      form.querySelector<HTMLInputElement>('input[value="4"]')!.click();
      form.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Hyvä yhteistyö';
      const sent = oneEvent(p.el, 'tehostamo-feedback-sent');
      form.requestSubmit();
      const event = await sent;
      expect(event.detail.feedback).to.include({ rating: 4, text: 'Hyvä yhteistyö' });
      expect(event.detail.feedback.direction).to.equal('to_requester');
      const call = p.fake.callsOf('feedback.create')[0]!;
      expect((call.args[2] as { idempotencyKey?: string }).idempotencyKey).to.be.a('string');
      await until(() => p.active()?.id === 'task-notice');
      expect(p.$('#task-notice')!.textContent).to.contain('Kiitos palautteestasi');
      expect(p.$('[part~=feedback-form]')).to.equal(null);
    });

    it('with feedback given both ways there is nothing more to do', async () => {
      const p = await page(stories.HelperFeedbackGiven);
      await until(() => p.$('[part~=assignment]'));
      expect(p.$('[part~=feedback-form]')).to.equal(null);
      expect(p.steps().every((s) => !s.label.endsWith('tulossa'))).to.equal(true);
    });
  });

  describe('the requesting organisation', () => {
    it('sees the applicant picker, the chat, and edit and cancel', async () => {
      const p = await page(stories.RequesterOpen);
      await until(() => p.$('[part~=manage]'));
      expect(p.$('tehostamo-applicant-picker')!.getAttribute('task-id')).to.equal('101');
      expect(p.$('tehostamo-chat')).to.not.equal(null);
      expect(p.$('#edit-toggle')).to.not.equal(null);
      expect(p.$('#cancel-task')).to.not.equal(null);
      await expect(p.el).to.be.accessible();
    });

    it('edits the task, reading "1,5" hours as one and a half', async () => {
      const p = await page(stories.RequesterOpen);
      await until(() => p.$('#edit-toggle'));
      p.$<HTMLButtonElement>('#edit-toggle')!.click();
      await until(() => p.active()?.id === 'edit-title');
      await expect(p.el).to.be.accessible();
      p.$<HTMLInputElement>('#edit-title')!.value = 'Tilinpäätöksen tarkistus huhtikuussa';
      p.$<HTMLInputElement>('#edit-hours')!.value = '1,5';
      p.$<HTMLInputElement>('#edit-helpers')!.value = '2';
      const updated = oneEvent(p.el, 'tehostamo-task-updated');
      p.$<HTMLFormElement>('[part~=edit-form]')!.requestSubmit();
      const event = await updated;
      expect(event.detail.task.estimatedHours).to.equal(1.5);
      const body = p.fake.callsOf('tasks.update')[0]!.args[1] as Record<string, unknown>;
      expect(body).to.include({
        title: 'Tilinpäätöksen tarkistus huhtikuussa',
        estimatedHours: 1.5,
        helpersWanted: 2,
        remote: true,
      });
      await until(() => p.active()?.id === 'task-notice');
      expect(p.$('h2')!.textContent).to.equal('Tilinpäätöksen tarkistus huhtikuussa');
      expect(p.text()).to.contain('1,5 h');
    });

    it('says what is wrong in the edit form and sends nothing', async () => {
      const p = await page(stories.RequesterOpen);
      await until(() => p.$('#edit-toggle'));
      p.$<HTMLButtonElement>('#edit-toggle')!.click();
      await until(() => p.$('#edit-hours'));
      p.$<HTMLInputElement>('#edit-hours')!.value = '1,25';
      p.$<HTMLFormElement>('[part~=edit-form]')!.requestSubmit();
      await until(() => p.active()?.id === 'edit-hours');
      expect(p.$('#edit-hours')!.getAttribute('aria-describedby')).to.equal(
        'edit-hours-hint edit-hours-error',
      );
      expect(p.$('#edit-hours-error')!.textContent).to.contain('puolen tunnin tarkkuudella');
      expect(p.fake.callsOf('tasks.update')).to.have.length(0);
      await expect(p.el).to.be.accessible();
    });

    it('cancels with a reason, and the timeline ends in "cancelled"', async () => {
      const p = await page(stories.RequesterOpen);
      await until(() => p.$('#cancel-task'));
      p.$<HTMLButtonElement>('#cancel-task')!.click();
      await until(() => p.active()?.id === 'cancel-reason');
      await expect(p.el).to.be.accessible();
      p.$<HTMLTextAreaElement>('#cancel-reason')!.value = 'Hoidimme asian itse.';
      const cancelled = oneEvent(p.el, 'tehostamo-task-cancelled');
      button(p, 'Kyllä, peru tehtävä').click();
      const event = await cancelled;
      expect(event.detail.reason).to.equal('Hoidimme asian itse.');
      expect(event.detail.task.status).to.equal('cancelled');
      expect(p.fake.callsOf('tasks.cancel')[0]!.args[1]).to.deep.equal({
        reason: 'Hoidimme asian itse.',
      });
      await until(() => p.active()?.id === 'task-notice');
      expect(p.steps().at(-1)).to.deep.equal({ label: 'Peruttu: nyt', current: true });
      expect(p.$('[part=cancelled]')!.textContent).to.contain(
        'Perumisen syy: Hoidimme asian itse.',
      );
      expect(p.$('#cancel-task')).to.equal(null);
      expect(p.$('tehostamo-applicant-picker')).to.equal(null);
    });

    it('approves with hours and feedback by keyboard alone', async () => {
      const p = await page(stories.RequesterApprove);
      const hours = await until(() => p.$<HTMLInputElement>('#approve-501-hours'));
      expect(p.$('[part~=helpers]')!.textContent).to.contain('odottaa hyväksyntääsi');
      expect(p.$<HTMLAnchorElement>('[part~=helpers] h4 a')!.getAttribute('href')).to.equal(
        '/users/20',
      );
      hours.focus();
      await sendKeys({ type: '1,5' });
      await sendKeys({ press: 'Tab' });
      expect(p.active()?.getAttribute('name')).to.equal('rating');
      // The first radio; arrows move the choice to 4.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expect(p.active()?.id).to.equal('approve-501-text');
      await sendKeys({ type: 'Tarkka työ' });
      await sendKeys({ press: 'Tab' });
      expect(p.active()?.textContent?.trim()).to.equal('Hyväksy ja anna palaute');
      const approved = oneEvent(p.el, 'tehostamo-assignment-approved');
      await sendKeys({ press: 'Enter' });
      const event = await approved;
      expect(event.detail.application.assignment?.actualHours).to.equal(1.5);
      const call = p.fake.callsOf('assignments.approve')[0]!;
      expect(call.args[2]).to.deep.equal({
        actualHours: 1.5,
        feedback: { rating: 4, text: 'Tarkka työ' },
      });
      expect((call.args[3] as { idempotencyKey?: string }).idempotencyKey).to.be.a('string');
      await until(() => p.active()?.id === 'task-notice');
      expect(p.$('[part~=helpers]')!.textContent).to.contain('Hyväksytty, 1,5 h');
      expect(p.$('[part~=approve-form]')).to.equal(null);
      await expect(p.el).to.be.accessible();
    });

    it('asks for the hours and a rating before approving', async () => {
      const p = await page(stories.RequesterApprove);
      const form = await until(() => p.$<HTMLFormElement>('[part~=approve-form]'));
      form.requestSubmit();
      await until(() => p.active()?.id === 'approve-501-hours');
      expect(p.$('#approve-501-hours-error')).to.not.equal(null);
      expect(p.$('#approve-501-rating-error')!.textContent).to.contain('Valitse arvio');
      expect(p.fake.callsOf('assignments.approve')).to.have.length(0);
      await expect(p.el).to.be.accessible();
    });

    it('shows a completed task with every step reached and the feedback both ways', async () => {
      const p = await page(stories.RequesterCompleted);
      await until(() => p.$('[part~=helpers]'));
      expect(p.steps().at(-1)).to.deep.equal({ label: 'Valmis: nyt', current: true });
      expect(p.$('[part~=manage]')).to.equal(null);
      expect(p.$('[part~=helpers]')!.textContent).to.contain('Selkeä pyyntö');
    });
  });

  describe('loading and failures', () => {
    it('says when the task cannot be found', async () => {
      const p = await page(stories.NotFound);
      await until(() => p.text().includes('Tehtävää ei löydy'));
      await expect(p.el).to.be.accessible();
    });

    it('offers a retry after a failed load', async () => {
      const p = await page(stories.LoadError);
      await until(() => p.text().includes('Tehtävän lataaminen epäonnistui'));
      button(p, 'Yritä uudelleen').click();
      await until(() => p.$('header'));
    });
  });

  it('fits 320 px without sideways scrolling', async () => {
    const p = await page(stories.Narrow);
    await until(() => p.$('[part~=approve-form]'));
    const base = p.$('[part~=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(p.el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('reads hours with a decimal comma or point, in half hours', () => {
    expect(parseHours('1,5')).to.equal(1.5);
    expect(parseHours(' 2.5 ')).to.equal(2.5);
    expect(parseHours('3')).to.equal(3);
    expect(parseHours('1,25')).to.equal(null);
    expect(parseHours('0')).to.equal(null);
    expect(parseHours('15,')).to.equal(null);
    expect(parseHours('')).to.equal(null);
  });

  describe('every story passes axe', () => {
    for (const [name, story] of Object.entries(stories)) {
      if (name === 'default') continue;
      it(name, async () => {
        const p = await page(story as StoryLike, name !== 'Loading');
        await new Promise((r) => setTimeout(r, 30));
        await p.el.updateComplete;
        await expect(p.el).to.be.accessible();
      });
    }
  });
});

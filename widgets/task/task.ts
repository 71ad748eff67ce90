import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ErrorCode } from '../../sdk/error-codes.ts';
import { isApiErrorWith } from '../../sdk/errors.ts';
import { newIdempotencyKey } from '../../sdk/request.ts';
import type { Application, Task, TaskUpdate } from '../../sdk/schemas/tasks.ts';
import type { Feedback } from '../../sdk/schemas/users.ts';
import '../applicant-picker/applicant-picker.ts';
import { emit } from '../events.ts';
import { formatNumber, type Strings } from '../i18n/index.ts';
import '../shared/dialog.ts';
import type { TehostamoDialog } from '../shared/dialog.ts';
import { field } from '../shared/field.ts';
import { initialState } from '../shared/load.ts';
import { parseWholeNumber } from '../shared/number.ts';
import '../shared/task-apply.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { taskFacts } from '../shared/task-summary.ts';
import { warnOnce } from '../shared/warnings.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { taskStrings, type Step, type TaskPageStrings } from './strings.ts';
import { taskStyles } from './task.styles.ts';
import { parseHours, progressOf, roleOf, type Role } from './task-state.ts';

/**
 * Makes a change; when the server answers `already` (a retry whose first answer was lost and
 * whose idempotency key did not survive, e.g. after a reload), `confirm` looks up whether the
 * change was in fact made, and its result stands in. Otherwise the error stands.
 */
async function changeOrConfirm<T>(
  change: () => Promise<T>,
  already: ErrorCode,
  confirm: () => Promise<T | undefined>,
): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (!isApiErrorWith(error, already)) throw error;
    const made = await confirm();
    if (made === undefined) throw error;
    return made;
  }
}

/** The suggested helpers load with their first showing: nobody else downloads them. */
let suggestionsLoading: Promise<unknown> | undefined;
const loadSuggestions = () => (suggestionsLoading ??= import('./suggested-helpers.ts'));

type Confirm = 'cancel' | 'withdraw';
type Busy = 'save' | 'cancel' | 'withdraw' | 'done' | `approve-${number}` | 'feedback' | null;

const STEPS: Step[] = ['posted', 'applications', 'selected', 'done', 'approved', 'completed'];

/**
 * One task for whoever views it. The requesting organisation's members edit it while it is
 * open, cancel it with a reason, choose among the applicants and approve each selected helper's
 * work with the actual hours and feedback in one step. A selected helper marks the work done
 * and gives the requester feedback once approved. An applicant sees their application and may
 * withdraw it while it waits. Everyone else sees the public task and can apply, signing in
 * inline. A status timeline shows where the task is; participants get the task's chat.
 *
 * Every change is safe to repeat: a button is busy until its call answers, and feedback carries
 * an idempotency key kept across retries.
 *
 * @summary One task: manage, apply, mark done, approve with hours, feedback and chat.
 *
 * @event tehostamo-task-loaded - The task was loaded (again): `detail.task`, whose `viewer` says whose page it is.
 * @event tehostamo-task-updated - The task was edited: `detail.task`.
 * @event tehostamo-task-cancelled - The task was cancelled: `detail.task`, `detail.reason`.
 * @event tehostamo-assignment-done - The helper marked their assignment done: `detail.task`, `detail.application`.
 * @event tehostamo-assignment-approved - An assignment was approved: `detail.task`, `detail.application`.
 * @event tehostamo-feedback-sent - Feedback was given: `detail.task`, `detail.feedback`.
 * @event tehostamo-application-withdrawn - The viewer withdrew their application: `detail.task`, `detail.application`.
 * @event tehostamo-application-sent - The viewer applied: `detail.task`, `detail.application`.
 * @event tehostamo-sign-in - Someone signed in inline: `detail.user`, `detail.client`.
 * @event tehostamo-error - A request failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart header - The title, status and who asks.
 * @csspart timeline - The status timeline.
 * @csspart facts - The task's facts.
 * @csspart manage - The requesting organisation's actions.
 * @csspart edit-form - The edit form.
 * @csspart helpers - The selected helpers (for the requesting organisation).
 * @csspart approve-form - A helper's approval form (hours and feedback).
 * @csspart assignment - The selected helper's own section.
 * @csspart feedback-form - The helper's feedback form.
 * @csspart application - The applicant's own application.
 * @csspart apply - The apply section.
 * @csspart chat - The chat section.
 * @csspart suggestions - The suggested helpers (`<tehostamo-suggested-helpers>`, loaded when shown).
 * @csspart dialog - The confirmation dialog.
 * @csspart state - The loading, error and not-found messages.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: pink for the requester, dark blue for others).
 * @cssproperty --tehostamo-on-accent - Text on the accent colour.
 * @cssproperty --tehostamo-accent-soft - Soft accent background (the current step).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of messages.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders of controls.
 * @cssproperty --tehostamo-border-soft - Borders of cards.
 * @cssproperty --tehostamo-danger - Errors and the cancelled step.
 * @cssproperty --tehostamo-success - Steps reached and confirmations.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-padding - Padding around the widget.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 * @cssproperty --tehostamo-font-size - Font size (default: inherited).
 */
@customElement('tehostamo-task')
export class TehostamoTask extends TehostamoElement {
  static override styles = [theme, controls, taskStyles];

  /** The task to show. */
  @property({ attribute: 'task-id', type: Number }) taskId?: number;

  @state() private actionError = '';
  /** Field errors of the form being submitted, by input id. */
  @state() private fieldErrors: Record<string, string> = {};
  @state() private notice = '';
  @state() private busy: Busy = null;
  @state() private editing = false;
  @state() private confirm: Confirm | null = null;

  @query('tehostamo-dialog') private dialog!: TehostamoDialog;

  /**
   * Idempotency keys of the changes under way, by change (`approve-501`, `cancel`…), kept until
   * one answers: a second try after a lost answer carries the same key and gets the first answer.
   */
  private keys = new Map<string, string>();

  private keyFor(change: string): { idempotencyKey: string } {
    let key = this.keys.get(change);
    if (!key) {
      key = newIdempotencyKey();
      this.keys.set(change, key);
    }
    return { idempotencyKey: key };
  }

  private get s(): TaskPageStrings {
    return taskStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, taskStrings];
  }

  /**
   * The task and what the viewer may see of it: the applications (all of them for the
   * requesting organisation, one's own for an applicant) and the feedback. Loads again when the
   * client, the task or the signed-in user changes.
   */
  private page = this.loader({
    action: 'get-task',
    args: () => [this.activeClient, this.taskId, this.activeUser] as const,
    run: async ([client, id, user], signal): Promise<Loaded | typeof initialState> => {
      if (!client || !id || user === undefined) return initialState;
      const task = await client.tasks.get(id, { signal });
      const involved = Boolean(user) && (task.viewer.canManage || task.viewer.application);
      const [applications, feedback] = await Promise.all([
        involved ? client.tasks.applications.list(id, { signal }).then((r) => r.data) : [],
        task.selectedCount > 0
          ? client.tasks.feedback.list(id, { signal }).then((r) => r.data)
          : [],
      ]);
      return { task, applications, feedback };
    },
    onComplete: (value) => {
      if (value) emit(this, 'tehostamo-task-loaded', { task: value.task });
    },
  });

  /** The task as last loaded (kept on screen while it loads again after a change). */
  private get task(): Task | null {
    const value = this.page.value;
    return value && value.task.id === this.taskId ? value.task : null;
  }

  /** Whether a `#chat` in the page's address has been followed (it points into the shadow root). */
  private followedHash = false;

  protected override updated(changed: PropertyValues): void {
    if (changed.has('contextClient') || changed.has('contextUser')) this.ensureUser();
    if (!this.followedHash && this.task && location.hash === '#chat') {
      const chat = this.renderRoot.querySelector<HTMLElement>('#chat');
      if (chat) {
        this.followedHash = true;
        chat.scrollIntoView();
      }
    }
    if (changed.has('taskId') && !this.taskId) {
      warnOnce('missing-task-id', '<tehostamo-task> needs a task-id.');
    }
  }

  /** Loads the task again, keeping the page on screen meanwhile. */
  async load(): Promise<void> {
    await this.page.run();
  }

  // -------------------------------------------------------------------------------------------
  // Actions

  /** Runs one change: busy while it runs (so a second click does nothing), errors shown. */
  private async act(
    busy: NonNullable<Busy>,
    action: string,
    run: () => Promise<string>,
    focus = '#task-notice',
  ): Promise<boolean> {
    if (this.busy) return false;
    this.busy = busy;
    this.actionError = '';
    this.notice = '';
    try {
      const notice = await run();
      this.notice = notice;
      this.announce(notice);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
      return true;
    } catch (error) {
      this.actionError = await this.failure(action, error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#action-error')?.focus();
      return false;
    } finally {
      this.busy = null;
    }
  }

  /** The task as it is now, after a change; the other sections refresh with it. */
  private async refreshed(): Promise<Task | null> {
    await this.load();
    return this.task;
  }

  private readForm(form: HTMLFormElement): TaskUpdate | null {
    const e = this.s.edit;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const errors: Record<string, string> = {};
    const title = text('title');
    if (title.length < 5 || title.length > 140) errors['edit-title'] = e.titleLength;
    const schedule = text('schedule');
    const hours = parseHours(text('hours'));
    if (hours === null) errors['edit-hours'] = e.invalidHours;
    const helpers = parseWholeNumber(text('helpersWanted')) ?? 0;
    if (helpers < 1 || helpers > 50) {
      errors['edit-helpers'] = e.invalidHelpers;
    }
    const remote = data.get('remote') === 'on';
    const postalCode = text('postalCode');
    if (postalCode && !/^\d{5}$/.test(postalCode)) errors['edit-postal'] = e.invalidPostalCode;
    else if (!remote && !postalCode) errors['edit-postal'] = e.remoteOrPostal;
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#${Object.keys(errors)[0]}`)?.focus(),
      );
      return null;
    }
    const task = this.task!;
    const update: TaskUpdate = {
      title,
      details: text('details'),
      remote,
      postalCode: postalCode || null,
      estimatedHours: hours!,
      helpersWanted: helpers,
    };
    // A schedule given as exact times stays as it is unless its text is written.
    if (schedule) update.schedule = { text: schedule, startsAt: null, endsAt: null };
    else if (task.schedule.text) errors['edit-schedule'] = e.required;
    if (errors['edit-schedule']) {
      this.fieldErrors = errors;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#edit-schedule')?.focus(),
      );
      return null;
    }
    return update;
  }

  private async save(event: Event) {
    event.preventDefault();
    const client = this.activeClient;
    const task = this.task;
    if (!client || !task || this.busy) return;
    const update = this.readForm(event.currentTarget as HTMLFormElement);
    if (!update) return;
    const saved = await this.act('save', 'update-task', async () => {
      const saved = await client.tasks.update(task.id, update);
      this.editing = false;
      const fresh = (await this.refreshed()) ?? saved;
      emit(this, 'tehostamo-task-updated', { task: fresh });
      return this.s.manage.saved;
    });
    if (!saved) return;
  }

  private async ask(kind: Confirm, event: Event) {
    const opener = event.currentTarget as HTMLElement;
    this.confirm = kind;
    this.actionError = '';
    await this.updateComplete;
    await this.dialog.show({
      returnTo: opener,
      focus: this.renderRoot.querySelector<HTMLElement>(
        kind === 'cancel' ? '#cancel-reason' : '.keep',
      ),
    });
  }

  private onDialogClose(event: Event) {
    this.confirm = null;
    // After a change its notice takes the focus; otherwise it goes back to the opener.
    if (this.notice) event.preventDefault();
  }

  private async cancelTask(event: Event) {
    event.preventDefault();
    const client = this.activeClient;
    const task = this.task;
    if (!client || !task) return;
    const reason = (
      this.renderRoot.querySelector<HTMLTextAreaElement>('#cancel-reason')?.value ?? ''
    ).trim();
    await this.act('cancel', 'cancel-task', async () => {
      let fresh = await changeOrConfirm(
        () => client.tasks.cancel(task.id, reason ? { reason } : {}, this.keyFor('cancel')),
        'task_not_cancellable',
        async () => {
          const now = await client.tasks.get(task.id);
          return now.status === 'cancelled' ? now : undefined;
        },
      );
      this.keys.delete('cancel');
      this.dialog.close();
      this.editing = false;
      fresh = (await this.refreshed()) ?? fresh;
      emit(this, 'tehostamo-task-cancelled', { task: fresh, reason });
      return this.s.manage.cancelled;
    });
  }

  private async withdraw() {
    const client = this.activeClient;
    const task = this.task;
    const mine = task?.viewer.application;
    if (!client || !task || !mine) return;
    await this.act('withdraw', 'withdraw-application', async () => {
      const application = await changeOrConfirm(
        () => client.tasks.applications.withdraw(task.id, mine.id, this.keyFor('withdraw')),
        'application_not_pending',
        async () => {
          const own = await this.applicationOf(task, mine.id);
          return own?.status === 'withdrawn' ? own : undefined;
        },
      );
      this.keys.delete('withdraw');
      this.dialog.close();
      const fresh = (await this.refreshed()) ?? task;
      emit(this, 'tehostamo-application-withdrawn', { task: fresh, application });
      return this.s.applicant.withdrawn;
    });
  }

  private async markDone() {
    const client = this.activeClient;
    const task = this.task;
    const mine = task?.viewer.application;
    if (!client || !task || !mine) return;
    await this.act('done', 'mark-done', async () => {
      const application = await changeOrConfirm(
        () => client.tasks.assignments.done(task.id, mine.id, this.keyFor('done')),
        'already_done',
        () => this.applicationOf(task, mine.id),
      );
      this.keys.delete('done');
      const fresh = (await this.refreshed()) ?? task;
      emit(this, 'tehostamo-assignment-done', { task: fresh, application });
      return this.s.helper.markedDone;
    });
  }

  /** One application of the task as the server has it now. */
  private async applicationOf(task: Task, id: number): Promise<Application | undefined> {
    const client = this.activeClient;
    if (!client) return undefined;
    return (await client.tasks.applications.list(task.id)).data.find((a) => a.id === id);
  }

  /** Rating and text of a feedback form; a field error when the rating is missing. */
  private readFeedback(form: HTMLFormElement, prefix: string) {
    const data = new FormData(form);
    const rating = Number(data.get('rating'));
    const text = String(data.get('text') ?? '').trim();
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      return { error: [`${prefix}-rating`, this.s.helpers.invalidRating] as const };
    }
    return { feedback: { rating, text } };
  }

  private async approve(application: Application, event: Event) {
    event.preventDefault();
    const client = this.activeClient;
    const task = this.task;
    if (!client || !task || this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const prefix = `approve-${application.id}`;
    const errors: Record<string, string> = {};
    const hours = parseHours(String(new FormData(form).get('hours') ?? ''));
    if (hours === null) errors[`${prefix}-hours`] = this.s.edit.invalidHours;
    const read = this.readFeedback(form, prefix);
    if (read.error) errors[read.error[0]] = read.error[1];
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      const first = Object.keys(errors)[0]!;
      this.renderRoot
        .querySelector<HTMLElement>(first.endsWith('-rating') ? `#${first} input` : `#${first}`)
        ?.focus();
      return;
    }
    await this.act(`approve-${application.id}`, 'approve-assignment', async () => {
      const approved = await changeOrConfirm(
        () =>
          client.tasks.assignments.approve(
            task.id,
            application.id,
            { actualHours: hours!, feedback: read.feedback! },
            this.keyFor(`approve-${application.id}`),
          ),
        'already_approved',
        () => this.applicationOf(task, application.id),
      );
      this.keys.delete(`approve-${application.id}`);
      const fresh = (await this.refreshed()) ?? task;
      emit(this, 'tehostamo-assignment-approved', { task: fresh, application: approved });
      return this.s.helpers.approved(application.applicant.name);
    });
  }

  private async sendFeedback(application: Application, event: Event) {
    event.preventDefault();
    const client = this.activeClient;
    const task = this.task;
    if (!client || !task || this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const read = this.readFeedback(form, 'feedback');
    this.fieldErrors = read.error ? { [read.error[0]]: read.error[1] } : {};
    if (read.error) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#feedback-rating input')?.focus();
      return;
    }
    await this.act('feedback', 'send-feedback', async () => {
      const feedback = await client.tasks.feedback.create(
        task.id,
        { applicationId: application.id, ...read.feedback! },
        this.keyFor(`feedback-${application.id}`),
      );
      this.keys.delete(`feedback-${application.id}`);
      const fresh = (await this.refreshed()) ?? task;
      emit(this, 'tehostamo-feedback-sent', { task: fresh, feedback });
      return this.s.helper.feedbackSent;
    });
  }

  private onApplied = () => {
    void this.load();
  };

  private onPickerChange = () => {
    void this.load();
  };

  // -------------------------------------------------------------------------------------------
  // Rendering

  private hours(n: number): string {
    return this.t.common.hours(formatNumber(n, this.language));
  }

  private renderTimeline(task: Task, selected: Application[]) {
    const s = this.s.timeline;
    const { reached, cancelled } = progressOf(task, selected);
    const shown = cancelled ? STEPS.slice(0, Math.max(reached + 1, 0)) : STEPS;
    const item = (label: string, state: 'done' | 'current' | 'upcoming', extra = '') =>
      html`<li class="${state} ${extra}" aria-current=${state === 'current' ? 'step' : nothing}>
        ${label}<span class="sr-only">: ${s.state[state]}</span>
      </li>`;
    return html`<section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">${s.heading}</h3>
      <ol class="timeline" part="timeline">
        ${shown.map((step, i) =>
          item(
            s.steps[step],
            cancelled || i < reached ? 'done' : i === reached ? 'current' : 'upcoming',
          ),
        )}
        ${
          cancelled
            ? item(
                task.status === 'expired' ? s.steps.expired : s.steps.cancelled,
                'current',
                'cancelled',
              )
            : nothing
        }
      </ol>
    </section>`;
  }

  private userLink(user: { id: number; name: string }) {
    return html`<a href="/users/${user.id}">${user.name || this.t.common.unnamed}</a>`;
  }

  private renderHeader(task: Task) {
    const t = this.t;
    return html`<header part="header">
      <h2 id="task-title" tabindex="-1">${task.title}</h2>
      <p class="byline">
        <span class="chip">${t.task.status[task.status]}</span>
        <span
          >${
            task.organisation.listed
              ? html`<a href="/directory/listings/${task.organisation.id}"
                  >${task.organisation.name}</a
                >`
              : task.organisation.name
          }</span
        >
        ${
          task.requester
            ? html`<span>${this.s.requester}: ${this.userLink(task.requester)}</span>`
            : nothing
        }
      </p>
    </header>`;
  }

  private renderNotices() {
    return html`${
      this.notice
        ? html`<p id="task-notice" class="notice success" tabindex="-1">${this.notice}</p>`
        : nothing
    }
    ${
      this.actionError && !this.confirm
        ? html`<p id="action-error" class="notice error" role="alert" tabindex="-1">
            ${this.actionError}
          </p>`
        : nothing
    }`;
  }

  private fieldError(id: string) {
    const text = this.fieldErrors[id];
    return text ? html`<span id="${id}-error" class="field-error">${text}</span>` : nothing;
  }

  /** A text field of a form on this page, wired by the shared field helper. */
  private textField(
    id: string,
    label: string,
    input: {
      name: string;
      value?: string;
      hint?: string;
      maxlength?: number;
      mode?: string;
      class?: string;
    },
  ) {
    return field(
      { id, label, ...(input.hint ? { hint: input.hint } : {}), error: this.fieldErrors[id] ?? '' },
      (c) =>
        html`<input
          id=${c.id}
          class=${input.class ?? nothing}
          name=${input.name}
          inputmode=${input.mode ?? nothing}
          maxlength=${input.maxlength ?? nothing}
          autocomplete="off"
          .value=${input.value ?? ''}
          aria-invalid=${c.invalid}
          aria-describedby=${c.describedBy}
        />`,
    );
  }

  private renderEditForm(task: Task) {
    const e = this.s.edit;
    const m = this.s.manage;
    return html`<form
      part="edit-form"
      @submit=${this.save}
      novalidate
      aria-labelledby="edit-heading"
    >
      <h4 id="edit-heading">${m.editHeading}</h4>
      ${this.textField('edit-title', e.title, { name: 'title', value: task.title, maxlength: 140 })}
      ${field(
        { id: 'edit-details', label: e.details },
        (c) =>
          html`<textarea
            id=${c.id}
            name="details"
            maxlength="5000"
            .value=${task.details}
          ></textarea>`,
      )}
      ${this.textField('edit-schedule', e.schedule, {
        name: 'schedule',
        value: task.schedule.text ?? '',
        maxlength: 200,
      })}
      ${this.textField('edit-hours', e.hours, {
        name: 'hours',
        value: formatNumber(task.estimatedHours, this.language),
        hint: e.hoursHint,
        mode: 'decimal',
        class: 'narrow',
      })}
      ${this.textField('edit-helpers', e.helpersWanted, {
        name: 'helpersWanted',
        value: String(task.helpersWanted),
        mode: 'numeric',
        class: 'narrow',
      })}
      <label class="check">
        <input type="checkbox" name="remote" .checked=${task.remote} />
        ${e.remote}
      </label>
      ${this.textField('edit-postal', e.postalCode, {
        name: 'postalCode',
        value: task.location?.postalCode ?? '',
        hint: e.postalCodeHint,
        mode: 'numeric',
        maxlength: 5,
        class: 'narrow',
      })}
      <div class="actions">
        <button class="primary" part="button" type="submit" ?disabled=${this.busy === 'save'}>
          ${this.busy === 'save' ? m.saving : m.save}
        </button>
        <button
          part="button"
          type="button"
          @click=${() => {
            this.editing = false;
            this.fieldErrors = {};
            void this.updateComplete.then(() =>
              this.renderRoot.querySelector<HTMLElement>('#edit-toggle')?.focus(),
            );
          }}
        >
          ${this.t.common.cancel}
        </button>
      </div>
    </form>`;
  }

  private renderManage(task: Task) {
    const m = this.s.manage;
    const editable = task.status === 'open';
    const cancellable = ['pending_verification', 'open', 'assigned'].includes(task.status);
    if (!editable && !cancellable) return nothing;
    return html`<section part="manage" aria-labelledby="manage-heading">
      <h3 id="manage-heading">${m.heading}</h3>
      <div class="manage-actions">
        ${
          editable
            ? html`<button
                id="edit-toggle"
                part="button"
                type="button"
                aria-expanded=${this.editing ? 'true' : 'false'}
                @click=${() => {
                  this.editing = !this.editing;
                  this.fieldErrors = {};
                  if (this.editing) {
                    void this.updateComplete.then(() =>
                      this.renderRoot.querySelector<HTMLElement>('#edit-title')?.focus(),
                    );
                  }
                }}
              >
                ${m.edit}
              </button>`
            : nothing
        }
        ${
          cancellable
            ? html`<button
                id="cancel-task"
                part="button"
                type="button"
                aria-haspopup="dialog"
                @click=${(e: Event) => this.ask('cancel', e)}
              >
                ${m.cancelTask}
              </button>`
            : nothing
        }
      </div>
      ${this.editing && editable ? this.renderEditForm(task) : nothing}
    </section>`;
  }

  private renderRating(prefix: string, legend: string) {
    const id = `${prefix}-rating`;
    const error = this.fieldErrors[id];
    return html`<fieldset
      id=${id}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-error` : nothing}
    >
      <legend>${legend}</legend>
      <div class="ratings">
        ${[1, 2, 3, 4, 5].map(
          (n) =>
            html`<label class="check">
              <input type="radio" name="rating" value=${n} />
              ${this.s.helpers.ratingOption(n)}
            </label>`,
        )}
      </div>
      ${this.fieldError(id)}
    </fieldset>`;
  }

  private renderFeedbackText(prefix: string, hint: string) {
    return field(
      {
        id: `${prefix}-text`,
        label: this.s.helpers.feedbackText,
        hint,
        optional: this.t.common.optional,
      },
      (c) =>
        html`<textarea
          id=${c.id}
          name="text"
          maxlength="2000"
          aria-describedby=${c.describedBy}
        ></textarea>`,
    );
  }

  private renderApproveForm(task: Task, application: Application) {
    const h = this.s.helpers;
    const prefix = `approve-${application.id}`;
    const busy = this.busy === prefix;
    return html`<form
      part="approve-form"
      aria-labelledby="${prefix}-heading"
      @submit=${(e: Event) => this.approve(application, e)}
      novalidate
    >
      <h5 id="${prefix}-heading" class="label">${h.approveHeading(application.applicant.name)}</h5>
      ${this.textField(`${prefix}-hours`, h.actualHours, {
        name: 'hours',
        hint: h.actualHoursHint(this.hours(task.estimatedHours)),
        mode: 'decimal',
        class: 'narrow',
      })}
      ${this.renderRating(prefix, h.rating)} ${this.renderFeedbackText(prefix, h.feedbackTextHint)}
      <button class="primary" part="button" type="submit" ?disabled=${busy}>
        ${busy ? h.approving : h.approve}
      </button>
    </form>`;
  }

  private feedbackOf(application: Application, direction: Feedback['direction']) {
    return (this.page.value?.feedback ?? []).find(
      (f) => f.applicationId === application.id && f.direction === direction,
    );
  }

  private renderFeedback(feedback: Feedback | undefined) {
    if (!feedback) return nothing;
    return html`<p class="muted">
      ${this.s.feedbackReceived(feedback.from.name)}:
      ${feedback.rating}/5${feedback.text ? html` – “${feedback.text}”` : nothing}
    </p>`;
  }

  private renderHelpers(task: Task, selected: Application[]) {
    const h = this.s.helpers;
    if (task.status === 'pending_verification') return nothing;
    if (selected.length === 0 && task.status !== 'assigned') return nothing;
    return html`<section part="helpers" aria-labelledby="helpers-heading">
      <h3 id="helpers-heading">${h.heading}</h3>
      ${
        selected.length === 0
          ? html`<p class="muted">${h.none}</p>`
          : html`<ul class="cards">
              ${repeat(
                selected,
                (a) => a.id,
                (a) => {
                  const state = a.assignment?.status ?? 'selected';
                  const approvable =
                    state === 'done' && task.status !== 'cancelled' && task.viewer.canManage;
                  return html`<li class="card">
                    <h4>${this.userLink(a.applicant)}</h4>
                    <p>
                      ${
                        state === 'approved'
                          ? h.status.approved(this.hours(a.assignment?.actualHours ?? 0))
                          : h.status[state]
                      }
                    </p>
                    ${this.renderFeedback(this.feedbackOf(a, 'to_requester'))}
                    ${approvable ? this.renderApproveForm(task, a) : nothing}
                  </li>`;
                },
              )}
            </ul>`
      }
    </section>`;
  }

  private renderAssignment(task: Task, mine: Application) {
    const h = this.s.helper;
    const state = mine.assignment?.status ?? 'selected';
    const given = this.feedbackOf(mine, 'to_requester');
    let body: TemplateResult;
    if (task.status === 'cancelled') {
      body = html`<p>${this.s.cancelledNotice}</p>`;
    } else if (state === 'selected') {
      body = html`<p>${h.intro}</p>
        <button
          class="primary"
          part="button"
          type="button"
          ?disabled=${this.busy === 'done'}
          @click=${this.markDone}
        >
          ${this.busy === 'done' ? h.markingDone : h.markDone}
        </button>`;
    } else if (state === 'done') {
      body = html`<p>${h.waitingApproval}</p>`;
    } else {
      body = html`<p>${h.approved(this.hours(mine.assignment?.actualHours ?? 0))}</p>
        ${this.renderFeedback(this.feedbackOf(mine, 'to_helper'))}
        ${
          given
            ? nothing
            : html`<form
                part="feedback-form"
                aria-labelledby="feedback-heading"
                @submit=${(e: Event) => this.sendFeedback(mine, e)}
                novalidate
              >
                <h4 id="feedback-heading">${h.feedbackHeading}</h4>
                <p class="muted">${h.feedbackIntro}</p>
                ${this.renderRating('feedback', h.rating)}
                ${this.renderFeedbackText('feedback', h.feedbackIntro)}
                <button
                  class="primary"
                  part="button"
                  type="submit"
                  ?disabled=${this.busy === 'feedback'}
                >
                  ${this.busy === 'feedback' ? h.sendingFeedback : h.sendFeedback}
                </button>
              </form>`
        }`;
    }
    return html`<section part="assignment" aria-labelledby="assignment-heading">
      <h3 id="assignment-heading">${h.heading}</h3>
      ${body}
    </section>`;
  }

  private renderApplication(task: Task, mine: Application | undefined) {
    const a = this.s.applicant;
    const status = task.viewer.application!.status;
    const label = this.t.picker.status[status as keyof Strings['picker']['status']] ?? status;
    const pending = status === 'pending' && task.status === 'open';
    return html`<section part="application" aria-labelledby="application-heading">
      <h3 id="application-heading">${a.heading}</h3>
      <dl class="facts">
        <div>
          <dt>${a.status}</dt>
          <dd>${label}</dd>
        </div>
        ${
          mine
            ? html`<div>
                <dt>${a.message}</dt>
                <dd class="message">${mine.message}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        pending
          ? html`<button
              id="withdraw"
              part="button"
              type="button"
              aria-haspopup="dialog"
              @click=${(e: Event) => this.ask('withdraw', e)}
            >
              ${a.withdraw}
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderDialog() {
    const m = this.s.manage;
    const a = this.s.applicant;
    const kind = this.confirm;
    const busy = this.busy === kind;
    let body: TemplateResult | typeof nothing = nothing;
    let label = '';
    if (kind === 'cancel') {
      label = m.cancelHeading;
      body = html`<form id="cancel-form" @submit=${this.cancelTask} novalidate>
          ${field(
            { id: 'cancel-reason', label: m.cancelReason, hint: m.cancelReasonHint },
            (c) =>
              html`<textarea
                id=${c.id}
                maxlength="1000"
                aria-describedby=${c.describedBy}
              ></textarea>`,
          )}
          ${this.renderDialogError()}
        </form>
        <button
          class="primary"
          part="button"
          type="submit"
          form="cancel-form"
          slot="footer"
          ?disabled=${busy}
        >
          ${busy ? m.cancelling : m.confirmCancel}
        </button>
        <button
          class="keep"
          part="button"
          type="button"
          slot="footer"
          @click=${() => this.dialog.close()}
        >
          ${m.keep}
        </button>`;
    } else if (kind === 'withdraw') {
      label = a.withdraw;
      body = html`<p>${a.confirmWithdraw}</p>
        ${this.renderDialogError()}
        <button
          class="primary"
          part="button"
          type="button"
          slot="footer"
          ?disabled=${busy}
          @click=${this.withdraw}
        >
          ${busy ? a.withdrawing : a.withdraw}
        </button>
        <button
          class="keep"
          part="button"
          type="button"
          slot="footer"
          @click=${() => this.dialog.close()}
        >
          ${a.keep}
        </button>`;
    }
    return html`<tehostamo-dialog
      exportparts="dialog"
      label=${label}
      @tehostamo-dialog-close=${this.onDialogClose}
    >
      ${body}
    </tehostamo-dialog>`;
  }

  private renderDialogError() {
    return this.actionError
      ? html`<p id="action-error" class="notice error" role="alert" tabindex="-1">
          ${this.actionError}
        </p>`
      : nothing;
  }

  private renderTask({ task, applications }: Loaded) {
    const role: Role = roleOf(task);
    const mineRef = task.viewer.application;
    const mine = mineRef ? applications.find((a) => a.id === mineRef.id) : undefined;
    const selected =
      role === 'manager'
        ? applications.filter((a) => a.status === 'selected')
        : role === 'helper' && mine
          ? [mine]
          : [];
    const participant = role === 'manager' || role === 'helper';
    const picking = role === 'manager' && (task.status === 'open' || task.status === 'assigned');
    return html`${this.renderHeader(task)}
      ${
        task.status === 'pending_verification'
          ? html`<p class="notice info">${this.s.pendingVerification}</p>`
          : nothing
      }
      ${
        task.status === 'expired'
          ? html`<p class="notice info" part="expired">${this.s.expiredNotice}</p>`
          : nothing
      }
      ${
        task.status === 'cancelled'
          ? html`<div class="notice info" part="cancelled">
              <p>${this.s.cancelledNotice}</p>
              ${
                task.cancelReason
                  ? html`<p><strong>${this.s.cancelReasonLabel}:</strong> ${task.cancelReason}</p>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${this.renderNotices()} ${this.renderTimeline(task, selected)}
      ${taskFacts(task, this.t, this.language)}
      <h3>${this.t.task.details}</h3>
      <p class="details-text">${task.details}</p>
      ${role === 'manager' ? this.renderManage(task) : nothing}
      ${
        picking
          ? html`<section aria-labelledby="applicants-heading">
              <h3 id="applicants-heading">${this.s.applicants}</h3>
              <tehostamo-applicant-picker
                task-id=${task.id}
                hide-heading
                @tehostamo-applicant-selected=${this.onPickerChange}
                @tehostamo-applicant-declined=${this.onPickerChange}
                @tehostamo-applications-closed=${this.onPickerChange}
              ></tehostamo-applicant-picker>
            </section>`
          : nothing
      }
      ${this.renderSuggestions(task, role)}
      ${role === 'manager' ? this.renderHelpers(task, selected) : nothing}
      ${role === 'helper' && mine ? this.renderAssignment(task, mine) : nothing}
      ${role === 'applicant' ? this.renderApplication(task, mine) : nothing}
      ${
        role === 'visitor'
          ? html`<section part="apply" aria-labelledby="apply-heading">
              <h3 id="apply-heading">${this.t.taskList.applyHeading}</h3>
              <tehostamo-task-apply
                .task=${task}
                @tehostamo-sign-in=${this.onSignedIn}
                @tehostamo-application-sent=${this.onApplied}
              ></tehostamo-task-apply>
            </section>`
          : nothing
      }
      ${
        participant && task.status !== 'pending_verification'
          ? html`<section id="chat" part="chat" aria-labelledby="chat-heading">
              <h3 id="chat-heading">${this.s.chat}</h3>
              <tehostamo-chat task-id=${task.id}></tehostamo-chat>
            </section>`
          : nothing
      }
      ${this.renderDialog()}`;
  }

  /** For the requesting organisation's signed-in members while the task takes applications. */
  private renderSuggestions(task: Task, role: Role) {
    const shown =
      role === 'manager' &&
      task.status === 'open' &&
      task.applicationsOpen &&
      Boolean(this.activeUser) &&
      Boolean(this.activeClient?.tasks.suggestedHelpers);
    if (!shown) return nothing;
    void loadSuggestions();
    return html`<tehostamo-suggested-helpers
      part="suggestions"
      .theme=${this.theme}
      task-id=${task.id}
      category=${task.category}
    ></tehostamo-suggested-helpers>`;
  }

  private renderBody() {
    const t = this.t;
    if (!this.activeClient) {
      return html`<div class="state" part="state"><p>${t.common.notConnected}</p></div>`;
    }
    const skeleton = html`<div aria-busy="true" part="state">
      <p class="sr-only">${t.common.loading}</p>
      <div class="skeleton" style="height:2rem;margin-bottom:1rem" aria-hidden="true"></div>
      <div class="skeleton" style="height:8rem" aria-hidden="true"></div>
    </div>`;
    return this.page.render({
      initial: () => skeleton,
      // Loading again after a change: the page stays as it was until the answer comes.
      pending: () => (this.task ? this.renderTask(this.page.value!) : skeleton),
      complete: (loaded) => this.renderTask(loaded),
      errorHeading: this.s.loadError,
      error: (failure) =>
        isApiErrorWith(failure.cause, 404) || isApiErrorWith(failure.cause, 403)
          ? html`<div class="state" part="state"><p>${this.s.notFound}</p></div>`
          : undefined,
    });
  }

  protected override render() {
    const role = this.task ? roleOf(this.task) : 'visitor';
    return html`<div
      class=${this.baseClasses(role === 'manager' ? 'requester' : 'helper')}
      part="base"
      lang=${this.language}
    >
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
      ${this.renderBody()}
    </div>`;
  }
}

/** What the page loads: the task, the applications the viewer may see, and the feedback. */
interface Loaded {
  task: Task;
  applications: Application[];
  feedback: Feedback[];
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-task': TehostamoTask;
  }
}

import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isApiErrorWith } from '../../sdk/errors.ts';
import { newIdempotencyKey } from '../../sdk/request.ts';
import type { Application, Task } from '../../sdk/schemas/tasks.ts';
import { emit } from '../events.ts';
import { formatNumber } from '../i18n/index.ts';
import '../shared/dialog.ts';
import type { TehostamoDialog } from '../shared/dialog.ts';
import { initialState, type LoadFailure } from '../shared/load.ts';
import '../shared/sign-in.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { warnOnce } from '../shared/warnings.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { applicantPickerStyles } from './applicant-picker.styles.ts';
import { pickerStrings, type PickerStrings } from './strings.ts';

type Confirm =
  | { kind: 'select'; application: Application }
  | { kind: 'more'; application: Application }
  | { kind: 'decline'; application: Application }
  | { kind: 'close' };

/**
 * The applicants of one task, for the organisation that asked for help: each applicant's
 * summary (helper type, skills, languages, experience, completed tasks, average feedback and
 * message). The requester selects one, is asked whether to select more, and closes
 * applications; everything final is confirmed first. A requester who is not signed in signs
 * in inline with an emailed code. A selection or a closing made elsewhere on the page (the
 * task page's own buttons) for the same task reloads the applicants.
 *
 * @summary Choose helpers among a task's applicants.
 *
 * @slot heading - Replaces the default heading ("Hakijat").
 *
 * @event tehostamo-applicant-selected - An applicant was selected: `detail.application`, `detail.task`, `detail.canSelectMore`.
 * @event tehostamo-applicant-declined - An applicant was declined with thanks: `detail.application`, `detail.task`.
 * @event tehostamo-applications-closed - Applications were closed: `detail.task`, `detail.thanked` (applicants thanked).
 * @event tehostamo-sign-in - Someone signed in inline: `detail.user`, `detail.client`.
 * @event tehostamo-error - A request failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart heading - The heading.
 * @csspart summary - The task's title and how many are selected.
 * @csspart list - The list of applicants.
 * @csspart applicant - One applicant.
 * @csspart message - An applicant's message.
 * @csspart select - An applicant's "select" button.
 * @csspart decline - An applicant's "thank and decline" button.
 * @csspart close - The "close applications" button.
 * @csspart dialog - The confirmation dialogs.
 * @csspart state - The loading, empty, error and sign-in messages.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: pink, the requester view).
 * @cssproperty --tehostamo-on-accent - Text on the accent colour.
 * @cssproperty --tehostamo-accent-soft - Soft accent background (chips).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of messages and skeletons.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders of controls.
 * @cssproperty --tehostamo-border-soft - Borders of cards.
 * @cssproperty --tehostamo-danger - Errors.
 * @cssproperty --tehostamo-success - Selected applicants and confirmations.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-padding - Padding around the widget.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 * @cssproperty --tehostamo-font-size - Font size (default: inherited).
 */
@customElement('tehostamo-applicant-picker')
export class TehostamoApplicantPicker extends TehostamoElement {
  static override styles = [theme, controls, applicantPickerStyles];

  /** The picker's own strings, in the reader's language. */
  private get p(): PickerStrings {
    return pickerStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, pickerStrings];
  }

  /** The task whose applicants to show. */
  @property({ attribute: 'task-id', type: Number }) taskId?: number;
  /** Hides the heading (when the page has its own). */
  @property({ attribute: 'hide-heading', type: Boolean }) hideHeading = false;

  @state() private task: Task | null = null;
  @state() private applications: Application[] = [];
  @state() private actionError = '';
  @state() private busy = false;
  @state() private confirm: Confirm | null = null;
  @state() private notice = '';

  @query('tehostamo-dialog') private dialog!: TehostamoDialog;

  private returnFocus: HTMLElement | null = null;
  /** Idempotency keys of declines under way, by application. */
  /**
   * Idempotency keys of the changes under way (`select-501`, `decline-502`, `close`), kept until
   * the change is answered, so that a retry after a lost answer is the same change, not a second.
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
  private focusWhenLoaded = false;

  /** The task and its applications, for whoever is signed in. */
  private readonly applicants = this.loader({
    action: 'list-applications',
    args: () => [this.activeClient, this.taskId, this.activeUser?.id] as const,
    run: async ([client, id, userId], signal) => {
      if (!client || !id || userId === undefined) return initialState;
      const [task, applications] = await Promise.all([
        client.tasks.get(id, { signal }),
        client.tasks.applications.list(id, { signal }),
      ]);
      return { task, applications: applications.data };
    },
    onComplete: ({ task, applications }) => {
      this.task = task;
      this.applications = applications;
      this.announce(this.p.count(this.visible().length));
      if (this.focusWhenLoaded) {
        this.focusWhenLoaded = false;
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('[part~=summary]')?.focus(),
        );
      }
    },
    onError: (failure) => this.announce(forbidden(failure) ? this.p.notAllowed : this.p.error),
  });

  /** Loads the task and its applications again. */
  load(): Promise<void> {
    return this.applicants.run();
  }

  /** Someone else on the page selected or closed on this task: the list is out of date. */
  private readonly onChangeElsewhere = (event: Event) => {
    const { task } = (event as CustomEvent<{ task: Task }>).detail;
    if (event.composedPath().includes(this) || task.id !== this.taskId) return;
    void this.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('tehostamo-applicant-selected', this.onChangeElsewhere);
    document.addEventListener('tehostamo-applications-closed', this.onChangeElsewhere);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('tehostamo-applicant-selected', this.onChangeElsewhere);
    document.removeEventListener('tehostamo-applications-closed', this.onChangeElsewhere);
  }

  protected override afterSignIn(): void {
    this.focusWhenLoaded = true;
  }

  protected override updated(changed: PropertyValues): void {
    const who =
      changed.has('contextUser') || changed.has('ownSession') || changed.has('fetchedUser');
    if (changed.has('contextClient') || changed.has('taskId') || who) this.ensureUser();
    if (changed.has('taskId') && !this.taskId) {
      warnOnce('missing-task-id', '<tehostamo-applicant-picker> needs a task-id.');
    }
  }

  /** Withdrawn applications are not shown; the rest, selected first. */
  private visible(): Application[] {
    const order = { selected: 0, pending: 1, declined: 2, withdrawn: 3 } as const;
    return this.applications
      .filter((a) => a.status !== 'withdrawn')
      .sort((a, b) => order[a.status] - order[b.status]);
  }

  private canSelect(application: Application): boolean {
    const task = this.task;
    return Boolean(
      task &&
      task.viewer.canManage &&
      task.status === 'open' &&
      task.applicationsOpen &&
      task.selectedCount < task.helpersWanted &&
      application.status === 'pending',
    );
  }

  private async ask(confirm: Confirm, from: HTMLElement | null) {
    this.returnFocus = from;
    this.confirm = confirm;
    this.actionError = '';
    await this.updateComplete;
    // The safe choice takes the focus in a confirmation; the question "select more?" is not one.
    const target = confirm.kind === 'more' ? '.confirm-yes' : '.cancel';
    await this.dialog.show({
      returnTo: null,
      focus: this.renderRoot.querySelector<HTMLElement>(target),
    });
  }

  private cancel() {
    this.dialog.close();
  }

  /** The focus goes back to the opener, or where the list now needs it. */
  private onDialogClose(event: Event) {
    event.preventDefault();
    this.confirm = null;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
    else {
      const fallback = ['#picker-notice', '.summary', '[part~=heading]']
        .map((s) => this.renderRoot.querySelector<HTMLElement>(s))
        .find(Boolean);
      fallback?.focus();
    }
  }

  private async select(application: Application) {
    const client = this.activeClient;
    const task = this.task;
    if (!client || !task || this.busy) return;
    this.busy = true;
    this.actionError = '';
    try {
      const result = await client.tasks.applications.select(
        task.id,
        application.id,
        this.keyFor(`select-${application.id}`),
      );
      this.keys.delete(`select-${application.id}`);
      this.task = result.task;
      this.applications = this.applications.map((a) =>
        a.id === result.application.id ? result.application : a,
      );
      emit(this, 'tehostamo-applicant-selected', {
        task: result.task,
        application: result.application,
        canSelectMore: result.canSelectMore,
      });
      const name = application.applicant.name;
      this.notice = `${this.p.selected(name)}${result.canSelectMore ? '' : ` ${this.p.full}`}`;
      this.announce(this.notice);
      if (result.canSelectMore && this.visible().some((a) => a.status === 'pending')) {
        this.busy = false;
        this.returnFocus = null;
        await this.ask({ kind: 'more', application: result.application }, null);
        return;
      }
      this.returnFocus = null;
      this.dialog.close();
    } catch (error) {
      this.actionError = await this.failure('select-applicant', error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#action-error')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private async closeApplications() {
    const client = this.activeClient;
    const task = this.task;
    if (!client || !task || this.busy) return;
    this.busy = true;
    this.actionError = '';
    try {
      const result = await client.tasks.closeApplications(task.id, this.keyFor('close'));
      this.keys.delete('close');
      this.task = result.task;
      this.applications = this.applications.map((a) =>
        a.status === 'pending' ? { ...a, status: 'declined' } : a,
      );
      emit(this, 'tehostamo-applications-closed', { task: result.task, thanked: result.thanked });
      this.notice = this.p.closed(result.thanked);
      this.announce(this.notice);
      this.returnFocus = null;
      this.dialog.close();
    } catch (error) {
      this.actionError = await this.failure('close-applications', error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#action-error')?.focus();
    } finally {
      this.busy = false;
    }
  }

  /** Declines one application with thanks; a retry of the same decline carries the same key. */
  private async decline(application: Application) {
    const client = this.activeClient;
    const task = this.task;
    if (!client || !task || this.busy) return;
    this.busy = true;
    this.actionError = '';
    try {
      const declined = await client.tasks.applications.decline(
        task.id,
        application.id,
        this.keyFor(`decline-${application.id}`),
      );
      this.keys.delete(`decline-${application.id}`);
      this.applications = this.applications.map((a) => (a.id === declined.id ? declined : a));
      emit(this, 'tehostamo-applicant-declined', { task, application: declined });
      this.notice = this.p.declined(application.applicant.name);
      this.announce(this.notice);
      this.returnFocus = null;
      this.dialog.close();
    } catch (error) {
      this.actionError = await this.failure('decline-applicant', error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#action-error')?.focus();
    } finally {
      this.busy = false;
    }
  }

  /** Back to the list, on the next applicant who can be selected. */
  private selectMore() {
    this.returnFocus = this.renderRoot.querySelector<HTMLElement>('[part~=select]');
    this.dialog.close();
  }

  private renderApplicant(application: Application) {
    const t = this.t;
    const p = this.p;
    const a = application.applicant;
    const lang = this.language;
    const rating =
      a.rating.average !== null && a.rating.count > 0
        ? p.rating(formatNumber(a.rating.average, lang), a.rating.count)
        : p.noRating;
    const headingId = `applicant-${application.id}`;
    const chips = (items: string[]) =>
      html`<ul class="chips">
        ${items.map((s) => html`<li class="chip">${s}</li>`)}
      </ul>`;
    return html`<li class="applicant ${application.status}" part="applicant">
      <article aria-labelledby=${headingId}>
        <div class="applicant-head">
          <h3 id=${headingId} tabindex="-1">${a.name || this.t.common.unnamed}</h3>
          <span class="status ${application.status}">${p.status[application.status]}</span>
        </div>
        <dl class="facts">
          ${
            a.helperType
              ? html`<div>
                  <dt>${p.helperType}</dt>
                  <dd>
                    ${t.helperTypes[a.helperType]}${a.municipality ? `, ${a.municipality}` : ''}
                  </dd>
                </div>`
              : nothing
          }
          ${
            a.skills.length
              ? html`<div>
                  <dt>${p.skills}</dt>
                  <dd>${chips(a.skills)}</dd>
                </div>`
              : nothing
          }
          ${
            a.languages.length
              ? html`<div>
                  <dt>${p.languages}</dt>
                  <dd>${a.languages.join(', ')}</dd>
                </div>`
              : nothing
          }
          ${
            a.experience
              ? html`<div>
                  <dt>${p.experience}</dt>
                  <dd>${a.experience}</dd>
                </div>`
              : nothing
          }
        </dl>
        <p class="muted">${p.completedTasks(a.completedTasks)} · ${rating}</p>
        ${
          application.message
            ? html`<p class="label">${p.message}</p>
                <blockquote part="message">${application.message}</blockquote>`
            : nothing
        }
        ${
          this.canSelect(application)
            ? html`<div class="actions">
                <button
                  class="primary"
                  part="select button"
                  type="button"
                  id="select-${application.id}"
                  aria-labelledby="select-${application.id} ${headingId}"
                  aria-haspopup="dialog"
                  @click=${(e: Event) => this.ask({ kind: 'select', application }, e.currentTarget as HTMLElement)}
                >
                  ${p.select}
                </button>
                <button
                  part="decline button"
                  type="button"
                  id="decline-${application.id}"
                  aria-labelledby="decline-${application.id} ${headingId}"
                  aria-haspopup="dialog"
                  @click=${(e: Event) => this.ask({ kind: 'decline', application }, e.currentTarget as HTMLElement)}
                >
                  ${p.decline}
                </button>
              </div>`
            : nothing
        }
      </article>
    </li>`;
  }

  private renderDialog() {
    const t = this.t;
    const p = this.p;
    const c = this.confirm;
    const pending = this.applications.filter((a) => a.status === 'pending').length;
    let heading = '';
    let body = '';
    let yes = '';
    let no = t.common.cancel;
    let act: () => void = () => {};
    if (c?.kind === 'select') {
      heading = p.confirmSelectHeading;
      body = p.confirmSelect(c.application.applicant.name);
      yes = p.confirmSelectYes;
      act = () => void this.select(c.application);
    } else if (c?.kind === 'more') {
      heading = p.selectMoreHeading;
      body = `${p.selected(c.application.applicant.name)} ${p.selectMore}`;
      yes = p.selectMoreYes;
      no = p.selectMoreNo;
      act = () => this.selectMore();
    } else if (c?.kind === 'decline') {
      heading = p.confirmDeclineHeading;
      body = p.confirmDecline(c.application.applicant.name);
      yes = p.confirmDeclineYes;
      act = () => void this.decline(c.application);
    } else if (c?.kind === 'close') {
      heading = p.confirmCloseHeading;
      body = p.confirmClose(pending);
      yes = p.confirmCloseYes;
      act = () => void this.closeApplications();
    }
    // In the "select more?" question, "no" closes applications: it asks its own confirmation.
    const onNo =
      c?.kind === 'more'
        ? () => {
            this.returnFocus = null;
            void this.ask({ kind: 'close' }, null);
          }
        : () => this.cancel();
    return html`<tehostamo-dialog
      exportparts="dialog"
      label=${heading}
      description=${body}
      @tehostamo-dialog-close=${this.onDialogClose}
    >
      ${
        c
          ? html`${
                this.actionError
                  ? html`<div id="action-error" class="notice error" role="alert" tabindex="-1">
                      ${this.actionError}
                    </div>`
                  : nothing
              }
              <button
                slot="footer"
                class="primary confirm-yes"
                part="button"
                type="button"
                ?disabled=${this.busy}
                @click=${act}
              >
                ${yes}
              </button>
              <button
                slot="footer"
                class="cancel"
                part="button"
                type="button"
                ?disabled=${this.busy}
                @click=${onNo}
              >
                ${no}
              </button>`
          : nothing
      }
    </tehostamo-dialog>`;
  }

  private renderBody() {
    const t = this.t;
    const p = this.p;
    if (!this.activeClient) {
      return html`<div class="state" part="state"><p>${t.common.notConnected}</p></div>`;
    }
    const user = this.activeUser;
    if (user === null) {
      return html`<div part="state">
        <tehostamo-sign-in
          view="requester"
          .client=${this.activeClient}
          .intro=${p.signInToSee}
          @tehostamo-sign-in=${this.onSignedIn}
        ></tehostamo-sign-in>
      </div>`;
    }
    const skeleton = () =>
      html`<div aria-busy="true">
        <p class="sr-only">${t.common.loading}</p>
        <ul class="applicants" aria-hidden="true">
          ${[0, 1].map(() => html`<li class="skeleton card"></li>`)}
        </ul>
      </div>`;
    if (user === undefined) return skeleton();
    return this.applicants.render({
      initial: skeleton,
      // A reload keeps the list on screen; the first load shows the skeleton.
      pending: () =>
        // Only the same task's list stays up; with no task-id yet there is none to keep.
        this.task && this.task.id === this.taskId
          ? html`<div aria-busy="true">${this.renderList(this.task)}</div>`
          : skeleton(),
      complete: () => this.renderList(this.task!),
      error: (failure) =>
        forbidden(failure)
          ? html`<div class="state" part="state"><p>${p.notAllowed}</p></div>`
          : undefined,
      errorHeading: p.error,
    });
  }

  private renderList(task: Task) {
    const t = this.t;
    const p = this.p;
    const list = this.visible();
    const open = task.status === 'open' && task.applicationsOpen;
    return html`<div class="summary" part="summary" tabindex="-1">
        <div>
          <p class="task-title">${task.title}</p>
          <p class="muted">
            ${p.count(list.length)} · ${t.task.selectedOf(task.selectedCount, task.helpersWanted)}
            ${open ? nothing : html` · ${p.closedAlready}`}
          </p>
        </div>
        ${
          // Closing needs a selected helper: with nobody selected, cancelling is the way out.
          open && task.viewer.canManage && task.selectedCount > 0
            ? html`<button
                part="close button"
                type="button"
                aria-haspopup="dialog"
                @click=${(e: Event) => this.ask({ kind: 'close' }, e.currentTarget as HTMLElement)}
              >
                ${p.closeApplications}
              </button>`
            : nothing
        }
      </div>
      ${
        this.notice
          ? html`<p id="picker-notice" class="notice success" tabindex="-1">${this.notice}</p>`
          : nothing
      }
      ${
        list.length === 0
          ? html`<div class="state" part="state"><p>${p.empty}</p></div>`
          : html`<ul class="applicants" part="list" aria-label=${p.heading}>
              ${repeat(
                list,
                (a) => a.id,
                (a) => this.renderApplicant(a),
              )}
            </ul>`
      }`;
  }

  protected override render() {
    return html`<div class=${this.baseClasses('requester')} part="base" lang=${this.language}>
      ${
        this.hideHeading
          ? nothing
          : html`<h2 part="heading" tabindex="-1">
              <slot name="heading">${this.p.heading}</slot>
            </h2>`
      }
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
      ${this.renderBody()} ${this.renderDialog()}
    </div>`;
  }
}

/** Not the requesting organisation's member (403), or no such task for them (404). */
function forbidden(failure: LoadFailure): boolean {
  return isApiErrorWith(failure.cause, 403) || isApiErrorWith(failure.cause, 404);
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-applicant-picker': TehostamoApplicantPicker;
  }
}

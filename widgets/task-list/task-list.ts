import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { newIdempotencyKey } from '../../sdk/request.ts';
import { isNetworkError } from '../../sdk/errors.ts';
import { CATEGORIES } from '../../sdk/schemas/categories.ts';
import type { Task, TaskListFilter } from '../../sdk/schemas/tasks.ts';
import { emit } from '../events.ts';
import { categoryName, formatDate, formatNumber, REGIONS } from '../i18n/index.ts';
import '../shared/sign-in.ts';
import { isOffline } from '../shared/errors.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { placeText, scheduleText, taskFacts } from '../shared/task-summary.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { taskListStyles } from './task-list.styles.ts';

type Status = 'loading' | 'ready' | 'error' | 'offline';

const RADII = [5, 10, 25, 50, 100];

interface Filters {
  category: string;
  remote: boolean;
  region: string;
  municipality: string;
  postalCode: string;
  radiusKm: string;
}

/**
 * The open-task feed of Tehostamo: filters, "load more", and each task's details with an
 * *Apply* flow that signs the helper in with an emailed code when needed.
 *
 * @summary Open help requests, with filters and an inline apply flow.
 *
 * @slot heading - Replaces the default heading ("Avoimet tehtävät").
 *
 * @event tehostamo-task-select - A task was opened: `detail.task`. Cancel it to handle the task yourself (the details dialog then stays closed).
 * @event tehostamo-application-sent - An application was sent: `detail.task`, `detail.application`.
 * @event tehostamo-sign-in - Someone signed in inline: `detail.user`, `detail.client`.
 * @event tehostamo-sign-out - The user signed out.
 * @event tehostamo-error - A request failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart header - The heading row.
 * @csspart heading - The heading.
 * @csspart filters - The filter form.
 * @csspart list - The list of tasks.
 * @csspart task - One task in the list.
 * @csspart task-title - The task's title button.
 * @csspart task-meta - The task's facts line.
 * @csspart load-more - The "show more" button.
 * @csspart state - The loading, empty, error and offline messages.
 * @csspart dialog - The task details dialog.
 * @csspart facts - The task's facts in the dialog.
 * @csspart apply-form - The application form.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: dark blue, the helper view).
 * @cssproperty --tehostamo-on-accent - Text on the accent colour.
 * @cssproperty --tehostamo-accent-soft - Soft accent background (chips, notices).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of the filter bar and skeletons.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders of controls (3:1 against the surface).
 * @cssproperty --tehostamo-border-soft - Borders of cards.
 * @cssproperty --tehostamo-danger - Errors.
 * @cssproperty --tehostamo-success - Confirmations.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-padding - Padding around the widget.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 * @cssproperty --tehostamo-font-size - Font size (default: inherited).
 */
@customElement('tehostamo-task-list')
export class TehostamoTaskList extends TehostamoElement {
  static override styles = [theme, controls, taskListStyles];

  /** Preset category filter: a category slug, or several separated by commas. */
  @property() category = '';
  /** Preset: only tasks that can be done remotely. */
  @property({ type: Boolean }) remote = false;
  /** Preset region: its code (e.g. `FI197`) or name. */
  @property() region = '';
  /** Preset municipality: its name or code. */
  @property() municipality = '';
  /** Preset postal code to search around. */
  @property({ attribute: 'postal-code' }) postalCode = '';
  /** Preset radius in km around `postal-code`. */
  @property({ attribute: 'radius-km', type: Number }) radiusKm?: number;
  /** Only this organisation's tasks. */
  @property({ attribute: 'organisation-id', type: Number }) organisationId?: number;
  /** Only this group's tasks. */
  @property({ attribute: 'group-id', type: Number }) groupId?: number;
  /** Tasks per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;
  /** Hides the filter bar: the presets alone decide what is shown. */
  @property({ attribute: 'hide-filters', type: Boolean }) hideFilters = false;
  /** Hides the heading (when the page has its own). */
  @property({ attribute: 'hide-heading', type: Boolean }) hideHeading = false;

  @state() private status: Status = 'loading';
  @state() private tasks: Task[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private error = '';
  @state() private filters: Filters = emptyFilters();
  @state() private filterError = '';
  @state() private selected: Task | null = null;
  @state() private applyState: 'idle' | 'sending' | 'sent' = 'idle';
  @state() private applyError = '';
  @state() private messageError = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#message') private messageInput?: HTMLTextAreaElement;

  private applied: Filters = emptyFilters();
  private request = 0;
  private opener: HTMLElement | null = null;
  /** One key per application draft, kept across retries so a retry never applies twice. */
  private applyKeys = new Map<number, string>();
  private firstNewIndex = -1;

  private readonly onOnline = () => {
    if (this.status === 'offline' || this.status === 'error') void this.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const presets: (keyof TehostamoTaskList)[] = [
      'category',
      'remote',
      'region',
      'municipality',
      'postalCode',
      'radiusKm',
    ];
    if (presets.some((p) => changed.has(p))) {
      this.filters = {
        category: this.category,
        remote: this.remote,
        region: this.region,
        municipality: this.municipality,
        postalCode: this.postalCode,
        radiusKm: this.radiusKm === undefined ? '' : String(this.radiusKm),
      };
      this.applied = { ...this.filters };
    }
  }

  protected override updated(changed: PropertyValues): void {
    const reload =
      changed.has('contextClient') ||
      changed.has('ownSession') ||
      [
        'category',
        'remote',
        'region',
        'municipality',
        'postalCode',
        'radiusKm',
        'organisationId',
        'groupId',
        'pageSize',
      ].some((p) => changed.has(p));
    if (reload && this.activeClient) void this.load();
    const signedIn = changed.has('contextUser') || changed.has('ownSession');
    if (signedIn && this.selected && this.activeUser) void this.refreshSelected();
    if (this.firstNewIndex >= 0) {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.task-open');
      buttons[this.firstNewIndex]?.focus();
      this.firstNewIndex = -1;
    }
  }

  private query(): TaskListFilter {
    const f = this.applied;
    const filter: TaskListFilter = { limit: this.pageSize };
    const categories = f.category
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean) as TaskListFilter['category'];
    if (categories?.length) filter.category = categories;
    if (f.remote) filter.remote = true;
    if (f.region) filter.region = f.region;
    if (f.municipality.trim()) filter.municipality = f.municipality.trim();
    if (/^\d{5}$/.test(f.postalCode)) {
      filter.postalCode = f.postalCode;
      if (f.radiusKm) filter.radiusKm = Number(f.radiusKm);
    }
    if (this.organisationId) filter.organisationId = this.organisationId;
    if (this.groupId) filter.groupId = this.groupId;
    return filter;
  }

  /** Loads the first page for the applied filters. */
  async load(): Promise<void> {
    const client = this.activeClient;
    if (!client) return;
    const ticket = ++this.request;
    this.status = 'loading';
    this.error = '';
    try {
      const page = await client.tasks.list(this.query());
      if (ticket !== this.request) return;
      this.tasks = page.data;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
      this.announce(this.t.taskList.results(page.data.length, Boolean(page.nextCursor)));
    } catch (error) {
      if (ticket !== this.request) return;
      const text = await this.failure('list-tasks', error);
      if (ticket !== this.request) return;
      this.error = text;
      this.status = isNetworkError(error) && isOffline() ? 'offline' : 'error';
      this.announce(this.status === 'offline' ? this.t.taskList.offline : this.t.taskList.error);
    }
  }

  private async loadMore() {
    const client = this.activeClient;
    if (!client || !this.nextCursor) return;
    const ticket = this.request;
    this.loadingMore = true;
    this.error = '';
    try {
      const page = await client.tasks.list({ ...this.query(), cursor: this.nextCursor });
      if (ticket !== this.request) return;
      const known = new Set(this.tasks.map((t) => t.id));
      const fresh = page.data.filter((t) => !known.has(t.id));
      this.firstNewIndex = fresh.length ? this.tasks.length : -1;
      this.tasks = [...this.tasks, ...fresh];
      this.nextCursor = page.nextCursor;
      this.announce(this.t.taskList.moreLoaded(fresh.length));
    } catch (error) {
      const text = await this.failure('list-tasks', error);
      if (ticket !== this.request) return;
      this.error = text;
      this.announce(this.error);
    } finally {
      this.loadingMore = false;
    }
  }

  private onFilterInput(event: Event) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const name = target.name as keyof Filters;
    const value =
      target instanceof HTMLInputElement && target.type === 'checkbox'
        ? target.checked
        : target.value;
    this.filters = { ...this.filters, [name]: value };
  }

  private search(event: Event) {
    event.preventDefault();
    const postal = this.filters.postalCode.trim();
    if (postal && !/^\d{5}$/.test(postal)) {
      this.filterError = this.t.requestForm.fieldErrors.postalCode;
      this.renderRoot.querySelector<HTMLInputElement>('#f-postal')?.focus();
      return;
    }
    this.filterError = '';
    this.applied = { ...this.filters, postalCode: postal };
    void this.load();
  }

  private clear() {
    this.filters = emptyFilters();
    this.filterError = '';
    this.applied = emptyFilters();
    void this.load();
  }

  private open(task: Task, event: Event) {
    if (!emit(this, 'tehostamo-task-select', { task }, { cancelable: true })) return;
    this.opener = event.currentTarget as HTMLElement;
    this.selected = task;
    this.ensureUser();
    this.applyState = 'idle';
    this.applyError = '';
    this.messageError = '';
    void this.updateComplete.then(() => {
      if (!this.dialog.open) this.dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('#dialog-title')?.focus();
    });
  }

  private closeDialog() {
    this.dialog?.close();
  }

  private onDialogClose() {
    this.selected = null;
    this.opener?.focus();
    this.opener = null;
  }

  /** After a sign-in the task is fetched again: the viewer may have applied or own it. */
  private async refreshSelected() {
    const client = this.activeClient;
    const task = this.selected;
    if (!client || !task) return;
    try {
      const fresh = await client.tasks.get(task.id);
      if (this.selected?.id === fresh.id) this.selected = fresh;
      this.tasks = this.tasks.map((t) => (t.id === fresh.id ? fresh : t));
    } catch {
      // The list's copy is good enough to apply with.
    }
    await this.updateComplete;
    this.messageInput?.focus();
  }

  private draftKey(taskId: number) {
    return `tehostamo:apply:${taskId}`;
  }

  private readDraft(taskId: number): string {
    try {
      return sessionStorage.getItem(this.draftKey(taskId)) ?? '';
    } catch {
      return '';
    }
  }

  private onMessageInput(event: Event) {
    const value = (event.target as HTMLTextAreaElement).value;
    if (this.selected) {
      try {
        sessionStorage.setItem(this.draftKey(this.selected.id), value);
      } catch {
        // Storage refused (privacy mode): the text stays in the field.
      }
    }
    if (this.messageError && value.trim()) this.messageError = '';
  }

  private async apply(event: Event) {
    event.preventDefault();
    const client = this.activeClient;
    const task = this.selected;
    if (!client || !task || this.applyState === 'sending') return;
    const message = (this.messageInput?.value ?? '').trim();
    if (!message) {
      this.messageError = this.t.requestForm.fieldErrors.required;
      this.messageInput?.focus();
      return;
    }
    if (message.length > 2000) {
      this.messageError = this.t.requestForm.fieldErrors.tooLong(2000);
      this.messageInput?.focus();
      return;
    }
    this.messageError = '';
    this.applyError = '';
    this.applyState = 'sending';
    let key = this.applyKeys.get(task.id);
    if (!key) {
      key = newIdempotencyKey();
      this.applyKeys.set(task.id, key);
    }
    try {
      const application = await client.tasks.applications.create(
        task.id,
        { message },
        { idempotencyKey: key },
      );
      this.applyKeys.delete(task.id);
      try {
        sessionStorage.removeItem(this.draftKey(task.id));
      } catch {
        // Nothing kept, nothing to remove.
      }
      const updated: Task = {
        ...task,
        viewer: { ...task.viewer, application: { id: application.id, status: application.status } },
      };
      this.selected = updated;
      this.tasks = this.tasks.map((t) => (t.id === task.id ? updated : t));
      this.applyState = 'sent';
      this.announce(this.t.taskList.sent);
      emit(this, 'tehostamo-application-sent', { task: updated, application });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#apply-result')?.focus();
    } catch (error) {
      this.applyState = 'idle';
      this.applyError = await this.failure('apply', error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#apply-error')?.focus();
    }
  }

  private renderFilters() {
    const t = this.t.taskList;
    const f = this.filters;
    const lang = this.language;
    return html`<form
      class="filters"
      part="filters"
      role="search"
      aria-labelledby="filters-label"
      @submit=${this.search}
      @input=${this.onFilterInput}
      @change=${this.onFilterInput}
      novalidate
    >
      <p class="legend label" id="filters-label">${t.filters}</p>
      <div class="field">
        <label for="f-category">${t.category}</label>
        <select id="f-category" name="category" .value=${f.category}>
          <option value="">${t.allCategories}</option>
          ${CATEGORIES.map(
            (c) =>
              html`<option value=${c.slug} ?selected=${f.category === c.slug}>${c[lang]}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="f-region">${t.region}</label>
        <select id="f-region" name="region" .value=${f.region}>
          <option value="">${t.allRegions}</option>
          ${REGIONS.map(
            (r) =>
              html`<option value=${r.code} ?selected=${f.region === r.code}>${r[lang]}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="f-municipality">${t.municipality}</label>
        <input
          id="f-municipality"
          name="municipality"
          autocomplete="address-level2"
          .value=${f.municipality}
        />
      </div>
      <div class="field">
        <label for="f-postal">${t.postalCode}</label>
        <input
          id="f-postal"
          name="postalCode"
          inputmode="numeric"
          autocomplete="postal-code"
          maxlength="5"
          .value=${f.postalCode}
          aria-invalid=${this.filterError ? 'true' : 'false'}
          aria-describedby=${this.filterError ? 'f-postal-error' : nothing}
        />
        ${
          this.filterError
            ? html`<span id="f-postal-error" class="field-error">${this.filterError}</span>`
            : nothing
        }
      </div>
      <div class="field">
        <label for="f-radius">${t.radius}</label>
        <select id="f-radius" name="radiusKm" .value=${f.radiusKm}>
          <option value="">${t.anyDistance}</option>
          ${RADII.map(
            (r) =>
              html`<option value=${String(r)} ?selected=${f.radiusKm === String(r)}>
                ${t.km(r)}
              </option>`,
          )}
        </select>
      </div>
      <label class="check">
        <input type="checkbox" name="remote" .checked=${f.remote} />
        ${t.remoteOnly}
      </label>
      <div class="actions">
        <button class="primary" part="button" type="submit">${t.search}</button>
        <button part="button" type="button" class="link" @click=${this.clear}>${t.clear}</button>
      </div>
    </form>`;
  }

  private renderTask(task: Task) {
    const t = this.t;
    const lang = this.language;
    const schedule = scheduleText(task, lang);
    return html`<li class="task" part="task">
      <h3>
        <button
          class="task-open"
          part="task-title"
          type="button"
          aria-haspopup="dialog"
          @click=${(e: Event) => this.open(task, e)}
        >
          ${task.title}
        </button>
      </h3>
      <ul class="meta" part="task-meta">
        <li><span class="chip">${categoryName(task.category, lang)}</span></li>
        <li>${placeText(task, t)}</li>
        <li>${t.task.hours(formatNumber(task.estimatedHours, lang))}</li>
        ${schedule ? html`<li>${schedule}</li>` : nothing}
        <li>${task.organisation.name}</li>
        ${task.publishedAt ? html`<li>${t.task.postedOn(formatDate(task.publishedAt, lang))}</li>` : nothing}
      </ul>
      <p class="excerpt">${task.details}</p>
    </li>`;
  }

  private renderResults() {
    const t = this.t;
    if (!this.activeClient) {
      return html`<div class="state" part="state"><p>${t.common.notConnected}</p></div>`;
    }
    switch (this.status) {
      case 'loading':
        return html`<div aria-busy="true">
          <p class="sr-only">${t.common.loading}</p>
          <ul class="list" aria-hidden="true">
            ${[0, 1, 2].map(() => html`<li class="skeleton card"></li>`)}
          </ul>
        </div>`;
      case 'offline':
      case 'error':
        return html`<div class="state notice error" part="state">
          <p>${this.status === 'offline' ? t.taskList.offline : t.taskList.error}</p>
          ${this.status === 'error' && this.error !== t.errors.generic ? html`<p>${this.error}</p>` : nothing}
          <button part="button" type="button" @click=${() => this.load()}>${t.common.retry}</button>
        </div>`;
      case 'ready':
        if (this.tasks.length === 0) {
          return html`<div class="state" part="state">
            <p><strong>${t.taskList.empty}</strong></p>
            <p class="muted">${t.taskList.emptyHint}</p>
          </div>`;
        }
        return html`<ul class="list" part="list" aria-labelledby="heading">
            ${repeat(
              this.tasks,
              (task) => task.id,
              (task) => this.renderTask(task),
            )}
          </ul>
          ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
          ${
            this.nextCursor
              ? html`<div class="more">
                  <button
                    part="load-more button"
                    type="button"
                    ?disabled=${this.loadingMore}
                    @click=${this.loadMore}
                  >
                    ${this.loadingMore ? t.taskList.loadingMore : t.taskList.loadMore}
                  </button>
                </div>`
              : nothing
          }`;
    }
  }

  private renderApply(task: Task) {
    const t = this.t;
    const user = this.activeUser;
    const application = task.viewer.application;
    let body;
    if (this.applyState === 'sent') {
      body = html`<div id="apply-result" class="notice success" tabindex="-1">
        <p>${t.taskList.sent}</p>
      </div>`;
    } else if (task.viewer.canManage) {
      body = html`<p class="notice info">${t.taskList.ownTask}</p>`;
    } else if (application) {
      const status =
        t.picker.status[application.status as keyof typeof t.picker.status] ?? application.status;
      body = html`<p class="notice info">${t.taskList.alreadyApplied(status)}</p>`;
    } else if (task.status !== 'open' || !task.applicationsOpen) {
      body = html`<p class="notice info">${t.taskList.closed}</p>`;
    } else if (user === undefined && this.activeClient) {
      body = html`<p class="muted" aria-busy="true">${t.common.loading}</p>`;
    } else if (!user) {
      body = html`<tehostamo-sign-in
        view="helper"
        .client=${this.activeClient}
        .intro=${t.taskList.signInToApply}
        @tehostamo-sign-in=${this.onSignedIn}
      ></tehostamo-sign-in>`;
    } else {
      const draft = this.readDraft(task.id);
      body = html`<div class="session">
          <span>${t.signIn.signedInAs(user.name)}</span>
          <button class="link" part="button" type="button" @click=${() => this.signOut()}>
            ${t.signIn.signOut}
          </button>
        </div>
        ${
          this.applyError
            ? html`<div id="apply-error" class="notice error" role="alert" tabindex="-1">
                ${this.applyError}
              </div>`
            : nothing
        }
        <form part="apply-form" @submit=${this.apply} novalidate>
          <div class="field">
            <label for="message">${t.taskList.message}</label>
            <span id="message-hint" class="hint">${t.taskList.messageHint}</span>
            <textarea
              id="message"
              name="message"
              maxlength="2000"
              required
              .value=${draft}
              @input=${this.onMessageInput}
              aria-invalid=${this.messageError ? 'true' : 'false'}
              aria-describedby=${this.messageError ? 'message-hint message-error' : 'message-hint'}
            ></textarea>
            ${
              this.messageError
                ? html`<span id="message-error" class="field-error">${this.messageError}</span>`
                : nothing
            }
          </div>
          <button
            class="primary"
            part="button"
            type="submit"
            ?disabled=${this.applyState === 'sending'}
          >
            ${this.applyState === 'sending' ? t.taskList.sending : t.taskList.send}
          </button>
        </form>`;
    }
    return html`<section class="apply" aria-labelledby="apply-heading">
      <h3 id="apply-heading">${t.taskList.applyHeading}</h3>
      ${body}
    </section>`;
  }

  private renderDialog() {
    const task = this.selected;
    const t = this.t;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
      ${
        task
          ? html`<div class="dialog-head">
                <h2 id="dialog-title" tabindex="-1">${task.title}</h2>
                <button part="button" type="button" @click=${this.closeDialog}>
                  ${t.common.close}
                </button>
              </div>
              ${taskFacts(task, t, this.language)}
              <h3>${t.task.details}</h3>
              <p class="details-text">${task.details}</p>
              ${this.renderApply(task)}`
          : nothing
      }
    </dialog>`;
  }

  protected override render() {
    const t = this.t.taskList;
    const lang = this.language;
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${lang}>
      ${
        this.hideHeading
          ? html`<span id="heading" class="sr-only">${t.heading}</span>`
          : html`<div class="header" part="header">
              <h2 id="heading" part="heading"><slot name="heading">${t.heading}</slot></h2>
            </div>`
      }
      ${this.hideFilters ? nothing : this.renderFilters()}
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
      ${this.renderResults()} ${this.renderDialog()}
    </div>`;
  }
}

function emptyFilters(): Filters {
  return {
    category: '',
    remote: false,
    region: '',
    municipality: '',
    postalCode: '',
    radiusKm: '',
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-task-list': TehostamoTaskList;
  }
}

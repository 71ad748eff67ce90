import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CATEGORIES } from '../../sdk/schemas/category-list.ts';
import type { Task, TaskListFilter } from '../../sdk/schemas/tasks.ts';
import type { TehostamoClient } from '../context.ts';
import { emit } from '../events.ts';
import { categoryName, formatDate, formatNumber, REGIONS } from '../i18n/index.ts';
import type { TehostamoDialog } from '../shared/dialog.ts';
import { field } from '../shared/field.ts';
import { initialState } from '../shared/load.ts';
import { ApplyFlow } from '../shared/apply-flow.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { placeText, scheduleText, taskFacts } from '../shared/task-summary.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { taskListStyles } from './task-list.styles.ts';

const RADII = [5, 10, 25, 50, 100];

interface Filters {
  category: string;
  remote: boolean;
  region: string;
  municipality: string;
  postalCode: string;
  radiusKm: string;
}

let dialogLoading: Promise<unknown> | undefined;
const loadDialog = () => (dialogLoading ??= import('../shared/dialog.ts'));

/**
 * The open-task feed of Tehostamo: filters, "load more", and each task's details with an
 * *Apply* flow that signs the helper in with an emailed code when needed.
 *
 * @summary Open help requests, with filters and an inline apply flow.
 *
 * @slot heading - Replaces the default heading ("Avoimet tehtävät").
 *
 * Tasks published, or closed to applications, anywhere on the page (`tehostamo-task-created`,
 * `tehostamo-applications-closed` reaching the document) refresh the list.
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
  /** Only the tasks company N's pro bono programme shows (what the company's key gives a site). */
  @property({ attribute: 'pro-bono-of', type: Number }) proBonoOf?: number;
  /** Tasks per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;
  /** Hides the filter bar: the presets alone decide what is shown. */
  @property({ attribute: 'hide-filters', type: Boolean }) hideFilters = false;
  /** Hides the heading (when the page has its own). */
  @property({ attribute: 'hide-heading', type: Boolean }) hideHeading = false;
  /**
   * `open`: every open task the viewer may see. `opportunities`: the signed-in user's own feed
   * (`/me/opportunities`: their categories, remote or within their radius); open tasks until
   * someone signs in.
   */
  @property() feed: 'open' | 'opportunities' = 'open';

  @state() private tasks: Task[] = [];
  @state() private nextCursor: string | null = null;
  /** A refresh after a change elsewhere: the list stays on screen while it loads. */
  @state() private quiet = false;
  @state() private filters: Filters = emptyFilters();
  @state() private filterError = '';
  @state() private selected: Task | null = null;

  @query('tehostamo-dialog') private dialog!: TehostamoDialog;
  @query('#message') private messageInput?: HTMLTextAreaElement;

  /** The apply flow, shared with the task page. */
  private applyFlow = new ApplyFlow(this, {
    client: () => this.activeClient,
    user: () => this.activeUser,
    strings: () => this.t,
    failure: (action, error) => this.failure(action, error),
    announce: (text) => this.announce(text),
    signOut: () => void this.signOut(),
    onSignedIn: (event) => this.onSignedIn(event),
    onSent: (updated) => {
      this.selected = updated;
      this.tasks = this.tasks.map((t) => (t.id === updated.id ? updated : t));
    },
  });

  @state() private applied: Filters = emptyFilters();
  private firstNewIndex = -1;

  /** The first page, for the client and the applied filters. */
  private readonly page = this.loader({
    action: 'list-tasks',
    args: () =>
      [
        this.activeClient,
        this.applied,
        this.organisationId,
        this.groupId,
        this.proBonoOf,
        this.pageSize,
        this.feedOf(),
      ] as const,
    run: ([client], signal) => {
      this.more.abort();
      return client ? this.list(client, this.query(), signal) : Promise.resolve(initialState);
    },
    onComplete: (page) => {
      this.tasks = page.data;
      this.nextCursor = page.nextCursor;
      this.quiet = false;
      this.announce(this.t.taskList.results(page.data.length, Boolean(page.nextCursor)));
    },
    onError: (failure) => {
      this.quiet = false;
      this.announce(failure.offline ? this.t.taskList.offline : this.t.taskList.error);
    },
  });

  /** The next page, appended; a new first page aborts it. */
  private readonly more = this.loader({
    action: 'list-tasks',
    autoRun: false,
    args: () => [this.activeClient, this.nextCursor] as const,
    run: ([client, cursor], signal) =>
      client && cursor
        ? this.list(client, { ...this.query(), cursor }, signal)
        : Promise.resolve(initialState),
    onComplete: (page) => {
      const known = new Set(this.tasks.map((t) => t.id));
      const fresh = page.data.filter((t) => !known.has(t.id));
      this.firstNewIndex = fresh.length ? this.tasks.length : -1;
      this.tasks = [...this.tasks, ...fresh];
      this.nextCursor = page.nextCursor;
      this.announce(this.t.taskList.moreLoaded(fresh.length));
    },
    onError: (failure) => this.announce(failure.text),
  });

  /** Whose feed the list shows: the signed-in user's, or every open task (`open`). */
  private feedOf(): number | 'open' {
    return this.feed === 'opportunities' && this.activeUser ? this.activeUser.id : 'open';
  }

  private list(client: TehostamoClient, filter: TaskListFilter, signal: AbortSignal) {
    return this.feedOf() === 'open'
      ? client.tasks.list(filter, { signal })
      : client.me.opportunities(filter, { signal });
  }

  /** Another part of the page changed what the list shows: load it again, quietly. */
  private readonly onChangeElsewhere = () => {
    if (!this.activeClient) return;
    this.quiet = this.tasks.length > 0;
    void this.page.run();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('tehostamo-task-created', this.onChangeElsewhere);
    document.addEventListener('tehostamo-applications-closed', this.onChangeElsewhere);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('tehostamo-task-created', this.onChangeElsewhere);
    document.removeEventListener('tehostamo-applications-closed', this.onChangeElsewhere);
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
    if (this.proBonoOf) filter.proBonoOf = this.proBonoOf;
    return filter;
  }

  /** Loads the first page for the applied filters again. */
  load(): Promise<void> {
    return this.page.run();
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
    // A new object runs the load, even for the same filters (a search again is a refresh).
    this.applied = { ...this.filters, postalCode: postal };
  }

  private clear() {
    this.filters = emptyFilters();
    this.filterError = '';
    this.applied = emptyFilters();
  }

  private open(task: Task, event: Event) {
    if (!emit(this, 'tehostamo-task-select', { task }, { cancelable: true })) return;
    const opener = event.currentTarget as HTMLElement;
    this.selected = task;
    this.ensureUser();
    this.applyFlow.reset();
    // The dialog's code comes with the first task opened: a page that only lists never needs it.
    void loadDialog()
      .then(() => this.updateComplete)
      .then(() => this.dialog.show({ returnTo: opener }));
  }

  private onDialogClose() {
    this.selected = null;
  }

  /**
   * The sign-in form is gone once signed in: the focus goes on to the message, or to whatever
   * now stands in the apply section (already applied, own task).
   */
  protected override afterSignIn(): void {
    this.focusApply();
  }

  private focusApply() {
    const target =
      this.messageInput ?? this.renderRoot.querySelector<HTMLElement>('.apply .notice, .apply');
    if (!target) return;
    if (target !== this.messageInput) target.tabIndex = -1;
    target.focus();
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
    this.focusApply();
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
      ${field(
        { id: 'f-category', label: t.category },
        (c) =>
          html`<select id=${c.id} name="category" .value=${f.category}>
            <option value="">${t.allCategories}</option>
            ${CATEGORIES.map(
              (c) =>
                html`<option value=${c.slug} ?selected=${f.category === c.slug}>
                  ${c[lang]}
                </option>`,
            )}
          </select>`,
      )}
      ${field(
        { id: 'f-region', label: t.region },
        (c) =>
          html`<select id=${c.id} name="region" .value=${f.region}>
            <option value="">${t.allRegions}</option>
            ${REGIONS.map(
              (r) =>
                html`<option value=${r.code} ?selected=${f.region === r.code}>${r[lang]}</option>`,
            )}
          </select>`,
      )}
      ${field(
        { id: 'f-municipality', label: t.municipality },
        (c) =>
          html`<input
            id=${c.id}
            name="municipality"
            autocomplete="address-level2"
            .value=${f.municipality}
          />`,
      )}
      ${field(
        { id: 'f-postal', label: t.postalCode, error: this.filterError },
        (c) =>
          html`<input
            id=${c.id}
            name="postalCode"
            inputmode="numeric"
            autocomplete="postal-code"
            maxlength="5"
            .value=${f.postalCode}
            aria-invalid=${c.invalid}
            aria-describedby=${c.describedBy}
          />`,
      )}
      ${field(
        { id: 'f-radius', label: t.radius },
        (c) =>
          html`<select id=${c.id} name="radiusKm" .value=${f.radiusKm}>
            <option value="">${t.anyDistance}</option>
            ${RADII.map(
              (r) =>
                html`<option value=${String(r)} ?selected=${f.radiusKm === String(r)}>
                  ${t.km(r)}
                </option>`,
            )}
          </select>`,
      )}
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
    return this.page.render({
      pending: () =>
        this.quiet
          ? html`<div aria-busy="true">${this.renderList()}</div>`
          : html`<div aria-busy="true">
              <p class="sr-only">${t.common.loading}</p>
              <ul class="list" aria-hidden="true">
                ${[0, 1, 2].map(() => html`<li class="skeleton card"></li>`)}
              </ul>
            </div>`,
      complete: () => this.renderList(),
      errorHeading: t.taskList.error,
      offlineHeading: t.taskList.offline,
    });
  }

  private renderList() {
    const t = this.t;
    if (this.tasks.length === 0) {
      return html`<div class="state" part="state">
        <p><strong>${t.taskList.empty}</strong></p>
        <p class="muted">${t.taskList.emptyHint}</p>
      </div>`;
    }
    const moreFailed = this.more.failure;
    return html`<ul class="list" part="list" aria-labelledby="heading">
        ${repeat(
          this.tasks,
          (task) => task.id,
          (task) => this.renderTask(task),
        )}
      </ul>
      ${moreFailed ? html`<p class="notice error" role="alert">${moreFailed.text}</p>` : nothing}
      ${
        this.nextCursor
          ? html`<div class="more">
              <button
                part="load-more button"
                type="button"
                ?disabled=${this.more.pending}
                @click=${() => this.more.run()}
              >
                ${this.more.pending ? t.taskList.loadingMore : t.taskList.loadMore}
              </button>
            </div>`
          : nothing
      }`;
  }

  private renderApply(task: Task) {
    return html`<section class="apply" aria-labelledby="apply-heading">
      <h3 id="apply-heading">${this.t.taskList.applyHeading}</h3>
      ${this.applyFlow.render(task)}
    </section>`;
  }

  private renderDialog() {
    const task = this.selected;
    const t = this.t;
    return html`<tehostamo-dialog
      exportparts="dialog"
      label=${task?.title ?? ''}
      close-label=${t.common.close}
      @tehostamo-dialog-close=${this.onDialogClose}
    >
      ${
        task
          ? html`${taskFacts(task, t, this.language)}
              <h3>${t.task.details}</h3>
              <p class="details-text">${task.details}</p>
              ${this.renderApply(task)}`
          : nothing
      }
    </tehostamo-dialog>`;
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

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Feedback } from '../../sdk/schemas/users.ts';
import type { HelperWorkItem, MyWork, RequesterWorkItem } from '../../sdk/schemas/work.ts';
import { emit, type TehostamoEventName } from '../events.ts';
import { categoryName, formatDate, formatNumber } from '../i18n/index.ts';
import { initialState } from '../shared/load.ts';
import '../shared/sign-in.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { myWorkStyles } from './my-work.styles.ts';
import { myWorkStrings, type MyWorkStrings } from './strings.ts';

/** `ongoing` Meneillään, `history` Historia, `attention` Etusivu's "what needs me now". */
export type MyWorkView = 'ongoing' | 'history' | 'attention';

type Group<T> = { key: string; title: string; items: T[] };

/** Changes made by other widgets on the page that change what this one shows. */
const CHANGES: TehostamoEventName[] = [
  'tehostamo-application-sent',
  'tehostamo-application-withdrawn',
  'tehostamo-applicant-selected',
  'tehostamo-applications-closed',
  'tehostamo-assignment-done',
  'tehostamo-assignment-approved',
  'tehostamo-feedback-sent',
  'tehostamo-task-created',
  'tehostamo-task-cancelled',
];

/**
 * The signed-in person's work, in both roles. As a helper: their applications (pending,
 * selected, declined, withdrawn), their assignments with what is expected of them next (mark
 * done, give feedback), and their history with hours and the feedback received and given. As a
 * member of requesting organisations: the organisations' tasks grouped by what they need (new
 * applicants to review, applications to close, work done and waiting for approval, feedback to
 * give), with counts. Every item links to its task page, `/tasks/:id`, where the action is taken.
 *
 * It loads again by itself when another widget on the page reports a change (an application, a
 * selection, work marked done or approved, feedback, a cancelled task) and when the browser tab
 * becomes visible again.
 *
 * `view="attention"` shows only what needs the person's action now (Etusivu); `ongoing`
 * (Meneillään) and `history` (Historia) show the rest too. Someone not signed in signs in inline.
 *
 * @summary Meneillään, Historia and "what needs me now": my applications, assignments and tasks.
 *
 * @event tehostamo-work-loaded - The work was loaded: `detail.counts` (what needs the person, by kind; `attention` in all).
 * @event tehostamo-sign-in - Someone signed in inline: `detail.user`, `detail.client`.
 * @event tehostamo-error - Loading failed: `detail.action` (`load-work`), `detail.code`, `detail.message`.
 *
 * @slot heading - Replaces the default heading (the view's name).
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart heading - The heading.
 * @csspart summary - How many things wait for the person, or their totals in the history.
 * @csspart side - One role's part: helper (dark blue) or requester (pink).
 * @csspart group - A group of items with its heading and count.
 * @csspart count - A group's count.
 * @csspart item - One task.
 * @csspart task-link - The link to the task page.
 * @csspart state - The loading, empty, error and sign-in messages.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: each role's own).
 * @cssproperty --tehostamo-on-accent - Text on the accent colour (counts).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of feedback quotes.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-border-soft - Borders of items.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-padding - Padding around the widget.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 */
@customElement('tehostamo-my-work')
export class TehostamoMyWork extends TehostamoElement {
  static override styles = [theme, controls, myWorkStyles];

  /** Which view: `ongoing` (default), `history` or `attention`. */
  @property({ reflect: true }) view: MyWorkView = 'ongoing';
  /** Hides the heading (when the page has its own). */
  @property({ attribute: 'hide-heading', type: Boolean }) hideHeading = false;

  private get s(): MyWorkStrings {
    return myWorkStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, myWorkStrings];
  }

  private work = this.loader({
    action: 'load-work',
    args: () => [this.activeClient, this.activeUser?.id] as const,
    run: ([client, userId], signal) =>
      client && userId ? client.me.work({ signal }) : Promise.resolve(initialState),
    onComplete: (work) => {
      emit(this, 'tehostamo-work-loaded', { counts: work.counts });
      this.announce(
        this.view === 'attention'
          ? this.s.attention(work.counts.attention)
          : this.s.loaded(this.itemsShown(work)),
      );
    },
  });

  /**
   * Historia: the person's own hours from the hours report, all of them (the history lists only
   * the newest), with their value when the deployment sets an hourly value.
   */
  private hoursReport = this.loader({
    action: 'load-hours',
    args: () => [this.activeClient, this.activeUser?.id, this.view === 'history'] as const,
    run: ([client, userId, history], signal) =>
      client?.reports && userId && history
        ? client.reports.hours({}, { signal })
        : Promise.resolve(initialState),
  });

  /** Loads the work again (after a change made elsewhere on the page). */
  refresh(): Promise<void> {
    if (this.view === 'history' && this.activeClient?.reports) void this.hoursReport.run();
    return this.work.run();
  }

  // What another widget on the page changed, and what changed while the tab was hidden (another
  // tab, an email link), shows without a reload.
  private onChange = () => {
    if (this.activeClient && this.activeUser) void this.refresh();
  };

  private onVisible = () => {
    if (document.visibilityState === 'visible') this.onChange();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of CHANGES) window.addEventListener(name, this.onChange);
    document.addEventListener('visibilitychange', this.onVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const name of CHANGES) window.removeEventListener(name, this.onChange);
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  protected override updated(changed: PropertyValues): void {
    if (
      changed.has('contextClient') ||
      changed.has('contextUser') ||
      changed.has('ownSession') ||
      changed.has('fetchedUser')
    ) {
      this.ensureUser();
    }
  }

  private date(iso: string | null): string {
    return iso ? formatDate(iso, this.language) : '';
  }

  private hours(n: number): string {
    return this.t.common.hours(formatNumber(n, this.language));
  }

  // ---- which items go where --------------------------------------------------------------

  private helperGroups(work: MyWork): Group<HelperWorkItem>[] {
    const g = this.s.groups;
    const { applications, assignments, history } = work.helper;
    if (this.view === 'history') {
      return [{ key: 'helper-history', title: g.helperHistory, items: history }];
    }
    const groups = [
      {
        key: 'mark-done',
        title: g.markDone,
        items: assignments.filter((i) => i.next === 'mark_done'),
      },
      {
        key: 'helper-feedback',
        title: g.helperFeedback,
        items: history.filter((i) => i.next === 'give_feedback'),
      },
    ];
    if (this.view === 'attention') return groups;
    return [
      groups[0]!,
      {
        key: 'awaiting-approval',
        title: g.awaitingApproval,
        items: assignments.filter((i) => i.next !== 'mark_done'),
      },
      groups[1]!,
      { key: 'applications', title: g.applications, items: applications },
    ];
  }

  private requesterGroups(work: MyWork): Group<RequesterWorkItem>[] {
    const g = this.s.groups;
    const { ongoing, history } = work.requester;
    if (this.view === 'history') {
      return [{ key: 'requester-history', title: g.requesterHistory, items: history }];
    }
    const needing = (need: RequesterWorkItem['needs'][number]) =>
      [...ongoing, ...history].filter((i) => i.needs.includes(need));
    const groups = [
      { key: 'review', title: g.reviewApplicants, items: needing('review_applicants') },
      { key: 'close', title: g.closeApplications, items: needing('close_applications') },
      { key: 'approve', title: g.approve, items: needing('approve') },
      { key: 'requester-feedback', title: g.requesterFeedback, items: needing('give_feedback') },
    ];
    if (this.view === 'attention') return groups;
    return [
      ...groups,
      { key: 'waiting', title: g.waiting, items: ongoing.filter((i) => i.needs.length === 0) },
    ];
  }

  private hasOrganisation(work: MyWork): boolean {
    return (
      (this.activeUser?.memberships.length ?? 0) > 0 ||
      work.requester.ongoing.length + work.requester.history.length > 0
    );
  }

  private itemsShown(work: MyWork): number {
    const ids = new Set<string>();
    for (const g of this.helperGroups(work))
      g.items.forEach((i) => ids.add(`a${i.application.id}`));
    for (const g of this.requesterGroups(work)) g.items.forEach((i) => ids.add(`t${i.task.id}`));
    return ids.size;
  }

  // ---- rendering ----------------------------------------------------------------------------

  private renderFeedback(label: string, f: Feedback | null) {
    if (!f) return nothing;
    return html`<p>${label}: <strong>${this.s.rating(f.rating)}</strong></p>
      ${f.text ? html`<blockquote>${f.text}</blockquote>` : nothing}`;
  }

  private taskLink(task: { id: number; title: string }) {
    return html`<a class="title" part="task-link" href="/tasks/${task.id}">${task.title}</a>`;
  }

  private renderHelperItem(i: HelperWorkItem) {
    const s = this.s;
    const history = this.view === 'history';
    let line: unknown = nothing;
    if (i.application.status !== 'selected') {
      line = html`<p>
        <span class="status-chip">${s.applicationStatus[i.application.status]}</span>${
          i.next === 'wait_for_selection' ? ` – ${s.next.waitForSelection}` : nothing
        }
      </p>`;
    } else if (i.task.status === 'cancelled') {
      line = html`<p><span class="status-chip">${s.taskStatus.cancelled}</span></p>`;
    } else if (i.next === 'mark_done') {
      line = html`<p>${s.next.markDone}</p>`;
    } else if (i.next === 'wait_for_approval') {
      line = html`<p>${s.next.waitForApproval(this.date(i.assignment?.doneAt ?? null))}</p>`;
    } else if (i.assignment?.approvedAt) {
      line = html`<p>
          ${s.approvedOn(this.date(i.assignment.approvedAt))}${
            i.assignment.actualHours !== null ? ` · ${this.hours(i.assignment.actualHours)}` : ''
          }
        </p>
        ${i.next === 'give_feedback' ? html`<p>${s.next.giveFeedback}</p>` : nothing}`;
    }
    return html`<li class="item" part="item">
      ${this.taskLink(i.task)}
      <p class="meta">
        ${i.task.organisation.name} · ${categoryName(i.task.category, this.language)}
      </p>
      ${line}
      ${
        history || i.next === 'give_feedback'
          ? html`${this.renderFeedback(s.feedbackReceived, i.feedbackReceived)}
            ${this.renderFeedback(s.feedbackGiven, i.feedbackGiven)}`
          : nothing
      }
    </li>`;
  }

  private renderRequesterItem(i: RequesterWorkItem) {
    const s = this.s;
    const t = this.t;
    const task = i.task;
    const status =
      task.status === 'pending_verification' ? s.taskStatus.waiting : s.taskStatus[task.status];
    const numbers = [
      task.applicationsOpen && i.pendingApplications > 0
        ? s.pendingApplicants(i.pendingApplications)
        : '',
      task.status === 'open' ? t.task.selectedOf(task.selectedCount, task.helpersWanted) : '',
    ].filter(Boolean);
    const history = this.view === 'history';
    return html`<li class="item" part="item">
      ${this.taskLink(task)}
      <p class="meta">${task.organisation.name} · ${status}</p>
      ${numbers.length ? html`<p>${numbers.join(' · ')}</p>` : nothing}
      ${
        i.helpers.length
          ? html`<ul class="helpers">
              ${i.helpers.map(
                (h) =>
                  html`<li>
                    ${h.helper.name}:
                    ${s.helperStatus[h.assignment.status]}${
                      h.assignment.actualHours !== null
                        ? ` · ${this.hours(h.assignment.actualHours)}`
                        : ''
                    }
                    ${
                      history || i.needs.includes('give_feedback')
                        ? html`${this.renderFeedback(s.feedbackGiven, h.feedbackGiven)}
                          ${this.renderFeedback(s.feedbackReceived, h.feedbackReceived)}`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private renderGroup<T>(group: Group<T>, item: (i: T) => TemplateResult) {
    if (group.items.length === 0) return nothing;
    const id = `group-${group.key}`;
    return html`<section class="group" part="group" aria-labelledby=${id}>
      <h4 id=${id}>
        <span class="group-title">${group.title}</span>
        <span class="count" part="count" aria-hidden="true">${group.items.length}</span>
        <span class="sr-only">(${this.s.itemCount(group.items.length)})</span>
      </h4>
      <ul class="items">
        ${group.items.map(item)}
      </ul>
    </section>`;
  }

  private renderSide(
    role: 'helper' | 'requester',
    groups: unknown[],
    empty: TemplateResult | typeof nothing,
    summary: string,
  ) {
    const s = this.s;
    const classes = this.baseClasses(role).replace(/^base /, 'side ');
    const id = `side-${role}`;
    return html`<section class=${classes} part="side" aria-labelledby=${id}>
      <h3 id=${id}>${role === 'helper' ? s.asHelper : s.asRequester}</h3>
      ${summary ? html`<p class="summary">${summary}</p>` : nothing} ${groups} ${empty}
    </section>`;
  }

  private renderWork(work: MyWork) {
    const s = this.s;
    const helperGroups = this.helperGroups(work).filter((g) => g.items.length > 0);
    const requesterGroups = this.requesterGroups(work).filter((g) => g.items.length > 0);
    const showRequester = this.hasOrganisation(work);

    if (this.view === 'attention') {
      if (work.counts.attention === 0) {
        return html`<div class="state" part="state"><p>${s.empty.attention}</p></div>`;
      }
      return html`<p class="summary" part="summary">${s.attention(work.counts.attention)}</p>
        ${
          helperGroups.length
            ? this.renderSide(
                'helper',
                helperGroups.map((g) => this.renderGroup(g, (i) => this.renderHelperItem(i))),
                nothing,
                '',
              )
            : nothing
        }
        ${
          requesterGroups.length
            ? this.renderSide(
                'requester',
                requesterGroups.map((g) => this.renderGroup(g, (i) => this.renderRequesterItem(i))),
                nothing,
                '',
              )
            : nothing
        }`;
    }

    const history = this.view === 'history';
    let helperSummary = '';
    let requesterSummary = '';
    if (history) {
      const approved = work.helper.history.filter((i) => i.assignment?.approvedAt);
      const own = this.hoursReport.value;
      if (own && own.totals.tasksGiven > 0) {
        helperSummary = s.helperTotal(own.totals.tasksGiven, this.hours(own.totals.hoursGiven));
        if (own.hourlyValue && own.totals.valueGiven !== null) {
          const money = (n: number) =>
            new Intl.NumberFormat(this.t.locale, {
              style: 'currency',
              currency: own.hourlyValue!.currency,
              maximumFractionDigits: 2,
            }).format(n);
          helperSummary += ` ${s.helpValue(money(own.totals.valueGiven), money(own.hourlyValue.amount))}`;
        }
      } else if (approved.length) {
        const hours = approved.reduce((sum, i) => sum + (i.assignment?.actualHours ?? 0), 0);
        helperSummary = s.helperTotal(approved.length, this.hours(hours));
      }
      const completed = work.requester.history.filter((i) => i.task.status === 'completed');
      if (completed.length) {
        const hours = completed
          .flatMap((i) => i.helpers)
          .reduce((sum, h) => sum + (h.assignment.actualHours ?? 0), 0);
        requesterSummary = s.requesterTotal(completed.length, this.hours(hours));
      }
    }
    const emptyState = (text: string, href: string, link: string) =>
      html`<div class="state" part="state">
        <p>${text}</p>
        ${history ? nothing : html`<p><a href=${href}>${link}</a></p>`}
      </div>`;
    return html`${this.renderSide(
      'helper',
      helperGroups.map((g) => this.renderGroup(g, (i) => this.renderHelperItem(i))),
      helperGroups.length
        ? nothing
        : emptyState(history ? s.empty.history : s.empty.helper, '/opportunities', s.findTasks),
      helperSummary,
    )}
    ${
      showRequester
        ? this.renderSide(
            'requester',
            requesterGroups.map((g) => this.renderGroup(g, (i) => this.renderRequesterItem(i))),
            requesterGroups.length
              ? nothing
              : emptyState(
                  history ? s.empty.history : s.empty.requester,
                  '/tasks/new',
                  s.askForHelp,
                ),
            requesterSummary,
          )
        : nothing
    }`;
  }

  private renderLoading() {
    return html`<div aria-busy="true">
      <p class="sr-only">${this.t.common.loading}</p>
      <div aria-hidden="true">
        ${[0, 1, 2].map(() => html`<div class="skeleton card" style="margin-bottom:0.5rem"></div>`)}
      </div>
    </div>`;
  }

  private renderBody() {
    if (!this.activeClient) {
      return html`<div class="state" part="state"><p>${this.t.common.notConnected}</p></div>`;
    }
    const user = this.activeUser;
    if (user === null) {
      return html`<div part="state">
        <tehostamo-sign-in
          view="helper"
          .client=${this.activeClient}
          .intro=${this.s.signInToSee}
          @tehostamo-sign-in=${this.onSignedIn}
        ></tehostamo-sign-in>
      </div>`;
    }
    if (user === undefined) return this.renderLoading();
    return this.work.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (work) => this.renderWork(work),
      errorHeading: this.s.error,
    });
  }

  protected override render() {
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      ${
        this.hideHeading
          ? nothing
          : html`<h2 part="heading" tabindex="-1">
              <slot name="heading">${this.s.heading[this.view] ?? this.s.heading.ongoing}</slot>
            </h2>`
      }
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
      ${this.renderBody()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-my-work': TehostamoMyWork;
  }
}

import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isApiErrorWith } from '../../sdk/errors.ts';
import { newIdempotencyKey } from '../../sdk/request.ts';
import type {
  InvitationAllowance,
  SuggestedHelper,
  SuggestedHelpers,
  TaskInvitation,
} from '../../sdk/schemas/suggestions.ts';
import { emit } from '../events.ts';
import { categoryName, formatNumber } from '../i18n/index.ts';
import { initialState } from '../shared/load.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import {
  suggestedHelpersStrings,
  type SuggestedHelpersStrings,
} from './suggested-helpers-strings.ts';

/**
 * The helpers who fit an open task, best first, for the requesting organisation: each with a
 * short profile and why they fit ("Kirjanpito · 12 km · suomi, ruotsi · ★ 4.8"), and a button
 * that invites them to apply (an email). The button then says "Invited", and the count of
 * invitations left goes down; when none are left the buttons are gone. Whom the task invited,
 * and whether they applied, is listed below. `<tehostamo-task>` loads this element only when it
 * shows it, so it costs nothing to anyone else.
 *
 * @summary Suggested helpers for a task, with one-click invitations to apply.
 *
 * @event tehostamo-helper-invited - A helper was invited: `detail.taskId`, `detail.invitation`.
 * @event tehostamo-error - A request failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart suggestions - The section.
 * @csspart suggestion - One suggested helper.
 * @csspart why - The line that says why they fit.
 * @csspart button - The invite buttons.
 * @csspart invited - The list of invited helpers.
 */
@customElement('tehostamo-suggested-helpers')
export class TehostamoSuggestedHelpers extends TehostamoElement {
  static override styles = [
    theme,
    controls,
    css`
      :host {
        display: block;
      }
      h3 {
        margin-top: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      .suggestion {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        border: 1px solid var(--_border-soft);
        border-radius: var(--_radius);
        padding: 0.75rem;
        min-width: 0;
      }
      .who {
        min-width: 0;
        flex: 1 1 14rem;
      }
      .who p {
        margin: 0.15rem 0 0;
        overflow-wrap: anywhere;
      }
      a {
        color: inherit;
        text-decoration: underline;
        text-underline-offset: 0.15em;
        font-weight: 600;
      }
      .done {
        color: var(--_success);
        font-weight: 600;
      }
      .invited-list {
        margin-top: 1rem;
      }
      .invited-list li {
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The task whose suggestions to show. */
  @property({ attribute: 'task-id', type: Number }) taskId?: number;
  /** The task's category (its slug), named in a helper's "why" line when they chose it. */
  @property() category?: string;

  /** Invited here, by user id: the row stays, with "Invited" in place of its button. */
  @state() private invitedNow = new Map<number, TaskInvitation>();
  @state() private allowance: InvitationAllowance | null = null;
  @state() private busy: number | null = null;
  @state() private inviteError = '';

  /** One idempotency key per person until an invitation to them answers. */
  private keys = new Map<number, string>();

  private get s(): SuggestedHelpersStrings {
    return suggestedHelpersStrings[this.language];
  }

  private suggestions = this.loader({
    action: 'suggested-helpers',
    args: () => [this.activeClient, this.taskId] as const,
    run: async ([client, id], signal): Promise<SuggestedHelpers | typeof initialState> => {
      if (!client || !id) return initialState;
      // A page's own client may leave the suggestions out: then there is nothing to show.
      if (!client.tasks.suggestedHelpers) return initialState;
      return client.tasks.suggestedHelpers(id, {}, { signal });
    },
    onComplete: (value) => {
      this.invitedNow = new Map();
      this.allowance = value.invitations;
    },
  });

  private async invite(person: SuggestedHelper) {
    const client = this.activeClient;
    if (!client?.tasks.invitations || !this.taskId || this.busy !== null) return;
    this.busy = person.user.id;
    this.inviteError = '';
    let key = this.keys.get(person.user.id);
    if (!key) this.keys.set(person.user.id, (key = newIdempotencyKey()));
    const name = person.user.name || this.t.common.unnamed;
    try {
      const result = await client.tasks.invitations.create(
        this.taskId,
        { userId: person.user.id },
        { idempotencyKey: key },
      );
      this.keys.delete(person.user.id);
      this.invitedNow = new Map(this.invitedNow).set(person.user.id, result.invitation);
      this.allowance = result.invitations;
      this.announce(this.s.invitedNotice(name));
      emit(this, 'tehostamo-helper-invited', {
        taskId: this.taskId,
        invitation: result.invitation,
      });
    } catch (error) {
      this.inviteError = await this.failure('invite-helper', error);
      // The cap was reached meanwhile (another member invited): the count says so from now on.
      if (this.allowance && isApiErrorWith(error, 'invitation_limit')) {
        this.allowance = { ...this.allowance, remaining: 0 };
      }
    } finally {
      this.busy = null;
    }
  }

  /** "Kirjanpito · 12 km · suomi, ruotsi · ★ 4,8 (9) · 12 tehtävää tehty" */
  private why(p: SuggestedHelper, category: string | null): string {
    const s = this.s;
    const r = p.reasons;
    const parts: string[] = [];
    if (r.skills.length > 0) parts.push(r.skills.join(', '));
    else if (r.category === 'chosen' && category) parts.push(category);
    if (r.remote) parts.push(s.remote);
    else if (r.distanceKm !== null) parts.push(s.km(r.distanceKm));
    else if (p.user.municipality) parts.push(p.user.municipality);
    if (r.languages.length > 0) parts.push(r.languages.join(', '));
    const rating = p.user.rating;
    if (rating.average !== null && rating.count > 0) {
      parts.push(
        s.rating(formatNumber(Math.round(rating.average * 10) / 10, this.language), rating.count),
      );
    }
    if (p.user.completedTasks > 0) parts.push(s.completed(p.user.completedTasks));
    return parts.join(' · ');
  }

  private renderSuggestion(p: SuggestedHelper, left: number, category: string | null) {
    const s = this.s;
    const name = p.user.name || this.t.common.unnamed;
    const invited = this.invitedNow.has(p.user.id);
    const kind = p.user.helperType ? this.t.helperTypes[p.user.helperType] : '';
    const whyId = `why-${p.user.id}`;
    return html`<li class="suggestion" part="suggestion">
      <div class="who">
        <a href="/users/${p.user.id}">${name}</a>
        ${kind ? html`<span class="muted">· ${kind}</span>` : nothing}
        <p id=${whyId} part="why">
          <span class="sr-only">${s.whyLabel}: </span>${this.why(p, category)}
        </p>
      </div>
      ${
        invited
          ? html`<span class="done" part="invited-mark">✓ ${s.invited}</span>`
          : left > 0
            ? html`<button
                type="button"
                part="button"
                aria-describedby=${whyId}
                ?disabled=${this.busy !== null}
                aria-busy=${this.busy === p.user.id ? 'true' : 'false'}
                @click=${() => this.invite(p)}
              >
                ${this.busy === p.user.id ? s.inviting : s.invite}<span class="sr-only"
                  >: ${name}</span
                >
              </button>`
            : nothing
      }
    </li>`;
  }

  private renderInvited(list: TaskInvitation[]) {
    if (list.length === 0) return nothing;
    const s = this.s;
    return html`<div class="invited-list" part="invited">
      <h4>${s.invitedHeading}</h4>
      <ul>
        ${repeat(
          list,
          (i) => i.id,
          (i) =>
            html`<li>
              <a href="/users/${i.user.id}">${i.user.name || this.t.common.unnamed}</a>
              <span class="muted">· ${i.acceptedAt ? s.applied : s.waiting}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderLoaded(value: SuggestedHelpers, category: string | null) {
    const s = this.s;
    const allowance = this.allowance ?? value.invitations;
    const left = allowance.remaining;
    const invited = [
      ...value.invited,
      ...[...this.invitedNow.values()].filter((i) => !value.invited.some((v) => v.id === i.id)),
    ];
    return html`<p class="muted">${s.lead}</p>
      <p part="remaining"><strong>${s.remaining(left, allowance.limit)}</strong></p>
      ${left === 0 ? html`<p class="notice info">${s.noneLeft}</p>` : nothing}
      ${
        this.inviteError
          ? html`<p class="notice error" role="alert">${this.inviteError}</p>`
          : nothing
      }
      ${
        value.data.length === 0
          ? html`<p>${s.none}</p>`
          : html`<ul>
              ${repeat(
                value.data,
                (p) => p.user.id,
                (p) => this.renderSuggestion(p, left, category),
              )}
            </ul>`
      }
      ${this.renderInvited(invited)}`;
  }

  protected override render() {
    const category = this.category ? categoryName(this.category, this.language) : null;
    return html`<section
      class=${this.baseClasses('requester')}
      part="suggestions"
      aria-labelledby="suggestions-heading"
      lang=${this.language}
    >
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
      <h3 id="suggestions-heading">${this.s.heading}</h3>
      ${this.suggestions.render({
        complete: (value) => this.renderLoaded(value, category),
        errorHeading: this.s.loadError,
      })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-suggested-helpers': TehostamoSuggestedHelpers;
  }
}

import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { isApiErrorWith } from '../../sdk/errors.ts';
import type { Feedback, PublicProfile } from '../../sdk/schemas/users.ts';
import { formatDate, formatNumber } from '../i18n/index.ts';
import { initialState } from '../shared/load.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { warnOnce } from '../shared/warnings.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { profileCardStyles } from './profile-card.styles.ts';
import { profileCardStrings, type ProfileCardStrings } from './strings.ts';

/**
 * Only `https:` links are shown as links: the server accepts only YouTube, Vimeo and LinkedIn
 * addresses, and this keeps any other scheme (`javascript:` above all) from ever becoming one.
 */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A person's public profile, as everyone may see it: name, helper type, postal code and
 * municipality, organisations, description, the CV when the person shares it (languages, skills
 * and education, experience, video and LinkedIn links), how many tasks they have done, and the
 * feedback they have received with its text and rating. Never an email address or a phone.
 *
 * `compact` shows a summary for lists (an applicant, a helper, a chat participant) whose name
 * links to the full profile at `/users/:id`.
 *
 * @summary A person's public profile, full or compact.
 *
 * @event tehostamo-error - Loading failed: `detail.action` (`load-profile`), `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart name - The person's name (a link to the profile in compact mode).
 * @csspart stats - Tasks done and average feedback.
 * @csspart facts - Location, organisations, languages, skills, experience, links.
 * @csspart bio - The person's description.
 * @csspart feedback - The list of feedback received.
 * @csspart state - The loading, error and not-found messages.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: dark blue, the helper view).
 * @cssproperty --tehostamo-accent-soft - Soft accent background (chips).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of feedback.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-padding - Padding around the card.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 */
@customElement('tehostamo-profile-card')
export class TehostamoProfileCard extends TehostamoElement {
  static override styles = [theme, controls, profileCardStyles];

  /** Whose profile to show. */
  @property({ attribute: 'user-id', type: Number }) userId?: number;
  /** A summary for lists: name linked to the profile, stats, place, skills, a short description. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /**
   * A profile to show as it is, without loading one (the profile editor's preview of what
   * others see). Takes the place of `user-id`.
   */
  @property({ attribute: false }) profile?: PublicProfile;

  private get s(): ProfileCardStrings {
    return profileCardStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, profileCardStrings];
  }

  private loaded = this.loader({
    action: 'load-profile',
    args: () => [this.activeClient, this.profile ? undefined : this.userId] as const,
    run: ([client, id], signal) =>
      client && id ? client.users.get(id, { signal }) : Promise.resolve(initialState),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Checked after the first render, when attributes and properties are set.
    void this.updateComplete.then(() => {
      if (!this.userId && !this.profile) {
        warnOnce('missing-user-id', '<tehostamo-profile-card> needs a user-id.');
      }
    });
  }

  /** Loads the profile again. */
  reload(): void {
    void this.loaded.run();
  }

  private renderStats(p: PublicProfile) {
    const s = this.s;
    const rating =
      p.rating.average === null
        ? s.noRating
        : s.rating(formatNumber(p.rating.average, this.language), p.rating.count);
    return html`<ul class="stats" part="stats">
      <li>${s.completedTasks(p.completedTasks)}</li>
      <li>${rating}</li>
    </ul>`;
  }

  private place(p: PublicProfile): string {
    return [p.postalCode, p.municipality].filter(Boolean).join(' ');
  }

  private renderLinks(p: PublicProfile) {
    const s = this.s;
    const video = safeHref(p.cv?.videoUrl);
    const linkedin = safeHref(p.cv?.linkedinUrl);
    if (!video && !linkedin) return nothing;
    const link = (href: string, text: string) =>
      html`<li>
        <a href=${href} rel="noopener noreferrer nofollow" target="_blank"
          >${text}<span class="sr-only"> ${s.external}</span></a
        >
      </li>`;
    return html`<div>
      <dt>${s.links}</dt>
      <dd>
        <ul class="links">
          ${video ? link(video, s.video) : nothing}
          ${linkedin ? link(linkedin, s.linkedin) : nothing}
        </ul>
      </dd>
    </div>`;
  }

  private renderFacts(p: PublicProfile) {
    const s = this.s;
    const fact = (term: string, value: unknown) =>
      html`<div>
        <dt>${term}</dt>
        <dd>${value}</dd>
      </div>`;
    const chips = (items: string[]) =>
      html`<ul class="chips">
        ${items.map((i) => html`<li class="chip">${i}</li>`)}
      </ul>`;
    const place = this.place(p);
    const cv = p.cv;
    if (this.compact) {
      return html`<dl class="facts" part="facts">
        ${place ? fact(s.place, place) : nothing}
        ${cv?.skills.length ? fact(s.skills, chips(cv.skills)) : nothing}
        ${cv?.languages.length ? fact(s.languages, cv.languages.join(', ')) : nothing}
      </dl>`;
    }
    return html`<dl class="facts" part="facts">
      ${place ? fact(s.place, place) : nothing}
      ${
        p.organisations.length
          ? fact(s.organisations, p.organisations.map((o) => o.name).join(', '))
          : nothing
      }
      ${cv?.languages.length ? fact(s.languages, cv.languages.join(', ')) : nothing}
      ${cv?.skills.length ? fact(s.skills, chips(cv.skills)) : nothing}
      ${
        cv?.experience
          ? fact(s.experience, html`<span class="pre">${cv.experience}</span>`)
          : nothing
      }
      ${this.renderLinks(p)}
    </dl>`;
  }

  private renderFeedback(list: Feedback[]) {
    const s = this.s;
    return html`<section aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">${s.feedbackHeading}</h3>
      ${
        list.length === 0
          ? html`<p class="muted">${s.noFeedback}</p>`
          : html`<ul class="feedback" part="feedback">
              ${list.map(
                (f) =>
                  html`<li>
                    <p class="by">
                      <span class="stars">${s.stars(f.rating)}</span>
                      · ${f.direction === 'to_helper' ? s.asHelper : s.asRequester} ·
                      ${s.feedbackFrom(f.from.name || s.unnamed, formatDate(f.createdAt, this.language))}
                    </p>
                    ${f.text ? html`<blockquote>${f.text}</blockquote>` : nothing}
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderProfile(profile: PublicProfile) {
    const t = this.t;
    const p = { ...profile, name: profile.name || this.s.unnamed };
    const kind = p.helperType ? t.helperTypes[p.helperType] : '';
    const name = this.compact
      ? html`<h3 class="name" part="name">
          <a href="/users/${p.id}" aria-label=${this.s.openProfile(p.name)}>${p.name}</a>
        </h3>`
      : html`<h2 class="name" part="name">${p.name}</h2>`;
    return html`<article aria-label=${p.name}>
      ${name} ${kind ? html`<p class="kind">${kind}</p>` : nothing} ${this.renderStats(p)}
      ${p.bio ? html`<p class="bio" part="bio">${p.bio}</p>` : nothing} ${this.renderFacts(p)}
      ${this.compact ? nothing : this.renderFeedback(p.feedback)}
    </article>`;
  }

  private renderBody() {
    if (this.profile) return this.renderProfile(this.profile);
    if (!this.activeClient) {
      return html`<div class="state" part="state"><p>${this.t.common.notConnected}</p></div>`;
    }
    return this.loaded.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (p) => this.renderProfile(p),
      error: (failure) =>
        isApiErrorWith(failure.cause, 404)
          ? html`<div class="state" part="state"><p>${this.s.notFound}</p></div>`
          : undefined,
      errorHeading: this.s.error,
    });
  }

  private renderLoading() {
    return html`<div aria-busy="true">
      <p class="sr-only">${this.s.loading}</p>
      <div aria-hidden="true">
        <div class="skeleton line"></div>
        <div class="skeleton line short"></div>
      </div>
    </div>`;
  }

  protected override render() {
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      ${this.renderBody()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-profile-card': TehostamoProfileCard;
  }
}

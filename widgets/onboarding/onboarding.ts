import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiErrorWith } from '../../sdk/errors.ts';
import { isValidBusinessId } from '../../sdk/schemas/business-id.ts';
import {
  OrganisationCreate,
  OrganisationKind,
  type Organisation,
} from '../../sdk/schemas/organisations.ts';
import { HelperType, MeUpdate, type Me } from '../../sdk/schemas/users.ts';
import { emit } from '../events.ts';
import { field } from '../shared/field.ts';
import { PlaceLookup } from '../shared/place-lookup.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { onboardingStyles } from './onboarding.styles.ts';
import { onboardingStrings, type OnboardingStrings } from './strings.ts';

export type OnboardingStep = 'about' | 'organisation' | 'done';

type AboutErrors = Partial<Record<'name' | 'roles' | 'helperType', string>>;
type OrgErrors = Partial<Record<'name' | 'businessId' | 'postalCode' | 'form', string>>;

/**
 * A person's first sign-in, in as few questions as it takes: the name others see (none is taken
 * from the email address) and whether they help, ask for help or both (a helper says what kind);
 * then their organisation: find it by name or business id and ask to join (its admins approve),
 * or create it (kind, name, business id checked with its check digit, sector, home postal code
 * with the municipality and region shown as typed). It ends with the next steps (invite
 * colleagues, complete the profile), never on an empty page.
 *
 * @summary First sign-in: name, role, and joining or creating one's organisation.
 *
 * @event tehostamo-user-updated - The profile was saved (the name, the helper type): `detail.user`.
 * @event tehostamo-onboarding-done - The person chose to go on: `detail.user`.
 * @event tehostamo-error - A request failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart step - The current step.
 * @csspart field - Each field (label, hint, control and error).
 * @csspart error - A field's error message.
 * @csspart results - The organisations found.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: dark blue).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders of controls.
 * @cssproperty --tehostamo-danger - Errors.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 */
@customElement('tehostamo-onboarding')
export class TehostamoOnboarding extends TehostamoElement {
  static override styles = [theme, controls, onboardingStyles];

  /**
   * The step to show. Unset: the name step for a person without a name, else the organisation
   * step.
   */
  @property() step?: OnboardingStep;

  @state() private name = '';
  @state() private helper = false;
  @state() private requester = false;
  @state() private helperType = '';
  @state() private aboutErrors: AboutErrors = {};
  @state() private busy = false;
  @state() private formError = '';

  @state() private query = '';
  @state() private searching = false;
  @state() private results: Organisation[] | null = null;
  @state() private searchError = '';
  /** What became of the organisation step: asked to join, or created. */
  @state() private outcome: string | null = null;

  @state() private org = {
    kind: 'association',
    name: '',
    businessId: '',
    sector: '',
    postalCode: '',
  };
  @state() private orgErrors: OrgErrors = {};

  private place = new PlaceLookup(this, () => this.activeClient);
  private started = false;

  private get s(): OnboardingStrings {
    return onboardingStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, onboardingStrings];
  }

  private get current(): OnboardingStep {
    if (this.step) return this.step;
    return this.activeUser?.name ? 'organisation' : 'about';
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const user = this.activeUser;
    if (!this.started && user) {
      this.started = true;
      this.name = user.name;
      if (user.helperType) {
        this.helper = true;
        this.helperType = user.helperType;
      }
    }
  }

  private go(step: OnboardingStep) {
    this.step = step;
    this.formError = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus(),
    );
  }

  // ---- step 1: about you ---------------------------------------------------------------------

  private validateAbout(): AboutErrors {
    const s = this.s;
    const errors: AboutErrors = {};
    const parsed = MeUpdate.safeParse({ name: this.name });
    if (!parsed.success) errors.name = this.name.trim() ? s.nameTooLong : s.nameRequired;
    if (!this.helper && !this.requester) errors.roles = s.rolesRequired;
    if (this.helper && !HelperType.safeParse(this.helperType).success) {
      errors.helperType = s.helperTypeRequired;
    }
    return errors;
  }

  private async saveAbout(event: Event) {
    event.preventDefault();
    const errors = this.validateAbout();
    this.aboutErrors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const client = this.activeClient;
    if (!client) return;
    this.busy = true;
    this.formError = '';
    try {
      const user = await client.me.update({
        name: this.name.trim(),
        ...(this.helper ? { helperType: this.helperType as HelperType } : {}),
      });
      emit(this, 'tehostamo-user-updated', { user });
      this.go('organisation');
    } catch (error) {
      this.formError = await this.failure('save-name', error);
    } finally {
      this.busy = false;
    }
  }

  private renderAbout() {
    const s = this.s;
    const t = this.t;
    const e = this.aboutErrors;
    return html`<form novalidate @submit=${this.saveAbout} aria-labelledby="about-heading">
      <h2 id="about-heading" tabindex="-1" data-step-heading>${s.aboutHeading}</h2>
      <p>${s.aboutLead}</p>
      ${field(
        { id: 'name', label: s.name, hint: s.nameHint, error: e.name },
        (c) =>
          html`<input
            id=${c.id}
            name="name"
            autocomplete="name"
            maxlength="120"
            part="input"
            .value=${this.name}
            aria-describedby=${c.describedBy}
            aria-invalid=${c.invalid}
            @input=${(ev: Event) => (this.name = (ev.target as HTMLInputElement).value)}
          />`,
      )}
      <fieldset class="field" aria-describedby=${e.roles ? 'roles-hint roles-error' : 'roles-hint'}>
        <legend>${s.roles}</legend>
        <span id="roles-hint" class="hint">${s.rolesHint}</span>
        <label class="check"
          ><input
            type="checkbox"
            name="helper"
            .checked=${this.helper}
            aria-invalid=${e.roles ? 'true' : 'false'}
            @change=${(ev: Event) => (this.helper = (ev.target as HTMLInputElement).checked)}
          />
          ${s.helper}</label
        >
        <label class="check"
          ><input
            type="checkbox"
            name="requester"
            .checked=${this.requester}
            @change=${(ev: Event) => (this.requester = (ev.target as HTMLInputElement).checked)}
          />
          ${s.requester}</label
        >
        ${
          e.roles
            ? html`<span id="roles-error" class="field-error" part="error">${e.roles}</span>`
            : nothing
        }
      </fieldset>
      ${
        this.helper
          ? field(
              { id: 'helper-type', label: s.helperType, error: e.helperType },
              (c) =>
                html`<select
                  id=${c.id}
                  name="helperType"
                  part="input"
                  aria-describedby=${c.describedBy}
                  aria-invalid=${c.invalid}
                  @change=${(ev: Event) => (this.helperType = (ev.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${!this.helperType}>${s.choose}</option>
                  ${HelperType.options.map(
                    (h) =>
                      html`<option value=${h} ?selected=${this.helperType === h}>
                        ${t.helperTypes[h]}
                      </option>`,
                  )}
                </select>`,
            )
          : nothing
      }
      ${
        this.formError
          ? html`<div class="notice error" role="alert">${this.formError}</div>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="primary" part="button" ?disabled=${this.busy}>
          ${this.busy ? s.saving : s.continue}
        </button>
      </div>
    </form>`;
  }

  // ---- step 2: the organisation --------------------------------------------------------------

  private async search(event: Event) {
    event.preventDefault();
    const client = this.activeClient;
    const q = this.query.trim();
    if (!client || !q) return;
    this.searching = true;
    this.searchError = '';
    try {
      const page = await client.organisations.list({ q, limit: 20 });
      this.results = page.data;
      this.announce(page.data.length ? this.s.results(page.data.length) : this.s.noResults);
    } catch (error) {
      this.searchError = await this.failure('search-organisations', error);
    } finally {
      this.searching = false;
    }
  }

  private async askToJoin(org: Organisation) {
    const client = this.activeClient;
    if (!client) return;
    this.busy = true;
    this.searchError = '';
    try {
      await client.organisations.joinRequests.create(org.id);
      this.outcome = this.s.asked(org.name);
      await this.refreshUser();
      this.go('done');
    } catch (error) {
      if (isApiErrorWith(error, 'already_member')) {
        this.outcome = this.s.alreadyMember(org.name);
        this.go('done');
      } else {
        this.searchError = await this.failure('request-to-join', error);
      }
    } finally {
      this.busy = false;
    }
  }

  private async refreshUser() {
    try {
      const user = await this.activeClient!.me.get();
      emit(this, 'tehostamo-user-updated', { user });
    } catch {
      // The next page load shows it.
    }
  }

  private validateOrg(): { errors: OrgErrors; body?: OrganisationCreate } {
    const s = this.s;
    const o = this.org;
    const errors: OrgErrors = {};
    const businessId = o.businessId.trim();
    const postalCode = o.postalCode.trim();
    if (businessId && !isValidBusinessId(businessId)) errors.businessId = s.businessIdInvalid;
    if (postalCode && !/^\d{5}$/.test(postalCode)) errors.postalCode = s.postalCodeInvalid;
    else if (this.place.state.status === 'unknown' && this.place.state.code === postalCode) {
      errors.postalCode = s.postalCodeUnknown;
    }
    const body = {
      name: o.name.trim(),
      kind: o.kind as OrganisationKind,
      ...(o.sector.trim() ? { sector: o.sector.trim() } : {}),
      ...(businessId ? { businessId } : {}),
      ...(postalCode ? { postalCode } : {}),
    };
    const parsed = OrganisationCreate.safeParse(body);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if (key === 'name') errors.name = s.orgNameInvalid;
        if (key === 'businessId') errors.businessId ??= s.businessIdInvalid;
        if (key === 'postalCode') errors.postalCode ??= s.postalCodeInvalid;
      }
    }
    return Object.keys(errors).length ? { errors } : { errors, body };
  }

  private async createOrg(event: Event) {
    event.preventDefault();
    const { errors, body } = this.validateOrg();
    this.orgErrors = errors;
    if (!body) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#create [aria-invalid="true"]')?.focus();
      return;
    }
    const client = this.activeClient;
    if (!client) return;
    this.busy = true;
    try {
      const created = await client.organisations.create(body);
      this.outcome = this.s.created(created.name);
      await this.refreshUser();
      this.go('done');
    } catch (error) {
      if (isApiErrorWith(error, 'business_id_taken')) {
        this.orgErrors = { businessId: this.t.errors.codes.business_id_taken };
      } else if (isApiErrorWith(error, 'unknown_postal_code')) {
        this.orgErrors = { postalCode: this.s.postalCodeUnknown };
      } else {
        this.orgErrors = { form: await this.failure('create-organisation', error) };
      }
    } finally {
      this.busy = false;
    }
  }

  private setOrg(key: keyof typeof this.org, value: string) {
    this.org = { ...this.org, [key]: value };
    if (key === 'postalCode') this.place.update(value);
  }

  private orgInput(key: 'name' | 'businessId' | 'sector' | 'postalCode', extra: object = {}) {
    return (c: { id: string; describedBy: string | typeof nothing; invalid: 'true' | 'false' }) =>
      html`<input
        id=${c.id}
        name=${key}
        part="input"
        .value=${this.org[key]}
        aria-describedby=${c.describedBy}
        aria-invalid=${c.invalid}
        autocomplete=${(extra as { autocomplete?: string }).autocomplete ?? 'off'}
        inputmode=${(extra as { inputmode?: string }).inputmode ?? nothing}
        @input=${(ev: Event) => this.setOrg(key, (ev.target as HTMLInputElement).value)}
      />`;
  }

  private placeText() {
    const st = this.place.state;
    if (st.status === 'found') {
      return this.s.place(st.place.municipality.name, st.place.region.name);
    }
    return '';
  }

  private renderOrganisation(user: Me) {
    const s = this.s;
    const lead = this.requester || !user.helperType ? s.orgLeadRequester : s.orgLeadHelper;
    const e = this.orgErrors;
    const place = this.placeText();
    return html`<div aria-labelledby="org-heading" role="group">
      <h2 id="org-heading" tabindex="-1" data-step-heading>${s.orgHeading}</h2>
      <p>${lead}</p>
      ${
        user.memberships.length || user.joinRequests.length
          ? html`<ul class="status">
              ${user.memberships.map((m) => html`<li>${s.memberOf(m.organisation.name)}</li>`)}
              ${user.joinRequests.map((r) => html`<li>${s.waiting(r.organisation.name)}</li>`)}
            </ul>`
          : nothing
      }
      <section aria-labelledby="find-heading" class="panel">
        <h3 id="find-heading">${s.findHeading}</h3>
        <form novalidate @submit=${this.search} role="search" aria-labelledby="find-heading">
          ${field(
            { id: 'org-search', label: s.search, hint: s.searchHint },
            (c) =>
              html`<div class="row">
                <input
                  id=${c.id}
                  name="q"
                  type="search"
                  part="input"
                  .value=${this.query}
                  aria-describedby=${c.describedBy}
                  @input=${(ev: Event) => (this.query = (ev.target as HTMLInputElement).value)}
                />
                <button type="submit" part="button" ?disabled=${this.searching}>
                  ${this.searching ? s.searching : s.searchButton}
                </button>
              </div>`,
          )}
        </form>
        ${
          this.searchError
            ? html`<div class="notice error" role="alert">${this.searchError}</div>`
            : nothing
        }
        ${
          this.results === null
            ? nothing
            : this.results.length === 0
              ? html`<p>${s.noResults}</p>`
              : html`<ul
                  class="results"
                  part="results"
                  aria-label=${s.results(this.results.length)}
                >
                  ${this.results.map(
                    (o) =>
                      html`<li>
                        <div>
                          <strong>${o.name}</strong>
                          <span class="muted"
                            >${[s.kinds[o.kind], o.municipality, o.businessId]
                              .filter(Boolean)
                              .join(' · ')}</span
                          >
                        </div>
                        <button
                          type="button"
                          part="button"
                          aria-label=${s.askToJoinLabel(o.name)}
                          ?disabled=${this.busy}
                          @click=${() => this.askToJoin(o)}
                        >
                          ${s.askToJoin}
                        </button>
                      </li>`,
                  )}
                </ul>`
        }
      </section>
      <section aria-labelledby="create-heading" class="panel">
        <h3 id="create-heading">${s.createHeading}</h3>
        <p>${s.createLead}</p>
        <form id="create" novalidate @submit=${this.createOrg} aria-labelledby="create-heading">
          ${field(
            { id: 'org-kind', label: s.kind },
            (c) =>
              html`<select
                id=${c.id}
                name="kind"
                part="input"
                @change=${(ev: Event) => this.setOrg('kind', (ev.target as HTMLSelectElement).value)}
              >
                ${OrganisationKind.options.map(
                  (k) =>
                    html`<option value=${k} ?selected=${this.org.kind === k}>
                      ${s.kinds[k]}
                    </option>`,
                )}
              </select>`,
          )}
          ${field(
            { id: 'org-name', label: s.orgName, error: e.name },
            this.orgInput('name', { autocomplete: 'organization' }),
          )}
          ${field(
            {
              id: 'org-business-id',
              label: s.businessId,
              hint: s.businessIdHint,
              error: e.businessId,
              optional: s.optional,
            },
            this.orgInput('businessId'),
          )}
          ${field(
            {
              id: 'org-sector',
              label: s.sector,
              hint: s.sectorHint,
              optional: s.optional,
            },
            this.orgInput('sector'),
          )}
          ${field(
            {
              id: 'org-postal-code',
              label: s.postalCode,
              hint: s.postalCodeHint,
              error: e.postalCode,
              optional: s.optional,
            },
            (c) =>
              html`${this.orgInput('postalCode', { inputmode: 'numeric', autocomplete: 'postal-code' })(c)}
                <span class="place" aria-live="polite">${place}</span>`,
          )}
          ${e.form ? html`<div class="notice error" role="alert">${e.form}</div>` : nothing}
          <div class="actions">
            <button type="submit" class="primary" part="button" ?disabled=${this.busy}>
              ${this.busy ? s.creating : s.create}
            </button>
          </div>
        </form>
      </section>
      <div class="actions">
        <button type="button" part="button" class="link" @click=${this.finish}>${s.later}</button>
      </div>
    </div>`;
  }

  // ---- step 3: what next ---------------------------------------------------------------------

  private finish = () => {
    const user = this.activeUser;
    if (user) emit(this, 'tehostamo-onboarding-done', { user });
  };

  private renderDone(user: Me) {
    const s = this.s;
    const admin = user.memberships.some((m) => m.role === 'admin');
    return html`<div role="group" aria-labelledby="done-heading">
      <h2 id="done-heading" tabindex="-1" data-step-heading>${s.doneHeading}</h2>
      ${this.outcome ? html`<p class="notice success" role="status">${this.outcome}</p>` : nothing}
      <ul class="next">
        ${
          admin
            ? html`<li><a href="/settings/organisation">${s.inviteColleagues}</a></li>`
            : nothing
        }
        <li><a href="/settings/profile">${s.completeProfile}</a></li>
      </ul>
      <div class="actions">
        <button type="button" class="primary" part="button" @click=${this.finish}>
          ${s.finish}
        </button>
      </div>
    </div>`;
  }

  protected override render() {
    const user = this.activeUser;
    let body: unknown;
    if (!this.activeClient) body = html`<p>${this.t.common.notConnected}</p>`;
    else if (!user) body = html`<p role="status">${this.t.common.loading}</p>`;
    else if (this.current === 'about') body = this.renderAbout();
    else if (this.current === 'organisation') body = this.renderOrganisation(user);
    else body = this.renderDone(user);
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      <div part="step" data-step=${this.current}>${body}</div>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-onboarding': TehostamoOnboarding;
  }
}

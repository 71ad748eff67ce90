import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { CATEGORIES } from '../../sdk/schemas/categories.ts';
import { HelperType, type Me, type PublicProfile } from '../../sdk/schemas/users.ts';
import { emit } from '../events.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import '../profile-card/profile-card.ts';
import { serverFieldIssues } from '../shared/errors.ts';
import { field, type FieldControl } from '../shared/field.ts';
import { initialState } from '../shared/load.ts';
import { PlaceLookup } from '../shared/place-lookup.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import {
  draftOf,
  messageFor,
  previewOf,
  toMeUpdate,
  validate,
  type Draft,
  type Field,
  type FieldErrors,
} from './draft.ts';
import { profileEditorStyles } from './profile-editor.styles.ts';
import { profileEditorStrings, type Audience, type ProfileEditorStrings } from './strings.ts';

type TextField = Exclude<
  Field,
  'cvPublic' | 'interestedCategories' | 'lang' | 'helperType' | 'availableToHelp'
>;

/**
 * The signed-in person's profile settings, as the pilot guide's "Profiilin asetukset" lists them:
 * name, helper type, postal code (the municipality shown as it is typed), distance in km,
 * categories of interest, groups, languages (at least one), skills and education, experience,
 * sharing the CV, YouTube/Vimeo and LinkedIn links, a short description ("myyntipuhe"), phone,
 * and the language of the emails. Each field says who sees it. Links, the postal code and every
 * other field are checked with the contract's own rules (`MeUpdate`) next to the field, before
 * anything is sent; a failed save keeps everything typed. A live preview shows exactly what
 * others see on the public profile (`<tehostamo-profile-card>` with the draft).
 *
 * @summary Edit your profile, see who sees each field, and preview your public profile.
 *
 * @event tehostamo-user-updated - The profile was saved: `detail.user`.
 * @event tehostamo-error - A request failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart form - The form.
 * @csspart field - Each field (label, hint, control and error).
 * @csspart input - Inputs, selects and text areas.
 * @csspart error - A field's error message.
 * @csspart audience - The "shown to …" line of each field.
 * @csspart preview - The preview of the public profile.
 * @csspart button - Buttons.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: dark blue, the helper view).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of the preview.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders of controls.
 * @cssproperty --tehostamo-danger - Errors.
 * @cssproperty --tehostamo-success - Confirmations.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 */
@customElement('tehostamo-profile-editor')
export class TehostamoProfileEditor extends TehostamoElement {
  static override styles = [theme, controls, profileEditorStyles];

  @state() private draft: Draft | null = null;
  /** The profile as last saved (or loaded): what "unsaved changes" compares with. */
  @state() private saved: Me | null = null;
  @state() private errors: FieldErrors = {};
  @state() private saving = false;
  @state() private status: { kind: 'saved' | 'error'; text: string } | null = null;

  private place = new PlaceLookup(this, () => this.activeClient);

  private get s(): ProfileEditorStrings {
    return profileEditorStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, profileEditorStrings];
  }

  /** The public profile's numbers (tasks done, feedback, organisations) for the preview. */
  private publicProfile = this.loader({
    action: 'load-profile',
    args: () => [this.activeClient, this.activeUser?.id] as const,
    run: ([client, id], signal) =>
      client && id ? client.users.get(id, { signal }) : Promise.resolve(initialState),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensureUser();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.ensureUser();
    const user = this.activeUser;
    // The draft is made once per person: a later update of the user (our own save, another
    // widget's) never throws away what is being typed.
    if (user && (!this.saved || this.saved.id !== user.id)) {
      this.saved = user;
      this.draft = draftOf(user);
      this.place.update(this.draft.postalCode);
    }
  }

  private get dirty(): boolean {
    if (!this.draft || !this.saved) return false;
    return JSON.stringify(this.draft) !== JSON.stringify(draftOf(this.saved));
  }

  private set<K extends Field>(key: K, value: Draft[K]) {
    if (!this.draft) return;
    this.draft = { ...this.draft, [key]: value };
    if (this.status?.kind === 'saved') this.status = null;
    // An error goes away as soon as the field is right; a new one waits for the save (or blur).
    if (this.errors[key]) {
      const now = validate(this.draft, this.s)[key];
      this.errors = { ...this.errors, [key]: now };
    }
    if (key === 'postalCode') this.place.update(String(value));
  }

  /** Checks one field when the person leaves it, so a wrong link is told at once. */
  private checkField(key: Field) {
    if (!this.draft) return;
    const error = this.fieldError(key);
    if (error !== this.errors[key]) this.errors = { ...this.errors, [key]: error };
  }

  private fieldError(key: Field): string | undefined {
    const draft = this.draft!;
    const error = validate(draft, this.s)[key];
    if (error) return error;
    if (key === 'postalCode') {
      const st = this.place.state;
      if (st.status === 'unknown' && st.code === draft.postalCode.trim()) {
        return this.s.postalCodeUnknown;
      }
    }
    return undefined;
  }

  private async save(event: Event) {
    event.preventDefault();
    const draft = this.draft;
    const client = this.activeClient;
    if (!draft || !client) return;
    const errors = validate(draft, this.s);
    const postal = this.fieldError('postalCode');
    if (postal) errors.postalCode = postal;
    this.errors = errors;
    const count = Object.values(errors).filter(Boolean).length;
    if (count) {
      this.status = { kind: 'error', text: this.s.fixErrors(count) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.saving = true;
    this.status = null;
    try {
      const user = await client.me.update(toMeUpdate(draft));
      this.saved = user;
      // What the server made of it (trimmed lists…), unless the person typed on meanwhile.
      if (this.draft === draft) this.draft = draftOf(user);
      this.status = { kind: 'saved', text: this.s.saved };
      this.announce(this.s.saved);
      emit(this, 'tehostamo-user-updated', { user });
      void this.publicProfile.run();
    } catch (error) {
      const issues = serverFieldIssues(error);
      if (issues.length) {
        const next: FieldErrors = {};
        for (const issue of issues) {
          const key = issue.path.split('.')[0] as Field;
          if (key in draft) next[key] ??= messageFor(key, issue.code, this.s);
        }
        this.errors = next;
      }
      const text = await this.failure('save-profile', error);
      this.status = { kind: 'error', text: `${this.s.saveFailed} ${text} ${this.s.keptTyped}` };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], .status')?.focus();
    } finally {
      this.saving = false;
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  private hint(audience: Audience, hint?: string): TemplateResult {
    return html`<span class="audience" part="audience">${this.s.audience[audience]}</span>${
        hint ? html`<span class="sr-only">. </span><span class="more">${hint}</span>` : nothing
      }`;
  }

  /** An on/off setting of the profile, with its hint. */
  private switch(name: 'cvPublic' | 'availableToHelp', label: string, hint: string) {
    const on = this.draft![name];
    return html`<div class="field" part="field">
      <label class="check switch"
        ><input
          type="checkbox"
          role="switch"
          aria-checked=${on ? 'true' : 'false'}
          name=${name}
          id=${`profile-${name}`}
          .checked=${on}
          aria-describedby=${`profile-${name}-hint`}
          @change=${(e: Event) => this.set(name, (e.target as HTMLInputElement).checked)}
        />
        ${label}</label
      >
      <span id=${`profile-${name}-hint`} class="hint">${hint}</span>
    </div>`;
  }

  private text(
    key: TextField,
    label: string,
    audience: Audience,
    options: {
      hint?: string;
      optional?: boolean;
      multiline?: boolean;
      type?: string;
      autocomplete?: string;
      inputmode?: string;
      after?: TemplateResult | string;
    } = {},
  ) {
    const id = `profile-${key}`;
    const d = this.draft!;
    const onInput = (event: Event) =>
      this.set(key, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
    return field(
      {
        id,
        label,
        hint: this.hint(audience, options.hint),
        error: this.errors[key],
        ...(options.optional ? { optional: this.s.optional } : {}),
      },
      (c: FieldControl) =>
        html`${
          options.multiline
            ? html`<textarea
                id=${c.id}
                name=${key}
                part="input"
                rows="4"
                .value=${d[key]}
                aria-describedby=${c.describedBy}
                aria-invalid=${c.invalid}
                @input=${onInput}
                @blur=${() => this.checkField(key)}
              ></textarea>`
            : html`<input
                id=${c.id}
                name=${key}
                part="input"
                type=${options.type ?? 'text'}
                autocomplete=${options.autocomplete ?? 'off'}
                inputmode=${options.inputmode ?? nothing}
                .value=${d[key]}
                aria-describedby=${c.describedBy}
                aria-invalid=${c.invalid}
                @input=${onInput}
                @blur=${() => this.checkField(key)}
              />`
        }${options.after ?? nothing}`,
    );
  }

  private placeText(): string {
    const st = this.place.state;
    if (st.status === 'pending') return this.s.placeLooking;
    if (st.status === 'found')
      return this.s.place(st.place.municipality.name, st.place.region.name);
    return '';
  }

  private previewPlace(): { municipality: string; region: string } | null {
    const code = this.draft!.postalCode.trim();
    const st = this.place.state;
    if (st.status === 'found' && st.code === code) {
      return { municipality: st.place.municipality.name, region: st.place.region.name };
    }
    const saved = this.saved!;
    if (code && code === saved.postalCode && saved.municipality && saved.region) {
      return { municipality: saved.municipality, region: saved.region };
    }
    return null;
  }

  private basePublic(user: Me): PublicProfile {
    const loaded = this.publicProfile.value;
    if (loaded && loaded.id === user.id) return loaded;
    return {
      id: user.id,
      name: user.name,
      helperType: user.helperType,
      bio: user.bio,
      postalCode: user.postalCode,
      municipality: user.municipality,
      region: user.region,
      organisations: user.memberships.map((m) => m.organisation),
      completedTasks: 0,
      rating: { average: null, count: 0 },
      feedback: [],
      cv: null,
    };
  }

  private renderForm(user: Me, d: Draft) {
    const s = this.s;
    const t = this.t;
    const cv: Audience = d.cvPublic ? 'cvShared' : 'cvApplied';
    const links: Audience = d.cvPublic ? 'cvShared' : 'cvOnlyYou';
    return html`<form novalidate part="form" @submit=${this.save} aria-labelledby="editor-heading">
      <section aria-labelledby="sec-public">
        <h3 id="sec-public">${s.publicSection}</h3>
        ${this.text('name', s.name, 'everyone', { hint: s.nameHint, autocomplete: 'name' })}
        ${field(
          { id: 'profile-helperType', label: s.helperType, hint: this.hint('everyone') },
          (c) =>
            html`<select
              id=${c.id}
              name="helperType"
              part="input"
              aria-describedby=${c.describedBy}
              @change=${(e: Event) => this.set('helperType', (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!d.helperType}>${s.noHelperType}</option>
              ${HelperType.options.map(
                (h) =>
                  html`<option value=${h} ?selected=${d.helperType === h}>
                    ${t.helperTypes[h]}
                  </option>`,
              )}
            </select>`,
        )}
        ${this.text('bio', s.bio, 'everyone', {
          hint: s.bioHint,
          multiline: true,
          optional: true,
        })}
        ${this.text('postalCode', s.postalCode, 'everyone', {
          hint: s.postalCodeHint,
          optional: true,
          inputmode: 'numeric',
          autocomplete: 'postal-code',
          after: html`<span class="place" aria-live="polite">${this.placeText()}</span>`,
        })}
      </section>

      <section aria-labelledby="sec-cv">
        <h3 id="sec-cv">${s.cvSection}</h3>
        ${this.text('languages', s.languages, cv, { hint: s.languagesHint })}
        ${this.text('skills', s.skills, cv, { hint: s.skillsHint, optional: true })}
        ${this.text('experience', s.experience, cv, {
          hint: s.experienceHint,
          multiline: true,
          optional: true,
        })}
        ${this.switch('cvPublic', s.cvPublic, s.cvPublicHint)}
        ${this.text('videoUrl', s.videoUrl, links, {
          hint: s.videoUrlHint,
          optional: true,
          type: 'url',
        })}
        ${this.text('linkedinUrl', s.linkedinUrl, links, {
          hint: s.linkedinUrlHint,
          optional: true,
          type: 'url',
        })}
      </section>

      <section aria-labelledby="sec-contact">
        <h3 id="sec-contact">${s.contactSection}</h3>
        ${field(
          { id: 'profile-email', label: s.email, hint: this.hint('applied', s.emailHint) },
          (c) =>
            html`<input
              id=${c.id}
              name="email"
              part="input"
              readonly
              .value=${user.email}
              aria-describedby=${c.describedBy}
            />`,
        )}
        ${this.text('phone', s.phone, 'applied', {
          hint: s.phoneHint,
          optional: true,
          type: 'tel',
          autocomplete: 'tel',
        })}
      </section>

      <section aria-labelledby="sec-interests">
        <h3 id="sec-interests">${s.interestsSection}</h3>
        ${this.text('radiusKm', s.radiusKm, 'onlyYou', {
          hint: s.radiusHint,
          inputmode: 'numeric',
        })}
        <fieldset class="field categories" aria-describedby="profile-categories-hint">
          <legend>${s.categories}</legend>
          <span id="profile-categories-hint" class="hint"
            >${this.hint('onlyYou', s.categoriesHint)}</span
          >
          <div class="choices">
            ${CATEGORIES.map(
              (c) =>
                html`<label class="check"
                  ><input
                    type="checkbox"
                    name="interestedCategories"
                    value=${c.slug}
                    .checked=${d.interestedCategories.includes(c.slug)}
                    @change=${(e: Event) => {
                      const on = (e.target as HTMLInputElement).checked;
                      const rest = d.interestedCategories.filter((x) => x !== c.slug);
                      this.set(
                        'interestedCategories',
                        on
                          ? CATEGORIES.map((x) => x.slug).filter(
                              (x) => rest.includes(x) || x === c.slug,
                            )
                          : rest,
                      );
                    }}
                  />
                  ${c[this.language]}</label
                >`,
            )}
          </div>
        </fieldset>
        ${this.switch('availableToHelp', s.availableToHelp, s.availableToHelpHint)}
      </section>

      <section aria-labelledby="sec-groups">
        <h3 id="sec-groups">${s.groupsSection}</h3>
        <p class="hint">${this.hint('groups')}</p>
        ${
          user.groups.length
            ? html`<ul class="groups">
                ${user.groups.map((g) => html`<li>${g.name}</li>`)}
              </ul>`
            : html`<p>${s.noGroups}</p>`
        }
        <p><a href="/settings/groups">${s.manageGroups}</a></p>
      </section>

      <section aria-labelledby="sec-lang">
        <h3 id="sec-lang">${s.langSection}</h3>
        ${field(
          { id: 'profile-lang', label: s.lang, hint: this.hint('onlyYou') },
          (c) =>
            html`<select
              id=${c.id}
              name="lang"
              part="input"
              aria-describedby=${c.describedBy}
              @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value as Lang)}
            >
              ${LANGS.map(
                (l) => html`<option value=${l} ?selected=${d.lang === l}>${s.langs[l]}</option>`,
              )}
            </select>`,
        )}
      </section>

      ${
        this.status
          ? html`<div
              class="status notice ${this.status.kind === 'saved' ? 'success' : 'error'}"
              role=${this.status.kind === 'saved' ? 'status' : 'alert'}
              tabindex="-1"
            >
              ${this.status.text}
            </div>`
          : this.dirty
            ? html`<p class="hint">${s.unsaved}</p>`
            : nothing
      }
      <div class="actions">
        <button type="submit" class="primary" part="button" ?disabled=${this.saving}>
          ${this.saving ? s.saving : s.save}
        </button>
      </div>
    </form>`;
  }

  private renderPreview(user: Me, d: Draft) {
    const s = this.s;
    const preview = previewOf(d, this.basePublic(user), this.previewPlace());
    return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${s.previewHeading}</h3>
      <p class="hint">${s.previewLead}</p>
      <tehostamo-profile-card .profile=${preview}></tehostamo-profile-card>
    </section>`;
  }

  protected override render() {
    const s = this.s;
    const user = this.activeUser;
    const d = this.draft;
    let body: unknown;
    if (!this.activeClient) body = html`<p>${this.t.common.notConnected}</p>`;
    else if (!user || !d) body = html`<p role="status" aria-busy="true">${s.loading}</p>`;
    else
      body = html`<p>${s.lead}</p>
        <div class="layout">${this.renderForm(user, d)} ${this.renderPreview(user, d)}</div>`;
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      <h2 id="editor-heading">${s.heading}</h2>
      ${body}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-profile-editor': TehostamoProfileEditor;
  }
}

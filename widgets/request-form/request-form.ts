import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError, isApiErrorWith } from '../../sdk/errors.ts';
import { CATEGORIES } from '../../sdk/schemas/category-list.ts';
import type { VisitorVerification } from '../../sdk/schemas/embedding.ts';
import type { Task } from '../../sdk/schemas/tasks.ts';
import { emit } from '../events.ts';
import { categoryName, formatDateTime, formatNumber } from '../i18n/index.ts';
import '../shared/sign-in.ts';
import { isOffline, serverFieldIssues } from '../shared/errors.ts';
import { field, type FieldControl } from '../shared/field.ts';
import { parseDecimal } from '../shared/number.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import {
  attemptFor,
  DraftStore,
  emptyDraft,
  isBlank,
  type Draft,
  type PendingRequest,
  type Saved,
  type StorageKind,
} from './draft.ts';
import { requestFormStyles } from './request-form.styles.ts';
import { requestFormStrings, type RequestFormStrings } from './strings.ts';
import {
  canValidate,
  fromServerIssues,
  STEP_FIELDS,
  toTaskCreate,
  validate,
  validationReady,
  type AsVisitor,
  type Field,
  type FieldErrors,
} from './validate.ts';

type Step = 1 | 2 | 3;

/**
 * The help-request form of Tehostamo, in the original app's three steps: what is needed; when,
 * where and how much; review and publish. Field errors come from the contract's own schema and
 * sit next to their fields. What was typed is kept in Web Storage, so it survives a failed
 * request and a reload; publishing sends an idempotency key kept with the draft, so the
 * request is made exactly once. A visitor signs in inline with an emailed code.
 *
 * @summary A three-step help-request form that never loses what was typed.
 *
 * @slot heading - Replaces the default heading ("Pyydä apua").
 *
 * @event tehostamo-task-created - The request was published: `detail.task`.
 * @event tehostamo-step-change - The form moved to another step: `detail.step` (1–3).
 * @event tehostamo-sign-in - Someone signed in inline: `detail.user`, `detail.client`.
 * @event tehostamo-sign-out - The user signed out.
 * @event tehostamo-error - A request failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart heading - The heading.
 * @csspart steps - The step indicator.
 * @csspart form - The form of the current step.
 * @csspart field - Each field (label, hint, control and error).
 * @csspart input - Inputs, selects and text areas.
 * @csspart error - A field's error message.
 * @csspart review - The review of step 3.
 * @csspart nav - The Back / Next / Publish row.
 * @csspart button - Buttons.
 * @csspart result - The confirmation after publishing.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: pink, the requester view).
 * @cssproperty --tehostamo-on-accent - Text on the accent colour.
 * @cssproperty --tehostamo-accent-soft - Soft accent background.
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Secondary background.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders of controls (3:1 against the surface).
 * @cssproperty --tehostamo-border-soft - Borders of sections.
 * @cssproperty --tehostamo-danger - Errors.
 * @cssproperty --tehostamo-success - Confirmations.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-padding - Padding around the widget.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 * @cssproperty --tehostamo-font-size - Font size (default: inherited).
 */
@customElement('tehostamo-request-form')
export class TehostamoRequestForm extends TehostamoElement {
  static override styles = [theme, controls, requestFormStyles];

  /** This form's own strings, in the reader's language. */
  private get r(): RequestFormStrings {
    return requestFormStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, requestFormStrings];
  }

  /**
   * Names this form's draft in storage. Default: the page's path and the element's id, so two
   * forms on one page need ids (or keys) of their own.
   */
  @property({ attribute: 'draft-key' }) draftKey = '';
  /** `local` (default: survives closing the tab) or `session` (forgotten with the tab). */
  @property({ attribute: 'draft-storage' }) draftStorage: StorageKind = 'local';
  /** Preset category slug. */
  @property() category = '';
  /** Preset target group, by its join code. */
  @property({ attribute: 'group-code' }) groupCode = '';
  /** The organisation that asks, when the user belongs to several. */
  @property({ attribute: 'organisation-id', type: Number }) organisationId?: number;
  /** Hides the heading (when the page has its own). */
  @property({ attribute: 'hide-heading', type: Boolean }) hideHeading = false;

  @state() private step: Step = 1;
  @state() private draft: Draft = emptyDraft();
  @state() private errors: FieldErrors = {};
  @state() private restored = false;
  @state() private submitting = false;
  @state() private submitError = '';
  @state() private created: Task | null = null;
  /** With a publishable key and nobody signed in: ask as a visitor, or sign in. */
  @state() private mode: 'visitor' | 'sign-in' = 'visitor';
  /** A visitor's request waiting for the emailed code. */
  @state() private pending: PendingRequest | null = null;
  @state() private verifying = false;
  @state() private codeError = '';
  @state() private membership: VisitorVerification['membership'] | null = null;

  private store: DraftStore | null = null;
  private attempt: Saved['attempt'] = null;
  private focusStep = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.openStore();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('draftKey') || changed.has('draftStorage')) && this.hasUpdated)
      this.openStore();
    if (this.step === 3 && (changed.has('contextUser') || changed.has('ownSession'))) {
      this.preselectOrganisation();
    }
  }

  private openStore() {
    const key = `tehostamo:request-form:${this.draftKey || `${location.pathname}#${this.id || 'default'}`}`;
    if (this.store?.key === key) return;
    this.store = new DraftStore(key, this.draftStorage === 'session' ? 'session' : 'local');
    const saved = this.store.load();
    if (saved && !isBlank(saved.draft)) {
      this.draft = saved.draft;
      this.step = ([1, 2, 3] as const).includes(saved.step as Step) ? (saved.step as Step) : 1;
      this.attempt = saved.attempt;
      this.pending = saved.pending ?? null;
      this.restored = true;
    } else {
      this.draft = this.presets(emptyDraft());
      this.step = 1;
      this.attempt = null;
      this.pending = null;
      this.restored = false;
    }
  }

  private presets(draft: Draft): Draft {
    return {
      ...draft,
      category: this.category || draft.category,
      groupCode: this.groupCode || draft.groupCode,
      organisationId: this.organisationId ? String(this.organisationId) : draft.organisationId,
    };
  }

  private save() {
    if (isBlank(this.draft) && !this.attempt && !this.pending) {
      this.store?.clear();
      return;
    }
    this.store?.save({
      version: 1,
      step: this.step,
      draft: this.draft,
      attempt: this.attempt,
      pending: this.pending,
    });
  }

  protected override updated(): void {
    if (this.focusStep) {
      this.focusStep = false;
      this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
    }
    if (this.step === 3) this.ensureUser();
  }

  /** One organisation: it is the one asking. Several: the user chooses (see `checkAll`). */
  private preselectOrganisation() {
    const memberships = this.activeUser?.memberships ?? [];
    if (!this.draft.organisationId && memberships.length === 1) {
      this.draft = { ...this.draft, organisationId: String(memberships[0]!.organisation.id) };
      this.save();
    }
  }

  protected override afterSignIn(): void {
    const next = ['#organisationId', 'button[type=submit]', '.notice.info']
      .map((s) => this.renderRoot.querySelector<HTMLElement>(s))
      .find(Boolean);
    if (next?.matches('.notice')) next.tabIndex = -1;
    next?.focus();
  }

  /** Whether this form may take a request from someone without an account. */
  private get visitorsWelcome(): boolean {
    return Boolean(this.activeClient?.options?.publishableKey);
  }

  /** Asking as a visitor: the name and address that go with the request, and the honeypot. */
  private asVisitor(): AsVisitor | undefined {
    if (this.activeUser || !this.visitorsWelcome || this.mode !== 'visitor') return undefined;
    const website = this.renderRoot.querySelector<HTMLInputElement>('#website')?.value ?? '';
    return { lang: this.language, website };
  }

  /** Every field, and the choice of organisation for a member of several. */
  private checkAll(visitor?: AsVisitor): FieldErrors {
    const errors = validate(this.draft, this.r, undefined, visitor);
    const memberships = this.activeUser?.memberships ?? [];
    const chosen = memberships.some((m) => String(m.organisation.id) === this.draft.organisationId);
    if (memberships.length > 1 && !chosen) {
      errors.organisationId =
        this.t.errors.codes.organisation_required ?? this.r.fieldErrors.required;
    }
    return errors;
  }

  private onInput(event: Event) {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name as keyof Draft;
    if (!name || !(name in this.draft)) return;
    const value =
      target instanceof HTMLInputElement && target.type === 'checkbox'
        ? target.checked
        : target.value;
    this.draft = { ...this.draft, [name]: value };
    // Someone is filling the form in: the parser it checks with comes now, in the background.
    if (!canValidate()) void validationReady();
    // A corrected field loses its error as soon as it is valid.
    if (this.errors[name as Field]) {
      const again = validate(this.draft, this.r, [name as Field]);
      const { [name as Field]: _old, ...rest } = this.errors;
      this.errors = again[name as Field] ? { ...rest, [name]: again[name as Field] } : rest;
    }
    this.save();
  }

  private goTo(step: Step) {
    this.step = step;
    this.submitError = '';
    this.focusStep = true;
    if (step === 3) this.preselectOrganisation();
    this.save();
    emit(this, 'tehostamo-step-change', { step });
  }

  private async focusFirstError() {
    await this.updateComplete;
    const invalid = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }

  private async next(event: Event) {
    event.preventDefault();
    if (!canValidate()) await validationReady();
    const errors = validate(this.draft, this.r, STEP_FIELDS[this.step]);
    this.errors = errors;
    const count = Object.keys(errors).length;
    if (count) {
      this.announce(this.r.errorSummary(count));
      void this.focusFirstError();
      return;
    }
    this.goTo((this.step + 1) as Step);
  }

  private back() {
    this.errors = {};
    this.goTo((this.step - 1) as Step);
  }

  private discard() {
    this.store?.clear();
    this.attempt = null;
    this.draft = this.presets(emptyDraft());
    this.errors = {};
    this.restored = false;
    this.submitError = '';
    this.goTo(1);
  }

  private async publish(event: Event) {
    event.preventDefault();
    if (!canValidate()) await validationReady();
    const client = this.activeClient;
    if (!client || this.submitting) return;
    const visitor = this.asVisitor();
    const errors = this.checkAll(visitor);
    if (Object.keys(errors).length) {
      this.errors = errors;
      const first = ([1, 2, 3] as const).find((s) => STEP_FIELDS[s].some((f) => errors[f]))!;
      this.announce(this.r.errorSummary(Object.keys(errors).length));
      if (first !== 3) {
        this.goTo(first);
        this.focusStep = false;
      }
      void this.focusFirstError();
      return;
    }
    const body = toTaskCreate(this.draft, visitor);
    // The key is saved before the request leaves, so even a reload mid-request retries with it.
    this.attempt = attemptFor(this.attempt, JSON.stringify(body));
    this.save();
    this.submitting = true;
    this.submitError = '';
    try {
      const task = await client.tasks.create(body, { idempotencyKey: this.attempt.key });
      if (visitor && task.status === 'pending_verification') {
        // Not published yet: the visitor confirms with the emailed code. The draft stays.
        this.attempt = null;
        this.pending = {
          taskId: task.id,
          email: this.draft.visitorEmail.trim(),
          ...(task.verificationReference ? { reference: task.verificationReference } : {}),
        };
        this.save();
        this.announce(this.r.verifyIntro(this.pending.email));
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#verifyCode')?.focus();
        return;
      }
      this.store?.clear();
      this.attempt = null;
      this.created = task;
      this.restored = false;
      this.announce(
        task.status === 'pending_verification' ? this.r.publishedPending : this.r.published,
      );
      emit(this, 'tehostamo-task-created', { task });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result')?.focus();
    } catch (error) {
      const fieldErrors = fromServerIssues(serverFieldIssues(error), this.draft, this.t, this.r);
      const message = await this.failure('create-task', error);
      // The group exists but does not take tasks from this person: said at the group's code.
      if (isApiErrorWith(error, 'not_a_group_member')) fieldErrors.groupCode = message;
      this.submitError =
        // A refusal says what to fix; a failure also says that nothing typed was lost (the
        // offline message says so already).
        `${message} ${(isApiError(error) && error.status < 500) || isOffline() ? '' : this.r.failedKept}`.trim();
      if (Object.keys(fieldErrors).length) {
        this.errors = fieldErrors;
        const first = ([1, 2, 3] as const).find((s) => STEP_FIELDS[s].some((f) => fieldErrors[f]));
        if (first && first !== 3) {
          this.step = first;
          this.save();
        }
        void this.focusFirstError();
      } else {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#submit-error')?.focus();
      }
    } finally {
      this.submitting = false;
    }
  }

  private async verify(event: Event) {
    event.preventDefault();
    const client = this.activeClient;
    const pending = this.pending;
    if (!client || !pending || this.verifying) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#verifyCode');
    const code = (input?.value ?? '').replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) {
      this.codeError = this.r.fieldErrors.code;
      input?.focus();
      return;
    }
    this.codeError = '';
    this.submitError = '';
    this.verifying = true;
    try {
      const result = await client.tasks.verify(pending.taskId, {
        code,
        ...(pending.reference ? { reference: pending.reference } : {}),
      });
      this.store?.clear();
      this.pending = null;
      this.created = result.task;
      this.membership = result.membership;
      this.restored = false;
      this.announce(`${this.r.published} ${this.r.membership[result.membership]}`);
      emit(this, 'tehostamo-task-created', { task: result.task });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result')?.focus();
    } catch (error) {
      const message = await this.failure('verify-task', error);
      if (isApiErrorWith(error, 'invalid_code')) {
        this.codeError = message;
        await this.updateComplete;
        input?.focus();
      } else {
        this.submitError = message;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#submit-error')?.focus();
      }
    } finally {
      this.verifying = false;
    }
  }

  /** Back from the code to the request: a new publish sends a new request. */
  private abandonPending() {
    this.pending = null;
    this.errors = {};
    this.submitError = '';
    this.save();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#visitorEmail')?.focus(),
    );
  }

  private switchMode(mode: 'visitor' | 'sign-in') {
    this.mode = mode;
    this.errors = {};
    void this.updateComplete.then(() => {
      const target =
        mode === 'visitor'
          ? this.renderRoot.querySelector<HTMLElement>('#visitorName')
          : this.renderRoot
              .querySelector('tehostamo-sign-in')
              ?.shadowRoot?.querySelector<HTMLElement>('#email');
      target?.focus();
    });
  }

  private newRequest() {
    this.created = null;
    this.membership = null;
    this.draft = this.presets(emptyDraft());
    this.errors = {};
    this.goTo(1);
  }

  // ---------------------------------------------------------------------------------------
  // Rendering

  /** One field of the draft, with its error from `errors` (see `shared/field.ts`). */
  private field(
    name: Field,
    label: string,
    control: (c: FieldControl) => TemplateResult,
    options: { hint?: string; optional?: boolean } = {},
  ) {
    return field(
      {
        id: name,
        label,
        error: this.errors[name] ?? '',
        ...(options.hint ? { hint: options.hint } : {}),
        ...(options.optional ? { optional: this.t.common.optional } : {}),
      },
      control,
    );
  }

  private input(
    name: Field,
    attrs: {
      type?: string;
      inputmode?: string;
      autocomplete?: string;
      maxlength?: number;
    } = {},
  ) {
    return (c: FieldControl) =>
      html`<input
        id=${c.id}
        name=${name}
        part="input"
        type=${attrs.type ?? 'text'}
        inputmode=${attrs.inputmode ?? nothing}
        autocomplete=${attrs.autocomplete ?? 'off'}
        maxlength=${attrs.maxlength ?? nothing}
        .value=${String(this.draft[name])}
        aria-invalid=${c.invalid}
        aria-describedby=${c.describedBy}
      />`;
  }

  private renderStep1() {
    const t = this.r;
    const lang = this.language;
    return html`
      ${this.field(
        'category',
        t.category,
        (c) =>
          html`<select
            id="category"
            name="category"
            part="input"
            .value=${this.draft.category}
            aria-invalid=${c.invalid}
            aria-describedby=${c.describedBy}
          >
            <option value="">${t.chooseCategory}</option>
            ${CATEGORIES.map((c) => html`<option value=${c.slug} ?selected=${this.draft.category === c.slug}>${c[lang]}</option>`)}
          </select>`,
      )}
      ${this.field('title', t.title, this.input('title', { maxlength: 140 }), { hint: t.titleHint })}
      ${this.field(
        'details',
        t.details,
        (c) =>
          html`<textarea
            id="details"
            name="details"
            part="input"
            rows="6"
            maxlength="5000"
            .value=${this.draft.details}
            aria-invalid=${c.invalid}
            aria-describedby=${c.describedBy}
          ></textarea>`,
        { hint: t.detailsHint, optional: true },
      )}
      ${this.field(
        'accountingReference',
        t.accountingReference,
        this.input('accountingReference', { maxlength: 60 }),
        {
          hint: t.accountingReferenceHint,
          optional: true,
        },
      )}
    `;
  }

  private renderStep2() {
    const t = this.r;
    const exact = this.draft.scheduleMode === 'exact';
    return html`
      <fieldset>
        <legend>${t.schedule}</legend>
        <div class="radios">
          <label class="check"
            ><input
              type="radio"
              name="scheduleMode"
              value="text"
              .checked=${!exact}
            />${t.scheduleAsText}</label
          >
          <label class="check"
            ><input
              type="radio"
              name="scheduleMode"
              value="exact"
              .checked=${exact}
            />${t.scheduleExact}</label
          >
        </div>
      </fieldset>
      ${
        exact
          ? html`<div class="two">
              ${this.field('startsAt', t.startsAt, this.input('startsAt', { type: 'datetime-local' }))}
              ${this.field('endsAt', t.endsAt, this.input('endsAt', { type: 'datetime-local' }), { optional: true })}
            </div>`
          : this.field(
              'scheduleText',
              t.scheduleText,
              this.input('scheduleText', { maxlength: 200 }),
              {
                hint: t.scheduleTextHint,
              },
            )
      }
      <div class="two">
        ${this.field(
          'estimatedHours',
          t.hours,
          // Text, not type=number: a browser may drop the decimal comma of "1,5" (15 h).
          this.input('estimatedHours', { inputmode: 'decimal', maxlength: 12 }),
          { hint: t.hoursHint },
        )}
        ${this.field(
          'helpersWanted',
          t.helpersWanted,
          this.input('helpersWanted', { inputmode: 'numeric', maxlength: 4 }),
        )}
      </div>
      <label class="check">
        <input type="checkbox" name="remote" .checked=${this.draft.remote} />
        ${t.remote}
      </label>
      ${this.field(
        'postalCode',
        t.postalCode,
        this.input('postalCode', {
          inputmode: 'numeric',
          autocomplete: 'postal-code',
          maxlength: 5,
        }),
        { hint: t.postalCodeHint, optional: this.draft.remote },
      )}
      ${this.field('groupCode', t.groupCode, this.input('groupCode', { maxlength: 12 }), {
        hint: t.groupCodeHint,
        optional: true,
      })}
    `;
  }

  private reviewSchedule(): string {
    const d = this.draft;
    const lang = this.language;
    if (d.scheduleMode === 'text') return d.scheduleText.trim();
    const start = d.startsAt ? formatDateTime(new Date(d.startsAt).toISOString(), lang) : '';
    const end = d.endsAt ? formatDateTime(new Date(d.endsAt).toISOString(), lang) : '';
    return end ? `${start} – ${end}` : start;
  }

  private renderReview() {
    const t = this.t;
    const r = this.r;
    const d = this.draft;
    const lang = this.language;
    const value = (v: string) => (v.trim() ? v : html`<span class="muted">${r.notGiven}</span>`);
    const hours = parseDecimal(d.estimatedHours);
    // Each section of the review: its step's title and a button back to that step.
    const head = (step: Step) =>
      html`<div class="review-head">
        <h4 id="review-${step}">${r.steps[step - 1]}</h4>
        <button
          class="link"
          part="button"
          type="button"
          aria-label="${t.common.edit}: ${r.steps[step - 1]}"
          @click=${() => this.goTo(step)}
        >
          ${t.common.edit}
        </button>
      </div>`;
    const row = (label: string, content: unknown) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${content}</dd>
      </div>`;
    return html`<div class="review" part="review">
      <section aria-labelledby="review-1">
        ${head(1)}
        <dl>
          ${row(r.category, categoryName(d.category, lang))} ${row(r.title, d.title.trim())}
          ${row(r.details, value(d.details))}
          ${row(r.accountingReference, value(d.accountingReference))}
        </dl>
      </section>
      <section aria-labelledby="review-2">
        ${head(2)}
        <dl>
          ${row(r.schedule, this.reviewSchedule())}
          ${row(r.hours, hours !== null ? t.common.hours(formatNumber(hours, lang)) : d.estimatedHours)}
          ${row(r.helpersWanted, d.helpersWanted)}
          ${row(t.task.location, d.remote ? (d.postalCode ? `${t.task.remoteOrOnSite} · ${d.postalCode}` : t.task.remote) : `${t.task.onSite} · ${d.postalCode}`)}
          ${row(r.groupCode, value(d.groupCode))}
        </dl>
      </section>
    </div>`;
  }

  private renderPublish() {
    const t = this.t;
    const r = this.r;
    const user = this.activeUser;
    if (user === undefined) {
      return html`<p class="muted" aria-busy="true">${t.common.loading}</p>`;
    }
    if (!user && this.pending) return this.renderVerify(this.pending);
    if (!user && this.visitorsWelcome && this.mode === 'visitor') return this.renderVisitor();
    if (!user) {
      return html`<tehostamo-sign-in
          view="requester"
          .client=${this.activeClient}
          .intro=${r.signInToPublish}
          @tehostamo-sign-in=${this.onSignedIn}
        ></tehostamo-sign-in>
        ${
          this.visitorsWelcome
            ? html`<button
                class="link"
                part="button"
                type="button"
                @click=${() => this.switchMode('visitor')}
              >
                ${r.noAccount}
              </button>`
            : nothing
        }`;
    }
    const memberships = user.memberships;
    const session = html`<p class="muted">
      ${t.signIn.signedInAs(user.name)}
      <button class="link" part="button" type="button" @click=${() => this.signOut()}>
        ${t.signIn.signOut}
      </button>
    </p>`;
    // Through a publishable key, someone outside the organisation may ask too: the request
    // comes with a request to join it.
    if (memberships.length === 0 && !this.visitorsWelcome) {
      return html`${session}
        <p class="notice info">${r.noOrganisation}</p>`;
    }
    if (memberships.length === 0) return session;
    return html`${session}
    ${
      memberships.length > 1
        ? this.field(
            'organisationId',
            r.organisation,
            (c) =>
              html`<select
                id="organisationId"
                name="organisationId"
                part="input"
                .value=${this.draft.organisationId}
                aria-invalid=${c.invalid}
                aria-describedby=${c.describedBy}
              >
                <option value=""></option>
                ${memberships.map(
                  (m) =>
                    html`<option
                      value=${String(m.organisation.id)}
                      ?selected=${this.draft.organisationId === String(m.organisation.id)}
                    >
                      ${m.organisation.name}
                    </option>`,
                )}
              </select>`,
          )
        : html`<p>
            <span class="label">${r.organisation}:</span> ${memberships[0]!.organisation.name}
          </p>`
    }`;
  }

  /** Someone without an account asks through the page's publishable key. */
  private renderVisitor() {
    const r = this.r;
    return html`<section aria-labelledby="visitor-heading">
      <h4 id="visitor-heading">${r.visitorHeading}</h4>
      <p class="hint">${r.visitorIntro}</p>
      <div class="two">
        ${this.field('visitorName', r.visitorName, this.input('visitorName', { autocomplete: 'name', maxlength: 120 }))}
        ${this.field(
          'visitorEmail',
          r.visitorEmail,
          this.input('visitorEmail', { type: 'email', autocomplete: 'email', maxlength: 254 }),
        )}
      </div>
      <div class="hp" aria-hidden="true">
        <label for="website">${r.honeypot}</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      <button class="link" part="button" type="button" @click=${() => this.switchMode('sign-in')}>
        ${r.haveAccount}
      </button>
    </section>`;
  }

  /** The visitor's request waits for the code sent to their address. */
  private renderVerify(pending: PendingRequest) {
    const r = this.r;
    return html`<section aria-labelledby="verify-heading">
      <h4 id="verify-heading">${r.verifyHeading}</h4>
      <p>${r.verifyIntro(pending.email)}</p>
      ${field(
        { id: 'verifyCode', label: r.verifyCode, error: this.codeError },
        (c) =>
          html`<input
            id=${c.id}
            part="input"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="6"
            aria-invalid=${c.invalid}
            aria-describedby=${c.describedBy}
          />`,
      )}
      <button class="link" part="button" type="button" @click=${this.abandonPending}>
        ${this.t.signIn.otherEmail}
      </button>
    </section>`;
  }

  private renderDone(task: Task) {
    const r = this.r;
    return html`<div class="done" part="result">
      <div id="result" class="notice success" tabindex="-1">
        <p><strong>${task.title}</strong></p>
        <p>${task.status === 'pending_verification' ? r.publishedPending : r.published}</p>
        ${
          this.membership && this.membership !== 'not_member'
            ? html`<p>${r.membership[this.membership]}</p>`
            : nothing
        }
      </div>
      <button part="button" type="button" @click=${this.newRequest}>${r.newRequest}</button>
    </div>`;
  }

  protected override render() {
    const t = this.t;
    const r = this.r;
    const step = this.step;
    const user = this.activeUser;
    const asVisitor = user === null && this.visitorsWelcome && this.mode === 'visitor';
    const canPublish =
      step === 3 &&
      !this.pending &&
      (asVisitor ||
        (Boolean(user) && ((user?.memberships.length ?? 0) > 0 || this.visitorsWelcome)));
    const verifying = step === 3 && user === null && Boolean(this.pending);
    return html`<div class=${this.baseClasses('requester')} part="base" lang=${this.language}>
      ${
        this.hideHeading
          ? nothing
          : html`<h2 part="heading"><slot name="heading">${r.heading}</slot></h2>`
      }
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
      ${
        this.created
          ? this.renderDone(this.created)
          : html`
              <ol class="steps" part="steps">
                ${r.steps.map(
                  (name, i) =>
                    html`<li
                      class=${i + 1 < step ? 'done' : ''}
                      aria-current=${i + 1 === step ? 'step' : nothing}
                    >
                      <span class="step-name">${name}</span>
                    </li>`,
                )}
              </ol>
              ${
                this.restored
                  ? html`<div class="notice info">
                      <p>${r.draftRestored}</p>
                      <button class="link" part="button" type="button" @click=${this.discard}>
                        ${r.discardDraft}
                      </button>
                    </div>`
                  : nothing
              }
              <form
                part="form"
                novalidate
                aria-labelledby="step-heading"
                @input=${this.onInput}
                @change=${this.onInput}
                @submit=${verifying ? this.verify : step === 3 ? this.publish : this.next}
              >
                <h3 id="step-heading" class="step-heading" tabindex="-1">
                  <span class="step-of">${r.stepOf(step, 3)}</span>
                  ${r.steps[step - 1]}
                </h3>
                ${step === 1 ? this.renderStep1() : nothing}
                ${step === 2 ? this.renderStep2() : nothing}
                ${
                  step === 3
                    ? html`<p>${r.reviewIntro}</p>
                        ${this.renderReview()}${this.renderPublish()}`
                    : nothing
                }
                ${
                  this.submitError
                    ? html`<div id="submit-error" class="notice error" role="alert" tabindex="-1">
                        ${this.submitError}
                      </div>`
                    : nothing
                }
                <div class="nav" part="nav">
                  ${
                    step > 1
                      ? html`<button part="button" type="button" @click=${this.back}>
                          ${t.common.back}
                        </button>`
                      : nothing
                  }
                  ${
                    step < 3
                      ? html`<button class="primary forward" part="button" type="submit">
                          ${t.common.next}
                        </button>`
                      : canPublish
                        ? html`<button
                            class="primary forward"
                            part="button"
                            type="submit"
                            ?disabled=${this.submitting}
                          >
                            ${this.submitting ? r.publishing : r.publish}
                          </button>`
                        : verifying
                          ? html`<button
                              class="primary forward"
                              part="button"
                              type="submit"
                              ?disabled=${this.verifying}
                            >
                              ${this.verifying ? r.verifying : r.verify}
                            </button>`
                          : nothing
                  }
                </div>
              </form>
            `
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-request-form': TehostamoRequestForm;
  }
}

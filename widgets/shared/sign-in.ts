import { css, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { TehostamoClient } from '../context.ts';
import { emit } from '../events.ts';
import { controls } from '../styles/controls.ts';
import { field } from './field.ts';
import { theme } from '../styles/theme.ts';
import { contract } from './contract.ts';
import { TehostamoElement } from './tehostamo-element.ts';

let nextId = 0;

/**
 * Signs a person in inline with a code sent to their email: no password, no leaving the page.
 * Used inside the apply and request flows, and usable on its own.
 *
 * @summary Inline sign-in with an emailed one-time code.
 *
 * @event tehostamo-sign-in - Signed in: `detail.user` and `detail.client` (a client with the token).
 * @event tehostamo-error - A request failed: `detail.code`.
 *
 * @csspart base - The wrapper.
 * @csspart form - Each of the two forms (email, then code).
 * @csspart input - The email and code inputs.
 * @csspart button - The buttons.
 */
@customElement('tehostamo-sign-in')
export class TehostamoSignIn extends TehostamoElement {
  static override styles = [
    theme,
    controls,
    css`
      .base {
        padding: 0;
        background: transparent;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: end;
      }
      .row .field {
        flex: 1 1 14rem;
        margin: 0;
      }
    `,
  ];

  /** Text above the form, e.g. why signing in is needed. */
  @property() intro = '';

  /** `helper` (dark blue) or `requester` (pink): whose view this is part of. */
  @property() view: 'helper' | 'requester' = 'helper';

  /** A client to sign in with instead of the one from context. */
  @property({ attribute: false }) client: TehostamoClient | undefined;

  @state() private step: 'email' | 'code' = 'email';
  @state() private busy = false;
  @state() private email = '';
  @state() private error = '';
  @state() private fieldError = '';

  @query('#code') private codeInput!: HTMLInputElement;
  @query('#email') private emailInput!: HTMLInputElement;

  private readonly uid = `tsi${nextId++}`;

  // The client property shadows the context getter of the base class.
  protected override get activeClient(): TehostamoClient | undefined {
    return this.client ?? this.contextClient;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('step') && changed.get('step') !== undefined) {
      (this.step === 'code' ? this.codeInput : this.emailInput)?.focus();
    }
  }

  private async sendCode(event: Event) {
    event.preventDefault();
    const input = (this.emailInput?.value ?? '').trim();
    const { Email } = await contract();
    const parsed = Email.safeParse(input);
    if (!parsed.success) {
      this.fieldError = this.t.signIn.invalidEmail;
      this.emailInput?.focus();
      return;
    }
    const client = this.activeClient;
    if (!client) return;
    this.fieldError = '';
    this.error = '';
    this.busy = true;
    try {
      await client.auth.requestCode(parsed.data, { lang: this.language });
      this.email = parsed.data;
      this.step = 'code';
      this.announce(this.t.signIn.codeSent(parsed.data));
    } catch (error) {
      this.error = await this.failure('request-code', error);
    } finally {
      this.busy = false;
    }
  }

  private async submitCode(event: Event) {
    event.preventDefault();
    const code = (this.codeInput?.value ?? '').replace(/\s+/g, '');
    const { TokenRequest } = await contract();
    if (!TokenRequest.shape.code.safeParse(code).success) {
      this.fieldError = this.t.signIn.invalidCode;
      this.codeInput?.focus();
      return;
    }
    const client = this.activeClient;
    if (!client) return;
    this.fieldError = '';
    this.error = '';
    this.busy = true;
    try {
      const signedIn = await client.auth.signIn(this.email, code);
      const user = await signedIn.me.get();
      emit(this, 'tehostamo-sign-in', { user, client: signedIn });
    } catch (error) {
      this.error = await this.failure('sign-in', error);
      this.codeInput?.focus();
    } finally {
      this.busy = false;
    }
  }

  private otherEmail() {
    this.step = 'email';
    this.error = '';
    this.fieldError = '';
  }

  protected override render() {
    const t = this.t.signIn;
    const id = this.uid;
    return html`<div class=${this.baseClasses(this.view)} part="base">
      <p class="label" id="${id}-h">${t.heading}</p>
      ${this.intro ? html`<p>${this.intro}</p>` : null}
      ${this.error ? html`<div class="notice error" role="alert">${this.error}</div>` : null}
      ${
        this.step === 'email'
          ? html`<form part="form" @submit=${this.sendCode} novalidate aria-labelledby="${id}-h">
              <p class="hint">${t.intro}</p>
              <div class="row">
                ${field(
                  { id: 'email', label: t.email, error: this.fieldError },
                  (c) =>
                    html`<input
                      id=${c.id}
                      part="input"
                      type="email"
                      name="email"
                      autocomplete="email"
                      required
                      .value=${this.email}
                      aria-invalid=${c.invalid}
                      aria-describedby=${c.describedBy}
                    />`,
                )}
                <button part="button" class="primary" type="submit" ?disabled=${this.busy}>
                  ${this.busy ? t.sendingCode : t.sendCode}
                </button>
              </div>
            </form>`
          : html`<form part="form" @submit=${this.submitCode} novalidate aria-labelledby="${id}-h">
              <p>${t.codeSent(this.email)}</p>
              <div class="row">
                ${field(
                  { id: 'code', label: t.code, hint: t.codeHint, error: this.fieldError },
                  (c) =>
                    html`<input
                      id=${c.id}
                      part="input"
                      name="code"
                      inputmode="numeric"
                      autocomplete="one-time-code"
                      maxlength="6"
                      required
                      aria-invalid=${c.invalid}
                      aria-describedby=${c.describedBy}
                    />`,
                )}
                <button part="button" class="primary" type="submit" ?disabled=${this.busy}>
                  ${this.busy ? t.signingIn : t.submit}
                </button>
              </div>
              <button part="button" class="link" type="button" @click=${this.otherEmail}>
                ${t.otherEmail}
              </button>
            </form>`
      }
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-sign-in': TehostamoSignIn;
  }
}

import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiErrorWith } from '../../sdk/errors.ts';
import { exportToHtml } from '../../sdk/export-page.ts';
import type { OrganisationPrivacyMethods } from '../context.ts';
import { emit } from '../events.ts';
import { field } from '../shared/field.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { myDataStyles } from './my-data.styles.ts';
import { myDataStrings, type MyDataStrings } from './strings.ts';

type Step = 'start' | 'code' | 'erased';

/** Saves `content` as a file through a temporary link: the browser's own download. */
function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The signed-in person's own data: download everything stored about them (one JSON file, or the
 * same as a readable HTML page), and erase their account after confirming with a code sent to
 * their email. The only admin of an organisation is told to hand it over or close it first.
 *
 * With `organisation-id`, the same for an organisation, for its admins: download everything
 * stored about the organisation, or close it with a code sent to the admin's email.
 *
 * @summary Download your data, or erase your account.
 *
 * @event tehostamo-data-exported - The export was downloaded: `detail.format` (`json` or `html`).
 * @event tehostamo-account-erased - The account was erased; `tehostamo-sign-out` follows.
 * @event tehostamo-sign-out - After the erasure: the token no longer works and is forgotten.
 * @event tehostamo-organisation-changed - With `organisation-id`: the organisation was closed (`detail.what` is `closed`).
 * @event tehostamo-error - A call failed: `detail.action` (`export`, `erasure-code`, `erase`), `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart export - The download section.
 * @csspart erase - The erasure section.
 * @csspart button - Buttons.
 * @csspart field - The code field.
 * @csspart error - Error messages.
 *
 * @cssproperty --tehostamo-accent - Accent colour.
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 */
@customElement('tehostamo-my-data')
export class TehostamoMyData extends TehostamoElement {
  static override styles = [theme, controls, myDataStyles];

  /** An organisation's data instead of the person's (its admins): export it, or close it. */
  @property({ attribute: 'organisation-id', type: Number }) organisationId?: number;
  /** The organisation's name, for the heading. */
  @property({ attribute: 'organisation-name' }) organisationName = '';

  @state() private busy: 'json' | 'html' | 'code' | 'erase' | null = null;
  @state() private step: Step = 'start';
  @state() private code = '';
  @state() private codeError = '';
  @state() private exportError = '';
  @state() private eraseError = '';
  @state() private minutes = 10;
  @state() private soleAdminOf: { id: number; name: string }[] = [];

  private get s(): MyDataStrings {
    return myDataStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, myDataStrings];
  }

  /** The organisation methods, when the client has them (a page's own client may not). */
  private get organisationMethods(): OrganisationPrivacyMethods {
    const methods = this.activeClient?.organisations as Partial<OrganisationPrivacyMethods>;
    if (!methods?.export || !methods.requestClosureCode || !methods.close) {
      throw new Error(this.s.notSupported);
    }
    return methods as OrganisationPrivacyMethods;
  }

  private async exportAs(format: 'json' | 'html') {
    const client = this.activeClient;
    if (!client || this.busy) return;
    this.busy = format;
    this.exportError = '';
    this.announce(this.s.preparing);
    try {
      const id = this.organisationId;
      const data: { exportedAt: string } = id
        ? await this.organisationMethods.export(id)
        : await client.me.export();
      const date = data.exportedAt.slice(0, 10);
      const name = id ? `tehostamo-organisation-${id}-${date}` : `tehostamo-${date}`;
      if (format === 'json') {
        download(`${name}.json`, 'application/json', JSON.stringify(data, null, 2));
      } else {
        const title = id ? this.s.orgHeading(this.organisationName) : this.s.heading;
        const page = exportToHtml(title, data as unknown as Record<string, unknown>);
        download(`${name}.html`, 'text/html', page);
      }
      this.announce(this.s.downloaded);
      emit(this, 'tehostamo-data-exported', { format });
    } catch (error) {
      this.exportError = await this.failure('export', error);
    } finally {
      this.busy = null;
    }
  }

  private async sendCode() {
    const client = this.activeClient;
    if (!client || this.busy) return;
    this.busy = 'code';
    this.eraseError = '';
    this.soleAdminOf = [];
    try {
      const id = this.organisationId;
      const sent = id
        ? await this.organisationMethods.requestClosureCode(id)
        : await client.me.requestErasureCode();
      this.minutes = Math.round(sent.expiresInSeconds / 60);
      this.step = 'code';
      this.announce(this.s.codeSent(this.minutes));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#erasure-code')?.focus();
    } catch (error) {
      if (isApiErrorWith(error, 'last_admin')) {
        const details = error.details as { organisations?: { id: number; name: string }[] };
        this.soleAdminOf = details?.organisations ?? [];
        this.eraseError = this.s.lastAdmin;
      } else {
        this.eraseError = await this.failure('erasure-code', error);
      }
    } finally {
      this.busy = null;
    }
  }

  private async erase(event: Event) {
    event.preventDefault();
    const client = this.activeClient;
    if (!client || this.busy) return;
    const code = this.code.trim();
    if (!/^\d{6}$/.test(code)) {
      this.codeError = this.s.codeFormat;
      return;
    }
    this.busy = 'erase';
    this.codeError = '';
    this.eraseError = '';
    try {
      const id = this.organisationId;
      if (id) {
        await this.organisationMethods.close(id, { code });
        this.step = 'erased';
        this.announce(this.s.closed);
        emit(this, 'tehostamo-organisation-changed', { organisationId: id, what: 'closed' });
        return;
      }
      await client.me.erase({ code });
      this.step = 'erased';
      this.announce(this.s.erased);
      emit(this, 'tehostamo-account-erased', {});
      // The token was deleted with the account: forgotten here, nothing to revoke.
      emit(this, 'tehostamo-sign-out', {});
    } catch (error) {
      if (isApiErrorWith(error, 'invalid_code')) {
        const left = (error.details as { attemptsLeft?: number } | undefined)?.attemptsLeft;
        this.codeError = left === undefined ? this.s.codeFormat : this.s.wrongCode(left);
      } else if (isApiErrorWith(error, 'last_admin')) {
        const details = error.details as { organisations?: { id: number; name: string }[] };
        this.soleAdminOf = details?.organisations ?? [];
        this.eraseError = this.s.lastAdmin;
      } else {
        this.eraseError = await this.failure('erase', error);
      }
    } finally {
      this.busy = null;
    }
  }

  private renderErase() {
    const s = this.s;
    if (this.step === 'erased') {
      return html`<p class="notice success" role="status">
        ${this.organisationId ? s.closed : s.erased}
      </p>`;
    }
    const error = this.eraseError
      ? html`<div class="notice error" part="error" role="alert">
          <p>${this.eraseError}</p>
          ${
            this.soleAdminOf.length
              ? html`<ul>
                    ${this.soleAdminOf.map((o) => html`<li>${o.name}</li>`)}
                  </ul>
                  <p><a href="/settings/organisation">${s.organisationSettings}</a></p>`
              : nothing
          }
        </div>`
      : nothing;
    if (this.step === 'start') {
      return html`${error}
        <div class="actions">
          <button
            type="button"
            part="button"
            ?disabled=${this.busy !== null}
            aria-busy=${this.busy === 'code' ? 'true' : 'false'}
            @click=${this.sendCode}
          >
            ${s.sendCode}
          </button>
        </div>`;
    }
    return html`<p class="notice info">${s.codeSent(this.minutes)}</p>
      ${error}
      <form @submit=${this.erase} novalidate>
        ${field(
          { id: 'erasure-code', label: s.codeLabel, hint: s.codeHint, error: this.codeError },
          (c) =>
            html`<input
              id=${c.id}
              name="code"
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength="6"
              .value=${this.code}
              aria-describedby=${c.describedBy}
              aria-invalid=${c.invalid}
              @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)}
            />`,
        )}
        <div class="actions">
          <button
            type="submit"
            class="danger"
            part="button"
            ?disabled=${this.busy !== null}
            aria-busy=${this.busy === 'erase' ? 'true' : 'false'}
          >
            ${
              this.busy === 'erase'
                ? this.organisationId
                  ? s.closing
                  : s.erasing
                : this.organisationId
                  ? s.closeButton
                  : s.erase
            }
          </button>
        </div>
      </form>`;
  }

  protected override render() {
    const s = this.s;
    const org = Boolean(this.organisationId);
    const button = (format: 'json' | 'html', label: string) =>
      html`<button
        type="button"
        part="button"
        ?disabled=${this.busy !== null || this.step === 'erased'}
        aria-busy=${this.busy === format ? 'true' : 'false'}
        @click=${() => this.exportAs(format)}
      >
        ${label}
      </button>`;
    return html`<div class=${this.baseClasses('helper')} part="base">
      <section part="export" aria-labelledby="export-heading">
        <h2 id="export-heading">${org ? s.orgHeading(this.organisationName) : s.heading}</h2>
        <p>${org ? s.orgExportLead : s.exportLead}</p>
        ${
          this.exportError
            ? html`<p class="notice error" part="error" role="alert">${this.exportError}</p>`
            : nothing
        }
        <div class="actions">
          ${button('json', s.downloadJson)} ${button('html', s.downloadHtml)}
        </div>
      </section>
      <section part="erase" aria-labelledby="erase-heading">
        <h2 id="erase-heading">${org ? s.closeHeading : s.eraseHeading}</h2>
        <p>${org ? s.closeLead : s.eraseLead}</p>
        ${org ? nothing : html`<p>${s.eraseKeeps}</p>`} ${this.renderErase()}
      </section>
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-my-data': TehostamoMyData;
  }
}

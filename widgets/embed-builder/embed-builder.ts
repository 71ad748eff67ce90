import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { CATEGORIES } from '../../sdk/schemas/category-list.ts';
import type { ApiKey } from '../../sdk/schemas/organisations.ts';
import { categoryName, type Lang } from '../i18n/index.ts';
import '../provider/provider.ts';
import '../task-list/task-list.ts';
import '../shared/dialog.ts';
import type { TehostamoDialog } from '../shared/dialog.ts';
import { field } from '../shared/field.ts';
import { initialState } from '../shared/load.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { embedStyles } from './embed-builder.styles.ts';
import { embedStrings, type EmbedStrings } from './strings.ts';

type WidgetName = 'task-list' | 'request-form';
/** A change to a key that cannot be undone, waiting for the admin's yes in the dialog. */
interface Confirm {
  kind: 'rotate' | 'revoke';
  key: ApiKey;
}
type Theme = 'auto' | 'light' | 'dark';

interface Options {
  keyId: number;
  widget: WidgetName;
  lang: Lang;
  category: string;
  remote: boolean;
  hideFilters: boolean;
  theme: Theme;
}

/** `scheme://host[:port]` and nothing after it, as the contract's rule for allowed origins. */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** The code a site pastes: the bundle, a provider with the key, and the chosen widget. */
export function snippetFor(baseUrl: string, key: string, o: Omit<Options, 'keyId'>): string {
  const attrs = [
    o.category ? ` category="${o.category}"` : '',
    o.widget === 'task-list' && o.remote ? ' remote' : '',
    o.widget === 'task-list' && o.hideFilters ? ' hide-filters' : '',
  ].join('');
  const themeAttr = o.theme === 'auto' ? '' : ` theme="${o.theme}"`;
  return `<script type="module" src="${baseUrl}/widgets/tehostamo.js"></script>
<tehostamo-provider base-url="${baseUrl}" publishable-key="${key}" lang="${o.lang}"${themeAttr}>
  <tehostamo-${o.widget}${attrs}></tehostamo-${o.widget}>
</tehostamo-provider>`;
}

/**
 * Embedding without a developer (`/embed` in the app), for an organisation's admins: publishable
 * keys and the sites allowed to use them (added and removed here), rotating and revoking keys,
 * secret keys shown once and then only by their first characters; and a builder that picks a
 * key, a widget and its attributes (language, category, remote only, hidden filters, theme),
 * shows a live preview of the tasks the key gives, and the code to copy. A key's secret is shown
 * only when it is made or rotated, so the finished code is offered then.
 *
 * @summary An organisation's keys and the code to put Tehostamo on its own site.
 *
 * @event tehostamo-error - A call failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart key - One key in the list.
 * @csspart create - The form that makes a key.
 * @csspart builder - The widget, attribute and code builder.
 * @csspart snippet - The code to copy.
 * @csspart preview - The live preview.
 * @csspart button - Buttons.
 * @csspart dialog - The dialog that asks before a key is rotated or revoked.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: pink, the requester view).
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-danger - Errors.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 */
@customElement('tehostamo-embed-builder')
export class TehostamoEmbedBuilder extends TehostamoElement {
  static override styles = [theme, controls, embedStyles];

  @state() private orgId = 0;
  @state() private busy: string | null = null;
  @state() private notice = '';
  @state() private error = '';
  /** Keys made or rotated here: their secrets, shown this once (kept while the page is open). */
  @state() private secrets = new Map<number, string>();
  @state() private originDrafts = new Map<number, string>();
  @state() private originErrors = new Map<number, string>();
  @state() private createKind: ApiKey['kind'] = 'publishable';
  @state() private createName = '';
  @state() private createOrigin = '';
  @state() private createErrors: { name?: string; origin?: string } = {};
  @state() private options: Options = {
    keyId: 0,
    widget: 'task-list',
    lang: 'fi',
    category: '',
    remote: false,
    hideFilters: false,
    theme: 'auto',
  };
  @state() private copyStatus = '';
  @state() private confirm: Confirm | null = null;
  @query('tehostamo-dialog') private dialog!: TehostamoDialog;

  private get s(): EmbedStrings {
    return embedStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, embedStrings];
  }

  private get adminOrgs() {
    return (this.activeUser?.memberships ?? []).filter((m) => m.role === 'admin');
  }

  private keys = this.loader({
    action: 'list-api-keys',
    args: () => [this.activeClient, this.orgId] as const,
    run: ([client, orgId], signal) =>
      client && orgId
        ? client.organisations.apiKeys.list(orgId, { signal }).then((r) => r.data)
        : Promise.resolve(initialState),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensureUser();
  }

  protected override willUpdate(): void {
    this.ensureUser();
    const admin = this.adminOrgs;
    if (!admin.some((m) => m.organisation.id === this.orgId) && admin[0]) {
      this.orgId = admin[0].organisation.id;
      this.options = { ...this.options, lang: this.language };
    }
  }

  private async act(name: string, run: () => Promise<string>) {
    if (this.busy) return;
    this.busy = name;
    this.error = '';
    this.notice = '';
    try {
      this.notice = await run();
      this.announce(this.notice);
      await this.keys.run();
    } catch (error) {
      this.error = await this.failure(name, error);
    } finally {
      this.busy = null;
    }
  }

  private async create(event: Event) {
    event.preventDefault();
    const s = this.s;
    const name = this.createName.trim();
    const origin = this.createOrigin.trim().replace(/\/$/, '');
    const errors: typeof this.createErrors = {};
    if (!name) errors.name = s.nameRequired;
    if (this.createKind === 'publishable' && origin && !isOrigin(origin)) {
      errors.origin = s.badOrigin;
    }
    this.createErrors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    const client = this.activeClient;
    if (!client) return;
    await this.act('create-api-key', async () => {
      const created = await client.organisations.apiKeys.create(this.orgId, {
        kind: this.createKind,
        name,
        ...(this.createKind === 'publishable' && origin ? { allowedOrigins: [origin] } : {}),
      });
      this.secrets = new Map(this.secrets).set(created.id, created.key);
      if (created.kind === 'publishable') this.options = { ...this.options, keyId: created.id };
      this.createName = '';
      this.createOrigin = '';
      return `${s.newKeyHeading}: ${created.name}`;
    });
  }

  private async setOrigins(key: ApiKey, origins: string[]) {
    const client = this.activeClient;
    if (!client) return;
    await this.act('update-api-key', async () => {
      await client.organisations.apiKeys.update(this.orgId, key.id, { allowedOrigins: origins });
      this.originDrafts = new Map(this.originDrafts).set(key.id, '');
      return this.s.saved;
    });
  }

  private async addOrigin(event: Event, key: ApiKey) {
    event.preventDefault();
    const origin = (this.originDrafts.get(key.id) ?? '').trim().replace(/\/$/, '');
    const errors = new Map(this.originErrors);
    if (!isOrigin(origin)) {
      errors.set(key.id, this.s.badOrigin);
      this.originErrors = errors;
      return;
    }
    errors.delete(key.id);
    this.originErrors = errors;
    await this.setOrigins(key, [...new Set([...key.allowedOrigins, origin])]);
  }

  private async ask(confirm: Confirm) {
    this.confirm = confirm;
    await this.updateComplete;
    this.dialog.show();
  }

  /** The admin said yes: the dialog closes and the key's row says what happened. */
  private async confirmed() {
    const client = this.activeClient;
    const c = this.confirm;
    if (!client || !c) return;
    this.dialog.close('done');
    if (c.kind === 'rotate') {
      await this.act('rotate-api-key', async () => {
        const rotated = await client.organisations.apiKeys.rotate(this.orgId, c.key.id);
        this.secrets = new Map(this.secrets).set(rotated.id, rotated.key);
        return `${this.s.newKeyHeading}: ${rotated.name}`;
      });
    } else {
      await this.act('revoke-api-key', async () => {
        await client.organisations.apiKeys.revoke(this.orgId, c.key.id);
        const secrets = new Map(this.secrets);
        secrets.delete(c.key.id);
        this.secrets = secrets;
        return this.s.saved;
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#keys-heading')?.focus();
    }
  }

  private onDialogClose = (event: HTMLElementEventMap['tehostamo-dialog-close']) => {
    const c = this.confirm;
    this.confirm = null;
    // A revoked key loses its buttons, the one that opened the dialog among them: the list's
    // heading takes the focus once the key is revoked (confirmed() places it).
    if (event.detail.returnValue === 'done' && c?.kind === 'revoke') event.preventDefault();
  };

  private renderDialog() {
    const s = this.s;
    const c = this.confirm;
    const label = !c
      ? ''
      : c.kind === 'rotate'
        ? s.confirmRotate(c.key.name)
        : s.confirmRevoke(c.key.name);
    const text = !c ? '' : c.kind === 'rotate' ? s.confirmRotateText : s.confirmRevokeText;
    return html`<tehostamo-dialog
      exportparts="dialog"
      label=${label}
      @tehostamo-dialog-close=${this.onDialogClose}
    >
      ${text ? html`<p>${text}</p>` : nothing}
      <button class="primary" part="button" type="button" slot="footer" @click=${this.confirmed}>
        ${c?.kind === 'rotate' ? s.rotate : s.revoke}
      </button>
      <button type="button" part="button" slot="footer" @click=${() => this.dialog.close()}>
        ${s.keep}
      </button>
    </tehostamo-dialog>`;
  }

  private async copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = this.s.copied;
    } catch {
      this.copyStatus = this.s.copyFailed;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet');
      area?.focus();
      area?.select();
    }
    this.announce(this.copyStatus);
  }

  private date(iso: string) {
    return new Date(iso).toLocaleDateString(this.language);
  }

  private renderKey(key: ApiKey) {
    const s = this.s;
    const secret = this.secrets.get(key.id);
    const live = !key.revokedAt;
    return html`<li part="key" class="key ${live ? '' : 'revoked'}">
      <h4>${key.name} <code>${key.prefix}…</code></h4>
      <p class="muted">
        ${key.kind === 'publishable' ? s.publishable : s.secret} ·
        ${
          key.revokedAt
            ? s.revokedOn(this.date(key.revokedAt))
            : key.lastUsedAt
              ? s.lastUsed(this.date(key.lastUsedAt))
              : s.neverUsed
        }
      </p>
      ${
        secret
          ? html`<div class="once" role="note">
              <p>${key.kind === 'secret' ? s.newSecretOnce : s.newKeyOnce}</p>
              <code class="secret">${secret}</code>
            </div>`
          : nothing
      }
      ${
        key.kind === 'publishable' && live
          ? html`<h5>${s.origins}</h5>
              ${
                key.allowedOrigins.length
                  ? html`<ul class="origins">
                      ${key.allowedOrigins.map(
                        (o) =>
                          html`<li>
                            <code>${o}</code>
                            <button
                              type="button"
                              part="button"
                              class="link"
                              aria-label=${s.removeOrigin(o)}
                              ?disabled=${Boolean(this.busy)}
                              @click=${() =>
                                this.setOrigins(
                                  key,
                                  key.allowedOrigins.filter((x) => x !== o),
                                )}
                            >
                              ×
                            </button>
                          </li>`,
                      )}
                    </ul>`
                  : html`<p class="muted">${s.noOrigins}</p>`
              }
              <form class="row" @submit=${(e: Event) => this.addOrigin(e, key)}>
                ${field(
                  {
                    id: `origin-${key.id}`,
                    label: s.addOrigin,
                    hint: s.addOriginHint,
                    error: this.originErrors.get(key.id) ?? '',
                  },
                  (c) =>
                    html`<input
                      id=${c.id}
                      type="url"
                      inputmode="url"
                      .value=${this.originDrafts.get(key.id) ?? ''}
                      @input=${(e: Event) =>
                        (this.originDrafts = new Map(this.originDrafts).set(
                          key.id,
                          (e.target as HTMLInputElement).value,
                        ))}
                      aria-describedby=${c.describedBy}
                      aria-invalid=${c.invalid}
                    />`,
                )}
                <button type="submit" part="button" aria-label=${s.addOriginButton(key.name)}>
                  ${s.addOrigin}
                </button>
              </form>
              <p class="muted">
                ${s.joining}:
                ${key.autoJoin ? s.joiningOn(key.autoJoinDomains.join(', ')) : s.joiningOff}
              </p>`
          : nothing
      }
      ${
        live
          ? html`<div class="actions">
              <button
                type="button"
                part="button"
                aria-label=${s.rotateLabel(key.name)}
                ?disabled=${Boolean(this.busy)}
                @click=${() => this.ask({ kind: 'rotate', key })}
              >
                ${s.rotate}
              </button>
              <button
                type="button"
                part="button"
                class="danger"
                aria-label=${s.revokeLabel(key.name)}
                ?disabled=${Boolean(this.busy)}
                @click=${() => this.ask({ kind: 'revoke', key })}
              >
                ${s.revoke}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderCreate() {
    const s = this.s;
    return html`<form part="create" class="card" @submit=${this.create}>
      <h3>${s.createHeading}</h3>
      ${field(
        { id: 'kind', label: s.kind },
        (c) =>
          html`<select
            id=${c.id}
            .value=${this.createKind}
            @change=${(e: Event) =>
              (this.createKind = (e.target as HTMLSelectElement).value as ApiKey['kind'])}
          >
            <option value="publishable">${s.publishable}</option>
            <option value="secret">${s.secret}</option>
          </select>`,
      )}
      ${field(
        { id: 'key-name', label: s.name, error: this.createErrors.name ?? '' },
        (c) =>
          html`<input
            id=${c.id}
            .value=${this.createName}
            @input=${(e: Event) => (this.createName = (e.target as HTMLInputElement).value)}
            aria-describedby=${c.describedBy}
            aria-invalid=${c.invalid}
          />`,
      )}
      ${
        this.createKind === 'publishable'
          ? field(
              {
                id: 'key-origin',
                label: s.firstOrigin,
                hint: s.firstOriginHint,
                error: this.createErrors.origin ?? '',
              },
              (c) =>
                html`<input
                  id=${c.id}
                  type="url"
                  inputmode="url"
                  .value=${this.createOrigin}
                  @input=${(e: Event) => (this.createOrigin = (e.target as HTMLInputElement).value)}
                  aria-describedby=${c.describedBy}
                  aria-invalid=${c.invalid}
                />`,
            )
          : nothing
      }
      <button type="submit" part="button" class="primary" ?disabled=${Boolean(this.busy)}>
        ${this.busy === 'create-api-key' ? s.creating : s.create}
      </button>
    </form>`;
  }

  private renderBuilder(keys: ApiKey[]) {
    const s = this.s;
    const usable = keys.filter((k) => k.kind === 'publishable' && !k.revokedAt);
    if (!usable.length) return nothing;
    const o = this.options;
    const key = usable.find((k) => k.id === o.keyId) ?? usable[0]!;
    const secret = this.secrets.get(key.id);
    const base = String(this.activeClient?.options?.baseUrl || location.origin).replace(/\/$/, '');
    const snippet = snippetFor(base, secret ?? `${key.prefix}…`, o);
    const set = (patch: Partial<Options>) => (this.options = { ...o, ...patch });
    const company =
      this.adminOrgs.find((m) => m.organisation.id === this.orgId)?.organisation.kind === 'company';
    return html`<section part="builder" class="card" aria-labelledby="builder-heading">
      <h3 id="builder-heading">${s.builderHeading}</h3>
      <div class="grid">
        ${field(
          { id: 'builder-key', label: s.key },
          (c) =>
            html`<select
              id=${c.id}
              @change=${(e: Event) => set({ keyId: Number((e.target as HTMLSelectElement).value) })}
            >
              ${usable.map(
                (k) => html`<option value=${k.id} ?selected=${k.id === key.id}>${k.name}</option>`,
              )}
            </select>`,
        )}
        ${field(
          { id: 'builder-widget', label: s.widget },
          (c) =>
            html`<select
              id=${c.id}
              @change=${(e: Event) =>
                set({ widget: (e.target as HTMLSelectElement).value as WidgetName })}
            >
              ${(['task-list', 'request-form'] as const).map(
                (w) =>
                  html`<option value=${w} ?selected=${w === o.widget}>${s.widgets[w]}</option>`,
              )}
            </select>`,
        )}
        ${field(
          { id: 'builder-lang', label: s.language },
          (c) =>
            html`<select
              id=${c.id}
              @change=${(e: Event) => set({ lang: (e.target as HTMLSelectElement).value as Lang })}
            >
              ${(['fi', 'sv', 'en'] as const).map(
                (l) =>
                  html`<option value=${l} ?selected=${l === o.lang}>
                    ${{ fi: 'suomi', sv: 'svenska', en: 'English' }[l]}
                  </option>`,
              )}
            </select>`,
        )}
        ${field(
          { id: 'builder-category', label: s.category },
          (c) =>
            html`<select
              id=${c.id}
              @change=${(e: Event) => set({ category: (e.target as HTMLSelectElement).value })}
            >
              <option value="" ?selected=${!o.category}>${s.allCategories}</option>
              ${CATEGORIES.map(
                (cat) =>
                  html`<option value=${cat.slug} ?selected=${cat.slug === o.category}>
                    ${categoryName(cat.slug, this.language)}
                  </option>`,
              )}
            </select>`,
        )}
        ${field(
          { id: 'builder-theme', label: s.theme },
          (c) =>
            html`<select
              id=${c.id}
              @change=${(e: Event) => set({ theme: (e.target as HTMLSelectElement).value as Theme })}
            >
              ${(['auto', 'light', 'dark'] as const).map(
                (t) => html`<option value=${t} ?selected=${t === o.theme}>${s.themes[t]}</option>`,
              )}
            </select>`,
        )}
      </div>
      ${
        o.widget === 'task-list'
          ? html`<div class="checks">
              <label
                ><input
                  type="checkbox"
                  .checked=${o.remote}
                  @change=${(e: Event) => set({ remote: (e.target as HTMLInputElement).checked })}
                />
                ${s.remoteOnly}</label
              >
              <label
                ><input
                  type="checkbox"
                  .checked=${o.hideFilters}
                  @change=${(e: Event) =>
                    set({ hideFilters: (e.target as HTMLInputElement).checked })}
                />
                ${s.hideFilters}</label
              >
            </div>`
          : nothing
      }
      ${field(
        { id: 'snippet', label: s.snippet, hint: secret ? s.snippetHint : s.keyNotShown },
        (c) =>
          html`<textarea
            id=${c.id}
            part="snippet"
            readonly
            rows="5"
            spellcheck="false"
            aria-describedby=${c.describedBy}
            .value=${snippet}
          ></textarea>`,
      )}
      <p class="muted">
        ${s.originsReminder(key.allowedOrigins.join(', ') || '–')}
        <a href="/demo">${s.demo}</a>
      </p>
      <button type="button" part="button" @click=${() => this.copy(snippet)}>${s.copy}</button>
      <span role="status">${this.copyStatus}</span>
      <h4>${s.preview}</h4>
      <p class="muted">${s.previewHint}</p>
      <div part="preview" class="preview" data-theme=${o.theme}>
        ${
          o.widget === 'task-list'
            ? html`<tehostamo-provider
                .client=${this.activeClient}
                .user=${null}
                lang=${o.lang}
                theme=${o.theme}
              >
                <tehostamo-task-list
                  page-size="3"
                  category=${o.category}
                  ?remote=${o.remote}
                  ?hide-filters=${o.hideFilters}
                  pro-bono-of=${company ? this.orgId : nothing}
                  organisation-id=${company ? nothing : this.orgId}
                ></tehostamo-task-list>
              </tehostamo-provider>`
            : html`<p class="muted">${s.widgets['request-form']}</p>`
        }
      </div>
    </section>`;
  }

  protected override render() {
    const s = this.s;
    const user = this.activeUser;
    let body: unknown;
    if (user === null) body = html`<p>${s.signInToSee}</p>`;
    else if (user === undefined) body = html`<p role="status">${s.loading}</p>`;
    else if (!this.adminOrgs.length) body = html`<p class="notice info">${s.notAdmin}</p>`;
    else
      body = html`${
        this.adminOrgs.length > 1
          ? field(
              { id: 'embed-org', label: s.organisation },
              (c) =>
                html`<select
                  id=${c.id}
                  @change=${(e: Event) =>
                    (this.orgId = Number((e.target as HTMLSelectElement).value))}
                >
                  ${this.adminOrgs.map(
                    (m) =>
                      html`<option
                        value=${m.organisation.id}
                        ?selected=${m.organisation.id === this.orgId}
                      >
                        ${m.organisation.name}
                      </option>`,
                  )}
                </select>`,
            )
          : nothing
      }
      ${this.notice ? html`<p class="notice info" role="status">${this.notice}</p>` : nothing}
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${this.keys.render({
        pending: () => html`<p role="status">${s.loading}</p>`,
        complete: (keys) =>
          html`<section aria-labelledby="keys-heading">
              <h3 id="keys-heading" tabindex="-1">${s.keysHeading}</h3>
              ${
                keys.length
                  ? html`<ul class="keys">
                      ${keys.map((k) => this.renderKey(k))}
                    </ul>`
                  : html`<p class="muted">${s.noKeys}</p>`
              }
            </section>
            ${this.renderCreate()} ${this.renderBuilder(keys)}`,
        errorHeading: s.loadError,
      })}`;
    return html`<div class=${`${this.baseClasses('requester')}`} part="base">
      <p class="lead">${s.lead}</p>
      ${body} ${this.renderDialog()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-embed-builder': TehostamoEmbedBuilder;
  }
}

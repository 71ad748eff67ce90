import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createClient } from '../../sdk/client.ts';
import { isApiErrorWith } from '../../sdk/errors.ts';
import type { Me } from '../../sdk/schemas/users.ts';
import { browserStorage } from '../../sdk/storage.ts';
import { clientContext, userContext, type TehostamoClient } from '../context.ts';
import { langOf } from '../i18n/index.ts';
import { warnOnce } from '../shared/warnings.ts';

const providers = new Set<TehostamoProvider>();

/**
 * Connects the widgets inside it to a Tehostamo server. It makes the SDK client and provides
 * it, and the signed-in user, to every widget inside through `@lit/context`. A signed-in
 * user's token is kept in `localStorage` (the SDK's browser token storage), so a reload stays
 * signed in; an inline sign-in in any widget signs in all of them, and the widgets of other
 * providers on the page (and in other tabs) that keep the token under the same key.
 *
 * A page with its own client sets the `client` property instead of `base-url`.
 *
 * @summary Gives the widgets inside it an API client and the signed-in user.
 *
 * @slot - The widgets, anywhere in the subtree.
 *
 * @event tehostamo-sign-in - Bubbles up from a widget when someone signs in inline; the provider takes the session over.
 * @event tehostamo-sign-out - Bubbles up from a widget when the user signs out.
 * @event tehostamo-user-updated - Bubbles up when a widget changed the signed-in user's profile; the provider hands the new user to every widget.
 */
@customElement('tehostamo-provider')
export class TehostamoProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The server's address, e.g. `https://tehostamo.example` (`/api/v1` is added). */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** An organisation's publishable key (`pk_…`): safe in a page. */
  @property({ attribute: 'publishable-key' }) publishableKey = '';

  /** Where the token is kept in `localStorage`. */
  @property({ attribute: 'storage-key' }) storageKey = 'tehostamo.token';

  /**
   * `light`, `dark` or `auto`: the theme of the widgets inside that set none of their own.
   * Read when they render.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** A client of the page's own (`createClient()` or compatible); wins over `base-url`. */
  @property({ attribute: false }) client?: TehostamoClient;

  /**
   * The signed-in user, when the page knows it (or `null` for nobody). Left unset, the
   * provider asks the server.
   */
  @property({ attribute: false }) user?: Me | null;

  @provide({ context: clientContext })
  @state()
  protected providedClient: TehostamoClient | undefined;

  @provide({ context: userContext })
  @state()
  protected providedUser: Me | null | undefined;

  /** The client before any sign-in, to return to on sign-out. */
  private baseClient: TehostamoClient | undefined;
  private loading = 0;

  constructor() {
    super();
    this.addEventListener('tehostamo-sign-in', (event) => {
      this.providedClient = event.detail.client;
      this.providedUser = event.detail.user;
      for (const other of this.siblings()) other.providedUser = event.detail.user;
    });
    this.addEventListener('tehostamo-user-updated', (event) => {
      this.providedUser = event.detail.user;
      for (const other of this.siblings()) other.providedUser = event.detail.user;
    });
    this.addEventListener('tehostamo-sign-out', () => {
      // Forgotten here too: the SDK keeps the token when revoking it failed (offline).
      if (!this.client) void browserStorage(this.storageKey).clear();
      this.providedClient = this.baseClient;
      this.providedUser = null;
      for (const other of this.siblings()) other.providedUser = null;
    });
  }

  /**
   * The other providers on the page that keep their token under the same key: their clients
   * read it from the same storage, so a sign-in or sign-out in one is one in all of them.
   */
  private siblings(): TehostamoProvider[] {
    if (this.client) return [];
    return [...providers].filter(
      (p) => p !== this && !p.client && p.storageKey === this.storageKey,
    );
  }

  /** Another tab signed in or out. */
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === this.storageKey && !this.client && this.user === undefined) {
      void this.loadUser();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    providers.add(this);
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    providers.delete(this);
    window.removeEventListener('storage', this.onStorage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const remake =
      changed.has('client') ||
      changed.has('baseUrl') ||
      changed.has('publishableKey') ||
      changed.has('storageKey');
    if (remake) {
      this.baseClient = this.makeClient();
      this.providedClient = this.baseClient;
      if (this.user === undefined) void this.loadUser();
    }
    if (changed.has('user') && this.user !== undefined) {
      this.loading++;
      this.providedUser = this.user;
    }
  }

  private makeClient(): TehostamoClient | undefined {
    if (this.client) return this.client;
    if (!this.baseUrl) {
      warnOnce(
        'no-base-url',
        '<tehostamo-provider> needs a base-url (the server address) or a client property.',
      );
      return undefined;
    }
    return createClient({
      baseUrl: this.baseUrl,
      ...(this.publishableKey ? { publishableKey: this.publishableKey } : {}),
      storage: browserStorage(this.storageKey),
      lang: langOf(this),
    });
  }

  /** Who is signed in: only asked when a token is kept (or the page's client may carry one). */
  private async loadUser(): Promise<void> {
    const client = this.providedClient;
    const ticket = ++this.loading;
    if (!client) return;
    const hasToken = this.client ? true : Boolean(await browserStorage(this.storageKey).get());
    if (!hasToken) {
      this.providedUser = null;
      return;
    }
    try {
      const me = await client.me.get();
      if (ticket === this.loading) this.providedUser = me;
    } catch (error) {
      if (ticket !== this.loading) return;
      // A token that no longer works is forgotten; other failures leave the user unknown.
      if (isApiErrorWith(error, 401)) {
        if (!this.client) await browserStorage(this.storageKey).clear();
        this.providedUser = null;
      } else {
        this.providedUser = null;
      }
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-provider': TehostamoProvider;
  }
}

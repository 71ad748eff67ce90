import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Me } from '../../sdk/schemas/users.ts';
import { clientContext, userContext, type TehostamoClient } from '../context.ts';
import { emit } from '../events.ts';
import { commonStrings, langOf, type Catalogue, type Lang, type Strings } from '../i18n/index.ts';
import { errorCode, errorText, keyRefusedHere } from './errors.ts';
import { Load, type LoadOptions } from './load.ts';
import { warnOnce } from './warnings.ts';

export type Theme = 'light' | 'dark' | 'auto';

// One observer re-renders every widget when any `lang` attribute changes: the page's, the
// provider's or the widget's own.
const live = new Set<TehostamoElement>();
let langObserver: MutationObserver | null = null;
function watchLang(element: TehostamoElement) {
  live.add(element);
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * What every widget shares: the client and the user from context, the language, the theme,
 * and an announcer for screen readers.
 */
export class TehostamoElement extends LitElement {
  /**
   * `light`, `dark`, or `auto` (the system's `prefers-color-scheme`). Unset: the enclosing
   * `<tehostamo-provider>`'s `theme`, else `auto`.
   */
  @property({ reflect: true }) theme?: Theme;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected contextClient: TehostamoClient | undefined;

  @consume({ context: userContext, subscribe: true })
  @state()
  protected contextUser: Me | null | undefined;

  /** Set after an inline sign-in when no provider took the new session over. */
  @state() protected ownSession: { client: TehostamoClient; user: Me } | null = null;

  /** The text read out by the live region. */
  @state() protected announcement = '';

  protected get activeClient(): TehostamoClient | undefined {
    return this.ownSession?.client ?? this.contextClient;
  }

  protected get activeUser(): Me | null | undefined {
    if (this.ownSession) return this.ownSession.user;
    return this.contextUser !== undefined ? this.contextUser : this.fetchedUser;
  }

  /** The user as asked by this widget itself, when nothing provides one. */
  @state() protected fetchedUser: Me | null | undefined;
  private askedForUser = false;

  /**
   * Makes sure the signed-in user becomes known. `<tehostamo-provider>` tells it; a page that
   * provides only a client does not, and then the widget asks the server once itself.
   */
  protected ensureUser(): void {
    const client = this.activeClient;
    if (this.activeUser !== undefined || this.askedForUser || !client) return;
    if (this.closest('tehostamo-provider')) return;
    this.askedForUser = true;
    client.me.get().then(
      (user) => (this.fetchedUser = user),
      () => (this.fetchedUser = null),
    );
  }

  protected get language(): Lang {
    return langOf(this);
  }

  protected get t(): Strings {
    return commonStrings.get(this.language);
  }

  /**
   * The string catalogues this widget renders with, each loaded in the widget's language before
   * it renders. A widget with strings of its own adds its catalogue:
   * `protected override get catalogues() { return [...super.catalogues, chatStrings]; }`.
   */
  protected get catalogues(): readonly Catalogue<unknown>[] {
    return [commonStrings];
  }

  /**
   * Renders only once the strings in the widget's language are here: each language is a chunk
   * of its own, fetched the first time a widget shows that language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const lang = this.language;
    const missing = this.catalogues.filter((catalogue) => !catalogue.peek(lang));
    if (missing.length === 0) return super.scheduleUpdate();
    return Promise.all(missing.map((catalogue) => catalogue.load(lang))).then(
      () => super.scheduleUpdate(),
      (error: unknown) => {
        // Rendered with a language already loaded, if any; the next update tries again.
        console.error(`<${this.localName}>: the strings in ${lang} did not load.`, error);
        return super.scheduleUpdate();
      },
    );
  }

  /** Classes of the element that carries the tokens: role colour and theme. */
  protected baseClasses(role: 'helper' | 'requester'): string {
    const wanted = this.theme ?? this.closest('tehostamo-provider')?.getAttribute('theme');
    const theme = wanted === 'dark' || wanted === 'light' ? wanted : 'auto';
    return `base role-${role} theme-${theme}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    // Fetched before the first update asks for them, while the element is being set up.
    for (const catalogue of this.catalogues) void catalogue.load(this.language).catch(() => {});
    // Give a provider that is defined later (or a page's own) a moment before warning.
    setTimeout(() => {
      if (this.isConnected && !this.activeClient) {
        warnOnce(
          'no-client',
          `<${this.localName}> has no client: put it inside <tehostamo-provider base-url="…">, or provide one with clientContext.`,
        );
      }
    }, 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }

  /** Says `text` through the polite live region; the same text twice is read twice. */
  protected announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = text;
    });
  }

  /**
   * Handler for `tehostamo-sign-in` from an inline `<tehostamo-sign-in>`. The provider above
   * takes the session over while the event bubbles on; if none did (a page that provides only a
   * client), this widget keeps the signed-in client for itself.
   */
  protected onSignedIn = (event: HTMLElementEventMap['tehostamo-sign-in']): void => {
    const { client, user } = event.detail;
    queueMicrotask(() => {
      if (this.contextUser?.id !== user.id) this.ownSession = { client, user };
      void this.updateComplete.then(() => this.afterSignIn());
    });
  };

  /** Where focus goes once an inline sign-in is done (the sign-in form is gone by then). */
  protected afterSignIn(): void {}

  /** Signs out everywhere: the token is revoked and forgotten. */
  protected async signOut(): Promise<void> {
    const client = this.activeClient;
    this.ownSession = null;
    if (this.fetchedUser) this.fetchedUser = null;
    try {
      await client?.auth.signOut();
    } catch {
      // Revocation failed (offline): the token is forgotten locally all the same.
    }
    emit(this, 'tehostamo-sign-out', {});
  }

  /**
   * Localised text for a failure, and an event the page can log. A token the server no longer
   * accepts signs the user out, so that the inline sign-in comes back. A network error on a
   * client with a publishable key may be the key refused on this site (see `keyRefusedHere`):
   * then the text says so, for whoever set the site up.
   */
  protected async failure(action: string, error: unknown): Promise<string> {
    const code = errorCode(error);
    if ((code === 'invalid_token' || code === 'unauthenticated') && this.activeUser) {
      void this.signOut();
    }
    emit(this, 'tehostamo-error', {
      action,
      code,
      message: error instanceof Error ? error.message : String(error),
    });
    if (code === 'network_error' && (await keyRefusedHere(this.activeClient))) {
      return this.t.errors.keyRefused(location.origin);
    }
    return errorText(error, this.t);
  }

  /**
   * A load of this widget's data (see `Load`): runs when its arguments change, aborts the
   * request it replaces, ignores stale answers; failures are described by `failure()`.
   */
  protected loader<const A extends readonly unknown[], T>(options: LoadOptions<A, T>): Load<A, T> {
    return new Load(this, options, {
      describe: (action, error) => this.failure(action, error),
      strings: () => this.t,
    });
  }
}

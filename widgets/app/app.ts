import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Me } from '../../sdk/schemas/users.ts';
import { LANGS, normaliseLang, type Lang } from '../i18n/index.ts';
import '../shared/sign-in.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { appStyles } from './app.styles.ts';
import {
  isPrivate,
  matchRoute,
  partOf,
  roleOf,
  safeNext,
  type Part,
  type Route,
} from './routes.ts';
import { appStrings, type AppStrings } from './strings.ts';

/**
 * The views' elements, each loaded when a view first needs it: every one is a chunk of its own,
 * so the first page loads only the shell and what it shows.
 */
const parts: Record<Part, () => Promise<unknown>> = {
  'task-list': () => import('../task-list/task-list.ts'),
  'request-form': () => import('../request-form/request-form.ts'),
  // The task page shows its chat to the participants.
  task: () => Promise.all([import('../task/task.ts'), import('../chat/chat.ts')]),
  'my-work': () => import('../my-work/my-work.ts'),
  'profile-card': () => import('../profile-card/profile-card.ts'),
  'my-data': () => import('../my-data/my-data.ts'),
  groups: () => import('../groups/groups.ts'),
  organisation: () => import('../organisation/organisation.ts'),
  onboarding: () => import('../onboarding/onboarding.ts'),
  'profile-editor': () => import('../profile-editor/profile-editor.ts'),
  'embed-builder': () => import('../embed-builder/embed-builder.ts'),
  directory: () => import('../directory/directory.ts'),
  'listing-editor': () => import('../listing-editor/listing-editor.ts'),
  'needs-report': () => import('../needs-report/needs-report.ts'),
};

/** Where a visitor's explicit choice of language is kept. */
const LANG_KEY = 'tehostamo.lang';

function storedLang(): Lang | null {
  try {
    const value = localStorage.getItem(LANG_KEY);
    return value && (LANGS as readonly string[]).includes(value) ? (value as Lang) : null;
  } catch {
    return null;
  }
}

/** The browser's first supported language, else Finnish. */
function browserLang(): Lang {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return 'fi';
}

/** The anchor a click landed on, looking through shadow roots. */
function anchorOf(event: MouseEvent): HTMLAnchorElement | null {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLAnchorElement) return node;
    if (node === document.body) break;
  }
  return null;
}

/**
 * Tehostamo as an application: the tabs of the original app (Etusivu, Mahdollisuudet,
 * Meneillään, Historia, Asetukset), a task's page, a public profile and the sign-in, each at a
 * URL of its own, composed from the same widgets that sites embed. The router keeps the view in
 * the address (History API): links, back and forward move between views without a reload, and a
 * reload or an emailed link opens the same view. Anonymous visitors see the open tasks and can
 * sign in; a private view asks them to sign in first and then shows itself.
 *
 * Put it inside a `<tehostamo-provider>`; without a `base-url` the provider is pointed at the
 * origin the page came from, so the app works on whatever host name serves it.
 *
 * @summary The Tehostamo application: navigation, views and sign-in.
 *
 * @event tehostamo-sign-out - The user signed out from the header.
 *
 * @csspart base - The whole app.
 * @csspart header - The top bar: name, navigation, the signed-in user.
 * @csspart nav - The main navigation.
 * @csspart main - The view.
 * @csspart footer - The footer links.
 *
 * @cssproperty --tehostamo-accent - Accent colour (default: pink in requester views, dark blue in helper views).
 * @cssproperty --tehostamo-page - The page background around the views.
 * @cssproperty --tehostamo-surface - Background of the views.
 * @cssproperty --tehostamo-text - Text colour.
 */
@customElement('tehostamo-app')
export class TehostamoApp extends TehostamoElement {
  static override styles = [theme, controls, appStyles];

  /**
   * The path the app shows. Follows the address bar; set it to show another view without
   * touching history (stories and tests do).
   */
  @property() path = typeof location === 'undefined' ? '/' : location.pathname;

  /** The query string of the address (`?next=` on the sign-in). */
  @property() search = typeof location === 'undefined' ? '' : location.search;

  /**
   * The server writes mail to files (development): the sign-in says where to read the code
   * (`/dev/mailbox`).
   */
  @property({ type: Boolean, attribute: 'dev-mailbox' }) devMailbox = false;

  /**
   * Leaves the address bar and the page's language alone: the app shows `path` in a page of
   * someone else's (stories do).
   */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  @state() private loaded = new Set<Part>();
  @state() private loadFailed = false;
  @state() private chosenLang: Lang = 'fi';
  /** The task on screen, when the viewer manages it: its page turns the requester's colour. */
  @state() private managedTaskId: number | null = null;
  /**
   * A person without a public name is asked the first sign-in's questions before any private
   * view; once started, the questions stay until the person is done with them.
   */
  @state() private onboarding = false;

  /** True after the first view: later views move focus to their heading. */
  private navigated = false;

  get route(): Route | null {
    return matchRoute(this.path);
  }

  private get s(): AppStrings {
    return appStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, appStrings];
  }

  private readonly onPopState = () => {
    this.path = location.pathname;
    this.search = location.search;
    this.navigated = true;
  };

  private readonly onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = anchorOf(event);
    if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || !matchRoute(url.pathname)) return;
    event.preventDefault();
    this.navigate(`${url.pathname}${url.search}${url.hash}`);
  };

  /** Shows the view at `to` (a path of this app) and records it in history. */
  navigate(to: string, options: { replace?: boolean } = {}): void {
    const url = new URL(to, 'http://app.invalid');
    if (!this.noHistory) {
      const same =
        `${url.pathname}${url.search}${url.hash}` ===
        `${location.pathname}${location.search}${location.hash}`;
      if (options.replace || same) history.replaceState(null, '', to);
      else history.pushState(null, '', to);
      if (!url.hash) window.scrollTo(0, 0);
    }
    this.path = url.pathname;
    this.search = url.search;
    this.navigated = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The app calls the API where it was loaded from, whatever the host name.
    const provider = this.closest('tehostamo-provider');
    if (provider && !provider.baseUrl && !provider.client) provider.baseUrl = location.origin;
    if (!this.noHistory) {
      this.setLang(storedLang() ?? browserLang());
      window.addEventListener('popstate', this.onPopState);
      window.addEventListener('click', this.onClick);
    }
    this.addEventListener('tehostamo-sign-in', this.onSignIn);
    this.addEventListener('tehostamo-task-created', this.onTaskCreated);
    this.addEventListener('tehostamo-task-select', this.onTaskSelect);
    this.addEventListener('tehostamo-task-loaded', this.onTaskLoaded);
    this.addEventListener('tehostamo-onboarding-done', this.onOnboardingDone);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('click', this.onClick);
    this.removeEventListener('tehostamo-sign-in', this.onSignIn);
    this.removeEventListener('tehostamo-task-created', this.onTaskCreated);
    this.removeEventListener('tehostamo-task-select', this.onTaskSelect);
    this.removeEventListener('tehostamo-task-loaded', this.onTaskLoaded);
    this.removeEventListener('tehostamo-onboarding-done', this.onOnboardingDone);
  }

  private readonly onSignIn = (event: HTMLElementEventMap['tehostamo-sign-in']) => {
    if (!storedLang() && !this.noHistory) this.setLang(normaliseLang(event.detail.user.lang));
    if (this.route?.view === 'sign-in') {
      const next = safeNext(new URLSearchParams(this.search).get('next'));
      // After the provider has taken the session over.
      queueMicrotask(() => this.navigate(next, { replace: true }));
    }
  };

  private readonly onTaskCreated = (event: HTMLElementEventMap['tehostamo-task-created']) => {
    if (this.route?.view === 'new-task') this.navigate(`/tasks/${event.detail.task.id}`);
  };

  /**
   * A signed-in user opens a task from a list on its own page (`/tasks/:id`), where everything
   * about it is done; a visitor keeps the list's own dialog, which applies with an inline sign-in.
   */
  private readonly onTaskSelect = (event: HTMLElementEventMap['tehostamo-task-select']) => {
    if (!this.activeUser) return;
    event.preventDefault();
    this.navigate(`/tasks/${event.detail.task.id}`);
  };

  /** The first sign-in is done: on to where the person was heading (`/welcome?next=…`). */
  private readonly onOnboardingDone = () => {
    this.onboarding = false;
    this.navigated = true;
    if (this.route?.view === 'welcome') {
      this.navigate(safeNext(new URLSearchParams(this.search).get('next')), { replace: true });
    }
  };

  private readonly onTaskLoaded = (event: HTMLElementEventMap['tehostamo-task-loaded']) => {
    const { task } = event.detail;
    this.managedTaskId = task.viewer.canManage ? task.id : null;
  };

  /** The page's language: the documentElement's, so every widget and the client follow it. */
  private setLang(lang: Lang) {
    this.chosenLang = lang;
    if (this.noHistory) this.setAttribute('lang', lang);
    else document.documentElement.lang = lang;
  }

  private chooseLang(event: Event) {
    const lang = normaliseLang((event.target as HTMLSelectElement).value);
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Storage refused: the choice lasts until the page is left.
    }
    this.setLang(lang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      changed.has('contextUser') &&
      this.contextUser &&
      changed.get('contextUser') === undefined
    ) {
      // The user became known on load: their language, unless chosen on this device.
      if (!storedLang() && !this.noHistory) this.setLang(normaliseLang(this.contextUser.lang));
    }
    const user = this.activeUser;
    if (user && user.name === '' && !this.onboarding) this.onboarding = true;
    if (!user && this.onboarding) this.onboarding = false;
    const part = this.viewPart();
    if (part) this.load(part);
    // The settings show at once; their data section upgrades when its chunk arrives.
    if (this.route?.view === 'settings' && this.activeUser) this.load('my-data');
  }

  private viewPart(): Part | null {
    const route = this.route;
    const user = this.activeUser;
    if (!route || user === undefined) return null;
    if (this.interrupted()) return 'onboarding';
    return partOf(route, Boolean(user));
  }

  /** The first sign-in's questions stand in for the view (the address stays, for afterwards). */
  private interrupted(): boolean {
    const view = this.route?.view;
    return this.onboarding && Boolean(this.activeUser) && view !== 'sign-in' && view !== 'welcome';
  }

  private load(part: Part) {
    if (this.loaded.has(part)) return;
    parts[part]().then(
      () => {
        this.loaded = new Set([...this.loaded, part]);
      },
      () => {
        this.loadFailed = true;
      },
    );
  }

  protected override updated(changed: PropertyValues): void {
    document.title = `${this.title_()} – ${this.s.brand}`;
    if ((changed.has('path') || changed.has('contextUser')) && this.navigated) {
      this.navigated = false;
      const heading = this.renderRoot.querySelector<HTMLElement>('h1');
      heading?.focus();
    }
  }

  private title_(): string {
    const t = this.s.titles;
    const route = this.route;
    if (!route) return t.notFound;
    if (this.interrupted()) return t.welcome;
    switch (route.view) {
      case 'home':
        return this.contextUser ? t.home : t.homeAnonymous;
      case 'new-task':
        return t.newTask;
      case 'task':
        return t.task(route.id!);
      case 'user':
        return t.user(route.id!);
      case 'listing':
        return t.listing(route.id!);
      case 'sign-in':
        return t.signIn;
      default:
        return t[route.view];
    }
  }

  private async onSignOut() {
    await this.signOut();
    this.navigate('/');
  }

  private link(to: string, label: string, current: boolean) {
    return html`<a href=${to} aria-current=${current ? 'page' : 'false'}>${label}</a>`;
  }

  private renderHeader(user: Me | null | undefined) {
    const s = this.s;
    const view = this.route?.view;
    const signInHref = `/sign-in${
      view && view !== 'sign-in' && view !== 'home' ? `?next=${encodeURIComponent(this.path)}` : ''
    }`;
    const tabs: [string, string, boolean][] = user
      ? [
          ['/', s.nav.home, view === 'home'],
          ['/opportunities', s.nav.opportunities, view === 'opportunities'],
          ['/ongoing', s.nav.ongoing, view === 'ongoing'],
          ['/history', s.nav.history, view === 'history'],
          ['/settings', s.nav.settings, view === 'settings'],
        ]
      : [['/', s.nav.openTasks, view === 'home']];
    tabs.push(['/directory', s.nav.directory, view === 'directory' || view === 'listing']);
    // Umbrella staff aim their training by it: one click away. Everyone else finds it in the footer.
    if (user?.memberships.some((m) => m.organisation.kind === 'umbrella'))
      tabs.push(['/reports', s.nav.reports, view === 'reports']);
    return html`<header part="header" class="top">
      <div class="brand-row">
        <a class="brand" href="/"><span class="brand-name">${s.brand}</span></a>
        <span class="tagline">${s.tagline}</span>
        <div class="session">
          <label class="lang">
            <span class="sr-only">${s.language}</span>
            <select @change=${this.chooseLang} .value=${this.language}>
              ${LANGS.map(
                (l) =>
                  html`<option value=${l} ?selected=${l === this.language}>
                    ${l.toUpperCase()}
                  </option>`,
              )}
            </select>
          </label>
          ${
            user
              ? html`<span class="who" id="who">${s.signedInAs(user.name || user.email)}</span>
                  <button type="button" class="signout" @click=${this.onSignOut}>
                    ${s.signOut}
                  </button>`
              : user === null && view !== 'sign-in'
                ? html`<a class="button" href=${signInHref}>${s.nav.signIn}</a>`
                : nothing
          }
        </div>
      </div>
      <nav part="nav" aria-label=${s.mainNav}>
        <ul>
          ${tabs.map(([to, label, current]) => html`<li>${this.link(to, label, current)}</li>`)}
        </ul>
        ${
          user
            ? html`<a
                class="button primary new-task"
                href="/tasks/new"
                aria-current=${view === 'new-task' ? 'page' : 'false'}
                >${s.nav.newTask}</a
              >`
            : nothing
        }
      </nav>
    </header>`;
  }

  private renderSignIn(intro: string) {
    return html`<div class="card">
      <tehostamo-sign-in intro=${intro}></tehostamo-sign-in>
      ${
        this.devMailbox
          ? html`<p class="hint">
              ${this.s.devMailbox} <a href="/dev/mailbox" target="_blank">/dev/mailbox</a>
            </p>`
          : nothing
      }
    </div>`;
  }

  private ready(): boolean {
    const part = this.viewPart();
    return !part || this.loaded.has(part);
  }

  private renderView(route: Route | null, user: Me | null | undefined): TemplateResult {
    const s = this.s;
    if (!route) {
      return html`<p>${s.notFound.lead}</p>
        <p><a href="/">${s.notFound.home}</a></p>`;
    }
    if (user === undefined && isPrivate(route.view)) {
      return html`<p role="status">${s.loadingView}</p>`;
    }
    if (user === null && isPrivate(route.view)) {
      return html`<p>${s.signInFor.private}</p>
        ${this.renderSignIn(s.signInFor.signIn)}`;
    }
    if (this.loadFailed) {
      return html`<div class="notice error" role="alert">${s.viewFailed}</div>`;
    }
    if (!this.ready()) {
      return html`<p role="status">${s.loadingView}</p>`;
    }
    if (this.interrupted()) return html`<tehostamo-onboarding></tehostamo-onboarding>`;
    switch (route.view) {
      case 'welcome':
        return html`<tehostamo-onboarding></tehostamo-onboarding>`;
      case 'embed':
        return html`<tehostamo-embed-builder></tehostamo-embed-builder>`;
      case 'home':
        return this.renderHome(user);
      case 'opportunities':
        return html`<p class="lead">${s.opportunitiesLead}</p>
          <tehostamo-task-list feed="opportunities"></tehostamo-task-list>`;
      case 'new-task':
        // `?group=CODE`: asked from a group's card in the settings, the group is preset.
        return html`<tehostamo-request-form
          draft-key="app"
          group-code=${new URLSearchParams(this.search).get('group') ?? ''}
        ></tehostamo-request-form>`;
      case 'ongoing':
      case 'history':
        return html`<tehostamo-my-work view=${route.view}></tehostamo-my-work>`;
      case 'task':
        return html`<tehostamo-task task-id=${route.id!}></tehostamo-task>`;
      case 'user':
        return html`<tehostamo-profile-card user-id=${route.id!}></tehostamo-profile-card>`;
      case 'directory':
        return html`<tehostamo-directory></tehostamo-directory>`;
      case 'listing':
        return html`<tehostamo-directory listing-id=${route.id!}></tehostamo-directory>`;
      case 'reports':
        return html`<tehostamo-needs-report hide-heading></tehostamo-needs-report>`;
      case 'directory-edit':
        return html`<tehostamo-listing-editor
          token=${location.hash.slice(1)}
        ></tehostamo-listing-editor>`;
      case 'settings':
        return this.renderSettings(route, user!);
      case 'sign-in':
        return html`${
          user
            ? html`<p>${s.signedInAlready(user.name || user.email)}</p>
                <p><a href="/">${s.continueTo}</a></p>`
            : this.renderSignIn(s.signInFor.signIn)
        }`;
    }
  }

  private renderHome(user: Me | null | undefined) {
    const s = this.s;
    if (!user) {
      return html`<p class="lead">${s.home.anonymousLead}</p>
        <p>${s.home.signInToHelp}</p>
        <tehostamo-task-list page-size="10"></tehostamo-task-list>`;
    }
    const alone = user.memberships.length === 0 && user.joinRequests.length === 0;
    return html`${
        alone
          ? html`<div class="notice info">
              <p>${s.home.noOrganisation}</p>
              <p><a href="/welcome">${s.home.findOrganisation}</a></p>
            </div>`
          : nothing
      }
      <div class="actions home-actions">
        <a class="button primary" href="/tasks/new">${s.home.askForHelp}</a>
        <a class="button" href="/opportunities">${s.home.browse}</a>
      </div>
      <tehostamo-my-work view="attention"></tehostamo-my-work>`;
  }

  private renderSettings(route: Route, user: Me) {
    const s = this.s.settings;
    const section = route.section ?? 'profile';
    const sub: [string, string][] = [
      ['profile', s.profile],
      ['groups', s.groups],
      ['organisation', s.organisation],
    ];
    let body: TemplateResult;
    if (section === 'groups') {
      body = html`<tehostamo-groups></tehostamo-groups>`;
    } else if (section === 'organisation') {
      // The listing editors upgrade when their chunk arrives; the rest of the page does not wait.
      if (user.memberships.length > 0) void parts['listing-editor']();
      body = html`<tehostamo-organisation></tehostamo-organisation> ${user.memberships.map(
          (m) =>
            html`<details class="listing">
              <summary>${s.listing(m.organisation.name)}</summary>
              <tehostamo-listing-editor
                organisation-id=${m.organisation.id}
              ></tehostamo-listing-editor>
            </details>`,
        )}
        <h2>${s.embed}</h2>
        <p>${s.embedLead} <a href="/embed">/embed</a></p>
        ${user.memberships
          .filter((m) => m.role === 'admin')
          .map(
            (m) =>
              html`<tehostamo-my-data
                organisation-id=${m.organisation.id}
                organisation-name=${m.organisation.name}
              ></tehostamo-my-data>`,
          )}`;
    } else {
      body = html`<tehostamo-profile-editor></tehostamo-profile-editor>
        <tehostamo-my-data></tehostamo-my-data>`;
    }
    return html`<p class="lead">${s.lead}</p>
      <ul class="subnav" aria-label=${this.s.titles.settings}>
        ${sub.map(
          ([key, label]) => html`<li>${this.link(`/settings/${key}`, label, section === key)}</li>`,
        )}
      </ul>
      <section class="card">${body}</section>`;
  }

  protected override render() {
    const route = this.route;
    const user = this.activeUser;
    const role =
      route?.view === 'task' && route.id === this.managedTaskId
        ? 'requester'
        : route
          ? roleOf(route.view)
          : 'helper';
    return html`<div class=${`${this.baseClasses(role)} app`} part="base">
      <button type="button" class="skip" @click=${this.skip}>${this.s.skipToContent}</button>
      ${this.renderHeader(user)}
      <main
        id="main"
        tabindex="-1"
        part="main"
        class="view"
        data-view=${route?.view ?? 'not-found'}
      >
        <h1 tabindex="-1">${this.title_()}</h1>
        ${this.renderView(route, user)}
      </main>
      <footer part="footer" class="foot">
        <a href="/embed">${this.s.settings.embed}</a>
        <a href="/reports">${this.s.nav.reports}</a>
        <a href="/api/v1/openapi.json">API</a>
      </footer>
    </div>`;
  }

  private skip() {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-app': TehostamoApp;
  }
}

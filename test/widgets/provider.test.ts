import { consume, ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ME, TASKS } from '../../stories/support/data.ts';
import { fakeClient } from '../../stories/support/fake-client.ts';
import type { Me } from '../../sdk/schemas/users.ts';
import { clientContext, userContext, type TehostamoClient } from '../../widgets/context.ts';
import '../../widgets/index.ts';
import type { TehostamoProvider } from '../../widgets/provider/provider.ts';
import { shadow, until } from './helpers.ts';

/** Sees what the provider provides. */
class ContextProbe extends LitElement {
  @consume({ context: clientContext, subscribe: true }) client?: TehostamoClient;
  @consume({ context: userContext, subscribe: true }) user?: Me | null;
}
customElements.define('context-probe', ContextProbe);

const API = 'https://tehostamo.example';
const realFetch = window.fetch;
let requests: Request[] = [];

/** The server, as far as the provider asks it: who is signed in. */
function serve(me: (request: Request) => Response) {
  requests = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return me(request);
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('<tehostamo-provider>', () => {
  afterEach(() => {
    window.fetch = realFetch;
    localStorage.clear();
    document.documentElement.removeAttribute('lang');
  });

  it('makes an SDK client from base-url and, with no token kept, provides nobody without asking', async () => {
    serve(() => json({ error: { code: 'unexpected', message: 'no call expected' } }, 500));
    const el = await fixture<TehostamoProvider>(
      html`<tehostamo-provider base-url=${API}
        ><context-probe></context-probe
      ></tehostamo-provider>`,
    );
    const probe = el.querySelector('context-probe') as ContextProbe;
    await until(() => probe.user === null);
    expect(probe.client).to.have.nested.property('tasks.list').that.is.a('function');
    expect(requests).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks who is signed in with the kept token, and provides the user', async () => {
    localStorage.setItem('tehostamo.token', 'tok_kept');
    serve((request) =>
      request.url === `${API}/api/v1/me` &&
      request.headers.get('authorization') === 'Bearer tok_kept'
        ? json(ME)
        : json({ error: { code: 'invalid_token', message: 'no' } }, 401),
    );
    const el = await fixture<TehostamoProvider>(
      html`<tehostamo-provider base-url=${API} lang="sv"
        ><context-probe></context-probe
      ></tehostamo-provider>`,
    );
    const probe = el.querySelector('context-probe') as ContextProbe;
    await until(() => probe.user?.name === 'Aino Virtanen');
    expect(requests[0]!.headers.get('accept-language')).to.equal('sv');
  });

  it('forgets a token the server no longer accepts', async () => {
    localStorage.setItem('tehostamo.token', 'tok_revoked');
    serve(() => json({ error: { code: 'invalid_token', message: 'revoked' } }, 401));
    const el = await fixture<TehostamoProvider>(
      html`<tehostamo-provider base-url=${API}
        ><context-probe></context-probe
      ></tehostamo-provider>`,
    );
    const probe = el.querySelector('context-probe') as ContextProbe;
    await until(() => probe.user === null);
    await until(() => localStorage.getItem('tehostamo.token') === null);
  });

  it('takes over a sign-in from any widget inside, and a sign-out', async () => {
    const fake = fakeClient({ tasks: TASKS });
    const signedIn = fakeClient({ tasks: TASKS, signedIn: true, user: ME });
    const el = await fixture<TehostamoProvider>(
      html`<tehostamo-provider .client=${fake} .user=${null}
        ><context-probe></context-probe
      ></tehostamo-provider>`,
    );
    const probe = el.querySelector('context-probe') as ContextProbe;
    expect(probe.client).to.equal(fake);
    probe.dispatchEvent(
      new CustomEvent('tehostamo-sign-in', {
        detail: { user: ME, client: signedIn },
        bubbles: true,
        composed: true,
      }),
    );
    expect(probe.user?.id).to.equal(ME.id);
    expect(probe.client).to.equal(signedIn);
    probe.dispatchEvent(
      new CustomEvent('tehostamo-sign-out', { detail: {}, bubbles: true, composed: true }),
    );
    expect(probe.user).to.equal(null);
    expect(probe.client).to.equal(fake);
  });

  it('shares a sign-in with the other providers that keep the token under the same key', async () => {
    serve(() => json({ error: { code: 'unexpected', message: 'no call expected' } }, 500));
    const root = await fixture<HTMLElement>(
      html`<div>
        <tehostamo-provider base-url=${API}><context-probe></context-probe></tehostamo-provider>
        <tehostamo-provider base-url=${API}><context-probe></context-probe></tehostamo-provider>
        <tehostamo-provider base-url=${API} storage-key="other"
          ><context-probe></context-probe
        ></tehostamo-provider>
      </div>`,
    );
    const [a, b, other] = [...root.querySelectorAll('context-probe')] as ContextProbe[];
    await until(() => a!.user === null && b!.user === null && other!.user === null);
    localStorage.setItem('tehostamo.token', 'tok_signed_in');
    a!.dispatchEvent(
      new CustomEvent('tehostamo-sign-in', {
        detail: { user: ME, client: fakeClient({ signedIn: true, user: ME }) },
        bubbles: true,
        composed: true,
      }),
    );
    expect(b!.user?.id).to.equal(ME.id);
    expect(other!.user).to.equal(null);
    b!.dispatchEvent(
      new CustomEvent('tehostamo-sign-out', { detail: {}, bubbles: true, composed: true }),
    );
    expect(a!.user).to.equal(null);
    expect(localStorage.getItem('tehostamo.token')).to.equal(null);
  });

  it('lets a page provide its own client, without a provider element', async () => {
    const fake = fakeClient({ tasks: TASKS, signedIn: true, user: ME });
    const host = await fixture<HTMLElement>(html`<div></div>`);
    new ContextProvider(host, { context: clientContext, initialValue: fake });
    const picker = document.createElement('tehostamo-applicant-picker');
    picker.taskId = 101;
    host.append(picker);
    // No user context: the widget asks the page's client itself.
    await until(() => fake.callsOf('me.get').length === 1);
    await until(() => fake.callsOf('applications.list').length === 1);
  });

  it('warns once with a stable code when a widget has no client, and does not throw', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<HTMLElement>(html`<tehostamo-task-list></tehostamo-task-list>`);
      await until(() => warnings.length > 0, 2500);
      expect(warnings[0]).to.match(/^\[tehostamo:no-client\] <tehostamo-task-list> has no client/);
      expect(shadow(el).textContent).to.contain('Palveluun ei ole yhteyttä');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('speaks the page’s language when nothing closer says otherwise', async () => {
    document.documentElement.lang = 'en-GB';
    const fake = fakeClient({ tasks: TASKS });
    const el = await fixture<HTMLElement>(
      html`<tehostamo-provider .client=${fake} .user=${null}>
        <tehostamo-task-list></tehostamo-task-list>
        <tehostamo-task-list lang="sv"></tehostamo-task-list>
      </tehostamo-provider>`,
    );
    const [page, own] = [...el.querySelectorAll('tehostamo-task-list')];
    await until(() => shadow(page!).querySelector('h2')!.textContent!.includes('Open tasks'));
    // Each language's strings come in a chunk of their own: the Swedish list renders once its arrive.
    await until(() => shadow(own!).querySelector('h2')?.textContent?.includes('Lediga uppdrag'));
    document.documentElement.lang = 'fi';
    await until(() => shadow(page!).querySelector('h2')!.textContent!.includes('Avoimet tehtävät'));
  });

  it('follows the system’s dark mode unless a theme is set, and passes axe in it', async () => {
    const fake = fakeClient({ tasks: TASKS });
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await fixture<HTMLElement>(
        html`<tehostamo-provider .client=${fake} .user=${null}>
          <tehostamo-task-list></tehostamo-task-list>
          <tehostamo-task-list theme="light"></tehostamo-task-list>
        </tehostamo-provider>`,
      );
      const [auto, light] = [...el.querySelectorAll('tehostamo-task-list')];
      await until(() => shadow(auto!).querySelectorAll('.task').length === 3);
      const background = (list: Element) =>
        getComputedStyle(shadow(list).querySelector('.base')!).backgroundColor;
      expect(background(auto!)).to.equal('rgb(22, 24, 36)');
      expect(background(light!)).to.equal('rgb(255, 255, 255)');
      await expect(auto!).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { HELPER, ME, TASKS } from '../../stories/support/data.ts';
import { NEWCOMER, ORGANISATIONS } from '../../stories/support/profile-data.ts';
import { PROFILES } from '../../stories/support/work-data.ts';
import { SETTINGS } from '../../stories/support/settings-data.ts';
import {
  fakeClient,
  type FakeClient,
  type FakeOptions,
} from '../../stories/support/fake-client.ts';
import type { Me } from '../../sdk/schemas/users.ts';
import '../../widgets/app/app.ts';
import type { TehostamoApp } from '../../widgets/app/app.ts';
import '../../widgets/provider/provider.ts';
import { shadow, until } from './helpers.ts';

const START = location.pathname + location.search;

/** The app inside a provider with a fake client, at `path` in the address bar. */
async function app(path: string, fake: FakeOptions = { tasks: TASKS, user: ME, signedIn: true }) {
  history.replaceState(null, '', path);
  const client = fakeClient(fake);
  const user: Me | null = fake.signedIn && fake.user ? fake.user : null;
  const root = await fixture<HTMLElement>(
    html`<tehostamo-provider .client=${client} .user=${user}
      ><tehostamo-app></tehostamo-app
    ></tehostamo-provider>`,
  );
  const el = root.querySelector('tehostamo-app') as TehostamoApp;
  await el.updateComplete;
  return { el, fake: client as FakeClient, root };
}

const view = (el: TehostamoApp) => shadow(el).querySelector('main')!;
const heading = (el: TehostamoApp) => shadow(el).querySelector('h1')?.textContent?.trim();
const link = (el: TehostamoApp, text: string) =>
  [...shadow(el).querySelectorAll('a')].find((a) => a.textContent?.trim() === text)!;

/** Waits for a view's element to be loaded and rendered. */
const shows = (el: TehostamoApp, selector: string) =>
  until(() => view(el).querySelector(selector), 3000);

describe('<tehostamo-app>', () => {
  before(async function () {
    // The views' modules load once, before the clock of the first test starts.
    this.timeout(30_000);
    await Promise.all([
      import('../../widgets/task-list/task-list.ts'),
      import('../../widgets/request-form/request-form.ts'),
      import('../../widgets/task/task.ts'),
      import('../../widgets/my-work/my-work.ts'),
      import('../../widgets/profile-card/profile-card.ts'),
      import('../../widgets/groups/groups.ts'),
      import('../../widgets/organisation/organisation.ts'),
      import('../../widgets/onboarding/onboarding.ts'),
      import('../../widgets/profile-editor/profile-editor.ts'),
    ]);
    // A Finnish browser: the app speaks the browser's language until told otherwise.
    Object.defineProperty(navigator, 'languages', {
      get: () => ['fi-FI', 'en'],
      configurable: true,
    });
  });

  afterEach(() => {
    history.replaceState(null, '', START);
    localStorage.clear();
    document.documentElement.removeAttribute('lang');
  });

  it('shows the view of the address it was opened at', async function () {
    // axe over the whole app and a list of tasks takes its time on a busy machine.
    this.timeout(20_000);
    const { el, fake } = await app('/opportunities');
    const list = await shows(el, 'tehostamo-task-list[feed=opportunities]');
    // The signed-in feed, not every open task.
    await until(() => shadow(list).querySelector('.task-open'));
    expect(fake.callsOf('me.opportunities')).to.have.length(1);
    expect(fake.callsOf('tasks.list')).to.have.length(0);
    expect(heading(el)).to.equal('Mahdollisuudet');
    expect(link(el, 'Mahdollisuudet').getAttribute('aria-current')).to.equal('page');
    expect(document.title).to.equal('Mahdollisuudet – Tehostamo');
    await expect(el).to.be.accessible();
  });

  it('moves between views by links without a reload, and back and forward follow', async () => {
    const { el } = await app('/');
    const before = history.length;
    link(el, 'Mahdollisuudet').click();
    await shows(el, 'tehostamo-task-list');
    expect(location.pathname).to.equal('/opportunities');
    expect(history.length).to.equal(before + 1);
    expect(
      shadow(el).activeElement === shadow(el).querySelector('h1'),
      'focus on the heading',
    ).to.equal(true);

    link(el, 'Asetukset').click();
    await el.updateComplete;
    expect(location.pathname).to.equal('/settings');
    expect(heading(el)).to.equal('Asetukset');

    history.back();
    await until(() => location.pathname === '/opportunities' && heading(el) === 'Mahdollisuudet');
    history.back();
    await until(() => location.pathname === '/' && heading(el) === 'Etusivu');
    history.forward();
    await until(() => heading(el) === 'Mahdollisuudet');
    expect(location.pathname).to.equal('/opportunities');
  });

  it('keeps the view over a reload', async () => {
    const first = await app('/settings/groups');
    // The groups' element loads first (a chunk of its own).
    (await until(() => link(first.el, 'Organisaatio'))).click();
    await first.el.updateComplete;
    expect(location.pathname).to.equal('/settings/organisation');
    first.root.remove();
    // A reload builds the app again from the address alone.
    const { el } = await app(location.pathname);
    expect(heading(el)).to.equal('Asetukset');
    await shows(el, 'tehostamo-organisation');
    expect(link(el, 'Organisaatio').getAttribute('aria-current')).to.equal('page');
  });

  it('asks a visitor to sign in on a private view, then shows that view at the same address', async () => {
    const { el } = await app('/history', { tasks: TASKS, user: ME, code: '123456' });
    expect(heading(el)).to.equal('Historia');
    const signIn = view(el).querySelector('tehostamo-sign-in')!;
    expect(Boolean(signIn)).to.equal(true);
    await expect(el).to.be.accessible();
    const form = shadow(signIn);
    form.querySelector<HTMLInputElement>('#email')!.value = 'aino.virtanen@example.org';
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const code = await until(() => shadow(signIn).querySelector<HTMLInputElement>('#code'));
    code.value = '123456';
    shadow(signIn).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => shadow(el).querySelector('.who'));
    expect(location.pathname).to.equal('/history');
    expect(view(el).querySelector('tehostamo-sign-in') === null).to.equal(true);
    expect(shadow(el).querySelector('.who')!.textContent).to.contain('Aino Virtanen');
  });

  it('returns from the sign-in page to where the visitor was going', async () => {
    const { el } = await app('/sign-in?next=%2Fsettings%2Fgroups', {
      tasks: TASKS,
      user: ME,
    });
    const signIn = view(el).querySelector('tehostamo-sign-in')!;
    const form = shadow(signIn);
    form.querySelector<HTMLInputElement>('#email')!.value = 'aino.virtanen@example.org';
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const code = await until(() => shadow(signIn).querySelector<HTMLInputElement>('#code'));
    code.value = '123456';
    shadow(signIn).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => location.pathname === '/settings/groups');
    expect(heading(el)).to.equal('Asetukset');
  });

  it('never sends a visitor to another site after signing in', async () => {
    const { el } = await app('/sign-in?next=https%3A%2F%2Fevil.example%2F', {
      tasks: TASKS,
      user: ME,
    });
    const signIn = view(el).querySelector('tehostamo-sign-in')!;
    const form = shadow(signIn);
    form.querySelector<HTMLInputElement>('#email')!.value = 'aino.virtanen@example.org';
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const code = await until(() => shadow(signIn).querySelector<HTMLInputElement>('#code'));
    code.value = '123456';
    shadow(signIn).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => location.pathname === '/');
    expect(location.origin).to.equal(window.location.origin);
  });

  it('shows a visitor the open tasks and a sign-in link that comes back', async () => {
    const { el } = await app('/', { tasks: TASKS, user: ME });
    await shows(el, 'tehostamo-task-list:not([feed])');
    expect(heading(el)).to.equal('Tervetuloa Tehostamoon');
    expect(shadow(el).querySelector('nav')!.textContent).not.to.contain('Meneillään');
    expect(link(el, 'Kirjaudu sisään').getAttribute('href')).to.equal('/sign-in');
    await expect(el).to.be.accessible();
  });

  it('manages groups in Asetukset › Ryhmät, and asks a group for help with the group preset', async () => {
    const { el } = await app('/settings/groups', {
      tasks: TASKS,
      user: ME,
      signedIn: true,
      settings: SETTINGS,
    });
    const groups = await shows(el, 'tehostamo-groups');
    const post = await until(() =>
      shadow(groups).querySelector<HTMLAnchorElement>('a[href="/tasks/new?group=KLTH7XQ"]'),
    );
    post.click();
    const form = await shows(el, 'tehostamo-request-form');
    expect(location.pathname + location.search).to.equal('/tasks/new?group=KLTH7XQ');
    expect(form.getAttribute('group-code')).to.equal('KLTH7XQ');
  });

  it('signs out from the header and goes to the home page', async () => {
    const { el, fake } = await app('/settings');
    shadow(el).querySelector<HTMLButtonElement>('button.signout')!.click();
    await until(() => location.pathname === '/' && heading(el) === 'Tervetuloa Tehostamoon');
    expect(fake.callsOf('auth.signOut')).to.have.length(1);
    expect(shadow(el).querySelector('.who') === null).to.equal(true);
  });

  it("offers the person's own data in the settings: download it, or erase the account", async () => {
    const { el } = await app('/settings');
    const mine = await shows(el, 'tehostamo-my-data');
    await until(() => customElements.get('tehostamo-my-data') && mine.shadowRoot);
    expect(shadow(mine).textContent).to.contain('Omat tietosi');
    expect(shadow(mine).textContent).to.contain('Poista tili');
  });

  it('shows what needs the user now on Etusivu, and their work in Meneillään and Historia', async () => {
    const { el } = await app('/');
    await shows(el, 'tehostamo-my-work[view=attention]');
    link(el, 'Meneillään').click();
    await shows(el, 'tehostamo-my-work[view=ongoing]');
    link(el, 'Historia').click();
    await shows(el, 'tehostamo-my-work[view=history]');
    expect(location.pathname).to.equal('/history');
  });

  it('opens a task picked from the signed-in feed on its own page', async () => {
    const { el } = await app('/opportunities');
    const list = await shows(el, 'tehostamo-task-list');
    const open = await until(() => shadow(list).querySelector<HTMLButtonElement>('.task-open'));
    open.click();
    const task = await shows(el, 'tehostamo-task');
    expect(location.pathname).to.match(/^\/tasks\/\d+$/);
    expect(task.getAttribute('task-id')).to.equal(location.pathname.split('/')[2]);
    history.back();
    await until(() => location.pathname === '/opportunities' && heading(el) === 'Mahdollisuudet');
  });

  it('shows a public profile to anyone', async () => {
    const { el } = await app('/users/20', { tasks: TASKS, user: ME, profiles: PROFILES });
    const card = await shows(el, 'tehostamo-profile-card');
    expect(card.getAttribute('user-id')).to.equal('20');
    expect(view(el).querySelector('tehostamo-sign-in') === null).to.equal(true);
  });

  it('asks a visitor who opens an emailed task link to sign in first', async () => {
    const { el } = await app('/tasks/101', { tasks: TASKS, user: ME });
    expect(Boolean(view(el).querySelector('tehostamo-sign-in'))).to.equal(true);
    expect(view(el).querySelector('tehostamo-task') === null).to.equal(true);
  });

  it('tells an unknown address apart, with a way home', async () => {
    const { el } = await app('/no-such-page');
    expect(heading(el)).to.equal('Sivua ei löydy');
    expect(link(el, 'Etusivulle').getAttribute('href')).to.equal('/');
    await expect(el).to.be.accessible();
  });

  it('leaves links to other sites and to the API alone', async () => {
    const { el } = await app('/');
    const api = link(el, 'API');
    let prevented: boolean | null = null;
    const spy = (e: Event) => {
      prevented = e.defaultPrevented;
      e.preventDefault();
    };
    window.addEventListener('click', spy);
    api.click();
    window.removeEventListener('click', spy);
    expect(prevented).to.equal(false);
    expect(location.pathname).to.equal('/');
  });

  it('colours requester views pink and helper views dark blue', async () => {
    const { el } = await app('/tasks/new');
    await shows(el, 'tehostamo-request-form');
    expect(shadow(el).querySelector('.app')!.classList.contains('role-requester')).to.equal(true);
    link(el, 'Mahdollisuudet').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.app')!.classList.contains('role-helper')).to.equal(true);
  });

  it('turns a task page the requester’s colour for the organisation that manages it', async () => {
    const roleOfApp = (el: TehostamoApp) =>
      shadow(el).querySelector('.app')!.classList.contains('role-requester')
        ? 'requester'
        : 'helper';
    const managed = { ...TASKS[0]!, id: 901, viewer: { canManage: true, application: null } };
    const own = await app('/tasks/901', { tasks: [managed, ...TASKS], user: ME, signedIn: true });
    await shows(own.el, 'tehostamo-task');
    await until(() => roleOfApp(own.el) === 'requester');
    const other = await app(`/tasks/${TASKS[0]!.id}`);
    const page = await shows(other.el, 'tehostamo-task');
    await until(() => shadow(page).querySelector('#task-title'));
    expect(roleOfApp(other.el)).to.equal('helper');
  });

  it('speaks the chosen language and remembers it', async () => {
    const { el } = await app('/');
    const select = shadow(el).querySelector<HTMLSelectElement>('.session select')!;
    select.value = 'sv';
    select.dispatchEvent(new Event('change'));
    await until(() => heading(el) === 'Startsida');
    expect(document.documentElement.lang).to.equal('sv');
    expect(localStorage.getItem('tehostamo.lang')).to.equal('sv');
    expect(Boolean(link(el, 'Möjligheter'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('asks a person signed in for the first time their name and role, then shows where they were going', async () => {
    const { el, fake } = await app('/opportunities', {
      tasks: TASKS,
      user: NEWCOMER,
      signedIn: true,
      settings: { organisations: ORGANISATIONS, takenBusinessIds: ['0737546-2'] },
    });
    const onboarding = (await shows(el, 'tehostamo-onboarding')) as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    expect(heading(el)).to.equal('Tervetuloa');
    expect(view(el).querySelector('tehostamo-task-list')).to.equal(null);
    const $ = <T extends HTMLElement>(s: string) => shadow(onboarding).querySelector<T>(s)!;
    const name = await until(() => $<HTMLInputElement>('#name'));
    name.value = 'Maija Meikäläinen';
    name.dispatchEvent(new Event('input'));
    $<HTMLInputElement>('input[name=requester]').click();
    await onboarding.updateComplete;
    $<HTMLButtonElement>('button[type=submit]').click();
    // Named now, the person still gets to the organisation step.
    await until(() => shadow(onboarding).querySelector('#org-heading'));
    expect(fake.callsOf('me.update')).to.have.length(1);
    expect(shadow(el).querySelector('.who')!.textContent).to.contain('Maija Meikäläinen');
    expect(view(el).querySelector('tehostamo-onboarding')).to.equal(onboarding);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>('button.link').click();
    await shows(el, 'tehostamo-task-list[feed=opportunities]');
    expect(location.pathname).to.equal('/opportunities');
    expect(heading(el)).to.equal('Mahdollisuudet');
  });

  it('offers someone in no organisation the way to join or create one, at /welcome', async () => {
    const { el } = await app('/', { tasks: TASKS, user: HELPER, signedIn: true });
    await shows(el, 'tehostamo-my-work');
    link(el, 'Liity organisaatioosi tai luo se').click();
    const onboarding = await shows(el, 'tehostamo-onboarding');
    expect(location.pathname).to.equal('/welcome');
    await until(() => shadow(onboarding).querySelector('#org-heading'));
    shadow(onboarding).querySelector<HTMLButtonElement>('button.link')!.click();
    await until(() => location.pathname === '/');
    const member = await app('/', { tasks: TASKS, user: ME, signedIn: true });
    await shows(member.el, 'tehostamo-my-work');
    expect(view(member.el).textContent).not.to.contain('Liity organisaatioosi');
  });

  it('edits the profile in Asetukset › Profiili', async () => {
    const { el } = await app('/settings/profile');
    const editor = await shows(el, 'tehostamo-profile-editor');
    await until(() => shadow(editor).querySelector('#profile-name'));
    expect(shadow(editor).querySelector<HTMLInputElement>('#profile-name')!.value).to.equal(
      ME.name,
    );
    await expect(el).to.be.accessible();
    link(el, 'Ryhmät').click();
    await until(() => location.pathname === '/settings/groups');
    expect(view(el).querySelector('tehostamo-profile-editor')).to.equal(null);
    (await until(() => link(el, 'Profiili'))).click();
    await shows(el, 'tehostamo-profile-editor');
  });
});

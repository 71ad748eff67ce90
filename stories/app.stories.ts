import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/app/app.ts';
import { HELPER, ME, TASKS } from './support/data.ts';
import type { FakeOptions } from './support/fake-client.ts';
import { NEWCOMER, ORGANISATIONS } from './support/profile-data.ts';
import { scene, type SceneArgs } from './support/scene.ts';
import { BOTH_WORK, HELPER_WORK, PROFILES } from './support/work-data.ts';

interface Args extends SceneArgs {
  /** The address the app shows (`/`, `/opportunities`, `/tasks/new`, …). */
  path?: string;
  'dev-mailbox'?: boolean;
}

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      fake,
      html`<tehostamo-app
        no-history
        path=${ifDefined(args.path)}
        theme=${ifDefined(args.theme)}
        ?dev-mailbox=${args['dev-mailbox']}
      ></tehostamo-app>`,
      args,
    );
}

const signedIn: FakeOptions = {
  tasks: TASKS,
  user: ME,
  signedIn: true,
  work: BOTH_WORK,
  profiles: PROFILES,
};
const helper: FakeOptions = {
  tasks: TASKS,
  user: HELPER,
  signedIn: true,
  work: HELPER_WORK,
  profiles: PROFILES,
};
const anonymous: FakeOptions = { tasks: TASKS, user: HELPER, profiles: PROFILES };

const meta: Meta<Args> = {
  title: 'App/Application',
  component: 'tehostamo-app',
  args: { lang: 'fi', theme: 'light', path: '/' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    path: { control: 'text' },
  },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

/** A visitor: the open tasks and a way to sign in. */
export const Anonymous: Story = { render: render(anonymous) };

/** Who the user is not yet known (the provider is asking the server). */
export const UserLoading: Story = {
  render: render({ ...signedIn, pending: ['me.get'] }),
  args: { path: '/ongoing' },
};

/** Signed in: Etusivu with the tabs, the signed-in name and sign-out. */
export const SignedInHome: Story = { render: render(signedIn) };

/** Mahdollisuudet: the signed-in user's own feed. */
export const Opportunities: Story = { render: render(helper), args: { path: '/opportunities' } };

/** Meneillään: applications, assignments and the organisation's tasks, by what they need. */
export const Ongoing: Story = { render: render(signedIn), args: { path: '/ongoing' } };

/** Historia: done work with hours and feedback. */
export const History: Story = { render: render(helper), args: { path: '/history' } };

/** A task's page (an emailed link lands here). */
export const Task: Story = { render: render(signedIn), args: { path: `/tasks/${TASKS[0]!.id}` } };

/** A public profile, open to anyone. */
export const Profile: Story = { render: render(anonymous), args: { path: '/users/20' } };

/** Posting a request: the requester's pink. */
export const NewTask: Story = { render: render(signedIn), args: { path: '/tasks/new' } };

/** A private view opened by a visitor (an emailed link): sign in first, then the view. */
export const PrivateViewAsksToSignIn: Story = {
  render: render(anonymous),
  args: { path: '/history', 'dev-mailbox': true },
};

/** The sign-in page. */
export const SignIn: Story = {
  render: render(anonymous),
  args: { path: '/sign-in', 'dev-mailbox': true },
};

/** Asetukset: the profile editor, each field saying who sees it, and the preview. */
export const Settings: Story = { render: render(signedIn), args: { path: '/settings' } };

/** A person signed in for the first time: asked their name and role before anything else. */
export const FirstSignIn: Story = {
  render: render({
    ...signedIn,
    user: NEWCOMER,
    settings: { organisations: ORGANISATIONS, takenBusinessIds: ['0737546-2'] },
  }),
  args: { path: '/' },
};

/** Etusivu for someone in no organisation: the next step is to join or create one. */
export const NoOrganisation: Story = {
  render: render({ ...helper, user: { ...HELPER, joinRequests: [] } }),
  args: { path: '/' },
};

/** Asetukset › Organisaatio: memberships and the embedding page. */
export const SettingsOrganisation: Story = {
  render: render(signedIn),
  args: { path: '/settings/organisation' },
};

/** An address the app does not have. */
export const NotFound: Story = { render: render(signedIn), args: { path: '/no-such-page' } };

/** In Swedish. */
export const Swedish: Story = { render: render(helper), args: { path: '/', lang: 'sv' } };

/** In English, dark. */
export const EnglishDark: Story = {
  render: render(helper),
  args: { path: '/opportunities', lang: 'en', theme: 'dark' },
};

/** On a 320 px screen. */
export const Narrow: Story = { render: render(signedIn), args: { path: '/', width: 320 } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/groups/groups.ts';
import { ME, TWO_ORGS_ME } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';
import { NO_ORG_ME, SETTINGS } from './support/settings-data.ts';

type Args = SceneArgs;

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(fake, html`<tehostamo-groups theme=${ifDefined(args.theme)}></tehostamo-groups>`, args);
}

const signedIn = { user: ME, signedIn: true, settings: SETTINGS };

const meta: Meta<Args> = {
  title: 'Widgets/Groups',
  component: 'tehostamo-groups',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * An association's admin: its own network (members by email, add by pasting, remove), a nearly
 * full group (the room left is shown), and another organisation's group they were invited to.
 */
export const Default: Story = { render: render(signedIn) };

/** In no group yet, but a member of an organisation: create one or join with a code. */
export const Empty: Story = {
  render: render({ ...signedIn, settings: { ...SETTINGS, groups: [] } }),
};

/** A member of two organisations chooses whose group to create. */
export const TwoOrganisations: Story = {
  render: render({ ...signedIn, user: TWO_ORGS_ME, settings: { ...SETTINGS, groups: [] } }),
};

/** In no organisation: groups belong to organisations, so the way there is shown. */
export const NoOrganisation: Story = {
  render: render({ ...signedIn, user: NO_ORG_ME, settings: { ...SETTINGS, groups: [] } }),
};

/** Waiting for the groups. */
export const Loading: Story = {
  render: render({ ...signedIn, pending: ['groups.list'] }),
};

/** The server failed. */
export const Error: Story = {
  render: render({ ...signedIn, errors: { 'groups.list': errors.server() } }),
};

/** Signed out: the inline sign-in. */
export const SignedOut: Story = {
  render: render({ user: ME, signedIn: false, settings: SETTINGS }),
};

/** At 320 px. */
export const Narrow320: Story = { render: render(signedIn), args: { width: 320 } };

/** Dark theme. */
export const Dark: Story = { render: render(signedIn), args: { theme: 'dark' } };

/** In Swedish. */
export const Swedish: Story = { render: render(signedIn), args: { lang: 'sv' } };

/** In English. */
export const English: Story = { render: render(signedIn), args: { lang: 'en' } };

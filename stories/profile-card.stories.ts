import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/profile-card/profile-card.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';
import { PROFILES } from './support/work-data.ts';

interface Args extends SceneArgs {
  'user-id'?: number;
  compact?: boolean;
}

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      fake,
      html`<tehostamo-profile-card
        user-id=${ifDefined(args['user-id'])}
        ?compact=${args.compact}
        theme=${ifDefined(args.theme)}
      ></tehostamo-profile-card>`,
      args,
    );
}

const withProfiles = { profiles: PROFILES };

const meta: Meta<Args> = {
  title: 'Widgets/Profile card',
  component: 'tehostamo-profile-card',
  args: { lang: 'fi', theme: 'light', 'user-id': 20, compact: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    compact: { control: 'boolean' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A pro bono professional's full profile: CV, links, and feedback as a helper and as a requester. */
export const Default: Story = { render: render(withProfiles) };

/** Someone who asks for help for their association: feedback received as a requester. */
export const Requester: Story = { render: render(withProfiles), args: { 'user-id': 7 } };

/** The same person in a list of applicants. */
export const Compact: Story = { render: render(withProfiles), args: { compact: true } };

/** A new user: no CV shared, no feedback, no place. */
export const Empty: Story = { render: render(withProfiles), args: { 'user-id': 21 } };

/** Waiting for the profile. */
export const Loading: Story = { render: render({ ...withProfiles, pending: ['users.get'] }) };

/** The server failed. */
export const Error: Story = {
  render: render({ ...withProfiles, errors: { 'users.get': errors.server() } }),
};

/** No user with this id. */
export const NotFound: Story = { render: render(withProfiles), args: { 'user-id': 999 } };

/** Long Finnish words, and a stored link that is not https (shown as no link at all). */
export const LongFinnishText: Story = { render: render(withProfiles), args: { 'user-id': 22 } };

/** At 320 px. */
export const Narrow320: Story = {
  render: render(withProfiles),
  args: { 'user-id': 22, width: 320 },
};

/** Dark theme. */
export const Dark: Story = { render: render(withProfiles), args: { theme: 'dark' } };

/** In Swedish. */
export const Swedish: Story = { render: render(withProfiles), args: { lang: 'sv' } };

/** In English, compact. */
export const English: Story = {
  render: render(withProfiles),
  args: { lang: 'en', compact: true },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiKey } from '../sdk/schemas/organisations.ts';
import '../widgets/embed-builder/embed-builder.ts';
import { ME, TASKS } from './support/data.ts';
import type { FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';

type Args = SceneArgs;

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      fake,
      html`<tehostamo-embed-builder theme=${ifDefined(args.theme)}></tehostamo-embed-builder>`,
      args,
    );
}

const KEYS: ApiKey[] = [
  {
    id: 41,
    kind: 'publishable',
    name: 'Kotisivut',
    prefix: 'pk_a1b2c3d4e',
    allowedOrigins: ['https://www.kotikyla.fi'],
    autoJoin: true,
    autoJoinDomains: ['kotikyla.fi'],
    createdAt: '2025-02-01T09:00:00.000Z',
    lastUsedAt: '2025-03-01T09:00:00.000Z',
    revokedAt: null,
    rotatedAt: null,
  },
  {
    id: 42,
    kind: 'secret',
    name: 'Jäsenrekisteri',
    prefix: 'sk_9z8y7x6w5',
    allowedOrigins: [],
    autoJoin: false,
    autoJoinDomains: [],
    createdAt: '2025-02-02T09:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    rotatedAt: null,
  },
];

const admin = { user: ME, signedIn: true, tasks: TASKS, settings: { apiKeys: { 1: KEYS } } };

const meta: Meta<Args> = {
  title: 'Widgets/Embed builder',
  component: 'tehostamo-embed-builder',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** An association's admin: a publishable key with its site, a secret key, and the builder. */
export const Default: Story = { render: render(admin) };

/** No keys yet: make the first one. */
export const NoKeys: Story = { render: render({ ...admin, settings: { apiKeys: {} } }) };

/** A member who is not an admin is told to ask one. */
export const NotAdmin: Story = {
  render: render({
    ...admin,
    user: { ...ME, memberships: ME.memberships.map((m) => ({ ...m, role: 'member' as const })) },
  }),
};

/** Not signed in. */
export const SignedOut: Story = { render: render({ signedIn: false }) };

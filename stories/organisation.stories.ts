import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/organisation/organisation.ts';
import { makeTask } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';
import {
  ASSOCIATION,
  MANY_ORGS_ME,
  MEMBER_ME,
  NO_ORG_ME,
  ORG_MEMBERS,
  OTHER_ASSOCIATION,
  SETTINGS,
} from './support/settings-data.ts';

interface Args extends SceneArgs {
  'organisation-id'?: number;
}

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      // Each rendering gets its own person: creating an organisation changes their memberships.
      { ...fake, user: structuredClone(fake.user) },
      html`<tehostamo-organisation
        organisation-id=${ifDefined(args['organisation-id'])}
        theme=${ifDefined(args.theme)}
      ></tehostamo-organisation>`,
      args,
    );
}

/** Open tasks the company's programme shows in the preview. */
const PREVIEW_TASKS = [
  makeTask({
    id: 201,
    title: 'Tilinpäätöksen tarkistus ennen vuosikokousta',
    category: 'kirjanpito-talous',
    organisation: { id: 4, name: OTHER_ASSOCIATION.name, kind: 'association' },
  }),
  makeTask({
    id: 202,
    title: 'Kirjanpito-ohjelman vaihto',
    category: 'kirjanpito-talous',
    organisation: { id: 1, name: ASSOCIATION.name, kind: 'association' },
  }),
];

const admin = {
  user: structuredClone(MANY_ORGS_ME),
  signedIn: true,
  settings: SETTINGS,
  tasks: PREVIEW_TASKS,
};

const meta: Meta<Args> = {
  title: 'Widgets/Organisation',
  component: 'tehostamo-organisation',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'organisation-id': { control: 'number' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * An association's admin in three organisations (they choose which): public details, members and
 * roles with an invitation by email, and the requests to join.
 */
export const Admin: Story = { render: render(admin) };

/** An umbrella invited the association to be its member: its admins accept or decline. */
export const UmbrellaInvitation: Story = {
  render: render({
    ...admin,
    settings: {
      ...SETTINGS,
      umbrellaInvitations: {
        1: [
          {
            umbrella: { id: 90, name: 'Järjestöliitto Tuki ry', kind: 'umbrella' },
            invitedAt: '2025-03-01T09:00:00.000Z',
          },
        ],
      },
    },
  }),
};

/** A member who is not an admin: the same, read only; they may leave. */
export const Member: Story = {
  render: render({
    ...admin,
    user: MEMBER_ME,
    settings: {
      ...SETTINGS,
      organisationMembers: {
        1: ORG_MEMBERS.map((m) => ({
          ...m,
          role: m.user.id === MEMBER_ME.id ? 'member' : 'admin',
        })),
      },
    },
  }),
};

/** An umbrella organisation: its member organisations, invited by name. */
export const Umbrella: Story = { render: render(admin), args: { 'organisation-id': 2 } };

/** A company: its pro bono programme and a preview of the feed it gives. */
export const Company: Story = { render: render(admin), args: { 'organisation-id': 3 } };

/** No organisation yet: create one (or be invited). */
export const NoOrganisation: Story = {
  render: render({ ...admin, user: structuredClone(NO_ORG_ME) }),
};

/** Waiting for the organisation. */
export const Loading: Story = {
  render: render({ ...admin, pending: ['organisations.get'] }),
};

/** The server failed. */
export const Error: Story = {
  render: render({ ...admin, errors: { 'organisations.get': errors.server() } }),
};

/** Signed out: the inline sign-in. */
export const SignedOut: Story = { render: render({ ...admin, signedIn: false }) };

/** At 320 px, the company with its programme. */
export const Narrow320: Story = {
  render: render(admin),
  args: { width: 320, 'organisation-id': 3 },
};

/** Dark theme. */
export const Dark: Story = { render: render(admin), args: { theme: 'dark' } };

/** In Swedish. */
export const Swedish: Story = { render: render(admin), args: { lang: 'sv' } };

/** In English, the company. */
export const English: Story = { render: render(admin), args: { lang: 'en', 'organisation-id': 3 } };

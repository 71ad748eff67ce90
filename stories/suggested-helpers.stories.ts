import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TaskInvitation } from '../sdk/schemas/suggestions.ts';
import '../widgets/task/suggested-helpers.ts';
import { ME } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { SUGGESTIONS } from './support/fake-suggestions.ts';
import { scene, type SceneArgs } from './support/scene.ts';

interface Args extends SceneArgs {
  'task-id'?: number;
  category?: string;
}

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      { signedIn: true, user: ME, ...fake },
      html`<tehostamo-suggested-helpers
        task-id=${ifDefined(args['task-id'])}
        category=${ifDefined(args.category)}
      ></tehostamo-suggested-helpers>`,
      args,
    );
}

const INVITED: TaskInvitation = {
  id: 690,
  taskId: 101,
  user: { id: 310, name: 'Kalle Kutsuttu' },
  invitedBy: { id: ME.id, name: ME.name },
  createdAt: '2025-03-01T09:00:00.000Z',
  acceptedAt: '2025-03-02T10:00:00.000Z',
};

const meta: Meta<Args> = {
  title: 'Widgets/Task page/Suggested helpers',
  component: 'tehostamo-suggested-helpers',
  args: { lang: 'fi', theme: 'light', 'task-id': 101, category: 'kirjanpito-talous' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Three fitting helpers, one invited before (and they applied): four invitations left. */
export const Suggestions: Story = {
  render: render({ suggestions: { byTask: { 101: SUGGESTIONS }, invited: { 101: [INVITED] } } }),
};

/** Nobody fits, or everyone who does has been invited. */
export const NoSuggestions: Story = { render: render({ suggestions: { byTask: {} } }) };

/** One invitation left: after it, the buttons are gone. */
export const LastInvitation: Story = {
  render: render({
    suggestions: { byTask: { 101: SUGGESTIONS }, invited: { 101: [INVITED] }, limit: 2 },
  }),
};

/** Every invitation of the task is sent. */
export const AllSent: Story = {
  render: render({
    suggestions: { byTask: { 101: SUGGESTIONS }, invited: { 101: [INVITED] }, limit: 1 },
  }),
};

/** Inviting fails: the person can no longer be invited (they turned invitations off). */
export const InviteRefused: Story = {
  render: render({
    suggestions: { byTask: { 101: SUGGESTIONS } },
    errors: { 'invitations.create': errors.api(409, 'not_invitable') },
  }),
};

/** Loading. */
export const Loading: Story = {
  render: render({ suggestions: { byTask: {} }, pending: ['tasks.suggestedHelpers'] }),
};

/** The suggestions could not be loaded: the message and *Retry*. */
export const LoadError: Story = {
  render: render({ errors: { 'tasks.suggestedHelpers': errors.server() } }),
};

export const Swedish: Story = { ...Suggestions, args: { lang: 'sv' } };
export const English: Story = { ...Suggestions, args: { lang: 'en' } };
export const Dark: Story = { ...Suggestions, args: { theme: 'dark' } };

/** 320 px wide. */
export const Narrow: Story = { ...Suggestions, args: { width: 320 } };

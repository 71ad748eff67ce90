import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/my-work/my-work.ts';
import type { MyWorkView } from '../widgets/my-work/my-work.ts';
import { HELPER, ME } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';
import { BOTH_WORK, HELPER_WORK, REQUESTER_WORK } from './support/work-data.ts';

interface Args extends SceneArgs {
  view?: MyWorkView;
}

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      fake,
      html`<tehostamo-my-work
        view=${ifDefined(args.view)}
        theme=${ifDefined(args.theme)}
      ></tehostamo-my-work>`,
      args,
    );
}

const helper = { signedIn: true, user: HELPER };
const member = { signedIn: true, user: ME };

const meta: Meta<Args> = {
  title: 'Widgets/My work',
  component: 'tehostamo-my-work',
  args: { lang: 'fi', theme: 'light', view: 'ongoing' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    view: { control: 'inline-radio', options: ['ongoing', 'history', 'attention'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A helper's Meneillään: work to mark done, work waiting for approval, feedback to give, applications. */
export const Helper: Story = { render: render({ ...helper, work: HELPER_WORK }) };

/** A requester's Meneillään: the organisation's tasks grouped by what they need. */
export const Requester: Story = { render: render({ ...member, work: REQUESTER_WORK }) };

/** Someone in both roles: helper (dark blue) and requester (pink) side by side. */
export const Both: Story = { render: render({ ...member, work: BOTH_WORK }) };

/** Historia for someone in both roles: hours, and the feedback received and given. */
export const History: Story = {
  render: render({ ...member, work: BOTH_WORK }),
  args: { view: 'history' },
};

/** Etusivu's "what needs me now": only the items that need an action, with counts. */
export const Attention: Story = {
  render: render({ ...member, work: BOTH_WORK }),
  args: { view: 'attention' },
};

/** Nothing needs the person now. */
export const AttentionEmpty: Story = {
  render: render({ ...member }),
  args: { view: 'attention' },
};

/** A member of an organisation with nothing going on in either role. */
export const Empty: Story = { render: render({ ...member }) };

/** An empty history. */
export const HistoryEmpty: Story = { render: render({ ...helper }), args: { view: 'history' } };

/** Waiting for the answer. */
export const Loading: Story = { render: render({ ...member, pending: ['me.work'] }) };

/** The server failed. */
export const Error: Story = {
  render: render({ ...member, errors: { 'me.work': errors.server() } }),
};

/** Not signed in: sign in with an emailed code (123456). */
export const SignedOut: Story = { render: render({ user: HELPER, work: HELPER_WORK }) };

/** At 320 px. */
export const Narrow320: Story = {
  render: render({ ...member, work: BOTH_WORK }),
  args: { width: 320 },
};

/** Dark theme. */
export const Dark: Story = {
  render: render({ ...member, work: BOTH_WORK }),
  args: { theme: 'dark' },
};

/** In Swedish. */
export const Swedish: Story = {
  render: render({ ...member, work: BOTH_WORK }),
  args: { lang: 'sv' },
};

/** In English, the history. */
export const English: Story = {
  render: render({ ...member, work: BOTH_WORK }),
  args: { lang: 'en', view: 'history' },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/task-list/task-list.ts';
import { HELPER, LONG_TASK, makeTask, ME, TASKS } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';

interface Args extends SceneArgs {
  category?: string;
  remote?: boolean;
  'hide-filters'?: boolean;
  'page-size'?: number;
}

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      fake,
      html`<tehostamo-task-list
        theme=${ifDefined(args.theme)}
        category=${ifDefined(args.category)}
        ?remote=${args.remote}
        ?hide-filters=${args['hide-filters']}
        page-size=${ifDefined(args['page-size'])}
      ></tehostamo-task-list>`,
      args,
    );
}

const MANY = Array.from({ length: 7 }, (_, i) =>
  makeTask({
    ...TASKS[i % TASKS.length],
    id: 200 + i,
    title: `${TASKS[i % TASKS.length]!.title} (${i + 1})`,
  }),
);

const meta: Meta<Args> = {
  title: 'Widgets/Task list',
  component: 'tehostamo-task-list',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Open tasks, a helper signed in. */
export const Default: Story = {
  args: { 'page-size': 5 },
  render: render({ tasks: [...TASKS, ...MANY], signedIn: true, user: HELPER }),
};

/** Waiting for the first page. */
export const Loading: Story = { render: render({ tasks: TASKS, pending: ['tasks.list'] }) };

/** No task matches. */
export const Empty: Story = { render: render({ tasks: [] }) };

/** The server failed. */
export const Error: Story = { render: render({ errors: { 'tasks.list': errors.server() } }) };

/** Nobody signed in: opening a task offers the inline sign-in (the code is 123456). */
export const SignedOut: Story = { render: render({ tasks: TASKS, user: HELPER }) };

/** A task of the helper's own organisation shows no Apply. */
export const OwnTask: Story = {
  render: render({
    tasks: [makeTask({ viewer: { canManage: true, application: null } })],
    signedIn: true,
    user: ME,
  }),
};

/** Long Finnish words and sentences. */
export const LongFinnishText: Story = {
  render: render({ tasks: [LONG_TASK, ...TASKS], signedIn: true, user: HELPER }),
};

/** 320 px wide, long text included. */
export const Narrow320: Story = {
  name: '320 px',
  args: { width: 320 },
  render: render({ tasks: [LONG_TASK, ...TASKS], signedIn: true, user: HELPER }),
};

/** Presets with the filter bar hidden: remote communications tasks. */
export const PresetsWithoutFilters: Story = {
  args: { category: 'viestinta', remote: true, 'hide-filters': true },
  render: render({ tasks: TASKS }),
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', 'page-size': 5 },
  render: render({ tasks: [...TASKS, ...MANY], signedIn: true, user: HELPER }),
};

/** In Swedish. */
export const Swedish: Story = {
  args: { lang: 'sv' },
  render: render({ tasks: TASKS, signedIn: true, user: HELPER }),
};

/** In English. */
export const English: Story = {
  args: { lang: 'en' },
  render: render({ tasks: TASKS, signedIn: true, user: HELPER }),
};

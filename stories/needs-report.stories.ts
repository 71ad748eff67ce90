import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/needs-report/needs-report.ts';
import { errors } from './support/fake-client.ts';
import {
  EMPTY_REPORT,
  reportsScene,
  UMBRELLA,
  UMBRELLA_STAFF,
  type ReportsSceneOptions,
} from './support/reports-data.ts';
import type { SceneArgs } from './support/scene.ts';

interface Args extends SceneArgs {
  umbrella?: number;
  region?: string;
  category?: string;
  'group-by'?: string;
  from?: string;
  to?: string;
  measure?: string;
}

function render(fake: ReportsSceneOptions = {}) {
  return (args: Args) =>
    reportsScene(
      { baseUrl: 'https://tehostamo.example', ...fake },
      html`<tehostamo-needs-report
        umbrella=${ifDefined(args.umbrella)}
        region=${ifDefined(args.region)}
        category=${ifDefined(args.category)}
        group-by=${ifDefined(args['group-by'])}
        from=${ifDefined(args.from)}
        to=${ifDefined(args.to)}
        measure=${ifDefined(args.measure)}
        theme=${ifDefined(args.theme)}
      ></tehostamo-needs-report>`,
      args,
    );
}

const meta: Meta<Args> = {
  title: 'Widgets/Needs report',
  component: 'tehostamo-needs-report',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The public figures by category: a chart, the table of every figure, and the CSV link. */
export const Default: Story = { render: render() };

/** A suppressed cell (fewer than 3 tasks) shows as "< 3", never as a zero, and the remote row. */
export const SuppressedCells: Story = {
  render: render(),
  args: { 'group-by': 'region', measure: 'actualHours' },
};

/** Umbrella staff, signed in: the umbrella's members by organisation, unsuppressed. */
export const UmbrellaBreakdown: Story = {
  render: render({ user: UMBRELLA_STAFF }),
  args: { umbrella: UMBRELLA.id, 'group-by': 'organisation' },
};

/** Umbrella staff choose between the public figures and their members'. */
export const UmbrellaStaffChooses: Story = { render: render({ user: UMBRELLA_STAFF }) };

/** Embedded on an umbrella's site with a publishable key: a visitor gets the public figures. */
export const EmbeddedOnUmbrellaSite: Story = {
  render: render(),
  args: { umbrella: UMBRELLA.id, region: 'Pirkanmaa', from: '2026-01', to: '2026-06' },
};

/** Nothing posted within the filters. */
export const Empty: Story = { render: render({ needs: EMPTY_REPORT }) };

/** Waiting for the server. */
export const Loading: Story = { render: render({ pending: ['needsInsight'] }) };

/** The server failed. */
export const Error: Story = {
  render: render({ errors: { needsInsight: errors.server() } }),
};

/** In Swedish. */
export const Swedish: Story = { render: render(), args: { lang: 'sv' } };

/** In English. */
export const English: Story = { render: render(), args: { lang: 'en' } };

/** On a phone: 320 px wide; the table scrolls in its own box. */
export const Narrow: Story = { render: render(), args: { width: 320 } };

/** Dark theme. */
export const Dark: Story = { render: render(), args: { theme: 'dark' } };

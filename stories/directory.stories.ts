import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/directory/directory.ts';
import { errors } from './support/fake-client.ts';
import { directoryScene, type FakeDirectoryOptions } from './support/directory-data.ts';
import type { SceneArgs } from './support/scene.ts';

interface Args extends SceneArgs {
  region?: string;
  'target-group'?: string;
  'service-language'?: string;
  'listing-id'?: number;
  query?: string;
}

function render(fake: FakeDirectoryOptions = {}) {
  return (args: Args) =>
    directoryScene(
      fake,
      html`<tehostamo-directory
        region=${ifDefined(args.region)}
        target-group=${ifDefined(args['target-group'])}
        service-language=${ifDefined(args['service-language'])}
        listing-id=${ifDefined(args['listing-id'])}
        query=${ifDefined(args.query)}
        theme=${ifDefined(args.theme)}
      ></tehostamo-directory>`,
      args,
    );
}

const meta: Meta<Args> = {
  title: 'Widgets/Directory',
  component: 'tehostamo-directory',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every service, with counts beside each filter. */
export const Default: Story = { render: render() };

/** A search by an inflected word: "muistisairaus" finds the memory café's "muistisairaiden". */
export const Searched: Story = { render: render(), args: { query: 'muistisairaus' } };

/** Embedded by a health centre: carers' services in Pohjois-Savo (the target group is fixed). */
export const FixedRegionAndTargetGroup: Story = {
  render: render(),
  args: { region: 'Pohjois-Savo', 'target-group': 'carers' },
};

/** In Swedish, services offered in Swedish only. */
export const Swedish: Story = { render: render(), args: { lang: 'sv', 'service-language': 'sv' } };

/** One organisation's page, with its services and the edit link for those without an account. */
export const Listing: Story = { render: render(), args: { 'listing-id': 11 } };

/** A listing nobody has checked for over a year: marked so. */
export const StaleListing: Story = { render: render(), args: { 'listing-id': 12 } };

/** Nothing found. */
export const Empty: Story = { render: render({ services: [] }) };

/** Waiting for the server. */
export const Loading: Story = { render: render({ pending: ['search'] }) };

/** The server failed. */
export const Error: Story = { render: render({ errors: { search: errors.server() } }) };

/** On a phone: 320 px wide. */
export const Narrow: Story = { render: render(), args: { width: 320 } };

/** Dark theme. */
export const Dark: Story = { render: render(), args: { theme: 'dark' } };

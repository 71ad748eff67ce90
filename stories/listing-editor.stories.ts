import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/listing-editor/listing-editor.ts';
import { errors } from './support/fake-client.ts';
import { directoryScene, type FakeDirectoryOptions } from './support/directory-data.ts';
import type { SceneArgs } from './support/scene.ts';

interface Args extends SceneArgs {
  'organisation-id'?: number;
  token?: string;
}

function render(fake: FakeDirectoryOptions = {}) {
  return (args: Args) =>
    directoryScene(
      fake,
      html`<tehostamo-listing-editor
        organisation-id=${ifDefined(args['organisation-id'])}
        token=${ifDefined(args.token)}
        theme=${ifDefined(args.theme)}
      ></tehostamo-listing-editor>`,
      args,
    );
}

const meta: Meta<Args> = {
  title: 'Widgets/Listing editor',
  component: 'tehostamo-listing-editor',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A member edits the listing in the app's settings. */
export const Member: Story = { render: render(), args: { 'organisation-id': 11 } };

/** A listing not checked for over a year: the editor says that saving checks it. */
export const Stale: Story = { render: render(), args: { 'organisation-id': 12 } };

/** Someone opened the emailed link: the same form, saved once. */
export const ByEmailedLink: Story = {
  render: render(),
  args: { token: 'tel_story-token-123456789' },
};

/** The link was used or has expired. */
export const LinkUsed: Story = {
  render: render({ errors: { open: errors.api(410, 'edit_link_invalid') } }),
  args: { token: 'tel_used-token-1234567890' },
};

/** Saving failed: the server named the field. */
export const SaveRefused: Story = {
  render: render({
    errors: {
      update: errors.api(422, 'unknown_region', {
        issues: [{ path: 'areas.regions.0', message: 'no such region' }],
      }),
    },
  }),
  args: { 'organisation-id': 11 },
};

/** Waiting for the listing. */
export const Loading: Story = {
  render: render({ pending: ['getEditable'] }),
  args: { 'organisation-id': 11 },
};

/** On a phone: 320 px wide. */
export const Narrow: Story = { render: render(), args: { 'organisation-id': 11, width: 320 } };

/** In English. */
export const English: Story = { render: render(), args: { 'organisation-id': 11, lang: 'en' } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/my-data/my-data.ts';
import { HELPER, ME } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';

function render(fake: FakeOptions) {
  return (args: SceneArgs) =>
    scene(fake, html`<tehostamo-my-data theme=${ifDefined(args.theme)}></tehostamo-my-data>`, args);
}

const helper: FakeOptions = { signedIn: true, user: HELPER };

const meta: Meta<SceneArgs> = {
  title: 'Widgets/My data',
  component: 'tehostamo-my-data',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<SceneArgs>;

/** A helper's own data: download it, or erase the account (the code is 123456). */
export const Default: Story = { render: render(helper) };

/** The only admin of an organisation asks to erase the account: hand it over or close it first. */
export const LastAdmin: Story = {
  render: render({
    signedIn: true,
    user: ME,
    soleAdminOf: [{ id: 1, name: 'Helsingin Omaishoitajat ry' }],
  }),
};

/** An organisation's admin: its data, and closing it (the code is 123456). */
export const Organisation: Story = {
  render: (args: SceneArgs) =>
    scene(
      { signedIn: true, user: ME },
      html`<tehostamo-my-data
        organisation-id="1"
        organisation-name="Helsingin Omaishoitajat ry"
        theme=${ifDefined(args.theme)}
      ></tehostamo-my-data>`,
      args,
    ),
};

/** The export failed. */
export const ExportError: Story = {
  render: render({ ...helper, errors: { 'me.export': errors.server() } }),
};

/** Waiting for the code to be sent. */
export const SendingCode: Story = {
  render: render({ ...helper, pending: ['me.requestErasureCode'] }),
};

/** At 320 px. */
export const Narrow320: Story = { render: render(helper), args: { width: 320 } };

/** Dark theme. */
export const Dark: Story = { render: render(helper), args: { theme: 'dark' } };

/** In Swedish. */
export const Swedish: Story = { render: render(helper), args: { lang: 'sv' } };

/** In English. */
export const English: Story = { render: render(helper), args: { lang: 'en' } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/shared/sign-in.ts';
import { HELPER } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';

interface Args extends SceneArgs {
  view?: 'helper' | 'requester';
  intro?: string;
}

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      fake,
      html`<tehostamo-sign-in
        view=${ifDefined(args.view)}
        intro=${ifDefined(args.intro)}
        theme=${ifDefined(args.theme)}
      ></tehostamo-sign-in>`,
      args,
    );
}

/** Types an address and asks for the code, as a play step. */
async function askForCode({ canvasElement }: { canvasElement: HTMLElement }) {
  const el = canvasElement.querySelector('tehostamo-sign-in')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('#email')!.value = 'mikko.nieminen@example.org';
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await new Promise((r) => setTimeout(r, 0));
}

const meta: Meta<Args> = {
  title: 'Widgets/Sign-in (inline)',
  component: 'tehostamo-sign-in',
  args: { lang: 'fi', theme: 'light', view: 'helper' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    view: { control: 'inline-radio', options: ['helper', 'requester'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Asks for an email address. */
export const Default: Story = { render: render({ user: HELPER }) };

/** The code is on its way. */
export const Sending: Story = {
  render: render({ user: HELPER, pending: ['auth.requestCode'] }),
  play: askForCode,
};

/** The code was sent: type it (123456). */
export const CodeSent: Story = { render: render({ user: HELPER }), play: askForCode };

/** Too many codes asked for. */
export const Error: Story = {
  render: render({ user: HELPER, errors: { 'auth.requestCode': errors.api(429, 'rate_limited') } }),
  play: askForCode,
};

/** In the request form's colours, with a reason to sign in. */
export const Requester: Story = {
  args: { view: 'requester', intro: 'Kirjaudu sisään julkaistaksesi pyynnön.' },
  render: render({ user: HELPER }),
};

/** 320 px wide. */
export const Narrow320: Story = {
  name: '320 px',
  args: { width: 320 },
  render: render({ user: HELPER }),
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, render: render({ user: HELPER }) };

/** In Swedish. */
export const Swedish: Story = { args: { lang: 'sv' }, render: render({ user: HELPER }) };

/** In English. */
export const English: Story = { args: { lang: 'en' }, render: render({ user: HELPER }) };

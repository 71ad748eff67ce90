import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/profile-editor/profile-editor.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { FILLED, NEW } from './support/profile-data.ts';
import { scene, type SceneArgs } from './support/scene.ts';
import { PROFILES } from './support/work-data.ts';

type Args = SceneArgs;

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      { signedIn: true, profiles: PROFILES, ...fake },
      html`<tehostamo-profile-editor theme=${ifDefined(args.theme)}></tehostamo-profile-editor>`,
      args,
    );
}

const meta: Meta<Args> = {
  title: 'Widgets/Profile editor',
  component: 'tehostamo-profile-editor',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

const editor = (canvas: HTMLElement) =>
  canvas.querySelector('tehostamo-profile-editor')!.shadowRoot!;

async function type(canvas: HTMLElement, selector: string, value: string) {
  const root = editor(canvas);
  for (let i = 0; i < 50 && !root.querySelector(selector); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function save(canvas: HTMLElement) {
  editor(canvas).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await new Promise((r) => setTimeout(r, 50));
}

/** A filled profile, its CV shared: each field says who sees it; the preview shows the CV. */
export const Default: Story = { render: render({ user: FILLED }) };

/** A new person's empty profile: nothing shared yet. */
export const NewProfile: Story = { render: render({ user: NEW }) };

/** A link to another site and a made-up postal code, caught next to their fields on saving. */
export const InvalidFields: Story = {
  render: render({ user: FILLED }),
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#profile-videoUrl', 'http://example.com/video');
    await type(canvasElement, '#profile-linkedinUrl', 'https://linkedin.example/in/x');
    await type(canvasElement, '#profile-languages', '');
    await type(canvasElement, '#profile-postalCode', '1234');
    await save(canvasElement);
  },
};

/** Saving failed (the network): everything typed stays, and the person may try again. */
export const SaveFailed: Story = {
  render: render({ user: FILLED, errors: { 'me.update': errors.network() } }),
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#profile-bio', 'Uusi kuvaus, jota ei saa hukata.');
    await save(canvasElement);
  },
};

/** Saved. */
export const Saved: Story = {
  render: render({ user: FILLED }),
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#profile-phone', '+358 50 765 4321');
    await save(canvasElement);
  },
};

/** Waiting to know who is signed in. */
export const Loading: Story = { render: render({ user: FILLED, pending: ['me.get'] }) };

/** At 320 px. */
export const Narrow320: Story = { render: render({ user: FILLED }), args: { width: 320 } };

/** Dark theme. */
export const Dark: Story = { render: render({ user: FILLED }), args: { theme: 'dark' } };

/** In Swedish. */
export const Swedish: Story = { render: render({ user: FILLED }), args: { lang: 'sv' } };

/** In English. */
export const English: Story = { render: render({ user: NEW }), args: { lang: 'en' } };

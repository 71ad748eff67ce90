import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/onboarding/onboarding.ts';
import type { OnboardingStep } from '../widgets/onboarding/onboarding.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { NEWCOMER, ORGANISATIONS } from './support/profile-data.ts';
import { scene, type SceneArgs } from './support/scene.ts';

interface Args extends SceneArgs {
  step?: OnboardingStep;
}

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      {
        signedIn: true,
        settings: { organisations: ORGANISATIONS, takenBusinessIds: ['0737546-2'] },
        ...fake,
      },
      html`<tehostamo-onboarding
        step=${ifDefined(args.step)}
        theme=${ifDefined(args.theme)}
      ></tehostamo-onboarding>`,
      args,
    );
}

const meta: Meta<Args> = {
  title: 'Widgets/Onboarding',
  component: 'tehostamo-onboarding',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    step: { control: 'inline-radio', options: ['about', 'organisation', 'done'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('tehostamo-onboarding')!.shadowRoot!;

/** The first question: the name others see, and helping, asking for help, or both. */
export const FirstSignIn: Story = { render: render({ user: NEWCOMER }) };

/** Continuing without a name or a role: both are asked for next to their fields. */
export const Missing: Story = {
  render: render({ user: NEWCOMER }),
  play: async ({ canvasElement }) => {
    root(canvasElement).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await new Promise((r) => setTimeout(r, 30));
  },
};

/** The organisation: find it by name or business id and ask to join, or create it. */
export const Organisation: Story = {
  render: render({ user: { ...NEWCOMER, name: 'Maija Meikäläinen' } }),
};

/** Searched "Kotikylän": two associations to ask to join. */
export const SearchResults: Story = {
  render: render({ user: { ...NEWCOMER, name: 'Maija Meikäläinen' } }),
  play: async ({ canvasElement }) => {
    const r = root(canvasElement);
    const input = r.querySelector<HTMLInputElement>('#org-search')!;
    input.value = 'Kotikylän';
    input.dispatchEvent(new Event('input'));
    r.querySelector<HTMLFormElement>('form[role=search]')!.requestSubmit();
    await new Promise((res) => setTimeout(res, 50));
  },
};

/** A request already waits for the admins. */
export const Waiting: Story = {
  render: render({
    user: {
      ...NEWCOMER,
      name: 'Maija Meikäläinen',
      joinRequests: [
        {
          id: 4,
          organisation: { id: 1, name: 'Kotikylän Eläkeläiset ry', kind: 'association' },
          createdAt: '2026-11-28T06:00:00.000Z',
        },
      ],
    },
  }),
};

/** Done: the next steps. */
export const Done: Story = {
  render: render({
    user: {
      ...NEWCOMER,
      name: 'Maija Meikäläinen',
      memberships: [
        { organisation: { id: 1, name: 'Kyläyhdistys ry', kind: 'association' }, role: 'admin' },
      ],
    },
  }),
  args: { step: 'done' },
};

/** Saving the name failed. */
export const SaveFailed: Story = {
  render: render({ user: { ...NEWCOMER }, errors: { 'me.update': errors.server() } }),
  play: async ({ canvasElement }) => {
    const r = root(canvasElement);
    const name = r.querySelector<HTMLInputElement>('#name')!;
    name.value = 'Maija';
    name.dispatchEvent(new Event('input'));
    r.querySelector<HTMLInputElement>('input[name=requester]')!.click();
    r.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await new Promise((res) => setTimeout(res, 50));
  },
};

/** At 320 px, the organisation step. */
export const Narrow320: Story = {
  render: render({ user: { ...NEWCOMER, name: 'Maija Meikäläinen' } }),
  args: { width: 320 },
};

/** Dark theme. */
export const Dark: Story = { render: render({ user: NEWCOMER }), args: { theme: 'dark' } };

/** In Swedish. */
export const Swedish: Story = { render: render({ user: NEWCOMER }), args: { lang: 'sv' } };

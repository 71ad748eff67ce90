import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/request-form/request-form.ts';
import { makeTask, ME, TWO_ORGS_ME } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';
import { clearDraft, FILLED, LONG, seedDraft } from './support/seed.ts';
import type { Draft } from '../widgets/request-form/draft.ts';

interface Args extends SceneArgs {
  category?: string;
  'group-code'?: string;
}

interface Setup {
  fake: FakeOptions;
  /** A draft already typed, the step it was left on, and a visitor's request awaiting its code. */
  draft?: { step: number; values: Partial<Draft>; pending?: { taskId: number; email: string } };
}

/** Each story keeps its draft under a key of its own, seeded (or cleared) before it renders. */
function render(key: string, setup: Setup) {
  return (args: Args) => {
    if (setup.draft) seedDraft(key, setup.draft.step, setup.draft.values, setup.draft.pending);
    else clearDraft(key);
    return scene(
      setup.fake,
      html`<tehostamo-request-form
        draft-key=${key}
        theme=${ifDefined(args.theme)}
        category=${ifDefined(args.category)}
        group-code=${ifDefined(args['group-code'])}
      ></tehostamo-request-form>`,
      args,
    );
  };
}

function form(canvas: HTMLElement) {
  const el = canvas.querySelector('tehostamo-request-form')!;
  return el.shadowRoot!;
}

/** Presses the form's main button (Next or Publish), as a play step. */
async function pressSubmit({ canvasElement }: { canvasElement: HTMLElement }) {
  const el = canvasElement.querySelector('tehostamo-request-form')!;
  await el.updateComplete;
  form(canvasElement).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await new Promise((r) => setTimeout(r, 0));
}

const signedIn: FakeOptions = { signedIn: true, user: ME };

const meta: Meta<Args> = {
  title: 'Widgets/Request form',
  component: 'tehostamo-request-form',
  args: { lang: 'fi', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Step 1, empty, a member of one organisation signed in. */
export const Default: Story = { render: render('story-default', { fake: signedIn }) };

/** Step 2 of a draft left half-way (a reload brings it back). */
export const Restored: Story = {
  render: render('story-restored', {
    fake: signedIn,
    draft: { step: 2, values: { ...FILLED, estimatedHours: '' } },
  }),
};

/** Step 3: the review, before publishing. */
export const Review: Story = {
  render: render('story-review', { fake: signedIn, draft: { step: 3, values: FILLED } }),
};

/** Step 3 while the signed-in user is still being asked for. */
export const Loading: Story = {
  render: render('story-loading', {
    fake: { ...signedIn, pending: ['me.get'] },
    draft: { step: 3, values: FILLED },
  }),
};

/** Publishing: the request is on its way. */
export const Publishing: Story = {
  render: render('story-publishing', {
    fake: { ...signedIn, pending: ['tasks.create'] },
    draft: { step: 3, values: FILLED },
  }),
  play: pressSubmit,
};

/** "Next" on an empty step 1: the schema's errors next to their fields. */
export const FieldErrors: Story = {
  render: render('story-field-errors', {
    fake: signedIn,
    draft: { step: 1, values: { title: 'Apua', helpersWanted: '1' } },
  }),
  play: pressSubmit,
};

/** Publishing failed (no connection): what was typed is kept, and a retry (which works) is offered. */
export const Error: Story = {
  render: render('story-error', {
    fake: { ...signedIn, errors: { 'tasks.create': [errors.network()] } },
    draft: { step: 3, values: FILLED },
  }),
  play: pressSubmit,
};

/** Published. */
export const Published: Story = {
  render: render('story-published', { fake: signedIn, draft: { step: 3, values: FILLED } }),
  play: pressSubmit,
};

/** A visitor reaches step 3: sign in with an emailed code (123456) to publish. */
export const SignedOut: Story = {
  render: render('story-signed-out', { fake: { user: ME }, draft: { step: 3, values: FILLED } }),
};

/** A page with a publishable key: a visitor asks without an account, confirming by email. */
export const Visitor: Story = {
  render: render('story-visitor', {
    fake: { publishableKey: 'pk_demo', user: ME },
    draft: { step: 3, values: FILLED },
  }),
};

/** A visitor's request waits for the emailed code (123456). */
export const VisitorConfirming: Story = {
  render: render('story-visitor-confirming', {
    fake: {
      publishableKey: 'pk_demo',
      user: ME,
      tasks: [makeTask({ id: 101, status: 'pending_verification', publishedAt: null })],
    },
    draft: {
      step: 3,
      values: { ...FILLED, visitorName: 'Aino Virtanen', visitorEmail: 'aino@example.org' },
      pending: { taskId: 101, email: 'aino@example.org' },
    },
  }),
};

/** A member of two organisations chooses which one asks. */
export const TwoOrganisations: Story = {
  render: render('story-two-orgs', {
    fake: { signedIn: true, user: TWO_ORGS_ME },
    draft: { step: 3, values: FILLED },
  }),
};

/** Long Finnish text in the review. */
export const LongFinnishText: Story = {
  render: render('story-long', { fake: signedIn, draft: { step: 3, values: LONG } }),
};

/** 320 px wide, step 2. */
export const Narrow320: Story = {
  name: '320 px',
  args: { width: 320 },
  render: render('story-narrow', { fake: signedIn, draft: { step: 2, values: LONG } }),
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: render('story-dark', { fake: signedIn, draft: { step: 2, values: FILLED } }),
};

/** In Swedish. */
export const Swedish: Story = {
  args: { lang: 'sv' },
  render: render('story-sv', { fake: signedIn }),
};

/** In English. */
export const English: Story = {
  args: { lang: 'en' },
  render: render('story-en', { fake: signedIn }),
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../widgets/applicant-picker/applicant-picker.ts';
import { APPLICATIONS, LONG_TASK, makeApplication, makeTask, ME } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';

interface Args extends SceneArgs {
  'task-id'?: number;
}

const managed = { viewer: { canManage: true, application: null } };
const TASK = makeTask({ ...managed });
const TWO_WANTED = makeTask({ ...managed, helpersWanted: 2 });

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      fake,
      html`<tehostamo-applicant-picker
        task-id=${ifDefined(args['task-id'])}
        theme=${ifDefined(args.theme)}
      ></tehostamo-applicant-picker>`,
      args,
    );
}

const requester = { signedIn: true, user: ME };

const meta: Meta<Args> = {
  title: 'Widgets/Applicant picker',
  component: 'tehostamo-applicant-picker',
  args: { lang: 'fi', theme: 'light', 'task-id': 101 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Three applicants for a task that wants one helper. */
export const Default: Story = {
  render: render({ ...requester, tasks: [TASK], applications: APPLICATIONS }),
};

/** A task that wants two helpers: after the first, "select more?". */
export const TwoHelpersWanted: Story = {
  render: render({ ...requester, tasks: [TWO_WANTED], applications: APPLICATIONS }),
};

/** One of two helpers selected: applications can be closed, the rest thanked. */
export const OneOfTwoSelected: Story = {
  render: render({
    ...requester,
    tasks: [{ ...TWO_WANTED, selectedCount: 1 }],
    applications: [
      {
        ...APPLICATIONS[0]!,
        status: 'selected',
        assignment: { status: 'selected', doneAt: null, approvedAt: null, actualHours: null },
      },
      ...APPLICATIONS.slice(1),
    ],
  }),
};

/** Waiting for the applicants. */
export const Loading: Story = {
  render: render({ ...requester, tasks: [TASK], pending: ['applications.list'] }),
};

/** Nobody has applied yet. */
export const Empty: Story = { render: render({ ...requester, tasks: [TASK], applications: [] }) };

/** The server failed. */
export const Error: Story = {
  render: render({ ...requester, tasks: [TASK], errors: { 'applications.list': errors.server() } }),
};

/** Someone outside the requesting organisation. */
export const NotAllowed: Story = {
  render: render({
    ...requester,
    tasks: [TASK],
    errors: { 'applications.list': errors.api(403, 'forbidden') },
  }),
};

/** Not signed in: sign in with an emailed code (123456) to see the applicants. */
export const SignedOut: Story = {
  render: render({ user: ME, tasks: [TASK], applications: APPLICATIONS }),
};

/** Applications closed: one helper selected, the others thanked. */
export const Closed: Story = {
  render: render({
    ...requester,
    tasks: [
      makeTask({ ...managed, status: 'assigned', applicationsOpen: false, selectedCount: 1 }),
    ],
    applications: [
      makeApplication({
        status: 'selected',
        assignment: { status: 'selected', doneAt: null, approvedAt: null, actualHours: null },
      }),
      { ...APPLICATIONS[1]!, status: 'declined' },
    ],
  }),
};

const LONG_APPLICANT = makeApplication({
  id: 510,
  message:
    'Työskentelen sosiaali- ja terveysalan kattojärjestössä avustusasiantuntijana ja olen perehdyttänyt kymmeniä paikallisyhdistyksiä toiminta-avustushakemusten talousarviolaskelmiin.',
  applicant: {
    ...makeApplication().applicant,
    id: 30,
    name: 'Marja-Liisa Hämäläinen-Väisänen',
    helperType: 'umbrella_staff',
    municipality: 'Kristiinankaupunki',
    skills: [
      'avustushakemukset',
      'talousarviolaskelmat',
      'omarahoitusosuuslaskelmat',
      'järjestöjuridiikka',
    ],
    experience:
      'Kaksikymmentä vuotta järjestökentällä, josta kymmenen vuotta valtionavustusjärjestelmän parissa.',
  },
});

/** Long Finnish names, skills and messages. */
export const LongFinnishText: Story = {
  render: render({
    ...requester,
    tasks: [{ ...LONG_TASK, id: 101, ...managed }],
    applications: [LONG_APPLICANT, ...APPLICATIONS],
  }),
};

/** 320 px wide. */
export const Narrow320: Story = {
  name: '320 px',
  args: { width: 320 },
  render: render({ ...requester, tasks: [TASK], applications: [LONG_APPLICANT, ...APPLICATIONS] }),
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: render({ ...requester, tasks: [TASK], applications: APPLICATIONS }),
};

/** In Swedish. */
export const Swedish: Story = {
  args: { lang: 'sv' },
  render: render({ ...requester, tasks: [TASK], applications: APPLICATIONS }),
};

/** In English. */
export const English: Story = {
  args: { lang: 'en' },
  render: render({ ...requester, tasks: [TASK], applications: APPLICATIONS }),
};

/** An applicant who has not chosen a public name yet: shown as unnamed. */
export const UnnamedApplicant: Story = {
  render: render({
    ...requester,
    tasks: [TASK],
    applications: [
      makeApplication({
        id: 520,
        applicant: { ...makeApplication().applicant, id: 31, name: '', email: 'uusi@example.fi' },
      }),
    ],
  }),
};

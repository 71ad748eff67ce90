import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Application, Task } from '../sdk/schemas/tasks.ts';
import type { Feedback } from '../sdk/schemas/users.ts';
import '../widgets/task/task.ts';
import { APPLICATIONS, HELPER, LONG_TASK, makeApplication, makeTask, ME } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';
import { SUGGESTIONS } from './support/fake-suggestions.ts';

interface Args extends SceneArgs {
  'task-id'?: number;
}

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      fake,
      html`<tehostamo-task
        task-id=${ifDefined(args['task-id'])}
        theme=${ifDefined(args.theme)}
      ></tehostamo-task>`,
      args,
    );
}

/** Mikko Nieminen, the first applicant in the demo data, signed in. */
const MIKKO = { ...HELPER, id: 20 };
const requester = { signedIn: true, user: ME };
const helper = { signedIn: true, user: MIKKO };

const managed = (overrides: Partial<Task> = {}) =>
  makeTask({ viewer: { canManage: true, application: null }, ...overrides });
const asApplicant = (status: string, overrides: Partial<Task> = {}) =>
  makeTask({ viewer: { canManage: false, application: { id: 501, status } }, ...overrides });

const ASSIGNED = { status: 'assigned', applicationsOpen: false, selectedCount: 1 } as const;

function selected(assignment: Partial<NonNullable<Application['assignment']>> = {}): Application {
  return makeApplication({
    status: 'selected',
    assignment: {
      status: 'selected',
      doneAt: null,
      approvedAt: null,
      actualHours: null,
      ...assignment,
    },
  });
}
const DONE = { status: 'done', doneAt: '2025-03-10T15:00:00.000Z' } as const;
const APPROVED = {
  status: 'approved',
  doneAt: '2025-03-10T15:00:00.000Z',
  approvedAt: '2025-03-11T09:00:00.000Z',
  actualHours: 1.5,
} as const;

const TO_HELPER: Feedback = {
  id: 1,
  taskId: 101,
  applicationId: 501,
  direction: 'to_helper',
  rating: 5,
  text: 'Tarkka ja nopea, kiitos!',
  from: { id: 7, name: 'Aino Virtanen' },
  to: { id: 20, name: 'Mikko Nieminen' },
  createdAt: '2025-03-11T09:00:00.000Z',
};
const TO_REQUESTER: Feedback = {
  ...TO_HELPER,
  id: 2,
  direction: 'to_requester',
  rating: 4,
  text: 'Selkeä pyyntö, aineisto valmiina.',
  from: { id: 20, name: 'Mikko Nieminen' },
  to: { id: 7, name: 'Aino Virtanen' },
};

const meta: Meta<Args> = {
  title: 'Widgets/Task page',
  component: 'tehostamo-task',
  args: { lang: 'fi', theme: 'light', 'task-id': 101 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

// Everyone else ------------------------------------------------------------------------------

/** Someone not signed in: the public task and *Apply*, with the inline sign-in. */
export const Visitor: Story = { render: render({ tasks: [makeTask()], user: MIKKO }) };

/** The requesting organisation is in the directory: its name links to its listing. */
export const ListedOrganisation: Story = {
  render: render({
    tasks: [makeTask({ organisation: { ...makeTask().organisation, listed: true } })],
  }),
};

/** A signed-in helper who has not applied: the application form. */
export const SignedInVisitor: Story = { render: render({ ...helper, tasks: [makeTask()] }) };

/** Applications are closed: the public view says so. */
export const VisitorClosed: Story = {
  render: render({ tasks: [makeTask({ ...ASSIGNED })] }),
};

// An applicant -------------------------------------------------------------------------------

/** The applicant's own pending application: its message, and *Withdraw*. */
export const ApplicantPending: Story = {
  render: render({ ...helper, tasks: [asApplicant('pending')], applications: [makeApplication()] }),
};

/** Another helper was chosen: the applicant sees their application was not selected. */
export const ApplicantDeclined: Story = {
  render: render({
    ...helper,
    tasks: [asApplicant('declined', ASSIGNED)],
    applications: [makeApplication({ status: 'declined' })],
  }),
};

// A selected helper --------------------------------------------------------------------------

/** Selected: the chat and *Mark done*. */
export const HelperSelected: Story = {
  render: render({
    ...helper,
    tasks: [asApplicant('selected', ASSIGNED)],
    applications: [selected()],
  }),
};

/** Marked done: waiting for the requester's approval. */
export const HelperDone: Story = {
  render: render({
    ...helper,
    tasks: [asApplicant('selected', ASSIGNED)],
    applications: [selected(DONE)],
  }),
};

/** Approved with the actual hours: the requester's feedback, and a form to give feedback back. */
export const HelperApproved: Story = {
  render: render({
    ...helper,
    tasks: [asApplicant('selected', { ...ASSIGNED, status: 'completed' })],
    applications: [selected(APPROVED)],
    feedback: [TO_HELPER],
  }),
};

/** Feedback given both ways: nothing left to do. */
export const HelperFeedbackGiven: Story = {
  render: render({
    ...helper,
    tasks: [asApplicant('selected', { ...ASSIGNED, status: 'completed' })],
    applications: [selected(APPROVED)],
    feedback: [TO_HELPER, TO_REQUESTER],
  }),
};

// The requesting organisation ----------------------------------------------------------------

/** Open with three applicants: edit, cancel, and the applicant picker inside. */
export const RequesterOpen: Story = {
  render: render({ ...requester, tasks: [managed()], applications: APPLICATIONS }),
};

/** Open, with suggested helpers to invite (the section loads when it is first shown). */
export const RequesterSuggestions: Story = {
  render: render({
    ...requester,
    tasks: [managed()],
    applications: [],
    suggestions: { byTask: { 101: SUGGESTIONS } },
  }),
};

/** Nobody has applied yet: applications cannot be closed. */
export const RequesterNoApplicants: Story = {
  render: render({ ...requester, tasks: [managed()], applications: [] }),
};

/** The helper marked the work done: approve with the actual hours and feedback in one step. */
export const RequesterApprove: Story = {
  render: render({
    ...requester,
    tasks: [managed(ASSIGNED)],
    applications: [
      selected(DONE),
      ...APPLICATIONS.slice(1).map((a) => ({ ...a, status: 'declined' as const })),
    ],
  }),
};

/** Selected, not yet done: the requester waits. */
export const RequesterWaiting: Story = {
  render: render({ ...requester, tasks: [managed(ASSIGNED)], applications: [selected()] }),
};

/** Approved and completed, with feedback both ways. */
export const RequesterCompleted: Story = {
  render: render({
    ...requester,
    tasks: [managed({ ...ASSIGNED, status: 'completed', completedAt: '2025-03-11T09:00:00.000Z' })],
    applications: [selected(APPROVED)],
    feedback: [TO_HELPER, TO_REQUESTER],
  }),
};

/** A cancelled task: the timeline ends in "cancelled", and the reason given is shown. */
export const Cancelled: Story = {
  render: render({
    ...requester,
    tasks: [
      managed({
        status: 'cancelled',
        applicationsOpen: false,
        cancelledAt: '2025-03-06T10:00:00.000Z',
        cancelReason: 'Hoidimme asian itse.',
      }),
    ],
    applications: [],
  }),
};

/** Expired: its schedule passed long ago and nobody was selected; the service closed it. */
export const Expired: Story = {
  render: render({
    ...requester,
    tasks: [managed({ status: 'expired', applicationsOpen: false })],
    applications: [],
  }),
};

/** A visitor's request that waits for its emailed confirmation. */
export const PendingVerification: Story = {
  render: render({
    ...requester,
    tasks: [managed({ status: 'pending_verification', publishedAt: null })],
    applications: [],
  }),
};

// Loading and failures -----------------------------------------------------------------------

/** Waiting for the task. */
export const Loading: Story = { render: render({ tasks: [makeTask()], pending: ['tasks.get'] }) };

/** The task does not exist, or the viewer may not see it. */
export const NotFound: Story = { render: render({ tasks: [] }) };

/** The connection failed: a retry. */
export const LoadError: Story = {
  render: render({ tasks: [makeTask()], errors: { 'tasks.get': [errors.network()] } }),
};

// Languages, theme and width -----------------------------------------------------------------

/** Svenska: the requester approving. */
export const Swedish: Story = { ...RequesterApprove, args: { lang: 'sv' } };

/** English: the helper marking done. */
export const English: Story = { ...HelperSelected, args: { lang: 'en' } };

/** The dark theme. */
export const Dark: Story = { ...RequesterApprove, args: { theme: 'dark' } };

/** 320 px with long Finnish words, for the requester approving. */
export const Narrow: Story = {
  args: { width: 320, 'task-id': 150 },
  render: render({
    ...requester,
    tasks: [{ ...LONG_TASK, ...ASSIGNED, viewer: { canManage: true, application: null } }],
    applications: [{ ...selected(DONE), taskId: 150 }],
  }),
};

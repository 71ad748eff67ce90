import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TaskParticipants } from '../sdk/schemas/chat.ts';
import type { Message } from '../sdk/schemas/tasks.ts';
import '../widgets/chat/chat.ts';
import { HELPER, ME } from './support/data.ts';
import { errors, type FakeOptions } from './support/fake-client.ts';
import { scene, type SceneArgs } from './support/scene.ts';

interface Args extends SceneArgs {
  'task-id'?: number;
  'poll-interval'?: number;
}

const CHAT_TASK = 101;

const PARTICIPANTS: TaskParticipants = {
  taskId: CHAT_TASK,
  organisation: { id: 3, name: 'Helsingin Omaishoitajat ry', kind: 'association' },
  requester: {
    id: ME.id,
    name: ME.name,
    contact: { email: ME.email, phone: '040 123 4567' },
  },
  helpers: [
    {
      id: HELPER.id,
      name: HELPER.name,
      contact: { email: HELPER.email, phone: null },
      applicationId: 55,
      assignment: 'selected',
    },
  ],
  viewerSide: 'organisation',
  contactsShared: true,
};

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, minutes)).toISOString();
const msg = (id: number, author: { id: number; name: string }, body: string, minute: number) =>
  ({
    id,
    taskId: CHAT_TASK,
    author: { id: author.id, name: author.name },
    body,
    createdAt: at(minute),
  }) satisfies Message;

const THREAD: Message[] = [
  msg(1, ME, 'Hei Mikko, kiitos että lähdit mukaan! Tilinpäätösaineisto on jaetussa kansiossa.', 0),
  msg(
    2,
    HELPER,
    'Kiitos! Katson aineiston tänään. Ohje: https://www.example.fi/tilinpaatos?vuosi=2025.',
    5,
  ),
  msg(3, ME, 'Hienoa.\nSoitan huomenna aamupäivällä, sopiiko?', 9),
  msg(4, HELPER, 'Sopii hyvin, olen tavattavissa klo 9–12.', 14),
];

function render(fake: FakeOptions) {
  return (args: Args) =>
    scene(
      fake,
      html`<tehostamo-chat
        task-id=${ifDefined(args['task-id'])}
        poll-interval=${ifDefined(args['poll-interval'])}
        theme=${ifDefined(args.theme)}
      ></tehostamo-chat>`,
      args,
    );
}

const signedIn = { signedIn: true, user: ME };

const meta: Meta<Args> = {
  title: 'Widgets/Chat',
  component: 'tehostamo-chat',
  args: { lang: 'fi', theme: 'light', 'task-id': CHAT_TASK },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Just matched: the participants' contacts, no messages yet. */
export const Empty: Story = {
  render: render({ ...signedIn, chat: { participants: [PARTICIPANTS] } }),
};

/** A conversation, all read, with a link in a message. */
export const Thread: Story = {
  render: render({
    ...signedIn,
    chat: { participants: [PARTICIPANTS], messages: THREAD, lastReadId: 4 },
  }),
};

/** Two messages arrived since the reader last looked: the count and the "new messages" line. */
export const Unread: Story = {
  render: render({
    ...signedIn,
    chat: { participants: [PARTICIPANTS], messages: THREAD, lastReadId: 1 },
  }),
};

/** The helper's view: the requester's contact, not the other helpers'. */
export const HelperView: Story = {
  render: render({
    signedIn: true,
    user: HELPER,
    chat: {
      participants: [
        {
          ...PARTICIPANTS,
          viewerSide: 'helper',
          helpers: [
            ...PARTICIPANTS.helpers,
            {
              id: 12,
              name: 'Sanna Opiskelija',
              contact: null,
              applicationId: 56,
              assignment: 'done',
            },
          ],
        },
      ],
      messages: THREAD,
      lastReadId: 4,
    },
  }),
};

/** A message on its way: the draft stays until the server confirms it. */
export const Sending: Story = {
  render: render({
    ...signedIn,
    pending: ['messages.create'],
    chat: { participants: [PARTICIPANTS], messages: THREAD, lastReadId: 4 },
  }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('tehostamo-chat')!;
    await sendDraft(el, 'Lähetän laskelman iltapäivällä.');
  },
};

/** The network dropped: the draft is kept with its key, and *Try again* sends it once. */
export const FailedSend: Story = {
  render: render({
    ...signedIn,
    errors: { 'messages.create': [errors.network()] },
    chat: { participants: [PARTICIPANTS], messages: THREAD, lastReadId: 4 },
  }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('tehostamo-chat')!;
    await sendDraft(el, 'Lähetän laskelman iltapäivällä.');
  },
};

/** The task was cancelled: names stay, contact details are withdrawn. */
export const Cancelled: Story = {
  render: render({
    ...signedIn,
    chat: {
      participants: [
        {
          ...PARTICIPANTS,
          requester: { ...PARTICIPANTS.requester, contact: null },
          helpers: PARTICIPANTS.helpers.map((h) => ({ ...h, contact: null })),
          contactsShared: false,
        },
      ],
      messages: THREAD,
      lastReadId: 4,
    },
  }),
};

/** Someone who is neither in the requesting organisation nor a selected helper. */
export const NotAParticipant: Story = {
  render: render({ signedIn: true, user: { ...HELPER, id: 30, name: 'Ulla Ulkopuolinen' } }),
};

/** Loading. */
export const Loading: Story = {
  render: render({ ...signedIn, pending: ['tasks.participants'] }),
};

/** The server failed. */
export const Error: Story = {
  render: render({ ...signedIn, errors: { 'tasks.participants': errors.server() } }),
};

/** At 320 px, in Swedish. */
export const Narrow: Story = {
  render: render({
    ...signedIn,
    chat: { participants: [PARTICIPANTS], messages: THREAD, lastReadId: 2 },
  }),
  args: { width: 320, lang: 'sv' },
};

/** Dark theme, in English. */
export const Dark: Story = {
  render: render({
    ...signedIn,
    chat: { participants: [PARTICIPANTS], messages: THREAD, lastReadId: 2 },
  }),
  args: { theme: 'dark', lang: 'en' },
};

async function sendDraft(el: Element & { updateComplete?: Promise<unknown> }, text: string) {
  const root = el.shadowRoot!;
  for (let i = 0; i < 200 && !root.querySelector('textarea'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const field = root.querySelector('textarea')!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

import type { ChatStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: ChatStrings = {
  loading: 'Loading the conversation…',
  log: 'Messages',
  empty: 'No messages yet. Start the conversation.',
  notParticipant: 'The chat is between the requesting organisation and the selected helpers.',
  participants: 'Participants',
  requester: 'Requester',
  helper: 'Helper',
  email: 'Email',
  phone: 'Phone',
  contactsWithdrawn: 'The task was cancelled, so contact details are no longer shown.',
  unread: (n) => plural(n, '1 unread message', `${n} unread messages`),
  newMessages: 'New messages',
  draftLabel: 'Message',
  draftHint: 'Enter sends, Shift+Enter adds a new line.',
  send: 'Send',
  sending: 'Sending…',
  sendFailed: 'The message was not sent. Your draft is kept: try again.',
  retry: 'Try again',
  you: 'you',
  external: '(opens in a new tab)',
  announceNew: (n) => plural(n, 'New message', `${n} new messages`),
  announceSent: 'Message sent.',
};

/** The strings of `<tehostamo-chat>`, one typed table per locale. */
import type { Lang } from '../i18n/index.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface ChatStrings {
  loading: string;
  log: string;
  empty: string;
  notParticipant: string;
  participants: string;
  requester: string;
  helper: string;
  email: string;
  phone: string;
  contactsWithdrawn: string;
  unread: (n: number) => string;
  newMessages: string;
  draftLabel: string;
  draftHint: string;
  send: string;
  sending: string;
  sendFailed: string;
  retry: string;
  you: string;
  /** Said after a link that opens another site. */
  external: string;
  announceNew: (n: number) => string;
  announceSent: string;
}

export const fi: ChatStrings = {
  loading: 'Ladataan keskustelua…',
  log: 'Viestit',
  empty: 'Ei vielä viestejä. Aloita keskustelu.',
  notParticipant: 'Keskustelu on tilaajaorganisaation ja valittujen tekijöiden välinen.',
  participants: 'Osallistujat',
  requester: 'Tilaaja',
  helper: 'Tekijä',
  email: 'Sähköposti',
  phone: 'Puhelin',
  contactsWithdrawn: 'Tehtävä peruttiin, joten yhteystiedot eivät ole enää näkyvissä.',
  unread: (n) => plural(n, '1 lukematon viesti', `${n} lukematonta viestiä`),
  newMessages: 'Uudet viestit',
  draftLabel: 'Viesti',
  draftHint: 'Enter lähettää, Vaihto+Enter tekee rivinvaihdon.',
  send: 'Lähetä',
  sending: 'Lähetetään…',
  sendFailed: 'Viestiä ei saatu lähetettyä. Luonnos on tallessa: yritä uudelleen.',
  retry: 'Yritä uudelleen',
  you: 'sinä',
  external: '(avautuu uuteen välilehteen)',
  announceNew: (n) => plural(n, 'Uusi viesti', `${n} uutta viestiä`),
  announceSent: 'Viesti lähetetty.',
};

export const sv: ChatStrings = {
  loading: 'Diskussionen laddas…',
  log: 'Meddelanden',
  empty: 'Inga meddelanden ännu. Börja diskussionen.',
  notParticipant: 'Diskussionen förs mellan den beställande organisationen och de valda hjälparna.',
  participants: 'Deltagare',
  requester: 'Beställare',
  helper: 'Hjälpare',
  email: 'E-post',
  phone: 'Telefon',
  contactsWithdrawn: 'Uppdraget har avbrutits, så kontaktuppgifterna visas inte längre.',
  unread: (n) => plural(n, '1 oläst meddelande', `${n} olästa meddelanden`),
  newMessages: 'Nya meddelanden',
  draftLabel: 'Meddelande',
  draftHint: 'Enter skickar, Skift+Enter ger en ny rad.',
  send: 'Skicka',
  sending: 'Skickas…',
  sendFailed: 'Meddelandet kunde inte skickas. Utkastet finns kvar: försök igen.',
  retry: 'Försök igen',
  you: 'du',
  external: '(öppnas i en ny flik)',
  announceNew: (n) => plural(n, 'Nytt meddelande', `${n} nya meddelanden`),
  announceSent: 'Meddelandet har skickats.',
};

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

export const chatStrings: Record<Lang, ChatStrings> = { fi, sv, en };

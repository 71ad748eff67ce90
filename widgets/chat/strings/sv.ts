import type { ChatStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

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

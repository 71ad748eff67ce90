import type { ChatStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

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

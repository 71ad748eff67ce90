/**
 * Demo data for stories and widget tests, shaped by the contract's types: a change to the
 * schemas that these no longer fit is a compile error here.
 */
import { DEFAULT_ALERTS } from '../../sdk/schemas/alerts.ts';
import type { Application, Task } from '../../sdk/schemas/tasks.ts';
import type { ApplicantSummary, Me } from '../../sdk/schemas/users.ts';

const org = { id: 1, name: 'Kotikylän Eläkeläiset ry', kind: 'association' as const };

export function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 101,
    status: 'open',
    organisation: org,
    category: 'kirjanpito-talous',
    title: 'Tilinpäätöksen tarkistus ennen kevätkokousta',
    details:
      'Yhdistyksen kirjanpito on tehty itse taulukkolaskennalla. Tarvitsemme kokeneen silmäparin, joka käy tilinpäätöksen läpi ennen toiminnantarkastusta.',
    accountingReference: null,
    location: {
      postalCode: '33100',
      placeName: 'Tampere',
      municipality: { code: '837', name: 'Tampere' },
      region: { code: 'FI197', name: 'Pirkanmaa' },
    },
    remote: true,
    schedule: { text: 'tämän kuun aikana', startsAt: null, endsAt: null },
    estimatedHours: 3,
    helpersWanted: 1,
    selectedCount: 0,
    applicationsOpen: true,
    group: null,
    requester: { id: 7, name: 'Aino Virtanen' },
    distanceKm: null,
    viewer: { canManage: false, application: null },
    createdAt: '2025-03-03T09:00:00.000Z',
    publishedAt: '2025-03-03T09:05:00.000Z',
    cancelledAt: null,
    cancelReason: null,
    completedAt: null,
    ...overrides,
  };
}

export const TASKS: Task[] = [
  makeTask(),
  makeTask({
    id: 102,
    category: 'viestinta',
    title: 'Jäsenkirjeen taitto ja oikoluku',
    details: 'Neljän sivun jäsenkirje pitäisi saada taittoon ja oikoluettua. Teksti on valmis.',
    location: null,
    schedule: { text: 'ennen 15.4.', startsAt: null, endsAt: null },
    estimatedHours: 2.5,
    organisation: { id: 2, name: 'Lähiöaktiivit ry', kind: 'association' },
    publishedAt: '2025-03-02T12:00:00.000Z',
  }),
  makeTask({
    id: 103,
    category: 'tietoturva',
    title: 'Tietoturvakartoitus pienelle toimistolle',
    details:
      'Kolmen hengen toimisto, Microsoft 365 ja yksi verkkolevy. Mitä pitäisi korjata ensin?',
    remote: false,
    location: {
      postalCode: '00100',
      placeName: 'Helsinki',
      municipality: { code: '091', name: 'Helsinki' },
      region: { code: 'FI1B1', name: 'Helsinki-Uusimaa' },
    },
    schedule: {
      text: null,
      startsAt: '2025-04-10T09:00:00.000Z',
      endsAt: '2025-04-10T13:00:00.000Z',
    },
    estimatedHours: 4,
    helpersWanted: 2,
    organisation: { id: 3, name: 'Nuorten Tuki ry', kind: 'association' },
    publishedAt: '2025-03-01T08:00:00.000Z',
  }),
];

/** Long Finnish words and sentences: what breaks layouts at 320 px if anything does. */
export const LONG_TASK: Task = makeTask({
  id: 150,
  category: 'rahoitushakemukset',
  title:
    'Sosiaali- ja terveysjärjestöjen avustuskeskuksen toiminta-avustushakemuksen talousarviolaskelmien läpikäynti',
  details:
    'Järjestömme hakee ensimmäistä kertaa kohdennettua toiminta-avustusta. Tarvitsemme apua talousarvion ja henkilöstökulujen jaksotuksen kanssa, sillä hakemuksen liitteeksi tarvitaan toimintasuunnitelmaan sidottu kustannuserittely sekä omarahoitusosuuden laskelma. Yhteyshenkilönä toimii toiminnanjohtajamme, joka on tavoitettavissa arkipäivisin. Kansalaisjärjestötoimintakeskuksen asiantuntijapalvelut ovat ruuhkautuneet, joten toivomme vertaistukea.',
  organisation: {
    id: 4,
    name: 'Pohjois-Pohjanmaan Mielenterveysomaisten Tukiyhdistys ry',
    kind: 'association',
  },
  schedule: {
    text: 'ennen avustushaun päättymistä maaliskuun viimeisenä arkipäivänä kello kuuteentoista mennessä',
    startsAt: null,
    endsAt: null,
  },
  estimatedHours: 12.5,
  helpersWanted: 3,
});

export const ME: Me = {
  id: 7,
  email: 'aino.virtanen@example.org',
  name: 'Aino Virtanen',
  lang: 'fi',
  phone: null,
  helperType: 'ngo_staff',
  bio: '',
  postalCode: '33100',
  municipality: 'Tampere',
  region: 'Pirkanmaa',
  radiusKm: 50,
  languages: ['suomi', 'englanti'],
  skills: ['kirjanpito'],
  experience: '',
  cvPublic: false,
  videoUrl: null,
  linkedinUrl: null,
  interestedCategories: [],
  availableToHelp: true,
  memberships: [{ organisation: org, role: 'admin' }],
  groups: [],
  joinRequests: [],
  alerts: DEFAULT_ALERTS,
  createdAt: '2025-01-01T00:00:00.000Z',
};

export const HELPER: Me = {
  ...ME,
  id: 9,
  email: 'mikko.nieminen@example.org',
  name: 'Mikko Nieminen',
  helperType: 'pro_bono',
  memberships: [],
};

export const TWO_ORGS_ME: Me = {
  ...ME,
  memberships: [
    { organisation: org, role: 'admin' },
    {
      organisation: { id: 5, name: 'Tampereen Seudun Kuorot ry', kind: 'association' },
      role: 'member',
    },
  ],
};

function applicant(overrides: Partial<ApplicantSummary>): ApplicantSummary {
  return {
    id: 20,
    name: 'Mikko Nieminen',
    email: 'mikko.nieminen@example.org',
    phone: null,
    helperType: 'pro_bono',
    bio: '',
    municipality: 'Espoo',
    languages: ['suomi', 'ruotsi', 'englanti'],
    skills: ['tilinpäätös', 'budjetointi', 'Excel'],
    experience: 'Kymmenen vuotta tilintarkastajana Big Four -yhtiössä.',
    completedTasks: 4,
    rating: { average: 4.75, count: 4 },
    ...overrides,
  };
}

export function makeApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: 501,
    taskId: 101,
    status: 'pending',
    message: 'Olen tehnyt vastaavia tarkistuksia useille yhdistyksille. Ehdin ensi viikolla.',
    applicant: applicant({}),
    assignment: null,
    createdAt: '2025-03-04T10:00:00.000Z',
    ...overrides,
  };
}

export const APPLICATIONS: Application[] = [
  makeApplication(),
  makeApplication({
    id: 502,
    message: 'Opiskelen taloushallintoa ja teen mielelläni tämän ohjatusti.',
    applicant: applicant({
      id: 21,
      name: 'Sara Lindholm',
      email: 'sara.lindholm@example.org',
      helperType: 'student',
      municipality: 'Vaasa',
      languages: ['ruotsi', 'suomi'],
      skills: ['kirjanpito'],
      experience: '',
      completedTasks: 0,
      rating: { average: null, count: 0 },
    }),
    createdAt: '2025-03-04T12:30:00.000Z',
  }),
  makeApplication({
    id: 503,
    message: 'Toimin taloudenhoitajana kattojärjestössä.',
    applicant: applicant({
      id: 22,
      name: 'Jukka Korhonen',
      email: 'jukka.korhonen@example.org',
      helperType: 'umbrella_staff',
      municipality: 'Oulu',
      skills: ['taloushallinto', 'avustukset'],
      completedTasks: 11,
      rating: { average: 4.2, count: 9 },
    }),
    createdAt: '2025-03-05T08:15:00.000Z',
  }),
];

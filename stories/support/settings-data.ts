/**
 * Demo data for `<tehostamo-groups>` and `<tehostamo-organisation>`: the pilot's
 * "Keskusjärjestö läsnä" network, an association, an umbrella and a pro bono company.
 */
import type { JoinRequest, ProBonoProgramme } from '../../sdk/schemas/embedding.ts';
import type { Group, GroupMember } from '../../sdk/schemas/groups.ts';
import type { Organisation, OrganisationMember } from '../../sdk/schemas/organisations.ts';
import type { Me } from '../../sdk/schemas/users.ts';
import { ME } from './data.ts';
import type { FakeSettingsOptions } from './fake-settings.ts';

const at = '2026-10-01T09:00:00.000Z';

export const ASSOCIATION: Organisation = {
  id: 1,
  name: 'Kotikylän Eläkeläiset ry',
  kind: 'association',
  sector: 'Sosiaali- ja terveysala',
  businessId: '0737546-2',
  description: 'Eläkeläisten virkistys- ja vertaistoimintaa Tampereella.',
  website: 'https://kotikyla.example.fi',
  postalCode: '33100',
  municipality: 'Tampere',
  umbrellas: [{ id: 2, name: 'Eläkeläisten Keskusliitto ry', kind: 'umbrella' }],
  memberOrganisationCount: 0,
  createdAt: at,
};

export const UMBRELLA: Organisation = {
  ...ASSOCIATION,
  id: 2,
  name: 'Eläkeläisten Keskusliitto ry',
  kind: 'umbrella',
  businessId: '1671299-3',
  description: 'Eläkeläisyhdistysten valtakunnallinen keskusjärjestö.',
  website: null,
  postalCode: '00100',
  municipality: 'Helsinki',
  umbrellas: [],
  memberOrganisationCount: 2,
};

export const COMPANY: Organisation = {
  ...ASSOCIATION,
  id: 3,
  name: 'Tilitoimisto Tase Oy',
  kind: 'company',
  sector: 'Taloushallinto',
  businessId: '1563467-1',
  description: 'Tilitoimisto, jonka työntekijät auttavat yhdistyksiä pro bono.',
  website: 'https://tase.example.fi',
  postalCode: '02150',
  municipality: 'Espoo',
  umbrellas: [],
};

export const OTHER_ASSOCIATION: Organisation = {
  ...ASSOCIATION,
  id: 4,
  name: 'Tampereen Seudun Kuorot ry',
  sector: 'Kulttuuri',
  businessId: null,
  umbrellas: [{ id: 2, name: 'Eläkeläisten Keskusliitto ry', kind: 'umbrella' }],
};

/** An association none of the stories' people belongs to: an umbrella can only invite it. */
export const NEIGHBOUR_ASSOCIATION: Organisation = {
  ...ASSOCIATION,
  id: 5,
  name: 'Lempäälän Taloyhdistys ry',
  sector: 'Asuminen',
  businessId: null,
  umbrellas: [],
};

const person = (id: number, name: string, email: string) => ({ id, name, email });

export const ORG_MEMBERS: OrganisationMember[] = [
  { user: person(ME.id, ME.name, ME.email), role: 'admin', createdAt: at },
  {
    user: person(11, 'Pekka Korhonen', 'pekka.korhonen@example.org'),
    role: 'member',
    createdAt: at,
  },
  { user: person(12, '', 'uusi.vapaaehtoinen@example.org'), role: 'member', createdAt: at },
];

export const JOIN_REQUESTS: JoinRequest[] = [
  {
    id: 31,
    organisationId: 1,
    user: person(13, 'Liisa Mäkinen', 'liisa.makinen@example.org'),
    status: 'pending',
    task: { id: 44, title: 'Tilinpäätöksen tarkistus' },
    createdAt: '2026-11-20T08:00:00.000Z',
    decidedAt: null,
  },
  {
    id: 32,
    organisationId: 1,
    user: person(14, 'Jussi Lehtonen', 'jussi.lehtonen@example.org'),
    status: 'pending',
    task: null,
    createdAt: '2026-11-21T08:00:00.000Z',
    decidedAt: null,
  },
];

export const PROGRAMME: ProBonoProgramme = {
  organisation: { id: 3, name: COMPANY.name, kind: 'company' },
  sectors: ['Sosiaali- ja terveysala'],
  organisations: [{ id: 4, name: OTHER_ASSOCIATION.name, kind: 'association' }],
  categories: ['kirjanpito-talous'],
  regions: [{ code: 'FI197', name: 'Pirkanmaa' }],
  justification: 'Autamme pirkanmaalaisia sote-yhdistyksiä taloushallinnossa.',
  group: { id: 60, name: 'Taseen pro bono', memberCount: 8 },
  updatedAt: at,
};

export const NETWORK: Group = {
  id: 50,
  organisationId: 1,
  name: 'Keskusjärjestö läsnä – taloushallinto',
  code: 'KLTH7XQ',
  memberCap: 30,
  memberCount: 3,
  createdAt: at,
};

/** A group of another organisation that the user was invited to. */
export const INVITED_TO: Group = {
  id: 51,
  organisationId: 9,
  name: 'Pirkanmaan järjestöjen IT-tuki',
  code: 'PJIT4KM',
  memberCap: 30,
  memberCount: 12,
  createdAt: at,
};

export const NEARLY_FULL: Group = {
  id: 52,
  organisationId: 1,
  name: 'Hallitusten puheenjohtajat',
  code: 'HPJ9CAT',
  memberCap: 5,
  memberCount: 4,
  createdAt: at,
};

export const NETWORK_MEMBERS: GroupMember[] = [
  { id: 1, email: ME.email, user: { id: ME.id, name: ME.name }, createdAt: at },
  {
    id: 2,
    email: 'pekka.korhonen@example.org',
    user: { id: 11, name: 'Pekka Korhonen' },
    createdAt: at,
  },
  { id: 3, email: 'kutsuttu@yhdistys.example.fi', user: null, createdAt: at },
];

/** What a member of another organisation's group sees: names, their own address only. */
export const INVITED_MEMBERS: GroupMember[] = [
  { id: 10, email: ME.email, user: { id: ME.id, name: ME.name }, createdAt: at },
  { id: 11, email: null, user: { id: 21, name: 'Sara Lindholm' }, createdAt: at },
];

export const NEARLY_FULL_MEMBERS: GroupMember[] = [1, 2, 3, 4].map((i) => ({
  id: 100 + i,
  email: `pj${i}@yhdistys.example.fi`,
  user: { id: 100 + i, name: `Puheenjohtaja ${i}` },
  createdAt: at,
}));

/** Someone with no organisation yet. */
export const NO_ORG_ME: Me = { ...ME, memberships: [] };

/** A member (not an admin) of the association. */
export const MEMBER_ME: Me = {
  ...ME,
  memberships: [
    { organisation: { id: 1, name: ASSOCIATION.name, kind: 'association' }, role: 'member' },
  ],
};

/** Admin of the association, the umbrella and the company. */
export const MANY_ORGS_ME: Me = {
  ...ME,
  memberships: [
    { organisation: { id: 1, name: ASSOCIATION.name, kind: 'association' }, role: 'admin' },
    { organisation: { id: 2, name: UMBRELLA.name, kind: 'umbrella' }, role: 'admin' },
    { organisation: { id: 3, name: COMPANY.name, kind: 'company' }, role: 'admin' },
  ],
};

/** Everything the fake server holds for the settings stories. */
export const SETTINGS: FakeSettingsOptions = {
  groups: [NETWORK, INVITED_TO, NEARLY_FULL],
  groupMembers: { 50: NETWORK_MEMBERS, 51: INVITED_MEMBERS, 52: NEARLY_FULL_MEMBERS },
  joinable: [
    {
      id: 53,
      organisationId: 9,
      name: 'Vapaaehtoisten koordinaattorit',
      code: 'VKOORD',
      memberCap: 30,
      memberCount: 4,
      createdAt: at,
    },
  ],
  takenCodes: ['VARATTU'],
  organisations: [ASSOCIATION, UMBRELLA, COMPANY, OTHER_ASSOCIATION, NEIGHBOUR_ASSOCIATION],
  organisationMembers: {
    1: ORG_MEMBERS,
    2: [{ user: person(ME.id, ME.name, ME.email), role: 'admin', createdAt: at }],
    3: [
      { user: person(ME.id, ME.name, ME.email), role: 'admin', createdAt: at },
      {
        user: person(15, 'Mikko Nieminen', 'mikko.nieminen@example.org'),
        role: 'admin',
        createdAt: at,
      },
    ],
  },
  memberOrganisations: { 2: [ASSOCIATION, OTHER_ASSOCIATION] },
  joinRequests: JOIN_REQUESTS,
  proBono: { 3: PROGRAMME },
};

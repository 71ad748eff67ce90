/** People and organisations for the profile editor's and the onboarding's stories and tests. */
import type { Me } from '../../sdk/schemas/users.ts';
import { HELPER } from './data.ts';
import { makeOrganisation } from './fake-profile.ts';

/** A pro bono helper who has filled in most of the pilot guide's fields. */
export const FILLED: Me = {
  ...HELPER,
  id: 20,
  name: 'Mikko Nieminen',
  email: 'mikko.nieminen@tase.example',
  phone: '+358 40 123 4567',
  helperType: 'pro_bono',
  bio: 'Tilintarkastaja, joka haluaa auttaa yhdistyksiä tilinpäätöksissä.',
  postalCode: '00100',
  municipality: 'Helsinki',
  region: 'Helsinki-Uusimaa',
  radiusKm: 30,
  languages: ['suomi', 'ruotsi', 'englanti'],
  skills: ['KTM, laskentatoimi', 'tilintarkastus'],
  experience: 'Yhdistysten toiminnantarkastaja vuodesta 2018.',
  cvPublic: true,
  videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  linkedinUrl: 'https://www.linkedin.com/in/mikko-nieminen-example',
  interestedCategories: ['kirjanpito-talous', 'rahoitushakemukset'],
  groups: [{ id: 3, name: 'Tase Oy:n pro bono -ryhmä', organisationId: 5 }],
  joinRequests: [],
};

/** Someone who has just given their name: everything else is still empty. */
export const NEW: Me = {
  ...HELPER,
  id: 21,
  name: 'Sara Lindholm',
  email: 'sara@example.fi',
  helperType: 'student',
  postalCode: null,
  municipality: null,
  region: null,
  radiusKm: 0,
  languages: [],
  skills: [],
  cvPublic: false,
  interestedCategories: [],
  memberships: [],
  groups: [],
  joinRequests: [],
};

/** Someone who has just signed in for the first time: no name, nothing else. */
export const NEWCOMER: Me = {
  ...HELPER,
  id: 30,
  name: '',
  email: 'maija.meikalainen@example.fi',
  helperType: null,
  postalCode: null,
  municipality: null,
  region: null,
  languages: [],
  skills: [],
  memberships: [],
  groups: [],
  joinRequests: [],
};

export const ORGANISATIONS = [
  makeOrganisation({ id: 1, name: 'Kotikylän Eläkeläiset ry', businessId: '0737546-2' }),
  makeOrganisation({
    id: 2,
    name: 'Kotikylän Nuorisoseura ry',
    businessId: null,
    municipality: 'Lempäälä',
    postalCode: '37500',
  }),
  makeOrganisation({
    id: 3,
    name: 'Tilitoimisto Tase Oy',
    kind: 'company',
    businessId: '1671299-3',
    municipality: 'Helsinki',
  }),
];

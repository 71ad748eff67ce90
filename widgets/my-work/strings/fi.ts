import type { MyWorkStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const fi: MyWorkStrings = {
  heading: { ongoing: 'Meneillään', history: 'Historia', attention: 'Odottaa sinua' },
  asHelper: 'Tekijänä',
  asRequester: 'Tilaajana',
  signInToSee: 'Kirjaudu sisään nähdäksesi hakemuksesi ja tehtäväsi.',
  error: 'Tehtäviäsi ei saatu ladattua.',
  groups: {
    markDone: 'Merkitse tehdyksi',
    awaitingApproval: 'Odottaa tilaajan hyväksyntää',
    helperFeedback: 'Anna palautetta tilaajalle',
    applications: 'Hakemukseni',
    reviewApplicants: 'Uusia hakijoita',
    closeApplications: 'Haku suljettavana',
    approve: 'Tehty – hyväksy tunnit',
    requesterFeedback: 'Anna palautetta tekijälle',
    waiting: 'Odottaa hakijoita tai tekijöitä',
    helperHistory: 'Tekemäni tehtävät',
    requesterHistory: 'Organisaation päättyneet tehtävät',
  },
  itemCount: (n) => plural(n, '1 tehtävä', `${n} tehtävää`),
  applicationStatus: {
    pending: 'Odottaa valintaa',
    selected: 'Valittu',
    declined: 'Ei valittu',
    withdrawn: 'Peruttu',
  },
  next: {
    markDone: 'Merkitse tehtävä tehdyksi, kun työ on valmis.',
    waitForApproval: (date) => `Merkitsit tehdyksi ${date}. Tilaaja hyväksyy toteutuneet tunnit.`,
    giveFeedback: 'Tilaaja hyväksyi työn. Anna palautetta tilaajalle.',
    waitForSelection: 'Tilaaja valitsee tekijät hakijoista.',
  },
  pendingApplicants: (n) => plural(n, '1 uusi hakija', `${n} uutta hakijaa`),
  helperStatus: { selected: 'tekee', done: 'merkitty tehdyksi', approved: 'hyväksytty' },
  taskStatus: {
    waiting: 'Odottaa vahvistusta',
    open: 'Avoin',
    assigned: 'Tekijät valittu',
    completed: 'Valmis',
    cancelled: 'Peruttu',
    expired: 'Umpeutunut',
  },
  approvedOn: (date) => `Hyväksytty ${date}`,
  feedbackReceived: 'Saatu palaute',
  feedbackGiven: 'Annettu palaute',
  rating: (n) => `${n}/5`,
  helperTotal: (n, hours) =>
    `Olet auttanut ${plural(n, '1 tehtävässä', `${n} tehtävässä`)}, yhteensä ${hours}.`,
  helpValue: (value, perHour) => `Laskennallinen arvo ${value} (${perHour}/h).`,
  requesterTotal: (n, hours) =>
    `Organisaatiosi on saanut apua ${plural(n, '1 tehtävään', `${n} tehtävään`)}, yhteensä ${hours}.`,
  empty: {
    helper: 'Sinulla ei ole meneillään olevia hakemuksia tai tehtäviä.',
    requester: 'Organisaatiollasi ei ole meneillään olevia tehtäviä.',
    history: 'Täällä näkyvät tehtävät, kun ne on tehty ja hyväksytty.',
    attention: 'Mikään ei odota sinua juuri nyt.',
  },
  findTasks: 'Katso mahdollisuudet',
  askForHelp: 'Pyydä apua',
  attention: (n) => plural(n, '1 asia odottaa sinua.', `${n} asiaa odottaa sinua.`),
  loaded: (n) => plural(n, '1 tehtävä näytetään.', `${n} tehtävää näytetään.`),
};

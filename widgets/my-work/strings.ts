/**
 * The strings of `<tehostamo-my-work>`, one typed table per locale. Common words (hours,
 * loading, retry) come from the shared table.
 */
import type { Lang } from '../i18n/index.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface MyWorkStrings {
  heading: { ongoing: string; history: string; attention: string };
  asHelper: string;
  asRequester: string;
  signInToSee: string;
  error: string;
  groups: {
    markDone: string;
    awaitingApproval: string;
    helperFeedback: string;
    applications: string;
    reviewApplicants: string;
    closeApplications: string;
    approve: string;
    requesterFeedback: string;
    waiting: string;
    helperHistory: string;
    requesterHistory: string;
  };
  /** How many items a group holds, for screen readers after its heading. */
  itemCount: (n: number) => string;
  applicationStatus: { pending: string; selected: string; declined: string; withdrawn: string };
  next: {
    markDone: string;
    waitForApproval: (date: string) => string;
    giveFeedback: string;
    waitForSelection: string;
  };
  pendingApplicants: (n: number) => string;
  helperStatus: { selected: string; done: string; approved: string };
  taskStatus: {
    waiting: string;
    open: string;
    assigned: string;
    completed: string;
    cancelled: string;
    expired: string;
  };
  approvedOn: (date: string) => string;
  feedbackReceived: string;
  feedbackGiven: string;
  rating: (n: number) => string;
  helperTotal: (tasks: number, hours: string) => string;
  requesterTotal: (tasks: number, hours: string) => string;
  empty: {
    helper: string;
    requester: string;
    history: string;
    attention: string;
  };
  findTasks: string;
  askForHelp: string;
  attention: (n: number) => string;
  loaded: (n: number) => string;
}

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

export const sv: MyWorkStrings = {
  heading: { ongoing: 'Pågående', history: 'Historik', attention: 'Väntar på dig' },
  asHelper: 'Som utförare',
  asRequester: 'Som beställare',
  signInToSee: 'Logga in för att se dina ansökningar och uppdrag.',
  error: 'Dina uppdrag kunde inte laddas.',
  groups: {
    markDone: 'Markera som utfört',
    awaitingApproval: 'Väntar på beställarens godkännande',
    helperFeedback: 'Ge respons till beställaren',
    applications: 'Mina ansökningar',
    reviewApplicants: 'Nya sökande',
    closeApplications: 'Ansökan kan stängas',
    approve: 'Utfört – godkänn timmarna',
    requesterFeedback: 'Ge respons till utföraren',
    waiting: 'Väntar på sökande eller utförare',
    helperHistory: 'Uppdrag jag har utfört',
    requesterHistory: 'Organisationens avslutade uppdrag',
  },
  itemCount: (n) => plural(n, '1 uppdrag', `${n} uppdrag`),
  applicationStatus: {
    pending: 'Väntar på val',
    selected: 'Vald',
    declined: 'Inte vald',
    withdrawn: 'Återtagen',
  },
  next: {
    markDone: 'Markera uppdraget som utfört när arbetet är klart.',
    waitForApproval: (date) =>
      `Du markerade det som utfört ${date}. Beställaren godkänner de faktiska timmarna.`,
    giveFeedback: 'Beställaren godkände arbetet. Ge respons till beställaren.',
    waitForSelection: 'Beställaren väljer utförare bland de sökande.',
  },
  pendingApplicants: (n) => plural(n, '1 ny sökande', `${n} nya sökande`),
  helperStatus: { selected: 'utför', done: 'markerat som utfört', approved: 'godkänt' },
  taskStatus: {
    waiting: 'Väntar på bekräftelse',
    open: 'Öppet',
    assigned: 'Utförare valda',
    completed: 'Klart',
    cancelled: 'Inställt',
    expired: 'Utgånget',
  },
  approvedOn: (date) => `Godkänt ${date}`,
  feedbackReceived: 'Respons du fått',
  feedbackGiven: 'Respons du gett',
  rating: (n) => `${n}/5`,
  helperTotal: (n, hours) =>
    `Du har hjälpt till i ${plural(n, '1 uppdrag', `${n} uppdrag`)}, sammanlagt ${hours}.`,
  requesterTotal: (n, hours) =>
    `Din organisation har fått hjälp med ${plural(n, '1 uppdrag', `${n} uppdrag`)}, sammanlagt ${hours}.`,
  empty: {
    helper: 'Du har inga pågående ansökningar eller uppdrag.',
    requester: 'Din organisation har inga pågående uppdrag.',
    history: 'Här syns uppdragen när de är utförda och godkända.',
    attention: 'Inget väntar på dig just nu.',
  },
  findTasks: 'Se möjligheterna',
  askForHelp: 'Be om hjälp',
  attention: (n) => plural(n, '1 sak väntar på dig.', `${n} saker väntar på dig.`),
  loaded: (n) => plural(n, '1 uppdrag visas.', `${n} uppdrag visas.`),
};

export const en: MyWorkStrings = {
  heading: { ongoing: 'Ongoing', history: 'History', attention: 'Waiting for you' },
  asHelper: 'As a helper',
  asRequester: 'As a requester',
  signInToSee: 'Sign in to see your applications and tasks.',
  error: 'Your tasks could not be loaded.',
  groups: {
    markDone: 'Mark as done',
    awaitingApproval: 'Waiting for the requester’s approval',
    helperFeedback: 'Give the requester feedback',
    applications: 'My applications',
    reviewApplicants: 'New applicants',
    closeApplications: 'Applications to close',
    approve: 'Done – approve the hours',
    requesterFeedback: 'Give the helper feedback',
    waiting: 'Waiting for applicants or helpers',
    helperHistory: 'Tasks I have done',
    requesterHistory: 'Our organisation’s closed tasks',
  },
  itemCount: (n) => plural(n, '1 task', `${n} tasks`),
  applicationStatus: {
    pending: 'Waiting for selection',
    selected: 'Selected',
    declined: 'Not selected',
    withdrawn: 'Withdrawn',
  },
  next: {
    markDone: 'Mark the task done when the work is finished.',
    waitForApproval: (date) =>
      `You marked it done on ${date}. The requester approves the actual hours.`,
    giveFeedback: 'The requester approved the work. Give them feedback.',
    waitForSelection: 'The requester chooses helpers among the applicants.',
  },
  pendingApplicants: (n) => plural(n, '1 new applicant', `${n} new applicants`),
  helperStatus: { selected: 'working', done: 'marked done', approved: 'approved' },
  taskStatus: {
    waiting: 'Waiting for confirmation',
    open: 'Open',
    assigned: 'Helpers chosen',
    completed: 'Completed',
    cancelled: 'Cancelled',
    expired: 'Expired',
  },
  approvedOn: (date) => `Approved on ${date}`,
  feedbackReceived: 'Feedback received',
  feedbackGiven: 'Feedback given',
  rating: (n) => `${n}/5`,
  helperTotal: (n, hours) =>
    `You have helped with ${plural(n, '1 task', `${n} tasks`)}, ${hours} in all.`,
  requesterTotal: (n, hours) =>
    `Your organisation has had help with ${plural(n, '1 task', `${n} tasks`)}, ${hours} in all.`,
  empty: {
    helper: 'You have no applications or tasks going on.',
    requester: 'Your organisation has no tasks going on.',
    history: 'Tasks show here once they are done and approved.',
    attention: 'Nothing is waiting for you right now.',
  },
  findTasks: 'See opportunities',
  askForHelp: 'Ask for help',
  attention: (n) => plural(n, '1 thing is waiting for you.', `${n} things are waiting for you.`),
  loaded: (n) => plural(n, '1 task shown.', `${n} tasks shown.`),
};

export const myWorkStrings: Record<Lang, MyWorkStrings> = { fi, sv, en };

import type { MyWorkStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

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
  helpValue: (value, perHour) => `Beräknat värde ${value} (${perHour}/h).`,
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

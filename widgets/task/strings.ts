/**
 * The task page's own strings (fi, sv, en). Common words and error messages stay in
 * `widgets/i18n/`; these travel only in the task page's chunk.
 */
import type { Lang } from '../i18n/index.ts';

export type Step = 'posted' | 'applications' | 'selected' | 'done' | 'approved' | 'completed';

export interface TaskPageStrings {
  loadError: string;
  notFound: string;
  requester: string;
  pendingVerification: string;
  cancelledNotice: string;
  expiredNotice: string;
  /** Label before the reason the requester gave for cancelling. */
  cancelReasonLabel: string;
  timeline: {
    heading: string;
    steps: Record<Step | 'cancelled' | 'expired', string>;
    state: { done: string; current: string; upcoming: string };
  };
  manage: {
    heading: string;
    edit: string;
    editHeading: string;
    save: string;
    saving: string;
    saved: string;
    cancelTask: string;
    cancelHeading: string;
    cancelReason: string;
    cancelReasonHint: string;
    confirmCancel: string;
    cancelling: string;
    keep: string;
    cancelled: string;
  };
  edit: {
    title: string;
    details: string;
    schedule: string;
    hours: string;
    hoursHint: string;
    helpersWanted: string;
    remote: string;
    postalCode: string;
    postalCodeHint: string;
    invalidHours: string;
    invalidHelpers: string;
    invalidPostalCode: string;
    required: string;
    titleLength: string;
    remoteOrPostal: string;
  };
  applicants: string;
  helpers: {
    heading: string;
    none: string;
    status: { selected: string; done: string; approved: (hours: string) => string };
    approveHeading: (name: string) => string;
    actualHours: string;
    actualHoursHint: (estimate: string) => string;
    rating: string;
    ratingOption: (n: number) => string;
    feedbackText: string;
    feedbackTextHint: string;
    approve: string;
    approving: string;
    approved: (name: string) => string;
    invalidRating: string;
  };
  helper: {
    heading: string;
    intro: string;
    markDone: string;
    markingDone: string;
    markedDone: string;
    waitingApproval: string;
    approved: (hours: string) => string;
    feedbackHeading: string;
    feedbackIntro: string;
    rating: string;
    sendFeedback: string;
    sendingFeedback: string;
    feedbackSent: string;
  };
  applicant: {
    heading: string;
    status: string;
    message: string;
    withdraw: string;
    withdrawing: string;
    confirmWithdraw: string;
    keep: string;
    withdrawn: string;
  };
  chat: string;
  feedbackReceived: (name: string) => string;
}

const fi: TaskPageStrings = {
  loadError: 'Tehtävän lataaminen epäonnistui.',
  notFound: 'Tehtävää ei löydy, tai sinulla ei ole oikeutta nähdä sitä.',
  requester: 'Pyytäjä',
  pendingVerification:
    'Tehtävä odottaa, että pyytäjä vahvistaa sen sähköpostiin lähetetyllä koodilla.',
  cancelledNotice: 'Tehtävä on peruttu.',
  expiredNotice:
    'Tehtävä umpeutui: sen aikataulu meni kauan sitten, eikä tekijää valittu. Hakijoille on kerrottu.',
  cancelReasonLabel: 'Perumisen syy',
  timeline: {
    heading: 'Tehtävän vaiheet',
    steps: {
      posted: 'Julkaistu',
      applications: 'Haku',
      selected: 'Tekijät valittu',
      done: 'Tehty',
      approved: 'Hyväksytty',
      completed: 'Valmis',
      cancelled: 'Peruttu',
      expired: 'Umpeutui',
    },
    state: { done: 'valmis', current: 'nyt', upcoming: 'tulossa' },
  },
  manage: {
    heading: 'Tehtävän hallinta',
    edit: 'Muokkaa tehtävää',
    editHeading: 'Muokkaa tehtävää',
    save: 'Tallenna muutokset',
    saving: 'Tallennetaan…',
    saved: 'Muutokset on tallennettu.',
    cancelTask: 'Peru tehtävä',
    cancelHeading: 'Perutaanko tehtävä?',
    cancelReason: 'Syy',
    cancelReasonHint: 'Kerromme syyn hakijoille ja valituille tekijöille sähköpostilla.',
    confirmCancel: 'Kyllä, peru tehtävä',
    cancelling: 'Perutaan…',
    keep: 'Älä peru',
    cancelled: 'Tehtävä on peruttu. Hakijoille ja tekijöille on kerrottu.',
  },
  edit: {
    title: 'Otsikko',
    details: 'Kuvaus',
    schedule: 'Aikataulu',
    hours: 'Arvioitu työmäärä (tuntia)',
    hoursHint: 'Puolen tunnin tarkkuudella, esimerkiksi 1,5.',
    helpersWanted: 'Tekijöitä tarvitaan',
    remote: 'Voidaan tehdä etänä',
    postalCode: 'Postinumero',
    postalCodeHint: 'Paikan päällä tehtävälle tehtävälle.',
    invalidHours: 'Kirjoita tunnit puolen tunnin tarkkuudella, esimerkiksi 1,5.',
    invalidHelpers: 'Kirjoita tekijöiden määrä 1–50.',
    invalidPostalCode: 'Postinumerossa on viisi numeroa.',
    required: 'Tämä tieto tarvitaan.',
    titleLength: 'Otsikossa on 5–140 merkkiä.',
    remoteOrPostal: 'Paikan päällä tehtävä tehtävä tarvitsee postinumeron.',
  },
  applicants: 'Hakijat',
  helpers: {
    heading: 'Valitut tekijät',
    none: 'Tekijöitä ei ole vielä valittu.',
    status: {
      selected: 'Tekee tehtävää',
      done: 'Merkitty tehdyksi – odottaa hyväksyntääsi',
      approved: (h) => `Hyväksytty, ${h}`,
    },
    approveHeading: (name) => `Hyväksy tekijän ${name} työ`,
    actualHours: 'Toteutuneet tunnit',
    actualHoursHint: (estimate) =>
      `Arvio oli ${estimate}. Puolen tunnin tarkkuudella, esimerkiksi 1,5.`,
    rating: 'Arvio tekijälle',
    ratingOption: (n) => `${n}/5`,
    feedbackText: 'Palaute',
    feedbackTextHint: 'Näkyy tekijän julkisessa profiilissa.',
    approve: 'Hyväksy ja anna palaute',
    approving: 'Hyväksytään…',
    approved: (name) => `Tekijän ${name} työ on hyväksytty. Kiitos palautteesta!`,
    invalidRating: 'Valitse arvio 1–5.',
  },
  helper: {
    heading: 'Sinun tehtäväsi',
    intro: 'Sinut on valittu tekijäksi. Merkitse tehtävä tehdyksi, kun olet valmis.',
    markDone: 'Merkitse tehdyksi',
    markingDone: 'Merkitään…',
    markedDone: 'Merkitsit tehtävän tehdyksi. Pyytäjä hyväksyy sen seuraavaksi.',
    waitingApproval: 'Olet merkinnyt tehtävän tehdyksi. Pyytäjä hyväksyy sen seuraavaksi.',
    approved: (h) => `Pyytäjä hyväksyi työsi: ${h}. Kiitos!`,
    feedbackHeading: 'Anna palautetta pyytäjälle',
    feedbackIntro: 'Miten yhteistyö sujui? Palaute näkyy pyytäjän julkisessa profiilissa.',
    rating: 'Arvio pyytäjälle',
    sendFeedback: 'Lähetä palaute',
    sendingFeedback: 'Lähetetään…',
    feedbackSent: 'Kiitos palautteestasi!',
  },
  applicant: {
    heading: 'Hakemuksesi',
    status: 'Tila',
    message: 'Viestisi',
    withdraw: 'Peru hakemus',
    withdrawing: 'Perutaan…',
    confirmWithdraw: 'Perutaanko hakemuksesi? Et voi hakea tähän tehtävään uudelleen.',
    keep: 'Älä peru',
    withdrawn: 'Hakemuksesi on peruttu.',
  },
  chat: 'Keskustelu',
  feedbackReceived: (name) => `Palaute käyttäjältä ${name}`,
};

const sv: TaskPageStrings = {
  loadError: 'Uppgiften kunde inte laddas.',
  notFound: 'Uppgiften finns inte, eller så har du inte rätt att se den.',
  requester: 'Beställare',
  pendingVerification: 'Uppgiften väntar på att beställaren bekräftar den med koden i e-posten.',
  cancelledNotice: 'Uppgiften är inställd.',
  expiredNotice:
    'Uppgiften gick ut: tidtabellen passerade för länge sedan och ingen valdes. De sökande har fått veta.',
  cancelReasonLabel: 'Orsak',
  timeline: {
    heading: 'Uppgiftens skeden',
    steps: {
      posted: 'Publicerad',
      applications: 'Ansökan',
      selected: 'Utförare valda',
      done: 'Utförd',
      approved: 'Godkänd',
      completed: 'Klar',
      cancelled: 'Inställd',
      expired: 'Gick ut',
    },
    state: { done: 'klart', current: 'nu', upcoming: 'kommande' },
  },
  manage: {
    heading: 'Hantera uppgiften',
    edit: 'Redigera uppgiften',
    editHeading: 'Redigera uppgiften',
    save: 'Spara ändringarna',
    saving: 'Sparar…',
    saved: 'Ändringarna har sparats.',
    cancelTask: 'Ställ in uppgiften',
    cancelHeading: 'Ställa in uppgiften?',
    cancelReason: 'Orsak',
    cancelReasonHint: 'Vi berättar orsaken för de sökande och de valda utförarna per e-post.',
    confirmCancel: 'Ja, ställ in uppgiften',
    cancelling: 'Ställer in…',
    keep: 'Ställ inte in',
    cancelled: 'Uppgiften är inställd. De sökande och utförarna har fått veta.',
  },
  edit: {
    title: 'Rubrik',
    details: 'Beskrivning',
    schedule: 'Tidtabell',
    hours: 'Uppskattad arbetsmängd (timmar)',
    hoursHint: 'I halvtimmar, till exempel 1,5.',
    helpersWanted: 'Antal utförare',
    remote: 'Kan göras på distans',
    postalCode: 'Postnummer',
    postalCodeHint: 'För en uppgift som görs på plats.',
    invalidHours: 'Skriv timmarna i halvtimmar, till exempel 1,5.',
    invalidHelpers: 'Skriv antalet utförare, 1–50.',
    invalidPostalCode: 'Ett postnummer har fem siffror.',
    required: 'Den här uppgiften behövs.',
    titleLength: 'Rubriken har 5–140 tecken.',
    remoteOrPostal: 'En uppgift på plats behöver ett postnummer.',
  },
  applicants: 'Sökande',
  helpers: {
    heading: 'Valda utförare',
    none: 'Inga utförare har valts ännu.',
    status: {
      selected: 'Utför uppgiften',
      done: 'Markerad som utförd – väntar på ditt godkännande',
      approved: (h) => `Godkänd, ${h}`,
    },
    approveHeading: (name) => `Godkänn ${name}s arbete`,
    actualHours: 'Verkliga timmar',
    actualHoursHint: (estimate) =>
      `Uppskattningen var ${estimate}. I halvtimmar, till exempel 1,5.`,
    rating: 'Betyg för utföraren',
    ratingOption: (n) => `${n}/5`,
    feedbackText: 'Respons',
    feedbackTextHint: 'Syns i utförarens offentliga profil.',
    approve: 'Godkänn och ge respons',
    approving: 'Godkänner…',
    approved: (name) => `${name}s arbete är godkänt. Tack för responsen!`,
    invalidRating: 'Välj ett betyg 1–5.',
  },
  helper: {
    heading: 'Din uppgift',
    intro: 'Du har valts till utförare. Markera uppgiften som utförd när du är klar.',
    markDone: 'Markera som utförd',
    markingDone: 'Markerar…',
    markedDone: 'Du markerade uppgiften som utförd. Beställaren godkänner den härnäst.',
    waitingApproval: 'Du har markerat uppgiften som utförd. Beställaren godkänner den härnäst.',
    approved: (h) => `Beställaren godkände ditt arbete: ${h}. Tack!`,
    feedbackHeading: 'Ge respons till beställaren',
    feedbackIntro: 'Hur gick samarbetet? Responsen syns i beställarens offentliga profil.',
    rating: 'Betyg för beställaren',
    sendFeedback: 'Skicka respons',
    sendingFeedback: 'Skickar…',
    feedbackSent: 'Tack för din respons!',
  },
  applicant: {
    heading: 'Din ansökan',
    status: 'Status',
    message: 'Ditt meddelande',
    withdraw: 'Återkalla ansökan',
    withdrawing: 'Återkallar…',
    confirmWithdraw: 'Återkalla din ansökan? Du kan inte söka den här uppgiften på nytt.',
    keep: 'Återkalla inte',
    withdrawn: 'Din ansökan är återkallad.',
  },
  chat: 'Diskussion',
  feedbackReceived: (name) => `Respons från ${name}`,
};

const en: TaskPageStrings = {
  loadError: 'The task could not be loaded.',
  notFound: 'The task does not exist, or you may not see it.',
  requester: 'Requester',
  pendingVerification: 'The task waits for the requester to confirm it with the emailed code.',
  cancelledNotice: 'The task was cancelled.',
  expiredNotice:
    'The task expired: its schedule passed long ago and nobody was selected. The applicants have been told.',
  cancelReasonLabel: 'Reason',
  timeline: {
    heading: 'Progress',
    steps: {
      posted: 'Posted',
      applications: 'Applications',
      selected: 'Helpers selected',
      done: 'Done',
      approved: 'Approved',
      completed: 'Completed',
      cancelled: 'Cancelled',
      expired: 'Expired',
    },
    state: { done: 'done', current: 'now', upcoming: 'to come' },
  },
  manage: {
    heading: 'Manage the task',
    edit: 'Edit the task',
    editHeading: 'Edit the task',
    save: 'Save changes',
    saving: 'Saving…',
    saved: 'The changes are saved.',
    cancelTask: 'Cancel the task',
    cancelHeading: 'Cancel the task?',
    cancelReason: 'Reason',
    cancelReasonHint: 'We email the reason to the applicants and the selected helpers.',
    confirmCancel: 'Yes, cancel the task',
    cancelling: 'Cancelling…',
    keep: 'Keep it',
    cancelled: 'The task is cancelled. The applicants and helpers have been told.',
  },
  edit: {
    title: 'Title',
    details: 'Details',
    schedule: 'Schedule',
    hours: 'Estimated hours',
    hoursHint: 'In half hours, for example 1.5.',
    helpersWanted: 'Helpers wanted',
    remote: 'Can be done remotely',
    postalCode: 'Postal code',
    postalCodeHint: 'For a task done on site.',
    invalidHours: 'Write the hours in half hours, for example 1.5.',
    invalidHelpers: 'Write the number of helpers, 1–50.',
    invalidPostalCode: 'A postal code has five digits.',
    required: 'This is needed.',
    titleLength: 'The title has 5–140 characters.',
    remoteOrPostal: 'A task done on site needs a postal code.',
  },
  applicants: 'Applicants',
  helpers: {
    heading: 'Selected helpers',
    none: 'No helpers are selected yet.',
    status: {
      selected: 'Working on it',
      done: 'Marked done – waiting for your approval',
      approved: (h) => `Approved, ${h}`,
    },
    approveHeading: (name) => `Approve ${name}'s work`,
    actualHours: 'Actual hours',
    actualHoursHint: (estimate) => `The estimate was ${estimate}. In half hours, for example 1.5.`,
    rating: 'Rating for the helper',
    ratingOption: (n) => `${n}/5`,
    feedbackText: 'Feedback',
    feedbackTextHint: "Shows on the helper's public profile.",
    approve: 'Approve and give feedback',
    approving: 'Approving…',
    approved: (name) => `${name}'s work is approved. Thank you for the feedback!`,
    invalidRating: 'Choose a rating from 1 to 5.',
  },
  helper: {
    heading: 'Your assignment',
    intro: 'You were selected as a helper. Mark the task done when you have finished.',
    markDone: 'Mark done',
    markingDone: 'Marking…',
    markedDone: 'You marked the task done. The requester approves it next.',
    waitingApproval: 'You marked the task done. The requester approves it next.',
    approved: (h) => `The requester approved your work: ${h}. Thank you!`,
    feedbackHeading: 'Give the requester feedback',
    feedbackIntro: "How did it go? The feedback shows on the requester's public profile.",
    rating: 'Rating for the requester',
    sendFeedback: 'Send feedback',
    sendingFeedback: 'Sending…',
    feedbackSent: 'Thank you for your feedback!',
  },
  applicant: {
    heading: 'Your application',
    status: 'Status',
    message: 'Your message',
    withdraw: 'Withdraw the application',
    withdrawing: 'Withdrawing…',
    confirmWithdraw: 'Withdraw your application? You cannot apply to this task again.',
    keep: 'Keep it',
    withdrawn: 'Your application is withdrawn.',
  },
  chat: 'Chat',
  feedbackReceived: (name) => `Feedback from ${name}`,
};

export const taskStrings: Record<Lang, TaskPageStrings> = { fi, sv, en };

/**
 * The applicant picker's own strings (fi, sv, en): they travel only in its chunk. The names of
 * an application's states stay in `widgets/i18n/` (`picker.status`), for every widget that shows them.
 */
import type { Lang } from '../i18n/index.ts';
import type { ApplicationStatusName } from '../i18n/strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface PickerStrings {
  heading: string;
  count: (n: number) => string;
  empty: string;
  error: string;
  signInToSee: string;
  notAllowed: string;
  helperType: string;
  skills: string;
  languages: string;
  experience: string;
  message: string;
  completedTasks: (n: number) => string;
  rating: (average: string, count: number) => string;
  noRating: string;
  select: string;
  confirmSelectHeading: string;
  confirmSelect: (name: string) => string;
  confirmSelectYes: string;
  selected: (name: string) => string;
  selectMoreHeading: string;
  selectMore: string;
  selectMoreYes: string;
  selectMoreNo: string;
  full: string;
  closeApplications: string;
  confirmCloseHeading: string;
  confirmClose: (pending: number) => string;
  confirmCloseYes: string;
  closed: (thanked: number) => string;
  closedAlready: string;
  decline: string;
  confirmDeclineHeading: string;
  confirmDecline: (name: string) => string;
  confirmDeclineYes: string;
  declined: (name: string) => string;
  status: Record<ApplicationStatusName, string>;
}

export const pickerStrings: Record<Lang, PickerStrings> = {
  fi: {
    heading: 'Hakijat',
    count: (n) => plural(n, '1 hakija', `${n} hakijaa`),
    empty: 'Tehtävään ei ole vielä hakijoita. Saat sähköpostia, kun joku hakee.',
    error: 'Hakijoita ei saatu ladattua.',
    signInToSee: 'Kirjaudu sisään nähdäksesi tehtävän hakijat.',
    notAllowed: 'Vain tehtävän pyytäneen organisaation jäsenet näkevät hakijat.',
    helperType: 'Tekijätyyppi',
    skills: 'Osaaminen',
    languages: 'Kielet',
    experience: 'Kokemus',
    message: 'Hakijan viesti',
    completedTasks: (n) => plural(n, '1 tehty tehtävä', `${n} tehtyä tehtävää`),
    rating: (avg, n) => `Palautteen keskiarvo ${avg}/5 (${plural(n, '1 arvio', `${n} arviota`)})`,
    noRating: 'Ei vielä palautetta',
    select: 'Valitse tekijäksi',
    confirmSelectHeading: 'Vahvista valinta',
    confirmSelect: (name) =>
      `Valitaanko ${name} tekijäksi? Valintaa ei voi perua: saat vaihtaa tekijää vain perumalla tehtävän ja julkaisemalla sen uudelleen.`,
    confirmSelectYes: 'Kyllä, valitse',
    selected: (name) => `${name} on valittu tekijäksi, ja hänelle on lähetetty tieto.`,
    selectMoreHeading: 'Valitaanko lisää tekijöitä?',
    selectMore: 'Haluatko valita tehtävään vielä muita tekijöitä?',
    selectMoreYes: 'Kyllä, valitsen lisää',
    selectMoreNo: 'En, sulje haku',
    full: 'Kaikki tarvittavat tekijät on valittu.',
    closeApplications: 'Sulje haku',
    confirmCloseHeading: 'Suljetaanko haku?',
    confirmClose: (n) =>
      n === 0
        ? 'Tehtävään ei voi enää hakea.'
        : `Tehtävään ei voi enää hakea, ja ${plural(n, 'valitsematta jäänyt hakija saa', `${n} valitsematta jäänyttä hakijaa saavat`)} kiitosviestin.`,
    confirmCloseYes: 'Kyllä, sulje haku',
    closed: (n) =>
      n === 0
        ? 'Haku on suljettu.'
        : `Haku on suljettu. ${plural(n, '1 hakija sai', `${n} hakijaa saivat`)} kiitosviestin.`,
    closedAlready: 'Haku on päättynyt.',
    decline: 'Kiitä ja hylkää',
    confirmDeclineHeading: 'Hylätäänkö hakemus?',
    confirmDecline: (name) =>
      `${name} saa kiitosviestin, eikä häntä voi enää valita tähän tehtävään.`,
    confirmDeclineYes: 'Kyllä, hylkää',
    declined: (name) => `${name} sai kiitosviestin.`,
    status: {
      pending: 'Odottaa',
      selected: 'Valittu',
      declined: 'Ei valittu, kiitetty',
      withdrawn: 'Peruttu',
    },
  },
  sv: {
    heading: 'Sökande',
    count: (n) => plural(n, '1 sökande', `${n} sökande`),
    empty: 'Ingen har ännu sökt uppdraget. Du får e-post när någon söker.',
    error: 'De sökande kunde inte laddas.',
    signInToSee: 'Logga in för att se uppdragets sökande.',
    notAllowed: 'Endast medlemmarna i organisationen som bad om hjälp ser de sökande.',
    helperType: 'Typ av utförare',
    skills: 'Kompetens',
    languages: 'Språk',
    experience: 'Erfarenhet',
    message: 'Den sökandes meddelande',
    completedTasks: (n) => plural(n, '1 utfört uppdrag', `${n} utförda uppdrag`),
    rating: (avg, n) =>
      `Responsens medeltal ${avg}/5 (${plural(n, '1 bedömning', `${n} bedömningar`)})`,
    noRating: 'Ingen respons ännu',
    select: 'Välj som utförare',
    confirmSelectHeading: 'Bekräfta valet',
    confirmSelect: (name) =>
      `Väljs ${name} som utförare? Valet kan inte ångras: utföraren kan bytas endast genom att ställa in uppdraget och publicera det på nytt.`,
    confirmSelectYes: 'Ja, välj',
    selected: (name) => `${name} har valts som utförare och har fått besked.`,
    selectMoreHeading: 'Väljs fler utförare?',
    selectMore: 'Vill du välja fler utförare för uppdraget?',
    selectMoreYes: 'Ja, jag väljer fler',
    selectMoreNo: 'Nej, stäng ansökan',
    full: 'Alla utförare som behövs har valts.',
    closeApplications: 'Stäng ansökan',
    confirmCloseHeading: 'Stängs ansökan?',
    confirmClose: (n) =>
      n === 0
        ? 'Uppdraget kan inte längre sökas.'
        : `Uppdraget kan inte längre sökas, och ${plural(n, 'den sökande som inte valdes får', `${n} sökande som inte valdes får`)} ett tack.`,
    confirmCloseYes: 'Ja, stäng ansökan',
    closed: (n) =>
      n === 0
        ? 'Ansökan har stängts.'
        : `Ansökan har stängts. ${plural(n, '1 sökande fick', `${n} sökande fick`)} ett tack.`,
    closedAlready: 'Ansökningstiden har gått ut.',
    decline: 'Tacka och avböj',
    confirmDeclineHeading: 'Avböja ansökan?',
    confirmDecline: (name) =>
      `${name} får ett tackmeddelande och kan inte längre väljas till den här uppgiften.`,
    confirmDeclineYes: 'Ja, avböj',
    declined: (name) => `${name} fick ett tackmeddelande.`,
    status: {
      pending: 'Väntar',
      selected: 'Vald',
      declined: 'Inte vald, tackad',
      withdrawn: 'Återtagen',
    },
  },
  en: {
    heading: 'Applicants',
    count: (n) => plural(n, '1 applicant', `${n} applicants`),
    empty: 'No one has applied yet. You will get an email when someone does.',
    error: 'The applicants could not be loaded.',
    signInToSee: "Sign in to see the task's applicants.",
    notAllowed: 'Only members of the organisation that asked for help can see the applicants.',
    helperType: 'Helper type',
    skills: 'Skills',
    languages: 'Languages',
    experience: 'Experience',
    message: "Applicant's message",
    completedTasks: (n) => plural(n, '1 completed task', `${n} completed tasks`),
    rating: (avg, n) => `Average feedback ${avg}/5 (${plural(n, '1 rating', `${n} ratings`)})`,
    noRating: 'No feedback yet',
    select: 'Select as helper',
    confirmSelectHeading: 'Confirm your choice',
    confirmSelect: (name) =>
      `Select ${name} as a helper? This cannot be undone: the helper can only be changed by cancelling the task and posting it again.`,
    confirmSelectYes: 'Yes, select',
    selected: (name) => `${name} has been selected as a helper and has been told.`,
    selectMoreHeading: 'Select more helpers?',
    selectMore: 'Do you want to select more helpers for this task?',
    selectMoreYes: 'Yes, select more',
    selectMoreNo: 'No, close applications',
    full: 'All the helpers needed have been selected.',
    closeApplications: 'Close applications',
    confirmCloseHeading: 'Close applications?',
    confirmClose: (n) =>
      n === 0
        ? 'No one can apply to the task any more.'
        : `No one can apply to the task any more, and ${plural(n, 'the applicant not selected gets', `the ${n} applicants not selected get`)} a thank-you note.`,
    confirmCloseYes: 'Yes, close applications',
    closed: (n) =>
      n === 0
        ? 'Applications are closed.'
        : `Applications are closed. ${plural(n, '1 applicant was', `${n} applicants were`)} thanked.`,
    closedAlready: 'Applications have closed.',
    decline: 'Thank and decline',
    confirmDeclineHeading: 'Decline the application?',
    confirmDecline: (name) =>
      `${name} gets a thank-you note and can no longer be selected for this task.`,
    confirmDeclineYes: 'Yes, decline',
    declined: (name) => `${name} got a thank-you note.`,
    status: {
      pending: 'Pending',
      selected: 'Selected',
      declined: 'Not selected, thanked',
      withdrawn: 'Withdrawn',
    },
  },
};

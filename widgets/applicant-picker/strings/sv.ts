import type { PickerStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const sv: PickerStrings = {
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
};

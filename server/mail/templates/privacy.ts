import { lines, pages, type Template } from './types.ts';

/** The code that confirms erasing one's own account. */
export const erasureCode: Template<{ code: string; minutes: number }> = {
  fi: ({ code, minutes }) => ({
    subject: `Tilin poistamisen vahvistuskoodi: ${code}`,
    text: lines(
      `Vahvista Tehostamo-tilisi poistaminen koodilla ${code}.`,
      '',
      `Koodi on voimassa ${minutes} minuuttia. Poistoa ei voi perua: profiilisi, viestiesi tekstit ja muut tietosi poistetaan.`,
      'Jos et pyytänyt poistoa, älä kerro koodia kenellekään. Tilisi säilyy ennallaan.',
    ),
  }),
  sv: ({ code, minutes }) => ({
    subject: `Kod för att radera kontot: ${code}`,
    text: lines(
      `Bekräfta att ditt Tehostamo-konto raderas med koden ${code}.`,
      '',
      `Koden gäller i ${minutes} minuter. Raderingen kan inte ångras: din profil, dina meddelanden och dina övriga uppgifter raderas.`,
      'Om du inte bad om detta, berätta inte koden för någon. Ditt konto förblir som det är.',
    ),
  }),
  en: ({ code, minutes }) => ({
    subject: `Code to erase your account: ${code}`,
    text: lines(
      `Confirm erasing your Tehostamo account with the code ${code}.`,
      '',
      `The code is valid for ${minutes} minutes. Erasure cannot be undone: your profile, the texts of your messages and the rest of your data are deleted.`,
      'If you did not ask for this, do not tell anyone the code. Your account stays as it is.',
    ),
  }),
};

/** The code that confirms closing an organisation. */
export const closureCode: Template<{ code: string; minutes: number; organisation: string }> = {
  fi: ({ code, minutes, organisation }) => ({
    subject: `Organisaation sulkemisen vahvistuskoodi: ${code}`,
    text: lines(
      `Vahvista organisaation ${organisation} sulkeminen Tehostamossa koodilla ${code}.`,
      '',
      `Koodi on voimassa ${minutes} minuuttia. Sulkeminen peruu avoimet tehtävät, poistaa jäsenet, ryhmien jäsenet ja avaimet, eikä sitä voi perua.`,
    ),
  }),
  sv: ({ code, minutes, organisation }) => ({
    subject: `Kod för att stänga organisationen: ${code}`,
    text: lines(
      `Bekräfta att organisationen ${organisation} stängs i Tehostamo med koden ${code}.`,
      '',
      `Koden gäller i ${minutes} minuter. Stängningen avbryter öppna uppdrag, tar bort medlemmar, gruppmedlemmar och nycklar och kan inte ångras.`,
    ),
  }),
  en: ({ code, minutes, organisation }) => ({
    subject: `Code to close the organisation: ${code}`,
    text: lines(
      `Confirm closing ${organisation} in Tehostamo with the code ${code}.`,
      '',
      `The code is valid for ${minutes} minutes. Closing cancels open tasks, removes the members, group members and keys, and cannot be undone.`,
    ),
  }),
};

/** To the requester: a selected helper erased their account, so the assignment is free again. */
export const assignmentReleased: Template<{ taskId: number; taskTitle: string }> = {
  fi: (d) => ({
    subject: `Tekijä on poistunut tehtävästä: ${d.taskTitle}`,
    text: lines(
      `Tehtävään "${d.taskTitle}" (nro ${d.taskId}) valittu tekijä on poistanut Tehostamo-tilinsä.`,
      '',
      'Hänen osuutensa on vapautettu. Voit valita uuden tekijän hakijoista tai perua tehtävän.',
    ),
    action: { path: pages.task(d.taskId), label: 'Avaa tehtävä' },
  }),
  sv: (d) => ({
    subject: `En hjälpare har lämnat uppdraget: ${d.taskTitle}`,
    text: lines(
      `En hjälpare som valdes till uppdraget "${d.taskTitle}" (nr ${d.taskId}) har raderat sitt Tehostamo-konto.`,
      '',
      'Hjälparens del är frigjord. Du kan välja en ny hjälpare bland de sökande eller avbryta uppdraget.',
    ),
    action: { path: pages.task(d.taskId), label: 'Öppna uppdraget' },
  }),
  en: (d) => ({
    subject: `A helper has left the task: ${d.taskTitle}`,
    text: lines(
      `A helper selected for "${d.taskTitle}" (no. ${d.taskId}) has erased their Tehostamo account.`,
      '',
      'Their place is free again. You can select a new helper from the applicants or cancel the task.',
    ),
    action: { path: pages.task(d.taskId), label: 'Open the task' },
  }),
};

/** An account unused for a long time will be erased unless the person signs in. */
export const inactivityWarning: Template<{ eraseOn: string; years: number }> = {
  fi: (d) => ({
    subject: 'Tehostamo-tilisi poistetaan pian käyttämättömänä',
    text: lines(
      `Et ole käyttänyt Tehostamoa yli ${d.years} vuoteen. Tilisi ja sen tiedot poistetaan ${d.eraseOn}.`,
      '',
      'Jos haluat säilyttää tilin, kirjaudu sisään ennen sitä. Muuta ei tarvitse tehdä.',
    ),
    action: { path: '/sign-in', label: 'Kirjaudu sisään' },
  }),
  sv: (d) => ({
    subject: 'Ditt Tehostamo-konto raderas snart som oanvänt',
    text: lines(
      `Du har inte använt Tehostamo på över ${d.years} år. Ditt konto och dess uppgifter raderas ${d.eraseOn}.`,
      '',
      'Om du vill behålla kontot, logga in före det. Mer behövs inte.',
    ),
    action: { path: '/sign-in', label: 'Logga in' },
  }),
  en: (d) => ({
    subject: 'Your Tehostamo account will soon be erased as unused',
    text: lines(
      `You have not used Tehostamo for over ${d.years} years. Your account and its data will be erased on ${d.eraseOn}.`,
      '',
      'To keep the account, sign in before then. Nothing else is needed.',
    ),
    action: { path: '/sign-in', label: 'Sign in' },
  }),
};

export const privacyTemplates = {
  erasure_code: erasureCode,
  closure_code: closureCode,
  assignment_released: assignmentReleased,
  inactivity_warning: inactivityWarning,
};

import type { Lang } from '../../../sdk/schemas/common.ts';
import { lines, pages, type Template } from './types.ts';

/** A user without a name is still somebody: never show an email address in their place. */
const someone: Record<Lang, string> = {
  fi: 'Tehostamon käyttäjä',
  sv: 'En användare av Tehostamo',
  en: 'A Tehostamo user',
};
const who = (name: string, lang: Lang) => name.trim() || someone[lang];

interface TaskRef {
  taskId: number;
  taskTitle: string;
}

export const newApplication: Template<TaskRef & { applicantName: string; message: string }> = {
  fi: (d) => ({
    subject: `Uusi hakemus tehtävään: ${d.taskTitle}`,
    text: lines(
      `${who(d.applicantName, 'fi')} haluaa auttaa tehtävässä "${d.taskTitle}" (nro ${d.taskId}).`,
      '',
      'Hakijan viesti:',
      d.message,
      '',
      'Katso hakijat ja valitse tekijä Tehostamossa. Kun olet valinnut yhden, voit valita useampia,',
      'jos tehtävään tarvitaan useampi tekijä.',
    ),
    action: { path: pages.task(d.taskId), label: 'Katso hakijat' },
  }),
  sv: (d) => ({
    subject: `Ny ansökan till uppdraget: ${d.taskTitle}`,
    text: lines(
      `${who(d.applicantName, 'sv')} vill hjälpa till med uppdraget "${d.taskTitle}" (nr ${d.taskId}).`,
      '',
      'Sökandens meddelande:',
      d.message,
      '',
      'Se de sökande och välj en hjälpare i Tehostamo. När du har valt en kan du välja fler,',
      'om uppdraget behöver flera hjälpare.',
    ),
    action: { path: pages.task(d.taskId), label: 'Se de sökande' },
  }),
  en: (d) => ({
    subject: `New application for: ${d.taskTitle}`,
    text: lines(
      `${who(d.applicantName, 'en')} would like to help with "${d.taskTitle}" (no. ${d.taskId}).`,
      '',
      "The applicant's message:",
      d.message,
      '',
      'See the applicants and select a helper in Tehostamo. Once you have selected one, you can',
      'select more if the task needs more than one helper.',
    ),
    action: { path: pages.task(d.taskId), label: 'See the applicants' },
  }),
};

export const selected: Template<TaskRef & { organisationName: string }> = {
  fi: (d) => ({
    subject: `Sinut valittiin tekijäksi: ${d.taskTitle}`,
    text: lines(
      `${d.organisationName} valitsi sinut tekijäksi tehtävään "${d.taskTitle}" (nro ${d.taskId}).`,
      '',
      'Voit nyt keskustella tilaajan kanssa tehtävän viestiketjussa ja sopia, miten työ tehdään.',
      'Kun tehtävä on tehty, merkitse se tehdyksi, niin tilaaja voi hyväksyä sen.',
    ),
    action: { path: pages.chat(d.taskId), label: 'Avaa tehtävä ja keskustelu' },
  }),
  sv: (d) => ({
    subject: `Du har valts som hjälpare: ${d.taskTitle}`,
    text: lines(
      `${d.organisationName} valde dig som hjälpare för uppdraget "${d.taskTitle}" (nr ${d.taskId}).`,
      '',
      'Du kan nu diskutera med beställaren i uppdragets meddelandetråd och komma överens om arbetet.',
      'När uppdraget är klart, markera det som utfört så att beställaren kan godkänna det.',
    ),
    action: { path: pages.chat(d.taskId), label: 'Öppna uppdraget och diskussionen' },
  }),
  en: (d) => ({
    subject: `You were selected to help: ${d.taskTitle}`,
    text: lines(
      `${d.organisationName} selected you to help with "${d.taskTitle}" (no. ${d.taskId}).`,
      '',
      "You can now talk with the requester in the task's chat and agree how the work is done.",
      'When the task is done, mark it done so that the requester can approve it.',
    ),
    action: { path: pages.chat(d.taskId), label: 'Open the task and its chat' },
  }),
};

export const thanked: Template<TaskRef & { organisationName: string }> = {
  fi: (d) => ({
    subject: `Kiitos avuntarjouksestasi: ${d.taskTitle}`,
    text: lines(
      `Kiitos, että tarjouduit auttamaan tehtävässä "${d.taskTitle}" (nro ${d.taskId}),`,
      `jonka tilasi ${d.organisationName}.`,
      '',
      'Tilaaja on valinnut tekijät, eikä tehtävään tällä kertaa tarvita enempää apua.',
      'Apua tarvitaan muuallakin: katso avoimet tehtävät Tehostamosta.',
    ),
    action: { path: pages.opportunities, label: 'Katso avoimet tehtävät' },
  }),
  sv: (d) => ({
    subject: `Tack för ditt erbjudande: ${d.taskTitle}`,
    text: lines(
      `Tack för att du erbjöd dig att hjälpa till med uppdraget "${d.taskTitle}" (nr ${d.taskId})`,
      `från ${d.organisationName}.`,
      '',
      'Beställaren har valt sina hjälpare och behöver ingen mer hjälp den här gången.',
      'Det behövs hjälp på annat håll också: se de öppna uppdragen i Tehostamo.',
    ),
    action: { path: pages.opportunities, label: 'Se de öppna uppdragen' },
  }),
  en: (d) => ({
    subject: `Thank you for offering to help: ${d.taskTitle}`,
    text: lines(
      `Thank you for offering to help with "${d.taskTitle}" (no. ${d.taskId})`,
      `for ${d.organisationName}.`,
      '',
      'The requester has chosen its helpers and needs no more help with this task.',
      'Help is needed elsewhere too: see the open tasks in Tehostamo.',
    ),
    action: { path: pages.opportunities, label: 'See the open tasks' },
  }),
};

export const newMessage: Template<TaskRef & { authorName: string; body: string }> = {
  fi: (d) => ({
    subject: `Uusi viesti tehtävässä: ${d.taskTitle}`,
    text: lines(
      `${who(d.authorName, 'fi')} kirjoitti tehtävän "${d.taskTitle}" (nro ${d.taskId}) viestiketjuun:`,
      '',
      d.body,
      '',
      'Vastaa viestiin Tehostamossa.',
    ),
    action: { path: pages.chat(d.taskId), label: 'Vastaa viestiin' },
  }),
  sv: (d) => ({
    subject: `Nytt meddelande i uppdraget: ${d.taskTitle}`,
    text: lines(
      `${who(d.authorName, 'sv')} skrev i meddelandetråden för "${d.taskTitle}" (nr ${d.taskId}):`,
      '',
      d.body,
      '',
      'Svara i Tehostamo.',
    ),
    action: { path: pages.chat(d.taskId), label: 'Svara' },
  }),
  en: (d) => ({
    subject: `New message on: ${d.taskTitle}`,
    text: lines(
      `${who(d.authorName, 'en')} wrote in the chat of "${d.taskTitle}" (no. ${d.taskId}):`,
      '',
      d.body,
      '',
      'Reply in Tehostamo.',
    ),
    action: { path: pages.chat(d.taskId), label: 'Reply' },
  }),
};

export const markedDone: Template<TaskRef & { helperName: string }> = {
  fi: (d) => ({
    subject: `Tehtävä on tehty – hyväksy se: ${d.taskTitle}`,
    text: lines(
      `${who(d.helperName, 'fi')} merkitsi tehtävän "${d.taskTitle}" (nro ${d.taskId}) tehdyksi.`,
      '',
      'Hyväksy tehtävä Tehostamossa ja kirjaa siihen todellisuudessa kulunut aika.',
      'Voit samalla antaa tekijälle palautetta.',
    ),
    action: { path: pages.task(d.taskId), label: 'Hyväksy ja anna palautetta' },
  }),
  sv: (d) => ({
    subject: `Uppdraget är utfört – godkänn det: ${d.taskTitle}`,
    text: lines(
      `${who(d.helperName, 'sv')} markerade uppdraget "${d.taskTitle}" (nr ${d.taskId}) som utfört.`,
      '',
      'Godkänn uppdraget i Tehostamo och ange den tid som faktiskt gick åt.',
      'Du kan samtidigt ge hjälparen respons.',
    ),
    action: { path: pages.task(d.taskId), label: 'Godkänn och ge respons' },
  }),
  en: (d) => ({
    subject: `Marked done – please approve: ${d.taskTitle}`,
    text: lines(
      `${who(d.helperName, 'en')} marked "${d.taskTitle}" (no. ${d.taskId}) as done.`,
      '',
      'Please approve it in Tehostamo and record the hours it actually took.',
      'You can give the helper feedback at the same time.',
    ),
    action: { path: pages.task(d.taskId), label: 'Approve and give feedback' },
  }),
};

export const feedbackReceived: Template<
  TaskRef & { fromName: string; rating: number; text: string; recipientId: number }
> = {
  fi: (d) => ({
    subject: `Sait palautetta: ${d.taskTitle}`,
    text: lines(
      `${who(d.fromName, 'fi')} antoi sinulle palautetta tehtävästä "${d.taskTitle}" (nro ${d.taskId}).`,
      '',
      `Arvio: ${d.rating}/5`,
      d.text ? `"${d.text}"` : null,
      '',
      'Palaute näkyy julkisessa profiilissasi.',
    ),
    action: { path: pages.user(d.recipientId), label: 'Katso profiilisi' },
  }),
  sv: (d) => ({
    subject: `Du har fått respons: ${d.taskTitle}`,
    text: lines(
      `${who(d.fromName, 'sv')} gav dig respons på uppdraget "${d.taskTitle}" (nr ${d.taskId}).`,
      '',
      `Betyg: ${d.rating}/5`,
      d.text ? `"${d.text}"` : null,
      '',
      'Responsen syns i din offentliga profil.',
    ),
    action: { path: pages.user(d.recipientId), label: 'Se din profil' },
  }),
  en: (d) => ({
    subject: `You received feedback: ${d.taskTitle}`,
    text: lines(
      `${who(d.fromName, 'en')} gave you feedback on "${d.taskTitle}" (no. ${d.taskId}).`,
      '',
      `Rating: ${d.rating}/5`,
      d.text ? `"${d.text}"` : null,
      '',
      'The feedback shows on your public profile.',
    ),
    action: { path: pages.user(d.recipientId), label: 'See your profile' },
  }),
};

/** The emails of the application lifecycle, by kind. */
export const applicationMails = {
  new_application: newApplication,
  selected,
  thanked,
  new_message: newMessage,
  marked_done: markedDone,
  feedback_received: feedbackReceived,
};

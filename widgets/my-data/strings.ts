/** The strings of `<tehostamo-my-data>`, one typed table per locale. */
import type { Lang } from '../i18n/index.ts';

export interface MyDataStrings {
  heading: string;
  exportLead: string;
  downloadJson: string;
  downloadHtml: string;
  preparing: string;
  downloaded: string;
  eraseHeading: string;
  eraseLead: string;
  eraseKeeps: string;
  sendCode: string;
  codeSent: (minutes: number) => string;
  codeLabel: string;
  codeHint: string;
  codeFormat: string;
  wrongCode: (left: number) => string;
  erase: string;
  erasing: string;
  erased: string;
  lastAdmin: string;
  organisationSettings: string;
  orgHeading: (name: string) => string;
  orgExportLead: string;
  closeHeading: string;
  closeLead: string;
  closeButton: string;
  closing: string;
  closed: string;
  notSupported: string;
}

const fi: MyDataStrings = {
  heading: 'Omat tietosi',
  exportLead:
    'Lataa kaikki Tehostamoon sinusta tallennetut tiedot: profiili, organisaatiot, tehtävät, hakemukset, tunnit, viestit, palautteet, kirjautumiset ja sähköpostit.',
  downloadJson: 'Lataa tiedostona (JSON)',
  downloadHtml: 'Lataa luettavana sivuna (HTML)',
  preparing: 'Kootaan tietoja…',
  downloaded: 'Tiedot on ladattu.',
  eraseHeading: 'Poista tili',
  eraseLead:
    'Poistaminen on lopullinen. Profiilisi, yhteystietosi, jäsenyytesi ja istuntosi poistetaan, viestiesi tekstit korvataan ilmoituksella ja avoimet hakemuksesi perutaan.',
  eraseKeeps:
    'Tehtyjen tehtävien tunnit ja tilaajan antama palaute säilyvät muille ilman nimeäsi (”entinen käyttäjä”).',
  sendCode: 'Lähetä vahvistuskoodi sähköpostiini',
  codeSent: (minutes) =>
    `Lähetimme sähköpostiisi vahvistuskoodin. Se on voimassa ${minutes} minuuttia.`,
  codeLabel: 'Vahvistuskoodi',
  codeHint: 'Kuusi numeroa sähköpostista.',
  codeFormat: 'Koodi on kuusi numeroa.',
  wrongCode: (left) => `Koodi ei kelpaa. Yrityksiä jäljellä: ${left}.`,
  erase: 'Poista tilini pysyvästi',
  erasing: 'Poistetaan…',
  erased: 'Tilisi on poistettu. Kiitos, että olit mukana.',
  lastAdmin:
    'Olet näiden organisaatioiden ainoa ylläpitäjä. Tee joku toinen ylläpitäjäksi tai sulje organisaatio ennen tilin poistamista:',
  organisationSettings: 'Organisaation asetukset',
  orgHeading: (name) => (name ? `Organisaation tiedot: ${name}` : 'Organisaation tiedot'),
  orgExportLead:
    'Lataa kaikki organisaation tiedot: jäsenet, avaimet, ryhmät, tehtävät, hakemukset, keskustelut, palautteet, hakemistotiedot ja tapahtumaloki.',
  closeHeading: 'Sulje organisaatio',
  closeLead:
    'Sulkeminen on lopullinen: avoimet tehtävät perutaan ja hakijoille kerrotaan, avaimet lakkaavat toimimasta, ja jäsenet, ryhmien jäsenet ja hakemistotiedot poistetaan. Tehtävien historia säilyy.',
  closeButton: 'Sulje organisaatio pysyvästi',
  closing: 'Suljetaan…',
  closed: 'Organisaatio on suljettu.',
  notSupported: 'Tämä sivu ei tarjoa organisaation tietojen latausta.',
};

const sv: MyDataStrings = {
  heading: 'Dina uppgifter',
  exportLead:
    'Ladda ner allt som Tehostamo har sparat om dig: profil, organisationer, uppdrag, ansökningar, timmar, meddelanden, respons, inloggningar och e-post.',
  downloadJson: 'Ladda ner som fil (JSON)',
  downloadHtml: 'Ladda ner som läsbar sida (HTML)',
  preparing: 'Uppgifterna samlas…',
  downloaded: 'Uppgifterna har laddats ner.',
  eraseHeading: 'Radera kontot',
  eraseLead:
    'Raderingen är slutgiltig. Din profil, dina kontaktuppgifter, medlemskap och sessioner raderas, dina meddelanden ersätts med ett meddelande om att de tagits bort och dina öppna ansökningar dras tillbaka.',
  eraseKeeps:
    'Timmarna för utförda uppdrag och beställarens respons finns kvar för andra utan ditt namn (”tidigare användare”).',
  sendCode: 'Skicka en bekräftelsekod till min e-post',
  codeSent: (minutes) =>
    `Vi skickade en bekräftelsekod till din e-post. Den gäller i ${minutes} minuter.`,
  codeLabel: 'Bekräftelsekod',
  codeHint: 'Sex siffror från e-postmeddelandet.',
  codeFormat: 'Koden är sex siffror.',
  wrongCode: (left) => `Koden stämmer inte. Försök kvar: ${left}.`,
  erase: 'Radera mitt konto för gott',
  erasing: 'Raderar…',
  erased: 'Ditt konto har raderats. Tack för att du var med.',
  lastAdmin:
    'Du är den enda administratören för dessa organisationer. Gör någon annan till administratör eller stäng organisationen innan du raderar kontot:',
  organisationSettings: 'Organisationens inställningar',
  orgHeading: (name) => (name ? `Organisationens uppgifter: ${name}` : 'Organisationens uppgifter'),
  orgExportLead:
    'Ladda ner alla organisationens uppgifter: medlemmar, nycklar, grupper, uppdrag, ansökningar, chattar, respons, kataloguppgifter och händelselogg.',
  closeHeading: 'Stäng organisationen',
  closeLead:
    'Stängningen är slutgiltig: öppna uppdrag avbryts och de sökande får veta det, nycklarna slutar fungera, och medlemmar, gruppmedlemmar och kataloguppgifter tas bort. Uppdragens historik finns kvar.',
  closeButton: 'Stäng organisationen för gott',
  closing: 'Stänger…',
  closed: 'Organisationen har stängts.',
  notSupported: 'Den här sidan erbjuder inte nedladdning av organisationens uppgifter.',
};

const en: MyDataStrings = {
  heading: 'Your data',
  exportLead:
    'Download everything Tehostamo stores about you: profile, organisations, tasks, applications, hours, messages, feedback, sign-ins and emails.',
  downloadJson: 'Download as a file (JSON)',
  downloadHtml: 'Download as a readable page (HTML)',
  preparing: 'Gathering your data…',
  downloaded: 'Your data has been downloaded.',
  eraseHeading: 'Erase your account',
  eraseLead:
    'Erasure cannot be undone. Your profile, contact details, memberships and sessions are deleted, your messages are replaced by a notice, and your open applications are withdrawn.',
  eraseKeeps:
    'The hours of completed tasks and the feedback the requester gave stay for others, without your name ("a former user").',
  sendCode: 'Email me a confirmation code',
  codeSent: (minutes) => `We emailed you a confirmation code. It is valid for ${minutes} minutes.`,
  codeLabel: 'Confirmation code',
  codeHint: 'Six digits from the email.',
  codeFormat: 'The code is six digits.',
  wrongCode: (left) => `The code is not right. Tries left: ${left}.`,
  erase: 'Erase my account for good',
  erasing: 'Erasing…',
  erased: 'Your account has been erased. Thank you for taking part.',
  lastAdmin:
    'You are the only admin of these organisations. Make someone else admin, or close the organisation, before erasing your account:',
  organisationSettings: 'Organisation settings',
  orgHeading: (name) => (name ? `The organisation's data: ${name}` : "The organisation's data"),
  orgExportLead:
    "Download all of the organisation's data: members, keys, groups, tasks, applications, chats, feedback, directory listing and audit log.",
  closeHeading: 'Close the organisation',
  closeLead:
    'Closing cannot be undone: open tasks are cancelled and their applicants told, keys stop working, and the members, group members and directory listing are removed. The history of tasks stays.',
  closeButton: 'Close the organisation for good',
  closing: 'Closing…',
  closed: 'The organisation has been closed.',
  notSupported: "This page does not offer the organisation's data.",
};

export const myDataStrings: Record<Lang, MyDataStrings> = { fi, sv, en };

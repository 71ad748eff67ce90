import type { MyDataStrings } from '../strings.ts';

export const sv: MyDataStrings = {
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

/** The strings of `<tehostamo-onboarding>`, one typed table per locale. */
import type { OrganisationKind } from '../../sdk/schemas/organisations.ts';
import type { Lang } from '../i18n/index.ts';

export interface OnboardingStrings {
  aboutHeading: string;
  aboutLead: string;
  name: string;
  nameHint: string;
  nameRequired: string;
  nameTooLong: string;
  roles: string;
  rolesHint: string;
  helper: string;
  requester: string;
  rolesRequired: string;
  helperType: string;
  helperTypeRequired: string;
  choose: string;
  continue: string;
  saving: string;
  orgHeading: string;
  orgLeadRequester: string;
  orgLeadHelper: string;
  waiting: (name: string) => string;
  memberOf: (name: string) => string;
  findHeading: string;
  search: string;
  searchHint: string;
  searchButton: string;
  searching: string;
  noResults: string;
  results: (n: number) => string;
  askToJoin: string;
  askToJoinLabel: (name: string) => string;
  asked: (name: string) => string;
  alreadyMember: (name: string) => string;
  createHeading: string;
  createLead: string;
  kind: string;
  kinds: Record<OrganisationKind, string>;
  orgName: string;
  orgNameInvalid: string;
  businessId: string;
  businessIdHint: string;
  businessIdInvalid: string;
  sector: string;
  sectorHint: string;
  postalCode: string;
  postalCodeHint: string;
  postalCodeInvalid: string;
  postalCodeUnknown: string;
  place: (municipality: string, region: string) => string;
  create: string;
  creating: string;
  created: (name: string) => string;
  doneHeading: string;
  inviteColleagues: string;
  completeProfile: string;
  later: string;
  finish: string;
  optional: string;
}

export const fi: OnboardingStrings = {
  aboutHeading: 'Tervetuloa Tehostamoon',
  aboutLead:
    'Kerro ensin nimesi ja miten aiot käyttää palvelua. Voit muuttaa tietoja myöhemmin asetuksista.',
  name: 'Nimesi',
  nameHint:
    'Näkyy kaikille profiilissasi, tehtävissä ja viesteissä. Sähköpostiosoitettasi ei näytetä.',
  nameRequired: 'Kirjoita nimi, jonka muut näkevät.',
  nameTooLong: 'Nimi on liian pitkä (enintään 120 merkkiä).',
  roles: 'Miten käytät Tehostamoa?',
  rolesHint: 'Valitse yksi tai molemmat. On suotavaa toimia molempina.',
  helper: 'Haluan auttaa (tekijä)',
  requester: 'Organisaatiomme tarvitsee apua (tilaaja)',
  rolesRequired: 'Valitse ainakin yksi.',
  helperType: 'Millaisena tekijänä?',
  helperTypeRequired: 'Valitse, millaisena tekijänä toimit.',
  choose: 'Valitse…',
  continue: 'Jatka',
  saving: 'Tallennetaan…',
  orgHeading: 'Organisaatiosi',
  orgLeadRequester:
    'Avunpyynnöt tehdään organisaation nimissä. Liity organisaatioosi tai luo se, jos se ei vielä ole Tehostamossa.',
  orgLeadHelper:
    'Jos työskentelet tai toimit jossakin organisaatiossa, liity siihen. Voit myös jatkaa ilman organisaatiota.',
  waiting: (name) => `Liittymispyyntösi odottaa organisaation ${name} ylläpitäjien hyväksyntää.`,
  memberOf: (name) => `Olet organisaation ${name} jäsen.`,
  findHeading: 'Liity organisaatioosi',
  search: 'Organisaation nimi tai Y-tunnus',
  searchHint: 'Esimerkiksi "Kyläyhdistys" tai 1234567-8.',
  searchButton: 'Hae',
  searching: 'Haetaan…',
  noResults: 'Hakuasi vastaavaa organisaatiota ei löytynyt. Voit luoda sen alla.',
  results: (n) => (n === 1 ? '1 organisaatio löytyi.' : `${n} organisaatiota löytyi.`),
  askToJoin: 'Pyydä liittymistä',
  askToJoinLabel: (name) => `Pyydä liittymistä: ${name}`,
  asked: (name) =>
    `Pyyntö lähetetty. Organisaation ${name} ylläpitäjät saavat siitä sähköpostin ja hyväksyvät sen.`,
  alreadyMember: (name) => `Olet jo organisaation ${name} jäsen.`,
  createHeading: 'Tai luo organisaatio',
  createLead: 'Sinusta tulee sen ylläpitäjä: voit kutsua kollegasi mukaan.',
  kind: 'Organisaation tyyppi',
  kinds: {
    association: 'Yhdistys tai järjestö',
    umbrella: 'Kattojärjestö',
    company: 'Yritys (pro bono)',
    education: 'Oppilaitos',
    public: 'Julkinen toimija',
  },
  orgName: 'Organisaation nimi',
  orgNameInvalid: 'Kirjoita organisaation nimi (2–200 merkkiä).',
  businessId: 'Y-tunnus',
  businessIdHint: 'Muodossa 1234567-8. Tarkistetaan tarkistusnumerosta.',
  businessIdInvalid: 'Y-tunnus ei ole oikein: muoto on 1234567-8 ja viimeinen numero on tarkiste.',
  sector: 'Toimiala',
  sectorHint: 'Esimerkiksi sosiaali- ja terveysala tai kulttuuri.',
  postalCode: 'Kotipaikan postinumero',
  postalCodeHint: 'Kunta ja maakunta näytetään, kun kirjoitat.',
  postalCodeInvalid: 'Postinumerossa on viisi numeroa.',
  postalCodeUnknown: 'Postinumeroa ei löydy.',
  place: (m, r) => `${m}, ${r}`,
  create: 'Luo organisaatio',
  creating: 'Luodaan…',
  created: (name) => `Organisaatio ${name} on luotu, ja olet sen ylläpitäjä.`,
  doneHeading: 'Valmista',
  inviteColleagues: 'Kutsu kollegasi organisaation asetuksista',
  completeProfile: 'Täydennä tekijäprofiilisi',
  later: 'Jatka ilman organisaatiota',
  finish: 'Siirry Tehostamoon',
  optional: 'valinnainen',
};

export const sv: OnboardingStrings = {
  aboutHeading: 'Välkommen till Tehostamo',
  aboutLead:
    'Berätta först ditt namn och hur du tänker använda tjänsten. Du kan ändra uppgifterna senare i inställningarna.',
  name: 'Ditt namn',
  nameHint: 'Syns för alla i din profil, i uppdrag och meddelanden. Din e-postadress visas inte.',
  nameRequired: 'Skriv det namn som andra ser.',
  nameTooLong: 'Namnet är för långt (högst 120 tecken).',
  roles: 'Hur använder du Tehostamo?',
  rolesHint: 'Välj ett eller båda. Det är bra att vara båda.',
  helper: 'Jag vill hjälpa (hjälpare)',
  requester: 'Vår organisation behöver hjälp (beställare)',
  rolesRequired: 'Välj minst ett.',
  helperType: 'Som vilken slags hjälpare?',
  helperTypeRequired: 'Välj vilken slags hjälpare du är.',
  choose: 'Välj…',
  continue: 'Fortsätt',
  saving: 'Sparar…',
  orgHeading: 'Din organisation',
  orgLeadRequester:
    'Begäranden om hjälp görs i en organisations namn. Gå med i din organisation eller skapa den om den inte ännu finns i Tehostamo.',
  orgLeadHelper:
    'Om du arbetar eller är verksam i en organisation, gå med i den. Du kan också fortsätta utan organisation.',
  waiting: (name) => `Din begäran om medlemskap väntar på godkännande av ${name}s administratörer.`,
  memberOf: (name) => `Du är medlem i ${name}.`,
  findHeading: 'Gå med i din organisation',
  search: 'Organisationens namn eller FO-nummer',
  searchHint: 'Till exempel "Byaförening" eller 1234567-8.',
  searchButton: 'Sök',
  searching: 'Söker…',
  noResults: 'Ingen organisation motsvarade sökningen. Du kan skapa den nedan.',
  results: (n) => (n === 1 ? '1 organisation hittades.' : `${n} organisationer hittades.`),
  askToJoin: 'Be om medlemskap',
  askToJoinLabel: (name) => `Be om medlemskap: ${name}`,
  asked: (name) =>
    `Begäran har skickats. Administratörerna för ${name} får ett e-postmeddelande och godkänner den.`,
  alreadyMember: (name) => `Du är redan medlem i ${name}.`,
  createHeading: 'Eller skapa organisationen',
  createLead: 'Du blir dess administratör och kan bjuda in dina kolleger.',
  kind: 'Typ av organisation',
  kinds: {
    association: 'Förening eller organisation',
    umbrella: 'Takorganisation',
    company: 'Företag (pro bono)',
    education: 'Läroanstalt',
    public: 'Offentlig aktör',
  },
  orgName: 'Organisationens namn',
  orgNameInvalid: 'Skriv organisationens namn (2–200 tecken).',
  businessId: 'FO-nummer',
  businessIdHint: 'I formen 1234567-8. Kontrolleras med kontrollsiffran.',
  businessIdInvalid:
    'FO-numret stämmer inte: formen är 1234567-8 och sista siffran är en kontrollsiffra.',
  sector: 'Bransch',
  sectorHint: 'Till exempel social- och hälsovård eller kultur.',
  postalCode: 'Postnummer för hemorten',
  postalCodeHint: 'Kommun och landskap visas medan du skriver.',
  postalCodeInvalid: 'Ett postnummer har fem siffror.',
  postalCodeUnknown: 'Postnumret finns inte.',
  place: (m, r) => `${m}, ${r}`,
  create: 'Skapa organisationen',
  creating: 'Skapar…',
  created: (name) => `${name} har skapats och du är dess administratör.`,
  doneHeading: 'Klart',
  inviteColleagues: 'Bjud in dina kolleger i organisationens inställningar',
  completeProfile: 'Komplettera din hjälparprofil',
  later: 'Fortsätt utan organisation',
  finish: 'Gå till Tehostamo',
  optional: 'frivilligt',
};

export const en: OnboardingStrings = {
  aboutHeading: 'Welcome to Tehostamo',
  aboutLead:
    'First tell us your name and how you will use the service. You can change these later in the settings.',
  name: 'Your name',
  nameHint:
    'Shown to everyone on your profile, on tasks and in messages. Your email address is not shown.',
  nameRequired: 'Type the name others will see.',
  nameTooLong: 'The name is too long (at most 120 characters).',
  roles: 'How will you use Tehostamo?',
  rolesHint: 'Choose one or both. Doing both is encouraged.',
  helper: 'I want to help (helper)',
  requester: 'Our organisation needs help (requester)',
  rolesRequired: 'Choose at least one.',
  helperType: 'What kind of helper?',
  helperTypeRequired: 'Choose what kind of helper you are.',
  choose: 'Choose…',
  continue: 'Continue',
  saving: 'Saving…',
  orgHeading: 'Your organisation',
  orgLeadRequester:
    "Requests for help are made in an organisation's name. Join your organisation, or create it if it is not in Tehostamo yet.",
  orgLeadHelper:
    'If you work or volunteer in an organisation, join it. You can also go on without one.',
  waiting: (name) => `Your request to join ${name} is waiting for its admins to approve it.`,
  memberOf: (name) => `You are a member of ${name}.`,
  findHeading: 'Join your organisation',
  search: "Organisation's name or business id",
  searchHint: 'For example "Village association" or 1234567-8.',
  searchButton: 'Search',
  searching: 'Searching…',
  noResults: 'No organisation matched. You can create it below.',
  results: (n) => (n === 1 ? '1 organisation found.' : `${n} organisations found.`),
  askToJoin: 'Ask to join',
  askToJoinLabel: (name) => `Ask to join ${name}`,
  asked: (name) => `Request sent. The admins of ${name} get an email and approve it.`,
  alreadyMember: (name) => `You are already a member of ${name}.`,
  createHeading: 'Or create the organisation',
  createLead: 'You become its admin and can invite your colleagues.',
  kind: 'Kind of organisation',
  kinds: {
    association: 'Association or NGO',
    umbrella: 'Umbrella organisation',
    company: 'Company (pro bono)',
    education: 'Educational institution',
    public: 'Public body',
  },
  orgName: "Organisation's name",
  orgNameInvalid: "Type the organisation's name (2–200 characters).",
  businessId: 'Business id (Y-tunnus)',
  businessIdHint: 'As 1234567-8. Checked with its check digit.',
  businessIdInvalid:
    'The business id is not right: it is 1234567-8 and the last digit is a check digit.',
  sector: 'Sector',
  sectorHint: 'For example social and health care, or culture.',
  postalCode: 'Postal code of its home town',
  postalCodeHint: 'The municipality and region show as you type.',
  postalCodeInvalid: 'A postal code has five digits.',
  postalCodeUnknown: 'No such postal code.',
  place: (m, r) => `${m}, ${r}`,
  create: 'Create the organisation',
  creating: 'Creating…',
  created: (name) => `${name} has been created, and you are its admin.`,
  doneHeading: 'All set',
  inviteColleagues: "Invite your colleagues in the organisation's settings",
  completeProfile: 'Complete your helper profile',
  later: 'Go on without an organisation',
  finish: 'Go to Tehostamo',
  optional: 'optional',
};

export const onboardingStrings: Record<Lang, OnboardingStrings> = { fi, sv, en };

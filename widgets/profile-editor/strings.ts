/**
 * The strings of `<tehostamo-profile-editor>`, one typed table per locale. Helper types and
 * category names come from the shared tables.
 */
import type { Lang } from '../i18n/index.ts';

/** Who sees a field: said next to each one (the GDPR's "say it plainly"). */
export type Audience =
  'everyone' | 'cvShared' | 'cvApplied' | 'cvOnlyYou' | 'applied' | 'groups' | 'onlyYou';

export interface ProfileEditorStrings {
  heading: string;
  lead: string;
  loading: string;
  audience: Record<Audience, string>;
  publicSection: string;
  name: string;
  nameHint: string;
  nameRequired: string;
  nameTooLong: string;
  helperType: string;
  noHelperType: string;
  bio: string;
  bioHint: string;
  bioTooLong: string;
  postalCode: string;
  postalCodeHint: string;
  postalCodeInvalid: string;
  postalCodeUnknown: string;
  place: (municipality: string, region: string) => string;
  placeLooking: string;
  cvSection: string;
  languages: string;
  languagesHint: string;
  languagesRequired: string;
  listTooLong: string;
  skills: string;
  skillsHint: string;
  experience: string;
  experienceHint: string;
  experienceTooLong: string;
  cvPublic: string;
  cvPublicHint: string;
  videoUrl: string;
  videoUrlHint: string;
  videoUrlInvalid: string;
  linkedinUrl: string;
  linkedinUrlHint: string;
  linkedinUrlInvalid: string;
  contactSection: string;
  email: string;
  emailHint: string;
  phone: string;
  phoneHint: string;
  phoneInvalid: string;
  interestsSection: string;
  radiusKm: string;
  radiusHint: string;
  radiusInvalid: string;
  categories: string;
  categoriesHint: string;
  groupsSection: string;
  noGroups: string;
  manageGroups: string;
  langSection: string;
  lang: string;
  langHint: string;
  langs: Record<Lang, string>;
  save: string;
  saving: string;
  saved: string;
  unsaved: string;
  fixErrors: (n: number) => string;
  saveFailed: string;
  keptTyped: string;
  previewHeading: string;
  previewLead: string;
  optional: string;
}

export const fi: ProfileEditorStrings = {
  heading: 'Profiilin asetukset',
  lead: 'Täytä tiedot, joilla tilaajat löytävät sinut ja näkevät osaamisesi. Kunkin kentän kohdalla lukee, kuka sen näkee.',
  loading: 'Ladataan profiilia…',
  audience: {
    everyone: 'Näkyy kaikille',
    cvShared: 'Näkyy kaikille, koska jaat CV:si',
    cvApplied: 'Näkyy tilaajille, joiden tehtäviin haet (CV:tä ei jaeta kaikille)',
    cvOnlyYou: 'Näkyy vain sinulle, kunnes jaat CV:si',
    applied: 'Näkyy tilaajille, joiden tehtäviin haet, ja tehtävän osapuolille',
    groups: 'Näkyy ryhmän jäsenille ja ryhmän organisaatiolle',
    onlyYou: 'Näkyy vain sinulle',
  },
  publicSection: 'Perustiedot',
  name: 'Nimi',
  nameHint: 'Nimi, jolla muut näkevät sinut.',
  nameRequired: 'Kirjoita nimi, jonka muut näkevät.',
  nameTooLong: 'Nimi on liian pitkä (enintään 120 merkkiä).',
  helperType: 'Tekijätyyppi',
  noHelperType: 'Ei valittu',
  bio: 'Lyhyt kuvaus itsestäsi ("myyntipuhe")',
  bioHint: 'Kuka olet ja missä voit auttaa. Voit kertoa myös organisaatiostasi.',
  bioTooLong: 'Kuvaus on liian pitkä (enintään 2000 merkkiä).',
  postalCode: 'Postinumero',
  postalCodeHint: 'Tehtävät näytetään etäisyyden mukaan tästä. Kunta näytetään, kun kirjoitat.',
  postalCodeInvalid: 'Postinumerossa on viisi numeroa.',
  postalCodeUnknown: 'Postinumeroa ei löydy.',
  place: (m, r) => `${m}, ${r}`,
  placeLooking: 'Haetaan kuntaa…',
  cvSection: 'Osaaminen ja CV',
  languages: 'Kielitaito',
  languagesHint: 'Ainakin yksi kieli. Erota pilkulla, esim. suomi, englanti.',
  languagesRequired: 'Kirjoita ainakin yksi kieli.',
  listTooLong: 'Enintään 30 kohtaa, kukin enintään 80 merkkiä.',
  skills: 'Osaaminen ja koulutus',
  skillsHint: 'Erota pilkulla, esim. kirjanpito, tradenomi.',
  experience: 'Kokemus',
  experienceHint: 'Työ- tai muu kokemus.',
  experienceTooLong: 'Kokemus on liian pitkä (enintään 5000 merkkiä).',
  cvPublic: 'Jaa CV:si kaikille',
  cvPublicHint: 'Kielitaito, osaaminen, kokemus ja linkit näkyvät profiilissasi kaikille.',
  videoUrl: 'Video (YouTube- tai Vimeo-linkki)',
  videoUrlHint: 'Esimerkiksi https://www.youtube.com/watch?v=…',
  videoUrlInvalid: 'Anna https-linkki YouTubeen tai Vimeoon.',
  linkedinUrl: 'Linkki LinkedIn-profiiliin',
  linkedinUrlHint: 'Esimerkiksi https://www.linkedin.com/in/…',
  linkedinUrlInvalid: 'Anna https-linkki LinkedIniin (linkedin.com).',
  contactSection: 'Yhteystiedot',
  email: 'Sähköposti',
  emailHint: 'Kirjaudut sillä sisään; sitä ei voi muuttaa täällä.',
  phone: 'Puhelin',
  phoneHint: 'Esimerkiksi +358 40 123 4567.',
  phoneInvalid: 'Puhelinnumerossa on 5–20 numeroa (sallittu myös +, välilyönti, sulkeet ja viiva).',
  interestsSection: 'Tehtävät, joista olet kiinnostunut',
  radiusKm: 'Etäisyys kilometreinä',
  radiusHint:
    'Näet paikan päällä tehtävät tämän matkan säteeltä postinumerostasi; etätehtävät aina.',
  radiusInvalid: 'Anna kokonaisluku 0–1000.',
  categories: 'Aihepiirit',
  categoriesHint:
    'Mahdollisuudet-syötteesi näyttää näiden aihepiirien tehtävät. Jos et valitse yhtään, näet kaikki.',
  groupsSection: 'Ryhmäni',
  noGroups: 'Et kuulu vielä mihinkään ryhmään.',
  manageGroups: 'Ryhmien asetukset ja liittyminen koodilla',
  langSection: 'Sähköpostien kieli',
  lang: 'Kieli, jolla saat sähköpostit',
  langHint: '',
  langs: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
  save: 'Tallenna',
  saving: 'Tallennetaan…',
  saved: 'Profiili tallennettu.',
  unsaved: 'Sinulla on tallentamattomia muutoksia.',
  fixErrors: (n) =>
    n === 1 ? 'Korjaa 1 kenttä ennen tallennusta.' : `Korjaa ${n} kenttää ennen tallennusta.`,
  saveFailed: 'Tallennus ei onnistunut.',
  keptTyped: 'Kirjoittamasi tiedot ovat tallessa: voit yrittää uudelleen.',
  previewHeading: 'Näin muut näkevät profiilisi',
  previewLead:
    'Esikatselu päivittyy, kun kirjoitat. Julkinen profiilisi näyttää tämän tallennuksen jälkeen.',
  optional: 'valinnainen',
};

export const sv: ProfileEditorStrings = {
  heading: 'Profilinställningar',
  lead: 'Fyll i uppgifterna som hjälper beställare att hitta dig och se vad du kan. Vid varje fält står det vem som ser det.',
  loading: 'Profilen laddas…',
  audience: {
    everyone: 'Syns för alla',
    cvShared: 'Syns för alla eftersom du delar ditt CV',
    cvApplied: 'Syns för beställare vars uppdrag du söker (CV:t delas inte med alla)',
    cvOnlyYou: 'Syns bara för dig tills du delar ditt CV',
    applied: 'Syns för beställare vars uppdrag du söker och för uppdragets parter',
    groups: 'Syns för gruppens medlemmar och gruppens organisation',
    onlyYou: 'Syns bara för dig',
  },
  publicSection: 'Grunduppgifter',
  name: 'Namn',
  nameHint: 'Namnet som andra ser dig under.',
  nameRequired: 'Skriv det namn som andra ser.',
  nameTooLong: 'Namnet är för långt (högst 120 tecken).',
  helperType: 'Typ av hjälpare',
  noHelperType: 'Inte vald',
  bio: 'Kort beskrivning av dig själv',
  bioHint: 'Vem du är och var du kan hjälpa. Du kan också berätta om din organisation.',
  bioTooLong: 'Beskrivningen är för lång (högst 2000 tecken).',
  postalCode: 'Postnummer',
  postalCodeHint: 'Uppdrag visas efter avstånd härifrån. Kommunen visas medan du skriver.',
  postalCodeInvalid: 'Ett postnummer har fem siffror.',
  postalCodeUnknown: 'Postnumret finns inte.',
  place: (m, r) => `${m}, ${r}`,
  placeLooking: 'Kommunen söks…',
  cvSection: 'Kunnande och CV',
  languages: 'Språkkunskaper',
  languagesHint: 'Minst ett språk. Skilj med kommatecken, t.ex. svenska, finska.',
  languagesRequired: 'Skriv minst ett språk.',
  listTooLong: 'Högst 30 punkter, var och en högst 80 tecken.',
  skills: 'Kunnande och utbildning',
  skillsHint: 'Skilj med kommatecken, t.ex. bokföring, tradenom.',
  experience: 'Erfarenhet',
  experienceHint: 'Arbets- eller annan erfarenhet.',
  experienceTooLong: 'Erfarenheten är för lång (högst 5000 tecken).',
  cvPublic: 'Dela ditt CV med alla',
  cvPublicHint: 'Språk, kunnande, erfarenhet och länkar syns för alla i din profil.',
  videoUrl: 'Video (länk till YouTube eller Vimeo)',
  videoUrlHint: 'Till exempel https://www.youtube.com/watch?v=…',
  videoUrlInvalid: 'Ange en https-länk till YouTube eller Vimeo.',
  linkedinUrl: 'Länk till LinkedIn-profilen',
  linkedinUrlHint: 'Till exempel https://www.linkedin.com/in/…',
  linkedinUrlInvalid: 'Ange en https-länk till LinkedIn (linkedin.com).',
  contactSection: 'Kontaktuppgifter',
  email: 'E-post',
  emailHint: 'Du loggar in med den; den kan inte ändras här.',
  phone: 'Telefon',
  phoneHint: 'Till exempel +358 40 123 4567.',
  phoneInvalid:
    'Ett telefonnummer har 5–20 siffror (också +, mellanslag, parenteser och bindestreck).',
  interestsSection: 'Uppdrag som intresserar dig',
  radiusKm: 'Avstånd i kilometer',
  radiusHint:
    'Du ser uppdrag på plats inom detta avstånd från ditt postnummer; distansuppdrag alltid.',
  radiusInvalid: 'Ange ett heltal 0–1000.',
  categories: 'Områden',
  categoriesHint:
    'Ditt flöde Möjligheter visar uppdrag inom dessa områden. Väljer du inget ser du alla.',
  groupsSection: 'Mina grupper',
  noGroups: 'Du hör inte ännu till någon grupp.',
  manageGroups: 'Gruppinställningar och att gå med med kod',
  langSection: 'E-postens språk',
  lang: 'Språket i dina e-postmeddelanden',
  langHint: '',
  langs: { fi: 'finska', sv: 'svenska', en: 'engelska' },
  save: 'Spara',
  saving: 'Sparar…',
  saved: 'Profilen har sparats.',
  unsaved: 'Du har osparade ändringar.',
  fixErrors: (n) =>
    n === 1 ? 'Rätta 1 fält innan du sparar.' : `Rätta ${n} fält innan du sparar.`,
  saveFailed: 'Det gick inte att spara.',
  keptTyped: 'Det du skrev finns kvar: du kan försöka igen.',
  previewHeading: 'Så här ser andra din profil',
  previewLead:
    'Förhandsvisningen uppdateras medan du skriver. Din offentliga profil ser ut så här när du har sparat.',
  optional: 'frivilligt',
};

export const en: ProfileEditorStrings = {
  heading: 'Profile settings',
  lead: 'Fill in what helps requesters find you and see what you can do. Each field says who sees it.',
  loading: 'Loading the profile…',
  audience: {
    everyone: 'Shown to everyone',
    cvShared: 'Shown to everyone, because you share your CV',
    cvApplied: 'Shown to requesters of tasks you apply to (your CV is not shared with everyone)',
    cvOnlyYou: 'Shown only to you until you share your CV',
    applied: "Shown to requesters of tasks you apply to, and to a task's other side",
    groups: "Shown to the group's members and the group's organisation",
    onlyYou: 'Shown only to you',
  },
  publicSection: 'The basics',
  name: 'Name',
  nameHint: 'The name others see you by.',
  nameRequired: 'Type the name others will see.',
  nameTooLong: 'The name is too long (at most 120 characters).',
  helperType: 'Kind of helper',
  noHelperType: 'Not chosen',
  bio: 'A short description of yourself (your pitch)',
  bioHint: 'Who you are and where you can help. You may also tell about your organisation.',
  bioTooLong: 'The description is too long (at most 2000 characters).',
  postalCode: 'Postal code',
  postalCodeHint:
    'Tasks are shown by their distance from here. The municipality shows as you type.',
  postalCodeInvalid: 'A postal code has five digits.',
  postalCodeUnknown: 'No such postal code.',
  place: (m, r) => `${m}, ${r}`,
  placeLooking: 'Looking up the municipality…',
  cvSection: 'Skills and CV',
  languages: 'Languages',
  languagesHint: 'At least one. Separate with commas, e.g. Finnish, English.',
  languagesRequired: 'Type at least one language.',
  listTooLong: 'At most 30 items, each at most 80 characters.',
  skills: 'Skills and education',
  skillsHint: 'Separate with commas, e.g. bookkeeping, BBA.',
  experience: 'Experience',
  experienceHint: 'Work or other experience.',
  experienceTooLong: 'The experience is too long (at most 5000 characters).',
  cvPublic: 'Share your CV with everyone',
  cvPublicHint: 'Languages, skills, experience and links show on your profile to everyone.',
  videoUrl: 'Video (a YouTube or Vimeo link)',
  videoUrlHint: 'For example https://www.youtube.com/watch?v=…',
  videoUrlInvalid: 'Give an https link to YouTube or Vimeo.',
  linkedinUrl: 'Link to your LinkedIn profile',
  linkedinUrlHint: 'For example https://www.linkedin.com/in/…',
  linkedinUrlInvalid: 'Give an https link to LinkedIn (linkedin.com).',
  contactSection: 'Contact details',
  email: 'Email',
  emailHint: 'You sign in with it; it cannot be changed here.',
  phone: 'Phone',
  phoneHint: 'For example +358 40 123 4567.',
  phoneInvalid: 'A phone number has 5–20 digits (+, spaces, brackets and dashes are fine).',
  interestsSection: 'Tasks that interest you',
  radiusKm: 'Distance in kilometres',
  radiusHint: 'You see on-site tasks within this distance of your postal code; remote ones always.',
  radiusInvalid: 'Give a whole number from 0 to 1000.',
  categories: 'Categories',
  categoriesHint:
    'Your Opportunities feed shows tasks in these categories. Choose none to see all.',
  groupsSection: 'My groups',
  noGroups: 'You are not in any group yet.',
  manageGroups: 'Group settings, and joining by code',
  langSection: 'Language of emails',
  lang: 'The language of your emails',
  langHint: '',
  langs: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
  save: 'Save',
  saving: 'Saving…',
  saved: 'Profile saved.',
  unsaved: 'You have unsaved changes.',
  fixErrors: (n) => (n === 1 ? 'Fix 1 field before saving.' : `Fix ${n} fields before saving.`),
  saveFailed: 'Saving failed.',
  keptTyped: 'What you typed is kept: you can try again.',
  previewHeading: 'What others see',
  previewLead: 'The preview follows what you type. Your public profile shows this once you save.',
  optional: 'optional',
};

export const profileEditorStrings: Record<Lang, ProfileEditorStrings> = { fi, sv, en };

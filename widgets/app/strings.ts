/**
 * The app's own strings (fi, sv, en). Shared words and error messages stay in `widgets/i18n/`.
 */
import type { Lang } from '../i18n/index.ts';

export interface AppStrings {
  skipToContent: string;
  brand: string;
  tagline: string;
  mainNav: string;
  nav: {
    home: string;
    opportunities: string;
    ongoing: string;
    history: string;
    settings: string;
    newTask: string;
    openTasks: string;
    signIn: string;
    directory: string;
  };
  signedInAs: (name: string) => string;
  signOut: string;
  language: string;
  loadingView: string;
  viewFailed: string;
  titles: {
    home: string;
    homeAnonymous: string;
    opportunities: string;
    ongoing: string;
    history: string;
    settings: string;
    newTask: string;
    task: (id: number) => string;
    user: (id: number) => string;
    signIn: string;
    notFound: string;
    welcome: string;
    embed: string;
    directory: string;
    listing: (id: number) => string;
    'directory-edit': string;
  };
  home: {
    anonymousLead: string;
    signInToHelp: string;
    askForHelp: string;
    browse: string;
    /** A signed-in person in no organisation, with no request waiting: the next step. */
    noOrganisation: string;
    findOrganisation: string;
  };
  opportunitiesLead: string;
  signInFor: {
    private: string;
    signIn: string;
  };
  signedInAlready: (name: string) => string;
  continueTo: string;
  notFound: { lead: string; home: string };
  devMailbox: string;
  settings: {
    lead: string;
    profile: string;
    groups: string;
    organisation: string;
    readOnly: string;
    name: string;
    email: string;
    phone: string;
    postalCode: string;
    radius: (km: number) => string;
    helperType: string;
    languages: string;
    skills: string;
    bio: string;
    none: string;
    listing: (organisation: string) => string;
    publicProfile: string;
    embed: string;
    embedLead: string;
  };
  taskCreated: { lead: string; open: string };
}

const fi: AppStrings = {
  skipToContent: 'Siirry sisältöön',
  brand: 'Tehostamo',
  tagline: 'Vertaisapua järjestöjen tukipalveluihin',
  mainNav: 'Päävalikko',
  nav: {
    home: 'Etusivu',
    opportunities: 'Mahdollisuudet',
    ongoing: 'Meneillään',
    history: 'Historia',
    settings: 'Asetukset',
    newTask: 'Uusi tilaus',
    openTasks: 'Avoimet tehtävät',
    signIn: 'Kirjaudu sisään',
    directory: 'Palveluhakemisto',
  },
  signedInAs: (name) => `Kirjautuneena: ${name}`,
  signOut: 'Kirjaudu ulos',
  language: 'Kieli',
  loadingView: 'Ladataan…',
  viewFailed: 'Näkymän lataaminen ei onnistunut. Tarkista yhteys ja lataa sivu uudelleen.',
  titles: {
    home: 'Etusivu',
    homeAnonymous: 'Tervetuloa Tehostamoon',
    opportunities: 'Mahdollisuudet',
    ongoing: 'Meneillään',
    history: 'Historia',
    settings: 'Asetukset',
    newTask: 'Uusi tilaus',
    task: (id) => `Tehtävä ${id}`,
    user: (id) => `Profiili ${id}`,
    signIn: 'Kirjaudu sisään',
    notFound: 'Sivua ei löydy',
    welcome: 'Tervetuloa',
    embed: 'Upota omalle sivulle',
    directory: 'Palveluhakemisto',
    listing: (id) => `Järjestö ${id}`,
    'directory-edit': 'Järjestön tietojen muokkaus',
  },
  home: {
    anonymousLead:
      'Järjestöt pyytävät apua tukipalveluihinsa – kirjanpitoon, rahoitushakemuksiin, tietoturvaan, viestintään – ja toisten järjestöjen työntekijät, opiskelijat ja pro bono -osaajat tarjoutuvat auttamaan.',
    signInToHelp: 'Kirjaudu sisään pyytääksesi apua tai nähdäksesi omat tehtäväsi.',
    askForHelp: 'Pyydä apua',
    browse: 'Selaa mahdollisuuksia',
    noOrganisation:
      'Avunpyynnöt tehdään organisaation nimissä. Et ole vielä minkään organisaation jäsen.',
    findOrganisation: 'Liity organisaatioosi tai luo se',
  },
  opportunitiesLead:
    'Avoimet tehtävät, jotka sopivat sinulle: kiinnostuksesi aiheista, etänä tai etäisyydeltä, jonka olet asettanut.',
  signInFor: {
    private: 'Kirjaudu sisään, niin näet tämän sivun.',
    signIn: 'Kirjaudu sisään sähköpostiisi lähetettävällä koodilla.',
  },
  signedInAlready: (name) => `Olet kirjautunut sisään nimellä ${name}.`,
  continueTo: 'Jatka etusivulle',
  notFound: {
    lead: 'Osoitteessa ei ole sivua. Ehkä linkki on vanhentunut tai siinä on kirjoitusvirhe.',
    home: 'Etusivulle',
  },
  devMailbox: 'Kehityspalvelin: sähköpostit ja koodit näkyvät kehityspostilaatikossa',
  settings: {
    lead: 'Profiilisi, ryhmäsi ja organisaatiosi.',
    profile: 'Profiili',
    groups: 'Ryhmät',
    organisation: 'Organisaatio',
    readOnly:
      'Profiilin muokkaus tulee tälle sivulle myöhemmin; nyt tiedot näkyvät vain luettavina.',
    name: 'Nimi',
    email: 'Sähköposti',
    phone: 'Puhelin',
    postalCode: 'Postinumero',
    radius: (km) => `Tehtävät ${km} km säteellä`,
    helperType: 'Tekijätyyppi',
    languages: 'Kielet',
    skills: 'Osaaminen',
    bio: 'Kuvaus',
    none: '–',
    listing: (o) => `Järjestön ${o} tiedot palveluhakemistossa`,
    publicProfile: 'Julkinen profiilisi',
    embed: 'Upota omalle sivulle',
    embedLead: 'Tehtävät ja avunpyyntölomake oman järjestön sivuille yhdellä skriptitagilla.',
  },
  taskCreated: { lead: 'Pyyntö on julkaistu.', open: 'Avaa tehtävä' },
};

const sv: AppStrings = {
  skipToContent: 'Hoppa till innehållet',
  brand: 'Tehostamo',
  tagline: 'Kamrathjälp för organisationers stödtjänster',
  mainNav: 'Huvudmeny',
  nav: {
    home: 'Startsida',
    opportunities: 'Möjligheter',
    ongoing: 'Pågående',
    history: 'Historik',
    settings: 'Inställningar',
    newTask: 'Ny beställning',
    openTasks: 'Öppna uppdrag',
    signIn: 'Logga in',
    directory: 'Tjänstekatalog',
  },
  signedInAs: (name) => `Inloggad: ${name}`,
  signOut: 'Logga ut',
  language: 'Språk',
  loadingView: 'Laddar…',
  viewFailed: 'Vyn kunde inte laddas. Kontrollera anslutningen och ladda om sidan.',
  titles: {
    home: 'Startsida',
    homeAnonymous: 'Välkommen till Tehostamo',
    opportunities: 'Möjligheter',
    ongoing: 'Pågående',
    history: 'Historik',
    settings: 'Inställningar',
    newTask: 'Ny beställning',
    task: (id) => `Uppdrag ${id}`,
    user: (id) => `Profil ${id}`,
    signIn: 'Logga in',
    notFound: 'Sidan hittades inte',
    welcome: 'Välkommen',
    embed: 'Bädda in på din webbplats',
    directory: 'Tjänstekatalog',
    listing: (id) => `Organisation ${id}`,
    'directory-edit': 'Redigera organisationens uppgifter',
  },
  home: {
    anonymousLead:
      'Organisationer ber om hjälp med sina stödtjänster – bokföring, finansieringsansökningar, datasäkerhet, kommunikation – och anställda på andra organisationer, studerande och pro bono-experter erbjuder sig att hjälpa.',
    signInToHelp: 'Logga in för att be om hjälp eller se dina egna uppdrag.',
    askForHelp: 'Be om hjälp',
    browse: 'Bläddra bland möjligheter',
    noOrganisation:
      'Begäranden om hjälp görs i en organisations namn. Du är ännu inte medlem i någon organisation.',
    findOrganisation: 'Gå med i din organisation eller skapa den',
  },
  opportunitiesLead:
    'Öppna uppdrag som passar dig: i de ämnen som intresserar dig, på distans eller inom det avstånd du har valt.',
  signInFor: {
    private: 'Logga in för att se den här sidan.',
    signIn: 'Logga in med en kod som skickas till din e-post.',
  },
  signedInAlready: (name) => `Du är inloggad som ${name}.`,
  continueTo: 'Fortsätt till startsidan',
  notFound: {
    lead: 'Det finns ingen sida på adressen. Kanske länken är gammal eller har ett skrivfel.',
    home: 'Till startsidan',
  },
  devMailbox: 'Utvecklingsserver: e-post och koder finns i utvecklingsbrevlådan',
  settings: {
    lead: 'Din profil, dina grupper och din organisation.',
    profile: 'Profil',
    groups: 'Grupper',
    organisation: 'Organisation',
    readOnly: 'Profilen kan redigeras här senare; nu visas uppgifterna endast för läsning.',
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    postalCode: 'Postnummer',
    radius: (km) => `Uppdrag inom ${km} km`,
    helperType: 'Typ av hjälpare',
    languages: 'Språk',
    skills: 'Kunnande',
    bio: 'Beskrivning',
    none: '–',
    listing: (o) => `Uppgifterna om ${o} i tjänstekatalogen`,
    publicProfile: 'Din offentliga profil',
    embed: 'Bädda in på din webbplats',
    embedLead: 'Uppdrag och hjälpformulär på organisationens egen webbplats med en skripttagg.',
  },
  taskCreated: { lead: 'Begäran har publicerats.', open: 'Öppna uppdraget' },
};

const en: AppStrings = {
  skipToContent: 'Skip to content',
  brand: 'Tehostamo',
  tagline: 'Peer help for non-profits’ support services',
  mainNav: 'Main menu',
  nav: {
    home: 'Home',
    opportunities: 'Opportunities',
    ongoing: 'Ongoing',
    history: 'History',
    settings: 'Settings',
    newTask: 'New request',
    openTasks: 'Open tasks',
    signIn: 'Sign in',
    directory: 'Directory',
  },
  signedInAs: (name) => `Signed in: ${name}`,
  signOut: 'Sign out',
  language: 'Language',
  loadingView: 'Loading…',
  viewFailed: 'The view could not be loaded. Check the connection and reload the page.',
  titles: {
    home: 'Home',
    homeAnonymous: 'Welcome to Tehostamo',
    opportunities: 'Opportunities',
    ongoing: 'Ongoing',
    history: 'History',
    settings: 'Settings',
    newTask: 'New request',
    task: (id) => `Task ${id}`,
    user: (id) => `Profile ${id}`,
    signIn: 'Sign in',
    notFound: 'Page not found',
    welcome: 'Welcome',
    embed: 'Embed on your site',
    directory: 'Directory',
    listing: (id) => `Organisation ${id}`,
    'directory-edit': 'Edit the listing',
  },
  home: {
    anonymousLead:
      'Associations ask for help with their support services – bookkeeping, funding applications, data security, communications – and staff of other associations, students and pro bono professionals offer to help.',
    signInToHelp: 'Sign in to ask for help or to see your own tasks.',
    askForHelp: 'Ask for help',
    browse: 'Browse opportunities',
    noOrganisation:
      "Requests for help are made in an organisation's name. You are not a member of one yet.",
    findOrganisation: 'Join your organisation or create it',
  },
  opportunitiesLead:
    'Open tasks that suit you: in the topics you chose, remote or within the distance you set.',
  signInFor: {
    private: 'Sign in to see this page.',
    signIn: 'Sign in with a code sent to your email.',
  },
  signedInAlready: (name) => `You are signed in as ${name}.`,
  continueTo: 'Continue to the home page',
  notFound: {
    lead: 'There is no page at this address. The link may be old or mistyped.',
    home: 'To the home page',
  },
  devMailbox: 'Development server: emails and codes are in the development mailbox',
  settings: {
    lead: 'Your profile, your groups and your organisation.',
    profile: 'Profile',
    groups: 'Groups',
    organisation: 'Organisation',
    readOnly: 'Editing the profile comes to this page later; for now the details are read-only.',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    postalCode: 'Postal code',
    radius: (km) => `Tasks within ${km} km`,
    helperType: 'Helper type',
    languages: 'Languages',
    skills: 'Skills',
    bio: 'Description',
    none: '–',
    listing: (o) => `${o} in the directory`,
    publicProfile: 'Your public profile',
    embed: 'Embed on your own site',
    embedLead:
      'Tasks and the help request form on your association’s own site with one script tag.',
  },
  taskCreated: { lead: 'The request is published.', open: 'Open the task' },
};

export const appStrings: Record<Lang, AppStrings> = { fi, sv, en };

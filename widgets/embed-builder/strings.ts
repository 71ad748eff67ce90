/** The strings of `<tehostamo-embed-builder>`, one typed table per locale. */
import type { Lang } from '../i18n/index.ts';

export interface EmbedStrings {
  heading: string;
  lead: string;
  loading: string;
  loadError: string;
  signInToSee: string;
  notAdmin: string;
  organisation: string;
  keysHeading: string;
  noKeys: string;
  publishable: string;
  secret: string;
  revokedOn: (date: string) => string;
  lastUsed: (date: string) => string;
  neverUsed: string;
  origins: string;
  noOrigins: string;
  removeOrigin: (origin: string) => string;
  addOrigin: string;
  addOriginHint: string;
  addOriginButton: (key: string) => string;
  badOrigin: string;
  joining: string;
  joiningOff: string;
  joiningOn: (domains: string) => string;
  rotate: string;
  rotateLabel: (key: string) => string;
  revoke: string;
  revokeLabel: (key: string) => string;
  confirmRotate: (key: string) => string;
  confirmRotateText: string;
  confirmRevoke: (key: string) => string;
  confirmRevokeText: string;
  yes: string;
  keep: string;
  createHeading: string;
  kind: string;
  name: string;
  nameRequired: string;
  firstOrigin: string;
  firstOriginHint: string;
  create: string;
  creating: string;
  newKeyHeading: string;
  newKeyOnce: string;
  newSecretOnce: string;
  copy: string;
  copied: string;
  copyFailed: string;
  builderHeading: string;
  key: string;
  keyNotShown: string;
  widget: string;
  widgets: { 'task-list': string; 'request-form': string };
  language: string;
  category: string;
  allCategories: string;
  remoteOnly: string;
  hideFilters: string;
  theme: string;
  themes: { auto: string; light: string; dark: string };
  snippet: string;
  snippetHint: string;
  preview: string;
  previewHint: string;
  originsReminder: (origins: string) => string;
  demo: string;
  saved: string;
}

export const embedStrings: Record<Lang, EmbedStrings> = {
  fi: {
    heading: 'Upota omalle sivulle',
    lead: 'Tee julkinen avain järjestön sivuja varten, kerro millä sivustoilla sitä käytetään, valitse komponentti ja kopioi koodi sivulle.',
    loading: 'Ladataan avaimia…',
    loadError: 'Avaimia ei saatu ladattua.',
    signInToSee: 'Kirjaudu sisään hallitaksesi järjestön avaimia.',
    notAdmin:
      'Vain organisaation ylläpitäjä voi hallita avaimia. Pyydä ylläpitäjää tekemään avain.',
    organisation: 'Organisaatio',
    keysHeading: 'Avaimet',
    noKeys: 'Organisaatiolla ei ole vielä avaimia.',
    publishable: 'Julkinen avain (sivuille)',
    secret: 'Salainen avain (palvelimille ja skripteille)',
    revokedOn: (d) => `Poistettu käytöstä ${d}`,
    lastUsed: (d) => `Käytetty viimeksi ${d}`,
    neverUsed: 'Ei vielä käytetty',
    origins: 'Sallitut sivustot',
    noOrigins: 'Ei yhtään: avain ei toimi vielä millään sivulla.',
    removeOrigin: (o) => `Poista ${o}`,
    addOrigin: 'Lisää sivusto',
    addOriginHint: 'Esimerkiksi https://www.yhdistys.fi – ilman polkua.',
    addOriginButton: (k) => `Lisää sivusto: ${k}`,
    badOrigin: 'Anna osoite muodossa https://sivusto.fi ilman polkua.',
    joining: 'Jäseneksi liittyminen',
    joiningOff: 'Avunpyytäjät pyytävät jäsenyyttä, ylläpitäjä päättää.',
    joiningOn: (d) =>
      `Liittyvät heti, jos sähköposti on verkkotunnuksessa ${d}; muut pyytävät jäsenyyttä.`,
    rotate: 'Vaihda salaisuus',
    rotateLabel: (k) => `Vaihda salaisuus: ${k}`,
    revoke: 'Poista käytöstä',
    revokeLabel: (k) => `Poista käytöstä: ${k}`,
    confirmRotate: (k) => `Vaihdetaanko avaimen ${k} salaisuus?`,
    confirmRotateText: 'Vanha avain lakkaa toimimasta heti: päivitä koodi sivuille.',
    confirmRevoke: (k) => `Poistetaanko avain ${k} käytöstä?`,
    confirmRevokeText: 'Sivut, joilla avainta käytetään, lakkaavat näyttämästä tehtäviä.',
    yes: 'Kyllä',
    keep: 'Peruuta',
    createHeading: 'Uusi avain',
    kind: 'Avaimen laji',
    name: 'Nimi',
    nameRequired: 'Anna avaimelle nimi, esimerkiksi "Kotisivut".',
    firstOrigin: 'Sivusto',
    firstOriginHint: 'Sivuston osoite, jolla avainta käytetään. Voit lisätä muita myöhemmin.',
    create: 'Tee avain',
    creating: 'Tehdään…',
    newKeyHeading: 'Uusi avain',
    newKeyOnce:
      'Avain näytetään vain nyt. Kopioi koodi alta; sen saa myöhemmin vain vaihtamalla salaisuuden.',
    newSecretOnce:
      'Salainen avain näytetään vain tämän kerran. Tallenna se turvaan: myöhemmin näet vain sen alun.',
    copy: 'Kopioi',
    copied: 'Kopioitu.',
    copyFailed: 'Kopiointi ei onnistunut: valitse teksti ja kopioi se itse.',
    builderHeading: 'Koodi sivulle',
    key: 'Avain',
    keyNotShown:
      'Avain näytetään vain tehtäessä tai salaisuutta vaihdettaessa. Vaihda salaisuus saadaksesi valmiin koodin.',
    widget: 'Komponentti',
    widgets: { 'task-list': 'Avoimet tehtävät', 'request-form': 'Avunpyyntölomake' },
    language: 'Kieli',
    category: 'Aihe',
    allCategories: 'Kaikki aiheet',
    remoteOnly: 'Vain etänä tehtävät',
    hideFilters: 'Piilota suodattimet',
    theme: 'Teema',
    themes: { auto: 'Laitteen mukaan', light: 'Vaalea', dark: 'Tumma' },
    snippet: 'Koodi',
    snippetHint: 'Liitä tämä sivun HTML-koodiin kohtaan, jossa komponentin haluat näkyvän.',
    preview: 'Esikatselu',
    previewHint: 'Näin komponentti näyttää tehtävät, jotka avain näyttää.',
    originsReminder: (o) => `Koodi toimii sivustoilla: ${o}.`,
    demo: 'Kaikki komponentit toiminnassa',
    saved: 'Tallennettu.',
  },
  sv: {
    heading: 'Bädda in på din webbplats',
    lead: 'Skapa en offentlig nyckel för organisationens webbplats, ange var den används, välj komponent och kopiera koden till sidan.',
    loading: 'Nycklarna laddas…',
    loadError: 'Nycklarna kunde inte laddas.',
    signInToSee: 'Logga in för att hantera organisationens nycklar.',
    notAdmin:
      'Bara organisationens administratör kan hantera nycklar. Be en administratör skapa en nyckel.',
    organisation: 'Organisation',
    keysHeading: 'Nycklar',
    noKeys: 'Organisationen har inga nycklar ännu.',
    publishable: 'Offentlig nyckel (för webbplatser)',
    secret: 'Hemlig nyckel (för servrar och skript)',
    revokedOn: (d) => `Återkallad ${d}`,
    lastUsed: (d) => `Senast använd ${d}`,
    neverUsed: 'Inte använd ännu',
    origins: 'Tillåtna webbplatser',
    noOrigins: 'Inga: nyckeln fungerar ännu inte på någon sida.',
    removeOrigin: (o) => `Ta bort ${o}`,
    addOrigin: 'Lägg till webbplats',
    addOriginHint: 'Till exempel https://www.forening.fi – utan sökväg.',
    addOriginButton: (k) => `Lägg till webbplats: ${k}`,
    badOrigin: 'Ange adressen som https://webbplats.fi utan sökväg.',
    joining: 'Medlemskap',
    joiningOff: 'De som ber om hjälp ansöker om medlemskap, administratören beslutar.',
    joiningOn: (d) =>
      `Blir medlemmar direkt med e-post i domänen ${d}; andra ansöker om medlemskap.`,
    rotate: 'Byt hemlighet',
    rotateLabel: (k) => `Byt hemlighet: ${k}`,
    revoke: 'Återkalla',
    revokeLabel: (k) => `Återkalla: ${k}`,
    confirmRotate: (k) => `Byta hemligheten för nyckeln ${k}?`,
    confirmRotateText: 'Den gamla nyckeln slutar fungera genast: uppdatera koden på sidorna.',
    confirmRevoke: (k) => `Återkalla nyckeln ${k}?`,
    confirmRevokeText: 'Sidor som använder nyckeln slutar visa uppdrag.',
    yes: 'Ja',
    keep: 'Avbryt',
    createHeading: 'Ny nyckel',
    kind: 'Typ av nyckel',
    name: 'Namn',
    nameRequired: 'Ge nyckeln ett namn, till exempel "Webbplatsen".',
    firstOrigin: 'Webbplats',
    firstOriginHint:
      'Adressen till webbplatsen där nyckeln används. Du kan lägga till fler senare.',
    create: 'Skapa nyckel',
    creating: 'Skapas…',
    newKeyHeading: 'Ny nyckel',
    newKeyOnce:
      'Nyckeln visas bara nu. Kopiera koden nedan; senare får du den bara genom att byta hemlighet.',
    newSecretOnce:
      'Den hemliga nyckeln visas bara denna gång. Spara den säkert: senare ser du bara dess början.',
    copy: 'Kopiera',
    copied: 'Kopierat.',
    copyFailed: 'Kopieringen lyckades inte: markera texten och kopiera den själv.',
    builderHeading: 'Kod för sidan',
    key: 'Nyckel',
    keyNotShown:
      'Nyckeln visas bara när den skapas eller när hemligheten byts. Byt hemlighet för att få färdig kod.',
    widget: 'Komponent',
    widgets: { 'task-list': 'Öppna uppdrag', 'request-form': 'Formulär för hjälp' },
    language: 'Språk',
    category: 'Område',
    allCategories: 'Alla områden',
    remoteOnly: 'Bara uppdrag på distans',
    hideFilters: 'Dölj filtren',
    theme: 'Tema',
    themes: { auto: 'Enligt enheten', light: 'Ljust', dark: 'Mörkt' },
    snippet: 'Kod',
    snippetHint: 'Klistra in detta i sidans HTML där komponenten ska synas.',
    preview: 'Förhandsvisning',
    previewHint: 'Så här visar komponenten de uppdrag som nyckeln visar.',
    originsReminder: (o) => `Koden fungerar på webbplatserna: ${o}.`,
    demo: 'Alla komponenter i funktion',
    saved: 'Sparat.',
  },
  en: {
    heading: 'Embed on your site',
    lead: "Make a public key for your organisation's site, say which sites use it, choose a widget and copy the code into your page.",
    loading: 'Loading the keys…',
    loadError: 'The keys could not be loaded.',
    signInToSee: "Sign in to manage your organisation's keys.",
    notAdmin: "Only an organisation's admins manage its keys. Ask an admin to make a key.",
    organisation: 'Organisation',
    keysHeading: 'Keys',
    noKeys: 'The organisation has no keys yet.',
    publishable: 'Publishable key (for sites)',
    secret: 'Secret key (for servers and scripts)',
    revokedOn: (d) => `Revoked on ${d}`,
    lastUsed: (d) => `Last used ${d}`,
    neverUsed: 'Not used yet',
    origins: 'Allowed sites',
    noOrigins: 'None: the key works on no page yet.',
    removeOrigin: (o) => `Remove ${o}`,
    addOrigin: 'Add a site',
    addOriginHint: 'For example https://www.association.fi – without a path.',
    addOriginButton: (k) => `Add a site: ${k}`,
    badOrigin: 'Give the address as https://site.fi without a path.',
    joining: 'Joining',
    joiningOff: 'People who ask for help ask to join; an admin decides.',
    joiningOn: (d) => `Join at once with an email on ${d}; others ask to join.`,
    rotate: 'Rotate',
    rotateLabel: (k) => `Rotate: ${k}`,
    revoke: 'Revoke',
    revokeLabel: (k) => `Revoke: ${k}`,
    confirmRotate: (k) => `Rotate the key ${k}?`,
    confirmRotateText: 'The old key stops working at once: update the code on your pages.',
    confirmRevoke: (k) => `Revoke the key ${k}?`,
    confirmRevokeText: 'Pages that use the key stop showing tasks.',
    yes: 'Yes',
    keep: 'Cancel',
    createHeading: 'New key',
    kind: 'Kind of key',
    name: 'Name',
    nameRequired: 'Give the key a name, for example "Website".',
    firstOrigin: 'Site',
    firstOriginHint: 'The address of the site that uses the key. You can add more later.',
    create: 'Make the key',
    creating: 'Making…',
    newKeyHeading: 'New key',
    newKeyOnce:
      'The key is shown only now. Copy the code below; later you get it only by rotating.',
    newSecretOnce:
      'The secret key is shown this once. Store it safely: later you see only its beginning.',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Copying failed: select the text and copy it yourself.',
    builderHeading: 'Code for your page',
    key: 'Key',
    keyNotShown:
      'A key is shown only when it is made or rotated. Rotate it to get ready-made code.',
    widget: 'Widget',
    widgets: { 'task-list': 'Open tasks', 'request-form': 'Request for help form' },
    language: 'Language',
    category: 'Category',
    allCategories: 'All categories',
    remoteOnly: 'Remote tasks only',
    hideFilters: 'Hide the filters',
    theme: 'Theme',
    themes: { auto: "The device's", light: 'Light', dark: 'Dark' },
    snippet: 'Code',
    snippetHint: 'Paste this into the HTML of your page where the widget should show.',
    preview: 'Preview',
    previewHint: 'This is how the widget shows the tasks the key shows.',
    originsReminder: (o) => `The code works on: ${o}.`,
    demo: 'Every widget in action',
    saved: 'Saved.',
  },
};

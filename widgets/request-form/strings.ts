/**
 * The request form's own strings (fi, sv, en): they travel only in its chunk. What other widgets
 * show of a request (the labels of its facts, common field errors) stays in `widgets/i18n/`.
 */
import type { Lang } from '../i18n/index.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface RequestFormStrings {
  heading: string;
  stepOf: (step: number, total: number) => string;
  steps: [string, string, string];
  category: string;
  chooseCategory: string;
  title: string;
  titleHint: string;
  details: string;
  detailsHint: string;
  accountingReference: string;
  accountingReferenceHint: string;
  schedule: string;
  scheduleAsText: string;
  scheduleExact: string;
  scheduleText: string;
  scheduleTextHint: string;
  startsAt: string;
  endsAt: string;
  hours: string;
  hoursHint: string;
  helpersWanted: string;
  remote: string;
  postalCode: string;
  postalCodeHint: string;
  groupCode: string;
  groupCodeHint: string;
  organisation: string;
  reviewIntro: string;
  notGiven: string;
  publish: string;
  publishing: string;
  published: string;
  publishedPending: string;
  newRequest: string;
  draftRestored: string;
  discardDraft: string;
  errorSummary: (n: number) => string;
  noOrganisation: string;
  signInToPublish: string;
  failedKept: string;
  visitorHeading: string;
  visitorIntro: string;
  visitorName: string;
  visitorEmail: string;
  honeypot: string;
  haveAccount: string;
  noAccount: string;
  verifyHeading: string;
  verifyIntro: (email: string) => string;
  verifyCode: string;
  verify: string;
  verifying: string;
  membership: Record<'member' | 'pending_approval' | 'not_member', string>;
  fieldErrors: {
    required: string;
    chooseCategory: string;
    tooShort: (min: number) => string;
    tooLong: (max: number) => string;
    postalCode: string;
    hoursMin: string;
    hoursStep: string;
    hoursMax: string;
    schedule: string;
    endBeforeStart: string;
    postalCodeNeeded: string;
    groupCode: string;
    helpersWanted: string;
    invalid: string;
    name: string;
    email: string;
    code: string;
  };
}

export const requestFormStrings: Record<Lang, RequestFormStrings> = {
  fi: {
    heading: 'Pyydä apua',
    stepOf: (s, n) => `Vaihe ${s}/${n}`,
    steps: ['Mitä tarvitset?', 'Milloin, missä ja kuinka paljon?', 'Tarkista ja julkaise'],
    category: 'Osaamisalue',
    chooseCategory: 'Valitse osaamisalue',
    title: 'Lyhyt kuvaus',
    titleHint: 'Esimerkiksi ”Tilinpäätöksen tarkistus ennen hallituksen kokousta”.',
    details: 'Tarkempi kuvaus',
    detailsHint: 'Mitä pitää tehdä, mitä on jo tehty ja mitä tekijältä tarvitaan?',
    accountingReference: 'Kustannuspaikka tai viite',
    accountingReferenceHint: 'Näkyy vain oman organisaatiosi jäsenille.',
    schedule: 'Aikataulu',
    scheduleAsText: 'Kuvaan aikataulun sanoin',
    scheduleExact: 'Annan tarkan ajan',
    scheduleText: 'Milloin apua tarvitaan?',
    scheduleTextHint: 'Esimerkiksi ”tämän viikon aikana” tai ”ennen toukokuun loppua”.',
    startsAt: 'Alkaa',
    endsAt: 'Päättyy',
    hours: 'Arvioitu työmäärä tunteina',
    hoursHint: 'Vähintään 0,5 tuntia, puolen tunnin tarkkuudella.',
    helpersWanted: 'Montako tekijää tarvitaan?',
    remote: 'Tehtävän voi tehdä etänä',
    postalCode: 'Postinumero',
    postalCodeHint: 'Pakollinen, jos tehtävää ei voi tehdä etänä.',
    groupCode: 'Kohderyhmän koodi',
    groupCodeHint: 'Jos annat ryhmän koodin, vain ryhmän jäsenet näkevät pyynnön.',
    organisation: 'Organisaatio, joka pyytää apua',
    reviewIntro: 'Tarkista tiedot. Voit vielä muokata niitä ennen julkaisua.',
    notGiven: 'Ei annettu',
    publish: 'Julkaise pyyntö',
    publishing: 'Julkaistaan…',
    published: 'Pyyntösi on julkaistu. Lähetimme vahvistuksen sähköpostiisi.',
    publishedPending: 'Pyyntösi on vastaanotettu. Vahvista se sähköpostiisi lähetetyllä linkillä.',
    newRequest: 'Tee uusi pyyntö',
    draftRestored: 'Jatkat keskeneräistä pyyntöäsi. Kirjoittamasi tiedot ovat tallessa.',
    discardDraft: 'Tyhjennä lomake',
    errorSummary: (n) =>
      plural(n, 'Lomakkeessa on 1 korjattava kohta.', `Lomakkeessa on ${n} korjattavaa kohtaa.`),
    noOrganisation:
      'Et ole vielä minkään organisaation jäsen. Pyydä organisaatiosi ylläpitäjää lisäämään sinut, niin voit pyytää apua.',
    signInToPublish: 'Kirjaudu sisään julkaistaksesi pyynnön. Kirjoittamasi tiedot säilyvät.',
    failedKept: 'Julkaisu ei onnistunut. Tiedot ovat tallessa, ja voit yrittää uudelleen.',
    visitorHeading: 'Jatka ilman tunnusta',
    visitorIntro:
      'Kerro nimesi ja sähköpostiosoitteesi. Lähetämme koodin, jolla vahvistat pyynnön ennen kuin se julkaistaan.',
    visitorName: 'Nimesi',
    visitorEmail: 'Sähköpostiosoitteesi',
    honeypot: 'Jätä tämä kenttä tyhjäksi',
    haveAccount: 'Onko sinulla jo tunnus? Kirjaudu sisään',
    noAccount: 'Jatka ilman tunnusta',
    verifyHeading: 'Vahvista pyyntösi',
    verifyIntro: (email) =>
      `Lähetimme kuusinumeroisen koodin osoitteeseen ${email}. Pyyntö julkaistaan, kun vahvistat sen koodilla.`,
    verifyCode: 'Vahvistuskoodi',
    verify: 'Vahvista ja julkaise',
    verifying: 'Vahvistetaan…',
    membership: {
      member: 'Olet nyt organisaation jäsen ja voit pyytää apua sen nimissä.',
      pending_approval: 'Organisaation ylläpitäjä päättää jäsenyydestäsi; saat siitä sähköpostia.',
      not_member: 'Et ole organisaation jäsen.',
    },
    fieldErrors: {
      required: 'Tämä tieto tarvitaan.',
      chooseCategory: 'Valitse osaamisalue.',
      tooShort: (min) => `Kirjoita vähintään ${min} merkkiä.`,
      tooLong: (max) => `Enintään ${max} merkkiä.`,
      postalCode: 'Postinumerossa on viisi numeroa.',
      hoursMin: 'Vähintään 0,5 tuntia.',
      hoursStep: 'Anna tunnit puolen tunnin tarkkuudella, esimerkiksi 1,5.',
      hoursMax: 'Enintään 1000 tuntia.',
      schedule: 'Kerro aikataulu sanoin tai anna alkamisaika.',
      endBeforeStart: 'Päättymisaika on ennen alkamisaikaa.',
      postalCodeNeeded: 'Anna postinumero, koska tehtävää ei voi tehdä etänä.',
      groupCode: 'Ryhmän koodissa on 4–12 kirjainta tai numeroa.',
      helpersWanted: 'Anna luku 1–50.',
      invalid: 'Tarkista tämä tieto.',
      name: 'Kirjoita nimesi.',
      email: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
      code: 'Koodissa on kuusi numeroa.',
    },
  },
  sv: {
    heading: 'Be om hjälp',
    stepOf: (s, n) => `Steg ${s}/${n}`,
    steps: ['Vad behöver du?', 'När, var och hur mycket?', 'Granska och publicera'],
    category: 'Kompetensområde',
    chooseCategory: 'Välj kompetensområde',
    title: 'Kort beskrivning',
    titleHint: 'Till exempel ”Granskning av bokslutet före styrelsemötet”.',
    details: 'Närmare beskrivning',
    detailsHint: 'Vad ska göras, vad har redan gjorts och vad behövs av utföraren?',
    accountingReference: 'Kostnadsställe eller referens',
    accountingReferenceHint: 'Syns endast för medlemmarna i din egen organisation.',
    schedule: 'Tidtabell',
    scheduleAsText: 'Jag beskriver tidtabellen med ord',
    scheduleExact: 'Jag anger en exakt tid',
    scheduleText: 'När behövs hjälpen?',
    scheduleTextHint: 'Till exempel ”under den här veckan” eller ”före slutet av maj”.',
    startsAt: 'Börjar',
    endsAt: 'Slutar',
    hours: 'Uppskattad arbetsmängd i timmar',
    hoursHint: 'Minst 0,5 timmar, med en halvtimmes noggrannhet.',
    helpersWanted: 'Hur många utförare behövs?',
    remote: 'Uppdraget kan utföras på distans',
    postalCode: 'Postnummer',
    postalCodeHint: 'Obligatoriskt om uppdraget inte kan utföras på distans.',
    groupCode: 'Målgruppens kod',
    groupCodeHint: 'Om du anger en gruppkod ser endast gruppens medlemmar begäran.',
    organisation: 'Organisationen som ber om hjälp',
    reviewIntro: 'Granska uppgifterna. Du kan ännu ändra dem före publiceringen.',
    notGiven: 'Inte angivet',
    publish: 'Publicera begäran',
    publishing: 'Publicerar…',
    published: 'Din begäran har publicerats. Vi skickade en bekräftelse till din e-post.',
    publishedPending:
      'Din begäran har tagits emot. Bekräfta den med länken vi skickade till din e-post.',
    newRequest: 'Gör en ny begäran',
    draftRestored: 'Du fortsätter med en påbörjad begäran. Det du skrev finns kvar.',
    discardDraft: 'Töm formuläret',
    errorSummary: (n) =>
      plural(n, 'Formuläret har 1 punkt att rätta.', `Formuläret har ${n} punkter att rätta.`),
    noOrganisation:
      'Du är ännu inte medlem i någon organisation. Be din organisations administratör att lägga till dig, så kan du be om hjälp.',
    signInToPublish: 'Logga in för att publicera begäran. Det du skrev finns kvar.',
    failedKept: 'Publiceringen lyckades inte. Uppgifterna finns kvar och du kan försöka igen.',
    visitorHeading: 'Fortsätt utan konto',
    visitorIntro:
      'Ange ditt namn och din e-postadress. Vi skickar en kod som du bekräftar begäran med innan den publiceras.',
    visitorName: 'Ditt namn',
    visitorEmail: 'Din e-postadress',
    honeypot: 'Lämna fältet tomt',
    haveAccount: 'Har du redan ett konto? Logga in',
    noAccount: 'Fortsätt utan konto',
    verifyHeading: 'Bekräfta din begäran',
    verifyIntro: (email) =>
      `Vi skickade en sexsiffrig kod till ${email}. Begäran publiceras när du bekräftar den med koden.`,
    verifyCode: 'Bekräftelsekod',
    verify: 'Bekräfta och publicera',
    verifying: 'Bekräftar…',
    membership: {
      member: 'Du är nu medlem i organisationen och kan be om hjälp i dess namn.',
      pending_approval:
        'Organisationens administratör beslutar om ditt medlemskap; du får besked per e-post.',
      not_member: 'Du är inte medlem i organisationen.',
    },
    fieldErrors: {
      required: 'Uppgiften behövs.',
      chooseCategory: 'Välj kompetensområde.',
      tooShort: (min) => `Skriv minst ${min} tecken.`,
      tooLong: (max) => `Högst ${max} tecken.`,
      postalCode: 'Postnumret har fem siffror.',
      hoursMin: 'Minst 0,5 timmar.',
      hoursStep: 'Ange timmarna med en halvtimmes noggrannhet, till exempel 1,5.',
      hoursMax: 'Högst 1000 timmar.',
      schedule: 'Beskriv tidtabellen med ord eller ange en starttid.',
      endBeforeStart: 'Sluttiden är före starttiden.',
      postalCodeNeeded: 'Ange postnummer, eftersom uppdraget inte kan utföras på distans.',
      groupCode: 'Gruppkoden har 4–12 bokstäver eller siffror.',
      helpersWanted: 'Ange ett tal 1–50.',
      invalid: 'Kontrollera uppgiften.',
      name: 'Skriv ditt namn.',
      email: 'Skriv e-postadressen i formen namn@exempel.fi.',
      code: 'Koden har sex siffror.',
    },
  },
  en: {
    heading: 'Ask for help',
    stepOf: (s, n) => `Step ${s} of ${n}`,
    steps: ['What do you need?', 'When, where and how much?', 'Review and publish'],
    category: 'Area of expertise',
    chooseCategory: 'Choose an area',
    title: 'Short description',
    titleHint: 'For example “Review the annual accounts before the board meeting”.',
    details: 'Details',
    detailsHint:
      'What needs doing, what has been done already, and what do you need from the helper?',
    accountingReference: 'Cost centre or reference',
    accountingReferenceHint: 'Shown only to members of your own organisation.',
    schedule: 'Schedule',
    scheduleAsText: 'I describe the schedule in words',
    scheduleExact: 'I give an exact time',
    scheduleText: 'When is help needed?',
    scheduleTextHint: 'For example “this week” or “before the end of May”.',
    startsAt: 'Starts',
    endsAt: 'Ends',
    hours: 'Estimated work in hours',
    hoursHint: 'At least 0.5 hours, in half-hour steps.',
    helpersWanted: 'How many helpers are needed?',
    remote: 'The task can be done remotely',
    postalCode: 'Postal code',
    postalCodeHint: 'Required when the task cannot be done remotely.',
    groupCode: 'Target group code',
    groupCodeHint: "If you give a group's code, only the group's members see the request.",
    organisation: 'Organisation asking for help',
    reviewIntro: 'Check the details. You can still change them before publishing.',
    notGiven: 'Not given',
    publish: 'Publish request',
    publishing: 'Publishing…',
    published: 'Your request has been published. We emailed you a confirmation.',
    publishedPending: 'Your request has been received. Confirm it with the link we emailed you.',
    newRequest: 'Make a new request',
    draftRestored: 'You are continuing an unfinished request. What you typed has been kept.',
    discardDraft: 'Clear the form',
    errorSummary: (n) =>
      plural(n, 'The form has 1 thing to fix.', `The form has ${n} things to fix.`),
    noOrganisation:
      'You are not a member of any organisation yet. Ask your organisation’s admin to add you, and then you can ask for help.',
    signInToPublish: 'Sign in to publish the request. What you typed is kept.',
    failedKept: 'Publishing did not succeed. What you typed is kept, and you can try again.',
    visitorHeading: 'Continue without an account',
    visitorIntro:
      'Give your name and email address. We will send a code to confirm the request before it is published.',
    visitorName: 'Your name',
    visitorEmail: 'Your email address',
    honeypot: 'Leave this field empty',
    haveAccount: 'Already have an account? Sign in',
    noAccount: 'Continue without an account',
    verifyHeading: 'Confirm your request',
    verifyIntro: (email) =>
      `We sent a six-digit code to ${email}. The request is published once you confirm it with the code.`,
    verifyCode: 'Confirmation code',
    verify: 'Confirm and publish',
    verifying: 'Confirming…',
    membership: {
      member: 'You are now a member of the organisation and can ask for help in its name.',
      pending_approval:
        "The organisation's admins decide on your membership; you will hear by email.",
      not_member: 'You are not a member of the organisation.',
    },
    fieldErrors: {
      required: 'This is needed.',
      chooseCategory: 'Choose an area of expertise.',
      tooShort: (min) => `Write at least ${min} characters.`,
      tooLong: (max) => `At most ${max} characters.`,
      postalCode: 'A postal code has five digits.',
      hoursMin: 'At least 0.5 hours.',
      hoursStep: 'Give the hours in half-hour steps, for example 1.5.',
      hoursMax: 'At most 1000 hours.',
      schedule: 'Describe the schedule in words or give a start time.',
      endBeforeStart: 'The end is before the start.',
      postalCodeNeeded: 'Give a postal code, since the task cannot be done remotely.',
      groupCode: 'A group code has 4 to 12 letters or digits.',
      helpersWanted: 'Give a number from 1 to 50.',
      invalid: 'Check this.',
      name: 'Write your name.',
      email: 'Write the email address as name@example.org.',
      code: 'The code has six digits.',
    },
  },
};

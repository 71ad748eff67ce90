/** The strings of `<tehostamo-organisation>`, one typed table per locale. */
import type { OrganisationKind } from '../../sdk/schemas/organisations.ts';
import type { Lang } from '../i18n/index.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface OrganisationStrings {
  loading: string;
  loadError: string;
  signInToSee: string;
  choose: string;
  readOnly: string;
  kinds: Record<OrganisationKind, string>;
  // details
  details: string;
  name: string;
  kind: string;
  sector: string;
  sectorHint: string;
  businessId: string;
  businessIdHint: string;
  businessIdError: string;
  description: string;
  website: string;
  websiteError: string;
  postalCode: string;
  postalCodeError: string;
  nameError: string;
  umbrellas: string;
  none: string;
  edit: string;
  save: string;
  saving: string;
  saved: string;
  cancel: string;
  // members
  members: string;
  admin: string;
  member: string;
  you: string;
  makeAdmin: string;
  makeAdminLabel: (who: string) => string;
  makeMember: string;
  makeMemberLabel: (who: string) => string;
  remove: string;
  removeLabel: (who: string) => string;
  leave: string;
  lastAdmin: string;
  confirmRemove: (who: string) => string;
  confirmRemoveText: string;
  confirmLeave: (org: string) => string;
  confirmLeaveText: string;
  keep: string;
  working: string;
  roleChanged: (who: string, admin: boolean) => string;
  removedMember: (who: string) => string;
  left: (org: string) => string;
  invite: string;
  inviteHint: string;
  inviteEmail: string;
  inviteAsAdmin: string;
  inviteButton: string;
  inviting: string;
  invited: (email: string) => string;
  emailError: string;
  // join requests
  joinRequests: string;
  invitations: string;
  invitationsLead: string;
  invitationAccepted: (umbrella: string) => string;
  invitationDeclined: (umbrella: string) => string;
  noJoinRequests: string;
  requestedOn: (date: string) => string;
  withTask: (title: string) => string;
  approve: string;
  approveLabel: (who: string) => string;
  decline: string;
  declineLabel: (who: string) => string;
  approved: (who: string) => string;
  declined: (who: string) => string;
  // umbrella
  memberOrganisations: string;
  noMemberOrganisations: string;
  addMemberOrganisation: string;
  searchOrganisation: string;
  searchHint: string;
  search: string;
  noMatches: string;
  add: string;
  addLabel: (org: string) => string;
  invitedOrganisation: (org: string) => string;
  addedOrganisation: (org: string) => string;
  removeOrganisationLabel: (org: string) => string;
  removedOrganisation: (org: string) => string;
  // pro bono
  proBono: string;
  proBonoLead: string;
  sectors: string;
  sectorsHint: string;
  organisations: string;
  organisationsHint: string;
  categories: string;
  regions: string;
  justification: string;
  justificationHint: string;
  unrestricted: string;
  proBonoGroup: (name: string, n: number) => string;
  saveProgramme: string;
  programmeSaved: string;
  preview: string;
  previewLead: string;
  previewEmpty: string;
  previewMore: string;
  // no organisation
  noOrganisation: string;
  createHeading: string;
  create: string;
  creating: string;
  created: (org: string) => string;
}

const kindsFi: Record<OrganisationKind, string> = {
  association: 'Yhdistys',
  umbrella: 'Kattojärjestö',
  company: 'Yritys',
  education: 'Oppilaitos',
  public: 'Julkinen toimija',
};

export const fi: OrganisationStrings = {
  loading: 'Ladataan organisaatiota…',
  loadError: 'Organisaatiota ei saatu ladattua.',
  signInToSee: 'Kirjaudu sisään nähdäksesi organisaatiosi.',
  choose: 'Organisaatio',
  readOnly: 'Olet organisaation jäsen. Vain ylläpitäjät voivat muuttaa näitä tietoja.',
  kinds: kindsFi,
  details: 'Julkiset tiedot',
  name: 'Nimi',
  kind: 'Tyyppi',
  sector: 'Toimiala',
  sectorHint: 'Esimerkiksi ”Sosiaali- ja terveysala”.',
  businessId: 'Y-tunnus',
  businessIdHint: 'Muodossa 1234567-8; tarkistusnumero tarkistetaan.',
  businessIdError: 'Y-tunnus ei ole oikea (muoto 1234567-8).',
  description: 'Kuvaus',
  website: 'Verkkosivu',
  websiteError: 'Anna osoite muodossa https://…',
  postalCode: 'Postinumero',
  postalCodeError: 'Postinumeroa ei löytynyt.',
  nameError: 'Anna nimi (vähintään 2 merkkiä).',
  umbrellas: 'Kattojärjestöt',
  none: '–',
  edit: 'Muokkaa tietoja',
  save: 'Tallenna',
  saving: 'Tallennetaan…',
  saved: 'Tiedot tallennettiin.',
  cancel: 'Peruuta',
  members: 'Jäsenet ja roolit',
  admin: 'Ylläpitäjä',
  member: 'Jäsen',
  you: '(sinä)',
  makeAdmin: 'Tee ylläpitäjäksi',
  makeAdminLabel: (w) => `Tee ylläpitäjäksi: ${w}`,
  makeMember: 'Tee jäseneksi',
  makeMemberLabel: (w) => `Tee jäseneksi: ${w}`,
  remove: 'Poista',
  removeLabel: (w) => `Poista organisaatiosta: ${w}`,
  leave: 'Poistu organisaatiosta',
  lastAdmin: 'Olet ainoa ylläpitäjä: tee joku toinen ylläpitäjäksi ennen kuin poistut.',
  confirmRemove: (w) => `Poistetaanko ${w} organisaatiosta?`,
  confirmRemoveText: 'Hän ei enää näe organisaation avunpyyntöjä eikä voi pyytää apua sen nimissä.',
  confirmLeave: (o) => `Poistutaanko organisaatiosta ${o}?`,
  confirmLeaveText:
    'Et enää näe organisaation avunpyyntöjä. Ylläpitäjä voi lisätä sinut uudelleen.',
  keep: 'Peruuta',
  working: 'Hetki…',
  roleChanged: (w, admin) => `${w} on nyt ${admin ? 'ylläpitäjä' : 'jäsen'}.`,
  removedMember: (w) => `${w} poistettiin organisaatiosta.`,
  left: (o) => `Poistuit organisaatiosta ${o}.`,
  invite: 'Kutsu jäsen',
  inviteHint: 'Hän saa kutsun sähköpostiinsa ja on jäsen heti kirjauduttuaan.',
  inviteEmail: 'Sähköpostiosoite',
  inviteAsAdmin: 'Ylläpitäjäksi',
  inviteButton: 'Kutsu',
  inviting: 'Kutsutaan…',
  invited: (e) => `${e} kutsuttiin.`,
  emailError: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
  joinRequests: 'Liittymispyynnöt',
  invitations: 'Kattojärjestöjen kutsut',
  invitationsLead:
    'Jos hyväksytte, kattojärjestö näkee järjestönne avunpyynnöt syötteessään ja raporteissaan.',
  invitationAccepted: (u) => `Järjestönne on nyt kattojärjestön ${u} jäsen.`,
  invitationDeclined: (u) => `Kattojärjestön ${u} kutsu hylättiin.`,
  noJoinRequests: 'Ei odottavia liittymispyyntöjä.',
  requestedOn: (d) => `pyysi ${d}`,
  withTask: (t) => `avunpyynnön ”${t}” yhteydessä`,
  approve: 'Hyväksy',
  approveLabel: (w) => `Hyväksy: ${w}`,
  decline: 'Hylkää',
  declineLabel: (w) => `Hylkää: ${w}`,
  approved: (w) => `${w} on nyt jäsen.`,
  declined: (w) => `${w}:n pyyntö hylättiin.`,
  memberOrganisations: 'Jäsenjärjestöt',
  noMemberOrganisations: 'Ei vielä jäsenjärjestöjä.',
  addMemberOrganisation: 'Kutsu jäsenjärjestö',
  searchOrganisation: 'Järjestön nimi',
  searchHint: 'Järjestö tulee jäseneksi, kun sen ylläpitäjät hyväksyvät kutsun.',
  search: 'Hae',
  noMatches: 'Ei löytynyt järjestöjä tällä nimellä.',
  add: 'Kutsu',
  addLabel: (o) => `Kutsu jäseneksi: ${o}`,
  invitedOrganisation: (o) =>
    `${o} kutsuttiin; se tulee jäseneksi, kun sen ylläpitäjät hyväksyvät.`,
  addedOrganisation: (o) => `${o} on nyt jäsenjärjestö.`,
  removeOrganisationLabel: (o) => `Poista jäsenjärjestöistä: ${o}`,
  removedOrganisation: (o) => `${o} poistettiin jäsenjärjestöistä.`,
  proBono: 'Pro bono -ohjelma',
  proBonoLead:
    'Mitä avunpyyntöjä työntekijänne näkevät: toimialat tai järjestöt, tehtäväalueet ja maakunnat. Tyhjä kohta ei rajaa.',
  sectors: 'Järjestöjen toimialat',
  sectorsHint: 'Pilkuilla erotettuina, kuten järjestöt ne kirjoittavat.',
  organisations: 'Järjestöt',
  organisationsHint: 'Hae järjestö nimellä ja lisää se.',
  categories: 'Tehtäväalueet',
  regions: 'Maakunnat',
  justification: 'Perustelu (julkinen)',
  justificationHint: 'Miksi kohdennatte apunne näin? Näkyy kaikille.',
  unrestricted: 'ei rajausta',
  proBonoGroup: (name, n) => `Pro bono -ryhmä: ${name} (${plural(n, '1 jäsen', `${n} jäsentä`)})`,
  saveProgramme: 'Tallenna ohjelma',
  programmeSaved: 'Pro bono -ohjelma tallennettiin.',
  preview: 'Esikatselu: mitä työntekijänne näkevät',
  previewLead: 'Uusimmat avoimet avunpyynnöt, jotka ohjelma näyttää.',
  previewEmpty: 'Ohjelmaan ei osu nyt yhtään avointa avunpyyntöä.',
  previewMore: 'ja lisää',
  noOrganisation:
    'Et ole vielä minkään organisaation jäsen. Pyydä organisaatiosi ylläpitäjää kutsumaan sinut tai luo organisaatio.',
  createHeading: 'Luo organisaatio',
  create: 'Luo organisaatio',
  creating: 'Luodaan…',
  created: (o) => `${o} luotiin. Olet sen ylläpitäjä.`,
};

export const sv: OrganisationStrings = {
  loading: 'Organisationen laddas…',
  loadError: 'Organisationen kunde inte laddas.',
  signInToSee: 'Logga in för att se din organisation.',
  choose: 'Organisation',
  readOnly: 'Du är medlem i organisationen. Endast administratörerna kan ändra uppgifterna.',
  kinds: {
    association: 'Förening',
    umbrella: 'Takorganisation',
    company: 'Företag',
    education: 'Läroanstalt',
    public: 'Offentlig aktör',
  },
  details: 'Offentliga uppgifter',
  name: 'Namn',
  kind: 'Typ',
  sector: 'Bransch',
  sectorHint: 'Till exempel ”Social- och hälsovård”.',
  businessId: 'FO-nummer',
  businessIdHint: 'I formen 1234567-8; kontrollsiffran kontrolleras.',
  businessIdError: 'FO-numret är inte korrekt (formen 1234567-8).',
  description: 'Beskrivning',
  website: 'Webbplats',
  websiteError: 'Ange adressen i formen https://…',
  postalCode: 'Postnummer',
  postalCodeError: 'Postnumret hittades inte.',
  nameError: 'Ange ett namn (minst 2 tecken).',
  umbrellas: 'Takorganisationer',
  none: '–',
  edit: 'Redigera uppgifterna',
  save: 'Spara',
  saving: 'Sparar…',
  saved: 'Uppgifterna sparades.',
  cancel: 'Avbryt',
  members: 'Medlemmar och roller',
  admin: 'Administratör',
  member: 'Medlem',
  you: '(du)',
  makeAdmin: 'Gör till administratör',
  makeAdminLabel: (w) => `Gör till administratör: ${w}`,
  makeMember: 'Gör till medlem',
  makeMemberLabel: (w) => `Gör till medlem: ${w}`,
  remove: 'Ta bort',
  removeLabel: (w) => `Ta bort ur organisationen: ${w}`,
  leave: 'Lämna organisationen',
  lastAdmin: 'Du är den enda administratören: gör någon annan till administratör innan du lämnar.',
  confirmRemove: (w) => `Ta bort ${w} ur organisationen?`,
  confirmRemoveText:
    'Personen ser inte längre organisationens hjälpförfrågningar och kan inte be om hjälp i dess namn.',
  confirmLeave: (o) => `Lämna ${o}?`,
  confirmLeaveText:
    'Du ser inte längre organisationens hjälpförfrågningar. En administratör kan lägga till dig igen.',
  keep: 'Avbryt',
  working: 'Ett ögonblick…',
  roleChanged: (w, admin) => `${w} är nu ${admin ? 'administratör' : 'medlem'}.`,
  removedMember: (w) => `${w} togs bort ur organisationen.`,
  left: (o) => `Du lämnade ${o}.`,
  invite: 'Bjud in en medlem',
  inviteHint: 'Personen får en inbjudan per e-post och är medlem så fort hen loggar in.',
  inviteEmail: 'E-postadress',
  inviteAsAdmin: 'Som administratör',
  inviteButton: 'Bjud in',
  inviting: 'Bjuder in…',
  invited: (e) => `${e} bjöds in.`,
  emailError: 'Ange en e-postadress i formen namn@exempel.fi.',
  joinRequests: 'Anslutningsförfrågningar',
  invitations: 'Inbjudningar från takorganisationer',
  invitationsLead:
    'Om ni godkänner ser takorganisationen er organisations begäranden om hjälp i sitt flöde och sina rapporter.',
  invitationAccepted: (u) => `Er organisation är nu medlem i ${u}.`,
  invitationDeclined: (u) => `Inbjudan från ${u} avslogs.`,
  noJoinRequests: 'Inga väntande förfrågningar.',
  requestedOn: (d) => `frågade ${d}`,
  withTask: (t) => `i samband med hjälpförfrågan ”${t}”`,
  approve: 'Godkänn',
  approveLabel: (w) => `Godkänn: ${w}`,
  decline: 'Avslå',
  declineLabel: (w) => `Avslå: ${w}`,
  approved: (w) => `${w} är nu medlem.`,
  declined: (w) => `${w}s förfrågan avslogs.`,
  memberOrganisations: 'Medlemsorganisationer',
  noMemberOrganisations: 'Inga medlemsorganisationer ännu.',
  addMemberOrganisation: 'Bjud in en medlemsorganisation',
  searchOrganisation: 'Organisationens namn',
  searchHint: 'Organisationen blir medlem när dess administratörer godkänner inbjudan.',
  search: 'Sök',
  noMatches: 'Inga organisationer med det namnet.',
  add: 'Bjud in',
  addLabel: (o) => `Bjud in som medlem: ${o}`,
  invitedOrganisation: (o) => `${o} bjöds in; den blir medlem när dess administratörer godkänner.`,
  addedOrganisation: (o) => `${o} är nu medlemsorganisation.`,
  removeOrganisationLabel: (o) => `Ta bort ur medlemsorganisationerna: ${o}`,
  removedOrganisation: (o) => `${o} togs bort ur medlemsorganisationerna.`,
  proBono: 'Pro bono-program',
  proBonoLead:
    'Vilka hjälpförfrågningar era anställda ser: branscher eller organisationer, områden och landskap. En tom punkt begränsar inte.',
  sectors: 'Organisationernas branscher',
  sectorsHint: 'Åtskilda med kommatecken, så som organisationerna skriver dem.',
  organisations: 'Organisationer',
  organisationsHint: 'Sök en organisation med namn och lägg till den.',
  categories: 'Områden',
  regions: 'Landskap',
  justification: 'Motivering (offentlig)',
  justificationHint: 'Varför riktar ni er hjälp så? Syns för alla.',
  unrestricted: 'ingen begränsning',
  proBonoGroup: (name, n) => `Pro bono-grupp: ${name} (${plural(n, '1 medlem', `${n} medlemmar`)})`,
  saveProgramme: 'Spara programmet',
  programmeSaved: 'Pro bono-programmet sparades.',
  preview: 'Förhandsvisning: vad era anställda ser',
  previewLead: 'De senaste öppna hjälpförfrågningarna som programmet visar.',
  previewEmpty: 'Programmet träffar inga öppna hjälpförfrågningar just nu.',
  previewMore: 'och fler',
  noOrganisation:
    'Du är inte medlem i någon organisation ännu. Be din organisations administratör bjuda in dig, eller skapa organisationen.',
  createHeading: 'Skapa en organisation',
  create: 'Skapa organisationen',
  creating: 'Skapas…',
  created: (o) => `${o} skapades. Du är dess administratör.`,
};

export const en: OrganisationStrings = {
  loading: 'Loading the organisation…',
  loadError: 'The organisation could not be loaded.',
  signInToSee: 'Sign in to see your organisation.',
  choose: 'Organisation',
  readOnly: 'You are a member of the organisation. Only its admins can change these.',
  kinds: {
    association: 'Association',
    umbrella: 'Umbrella organisation',
    company: 'Company',
    education: 'Educational institution',
    public: 'Public body',
  },
  details: 'Public details',
  name: 'Name',
  kind: 'Kind',
  sector: 'Sector',
  sectorHint: 'For example "Social and health care".',
  businessId: 'Business ID',
  businessIdHint: 'As 1234567-8; the check digit is checked.',
  businessIdError: 'Not a valid business ID (1234567-8).',
  description: 'Description',
  website: 'Website',
  websiteError: 'Give the address as https://…',
  postalCode: 'Postal code',
  postalCodeError: 'No such postal code.',
  nameError: 'Give a name (at least 2 characters).',
  umbrellas: 'Umbrella organisations',
  none: '–',
  edit: 'Edit the details',
  save: 'Save',
  saving: 'Saving…',
  saved: 'The details were saved.',
  cancel: 'Cancel',
  members: 'Members and roles',
  admin: 'Admin',
  member: 'Member',
  you: '(you)',
  makeAdmin: 'Make admin',
  makeAdminLabel: (w) => `Make admin: ${w}`,
  makeMember: 'Make member',
  makeMemberLabel: (w) => `Make member: ${w}`,
  remove: 'Remove',
  removeLabel: (w) => `Remove from the organisation: ${w}`,
  leave: 'Leave the organisation',
  lastAdmin: 'You are the only admin: make someone else admin before you leave.',
  confirmRemove: (w) => `Remove ${w} from the organisation?`,
  confirmRemoveText:
    "They will no longer see the organisation's help requests or ask for help in its name.",
  confirmLeave: (o) => `Leave ${o}?`,
  confirmLeaveText:
    "You will no longer see the organisation's help requests. An admin can add you again.",
  keep: 'Cancel',
  working: 'One moment…',
  roleChanged: (w, admin) => `${w} is now ${admin ? 'an admin' : 'a member'}.`,
  removedMember: (w) => `${w} was removed from the organisation.`,
  left: (o) => `You left ${o}.`,
  invite: 'Invite a member',
  inviteHint: 'They get an invitation by email and are a member as soon as they sign in.',
  inviteEmail: 'Email address',
  inviteAsAdmin: 'As an admin',
  inviteButton: 'Invite',
  inviting: 'Inviting…',
  invited: (e) => `${e} was invited.`,
  emailError: 'Give an email address such as name@example.org.',
  joinRequests: 'Requests to join',
  invitations: 'Invitations from umbrella organisations',
  invitationsLead:
    "If you accept, the umbrella sees your organisation's requests for help in its feed and its reports.",
  invitationAccepted: (u) => `Your organisation is now a member of ${u}.`,
  invitationDeclined: (u) => `The invitation from ${u} was declined.`,
  noJoinRequests: 'No requests waiting.',
  requestedOn: (d) => `asked on ${d}`,
  withTask: (t) => `with the help request "${t}"`,
  approve: 'Approve',
  approveLabel: (w) => `Approve: ${w}`,
  decline: 'Decline',
  declineLabel: (w) => `Decline: ${w}`,
  approved: (w) => `${w} is now a member.`,
  declined: (w) => `${w}'s request was declined.`,
  memberOrganisations: 'Member organisations',
  noMemberOrganisations: 'No member organisations yet.',
  addMemberOrganisation: 'Invite a member organisation',
  searchOrganisation: "The organisation's name",
  searchHint: 'The organisation becomes a member once its admins accept.',
  search: 'Search',
  noMatches: 'No organisation has that name.',
  add: 'Invite',
  addLabel: (o) => `Invite as a member: ${o}`,
  invitedOrganisation: (o) => `${o} was invited; it becomes a member once its admins accept.`,
  addedOrganisation: (o) => `${o} is now a member organisation.`,
  removeOrganisationLabel: (o) => `Remove from the member organisations: ${o}`,
  removedOrganisation: (o) => `${o} was removed from the member organisations.`,
  proBono: 'Pro bono programme',
  proBonoLead:
    'Which help requests your employees see: sectors or organisations, categories and regions. An empty item restricts nothing.',
  sectors: "Organisations' sectors",
  sectorsHint: 'Separated by commas, as the organisations spell them.',
  organisations: 'Organisations',
  organisationsHint: 'Search an organisation by name and add it.',
  categories: 'Categories',
  regions: 'Regions',
  justification: 'Justification (public)',
  justificationHint: 'Why do you aim your help so? Shown to everyone.',
  unrestricted: 'no restriction',
  proBonoGroup: (name, n) => `Pro bono group: ${name} (${plural(n, '1 member', `${n} members`)})`,
  saveProgramme: 'Save the programme',
  programmeSaved: 'The pro bono programme was saved.',
  preview: 'Preview: what your employees see',
  previewLead: 'The newest open help requests the programme shows.',
  previewEmpty: 'No open help request fits the programme right now.',
  previewMore: 'and more',
  noOrganisation:
    "You are not a member of any organisation yet. Ask your organisation's admin to invite you, or create it.",
  createHeading: 'Create an organisation',
  create: 'Create the organisation',
  creating: 'Creating…',
  created: (o) => `${o} was created. You are its admin.`,
};

export const organisationStrings: Record<Lang, OrganisationStrings> = { fi, sv, en };

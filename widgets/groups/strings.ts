/** The strings of `<tehostamo-groups>`, one typed table per locale. */
import type { Lang } from '../i18n/index.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface GroupsStrings {
  loading: string;
  signInToSee: string;
  loadError: string;
  myGroups: string;
  noGroups: string;
  members: (count: number, cap: number) => string;
  code: string;
  ownedBy: (organisation: string) => string;
  showMembers: (group: string) => string;
  hideMembers: (group: string) => string;
  membersOf: (group: string) => string;
  loadingMembers: string;
  noMembers: string;
  invited: string;
  you: string;
  remove: string;
  removeLabel: (who: string) => string;
  removed: (who: string) => string;
  leave: string;
  leaveHeading: (group: string) => string;
  leaveText: string;
  leaving: string;
  left: (group: string) => string;
  keep: string;
  confirmRemoveHeading: (who: string) => string;
  confirmRemoveText: string;
  removing: string;
  post: string;
  postLabel: (group: string) => string;
  addHeading: string;
  addLabel: string;
  addHint: string;
  addButton: string;
  adding: string;
  room: (left: number, cap: number) => string;
  full: (cap: number) => string;
  counted: (n: number) => string;
  overCap: (extra: number, left: number) => string;
  invalid: (list: string) => string;
  alreadyIn: (list: string) => string;
  repeated: (n: number) => string;
  nothingToAdd: string;
  added: (n: number) => string;
  createHeading: string;
  createLead: string;
  organisation: string;
  name: string;
  nameHint: string;
  nameError: string;
  codeLabel: string;
  codeHint: string;
  codeError: string;
  suggest: string;
  create: string;
  creating: string;
  created: (group: string) => string;
  noOrganisation: string;
  noOrganisationLink: string;
  joinHeading: string;
  joinLead: string;
  joinCode: string;
  join: string;
  joining: string;
  joined: (group: string) => string;
  joinNotFound: string;
}

export const fi: GroupsStrings = {
  loading: 'Ladataan ryhmiä…',
  signInToSee: 'Kirjaudu sisään nähdäksesi ryhmäsi.',
  loadError: 'Ryhmiä ei saatu ladattua.',
  myGroups: 'Omat ryhmäni',
  noGroups: 'Et kuulu vielä mihinkään ryhmään. Luo ryhmä tai liity ryhmään sen koodilla.',
  members: (n, cap) => `${plural(n, '1 jäsen', `${n} jäsentä`)} / enintään ${cap}`,
  code: 'Liittymiskoodi',
  ownedBy: (o) => `Ylläpitäjä: ${o}`,
  showMembers: (g) => `Näytä jäsenet: ${g}`,
  hideMembers: (g) => `Piilota jäsenet: ${g}`,
  membersOf: (g) => `Ryhmän ${g} jäsenet`,
  loadingMembers: 'Ladataan jäseniä…',
  noMembers: 'Ryhmässä ei ole vielä jäseniä.',
  invited: 'kutsuttu, ei vielä kirjautunut',
  you: '(sinä)',
  remove: 'Poista',
  removeLabel: (w) => `Poista ryhmästä: ${w}`,
  removed: (w) => `${w} poistettiin ryhmästä.`,
  leave: 'Poistu ryhmästä',
  leaveHeading: (g) => `Poistutaanko ryhmästä ${g}?`,
  leaveText: 'Et enää näe ryhmälle kohdistettuja avunpyyntöjä. Voit liittyä uudelleen koodilla.',
  leaving: 'Poistutaan…',
  left: (g) => `Poistuit ryhmästä ${g}.`,
  keep: 'Peruuta',
  confirmRemoveHeading: (w) => `Poistetaanko ${w} ryhmästä?`,
  confirmRemoveText: 'Hän ei enää näe ryhmälle kohdistettuja avunpyyntöjä.',
  removing: 'Poistetaan…',
  post: 'Pyydä apua ryhmältä',
  postLabel: (g) => `Pyydä apua ryhmältä: ${g}`,
  addHeading: 'Lisää jäseniä',
  addLabel: 'Sähköpostiosoitteet',
  addHint:
    'Liitä osoitteet, yksi riville tai pilkuilla erotettuina. Kutsutuilla ei tarvitse olla vielä tunnusta.',
  addButton: 'Lisää jäsenet',
  adding: 'Lisätään…',
  room: (left, cap) => `Ryhmään mahtuu vielä ${left} (enintään ${cap} jäsentä).`,
  full: (cap) => `Ryhmä on täynnä: enintään ${cap} jäsentä.`,
  counted: (n) => plural(n, '1 uusi osoite', `${n} uutta osoitetta`),
  overCap: (extra, left) =>
    `${extra} liikaa: ryhmään mahtuu vielä ${left}. Poista osoitteita ennen lisäämistä.`,
  invalid: (list) => `Nämä eivät ole sähköpostiosoitteita: ${list}`,
  alreadyIn: (list) => `Jo ryhmässä (ohitetaan): ${list}`,
  repeated: (n) =>
    plural(n, '1 osoite oli listassa kahdesti.', `${n} osoitetta oli listassa kahdesti.`),
  nothingToAdd: 'Liitä ainakin yksi uusi sähköpostiosoite.',
  added: (n) =>
    plural(
      n,
      '1 jäsen lisättiin; hänelle lähti kutsu.',
      `${n} jäsentä lisättiin; heille lähti kutsu.`,
    ),
  createHeading: 'Luo ryhmä',
  createLead:
    'Ryhmälle kohdistetut avunpyynnöt näkyvät vain ryhmän jäsenille ja organisaatiollesi.',
  organisation: 'Organisaatio',
  name: 'Ryhmän nimi',
  nameHint: 'Esimerkiksi ”Keskusjärjestön taloushallinnon verkosto”.',
  nameError: 'Anna ryhmälle nimi (vähintään 2 merkkiä).',
  codeLabel: 'Liittymiskoodi',
  codeHint: 'Ehdotettu nimestä; voit muuttaa sen. 4–12 kirjainta tai numeroa.',
  codeError: 'Koodissa on 4–12 kirjainta (A–Z) tai numeroa.',
  suggest: 'Ehdota uusi koodi',
  create: 'Luo ryhmä',
  creating: 'Luodaan…',
  created: (g) => `Ryhmä ${g} luotiin.`,
  noOrganisation: 'Ryhmä kuuluu aina organisaatiolle. Liity organisaatioosi tai luo se ensin.',
  noOrganisationLink: 'Organisaation asetuksiin',
  joinHeading: 'Liity ryhmään',
  joinLead: 'Sait koodin ryhmän ylläpitäjältä? Kirjoita se tähän.',
  joinCode: 'Ryhmän koodi',
  join: 'Liity',
  joining: 'Liitytään…',
  joined: (g) => `Liityit ryhmään ${g}.`,
  joinNotFound: 'Tällä koodilla ei löytynyt ryhmää. Tarkista koodi.',
};

export const sv: GroupsStrings = {
  loading: 'Grupperna laddas…',
  signInToSee: 'Logga in för att se dina grupper.',
  loadError: 'Grupperna kunde inte laddas.',
  myGroups: 'Mina grupper',
  noGroups: 'Du hör inte till någon grupp ännu. Skapa en grupp eller gå med i en med dess kod.',
  members: (n, cap) => `${plural(n, '1 medlem', `${n} medlemmar`)} / högst ${cap}`,
  code: 'Anslutningskod',
  ownedBy: (o) => `Administreras av ${o}`,
  showMembers: (g) => `Visa medlemmarna: ${g}`,
  hideMembers: (g) => `Dölj medlemmarna: ${g}`,
  membersOf: (g) => `Medlemmarna i ${g}`,
  loadingMembers: 'Medlemmarna laddas…',
  noMembers: 'Gruppen har inga medlemmar ännu.',
  invited: 'inbjuden, har inte loggat in ännu',
  you: '(du)',
  remove: 'Ta bort',
  removeLabel: (w) => `Ta bort ur gruppen: ${w}`,
  removed: (w) => `${w} togs bort ur gruppen.`,
  leave: 'Lämna gruppen',
  leaveHeading: (g) => `Lämna gruppen ${g}?`,
  leaveText:
    'Du ser inte längre hjälpförfrågningar riktade till gruppen. Du kan gå med igen med koden.',
  leaving: 'Lämnar…',
  left: (g) => `Du lämnade gruppen ${g}.`,
  keep: 'Avbryt',
  confirmRemoveHeading: (w) => `Ta bort ${w} ur gruppen?`,
  confirmRemoveText: 'Personen ser inte längre hjälpförfrågningar riktade till gruppen.',
  removing: 'Tas bort…',
  post: 'Be gruppen om hjälp',
  postLabel: (g) => `Be gruppen om hjälp: ${g}`,
  addHeading: 'Lägg till medlemmar',
  addLabel: 'E-postadresser',
  addHint:
    'Klistra in adresserna, en per rad eller åtskilda med kommatecken. De inbjudna behöver inget konto ännu.',
  addButton: 'Lägg till medlemmarna',
  adding: 'Läggs till…',
  room: (left, cap) => `Det ryms ännu ${left} i gruppen (högst ${cap} medlemmar).`,
  full: (cap) => `Gruppen är full: högst ${cap} medlemmar.`,
  counted: (n) => plural(n, '1 ny adress', `${n} nya adresser`),
  overCap: (extra, left) =>
    `${extra} för många: det ryms ännu ${left} i gruppen. Ta bort adresser innan du lägger till.`,
  invalid: (list) => `Detta är inte e-postadresser: ${list}`,
  alreadyIn: (list) => `Redan i gruppen (hoppas över): ${list}`,
  repeated: (n) =>
    plural(n, '1 adress fanns två gånger i listan.', `${n} adresser fanns två gånger i listan.`),
  nothingToAdd: 'Klistra in minst en ny e-postadress.',
  added: (n) =>
    plural(
      n,
      '1 medlem lades till och fick en inbjudan.',
      `${n} medlemmar lades till och fick en inbjudan.`,
    ),
  createHeading: 'Skapa en grupp',
  createLead:
    'Hjälpförfrågningar riktade till gruppen syns bara för gruppens medlemmar och din organisation.',
  organisation: 'Organisation',
  name: 'Gruppens namn',
  nameHint: 'Till exempel ”Centralorganisationens ekonominätverk”.',
  nameError: 'Ge gruppen ett namn (minst 2 tecken).',
  codeLabel: 'Anslutningskod',
  codeHint: 'Föreslagen utifrån namnet; du kan ändra den. 4–12 bokstäver eller siffror.',
  codeError: 'Koden har 4–12 bokstäver (A–Z) eller siffror.',
  suggest: 'Föreslå en ny kod',
  create: 'Skapa gruppen',
  creating: 'Skapas…',
  created: (g) => `Gruppen ${g} skapades.`,
  noOrganisation:
    'En grupp hör alltid till en organisation. Gå med i din organisation eller skapa den först.',
  noOrganisationLink: 'Till organisationens inställningar',
  joinHeading: 'Gå med i en grupp',
  joinLead: 'Fick du en kod av gruppens administratör? Skriv den här.',
  joinCode: 'Gruppens kod',
  join: 'Gå med',
  joining: 'Går med…',
  joined: (g) => `Du gick med i gruppen ${g}.`,
  joinNotFound: 'Ingen grupp har den här koden. Kontrollera koden.',
};

export const en: GroupsStrings = {
  loading: 'Loading groups…',
  signInToSee: 'Sign in to see your groups.',
  loadError: 'The groups could not be loaded.',
  myGroups: 'My groups',
  noGroups: 'You are in no group yet. Create a group, or join one with its code.',
  members: (n, cap) => `${plural(n, '1 member', `${n} members`)} / at most ${cap}`,
  code: 'Join code',
  ownedBy: (o) => `Run by ${o}`,
  showMembers: (g) => `Show the members: ${g}`,
  hideMembers: (g) => `Hide the members: ${g}`,
  membersOf: (g) => `Members of ${g}`,
  loadingMembers: 'Loading members…',
  noMembers: 'The group has no members yet.',
  invited: 'invited, not signed in yet',
  you: '(you)',
  remove: 'Remove',
  removeLabel: (w) => `Remove from the group: ${w}`,
  removed: (w) => `${w} was removed from the group.`,
  leave: 'Leave the group',
  leaveHeading: (g) => `Leave the group ${g}?`,
  leaveText:
    'You will no longer see help requests aimed at the group. You can join again with the code.',
  leaving: 'Leaving…',
  left: (g) => `You left the group ${g}.`,
  keep: 'Cancel',
  confirmRemoveHeading: (w) => `Remove ${w} from the group?`,
  confirmRemoveText: 'They will no longer see help requests aimed at the group.',
  removing: 'Removing…',
  post: 'Ask the group for help',
  postLabel: (g) => `Ask the group for help: ${g}`,
  addHeading: 'Add members',
  addLabel: 'Email addresses',
  addHint:
    'Paste the addresses, one per line or separated by commas. Those invited need no account yet.',
  addButton: 'Add the members',
  adding: 'Adding…',
  room: (left, cap) => `Room for ${left} more (at most ${cap} members).`,
  full: (cap) => `The group is full: at most ${cap} members.`,
  counted: (n) => plural(n, '1 new address', `${n} new addresses`),
  overCap: (extra, left) =>
    `${extra} too many: there is room for ${left} more. Remove addresses before adding.`,
  invalid: (list) => `These are not email addresses: ${list}`,
  alreadyIn: (list) => `Already in the group (skipped): ${list}`,
  repeated: (n) =>
    plural(n, '1 address was in the list twice.', `${n} addresses were in the list twice.`),
  nothingToAdd: 'Paste at least one new email address.',
  added: (n) => plural(n, '1 member added and invited.', `${n} members added and invited.`),
  createHeading: 'Create a group',
  createLead:
    "Help requests aimed at the group are shown only to the group's members and your organisation.",
  organisation: 'Organisation',
  name: "The group's name",
  nameHint: 'For example "The federation\'s finance network".',
  nameError: 'Give the group a name (at least 2 characters).',
  codeLabel: 'Join code',
  codeHint: 'Suggested from the name; you can change it. 4–12 letters or digits.',
  codeError: 'A code is 4–12 letters (A–Z) or digits.',
  suggest: 'Suggest another code',
  create: 'Create the group',
  creating: 'Creating…',
  created: (g) => `The group ${g} was created.`,
  noOrganisation: 'A group always belongs to an organisation. Join yours, or create it, first.',
  noOrganisationLink: 'To the organisation settings',
  joinHeading: 'Join a group',
  joinLead: "Got a code from the group's admin? Type it here.",
  joinCode: "The group's code",
  join: 'Join',
  joining: 'Joining…',
  joined: (g) => `You joined the group ${g}.`,
  joinNotFound: 'No group has this code. Check the code.',
};

export const groupsStrings: Record<Lang, GroupsStrings> = { fi, sv, en };

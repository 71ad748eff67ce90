/** The strings of `<tehostamo-listing-editor>`, one typed table per locale. */
import type { Lang } from '../i18n/index.ts';

export interface ListingEditorStrings {
  heading: (name: string) => string;
  loading: string;
  error: string;
  linkInvalid: string;
  description: string;
  inSwedish: string;
  inEnglish: string;
  optional: string;
  contact: string;
  email: string;
  phone: string;
  website: string;
  street: string;
  postalCode: string;
  areas: string;
  wholeCountry: string;
  regions: string;
  municipalities: string;
  listHint: string;
  languages: string;
  private: string;
  privateHint: string;
  internalName: string;
  internalEmail: string;
  internalEmailHint: string;
  keeperNotes: string;
  services: string;
  service: (n: number) => string;
  name: string;
  serviceDescription: string;
  targetGroups: string;
  themes: string;
  keywords: string;
  free: string;
  feeDescription: string;
  referral: string;
  channels: string;
  placeStreet: string;
  placePostalCode: string;
  openingHours: string;
  onlineUrl: string;
  addService: string;
  removeService: (name: string) => string;
  save: string;
  saving: string;
  saved: string;
  savedByLink: string;
  fixErrors: string;
}

export const fi: ListingEditorStrings = {
  heading: (n) => `Järjestön ${n} tiedot palveluhakemistossa`,
  loading: 'Ladataan tietoja…',
  error: 'Tietoja ei saatu ladattua.',
  linkInvalid: 'Linkki on jo käytetty tai vanhentunut. Pyydä uusi linkki järjestön sivulta.',
  description: 'Esittely',
  inSwedish: 'ruotsiksi',
  inEnglish: 'englanniksi',
  optional: 'valinnainen',
  contact: 'Julkiset yhteystiedot',
  email: 'Sähköposti',
  phone: 'Puhelin',
  website: 'Verkkosivu',
  street: 'Käyntiosoite',
  postalCode: 'Postinumero',
  areas: 'Toiminta-alue',
  wholeCountry: 'Koko Suomi',
  regions: 'Maakunnat',
  municipalities: 'Kunnat',
  listHint: 'Erota pilkulla, esim. Kuopio, Siilinjärvi',
  languages: 'Palvelukielet',
  private: 'Vain ylläpidolle (ei julkaista)',
  privateHint: 'Näitä tietoja ei näytetä hakemistossa eikä avoimessa datassa.',
  internalName: 'Yhteyshenkilö',
  internalEmail: 'Yhteyshenkilön sähköposti',
  internalEmailHint:
    'Muokkauslinkit lähetetään tähän osoitteeseen (muuten julkiseen sähköpostiin).',
  keeperNotes: 'Viesti ylläpidolle',
  services: 'Palvelut',
  service: (n) => `Palvelu ${n}`,
  name: 'Nimi',
  serviceDescription: 'Kuvaus',
  targetGroups: 'Kenelle',
  themes: 'Toiminta',
  keywords: 'Hakusanat',
  free: 'Maksuton',
  feeDescription: 'Hinta tai maksun kuvaus',
  referral: 'Vaatii lähetteen',
  channels: 'Miten palveluun pääsee',
  placeStreet: 'Paikan osoite',
  placePostalCode: 'Paikan postinumero',
  openingHours: 'Aukioloajat',
  onlineUrl: 'Verkkopalvelun osoite',
  addService: 'Lisää palvelu',
  removeService: (n) => `Poista palvelu ${n}`,
  save: 'Tallenna',
  saving: 'Tallennetaan…',
  saved: 'Tiedot tallennettiin.',
  savedByLink:
    'Tiedot tallennettiin. Muokkauslinkki on nyt käytetty; pyydä uusi, jos haluat muuttaa tietoja myöhemmin.',
  fixErrors: 'Tarkista tiedot:',
};

export const sv: ListingEditorStrings = {
  heading: (n) => `Uppgifterna om ${n} i tjänstekatalogen`,
  loading: 'Uppgifterna hämtas…',
  error: 'Uppgifterna kunde inte hämtas.',
  linkInvalid: 'Länken har redan använts eller gått ut. Be om en ny länk på organisationens sida.',
  description: 'Presentation',
  inSwedish: 'på svenska',
  inEnglish: 'på engelska',
  optional: 'valfritt',
  contact: 'Offentliga kontaktuppgifter',
  email: 'E-post',
  phone: 'Telefon',
  website: 'Webbsida',
  street: 'Besöksadress',
  postalCode: 'Postnummer',
  areas: 'Verksamhetsområde',
  wholeCountry: 'Hela Finland',
  regions: 'Landskap',
  municipalities: 'Kommuner',
  listHint: 'Skilj med kommatecken, t.ex. Kuopio, Siilinjärvi',
  languages: 'Språk',
  private: 'Endast för administratörerna (publiceras inte)',
  privateHint: 'Dessa uppgifter visas inte i katalogen eller i öppna data.',
  internalName: 'Kontaktperson',
  internalEmail: 'Kontaktpersonens e-post',
  internalEmailHint: 'Redigeringslänkar skickas hit (annars till den offentliga adressen).',
  keeperNotes: 'Meddelande till administratörerna',
  services: 'Tjänster',
  service: (n) => `Tjänst ${n}`,
  name: 'Namn',
  serviceDescription: 'Beskrivning',
  targetGroups: 'För vem',
  themes: 'Verksamhet',
  keywords: 'Sökord',
  free: 'Avgiftsfri',
  feeDescription: 'Pris eller beskrivning av avgiften',
  referral: 'Kräver remiss',
  channels: 'Hur man når tjänsten',
  placeStreet: 'Platsens adress',
  placePostalCode: 'Platsens postnummer',
  openingHours: 'Öppettider',
  onlineUrl: 'Webbtjänstens adress',
  addService: 'Lägg till en tjänst',
  removeService: (n) => `Ta bort tjänsten ${n}`,
  save: 'Spara',
  saving: 'Sparar…',
  saved: 'Uppgifterna sparades.',
  savedByLink:
    'Uppgifterna sparades. Redigeringslänken är nu använd; be om en ny för senare ändringar.',
  fixErrors: 'Kontrollera uppgifterna:',
};

export const en: ListingEditorStrings = {
  heading: (n) => `${n} in the directory`,
  loading: 'Loading…',
  error: 'The listing could not be loaded.',
  linkInvalid:
    "The link has been used or has expired. Ask for a new one on the organisation's page.",
  description: 'Description',
  inSwedish: 'in Swedish',
  inEnglish: 'in English',
  optional: 'optional',
  contact: 'Public contact details',
  email: 'Email',
  phone: 'Phone',
  website: 'Website',
  street: 'Street address',
  postalCode: 'Postal code',
  areas: 'Area served',
  wholeCountry: 'All of Finland',
  regions: 'Regions',
  municipalities: 'Municipalities',
  listHint: 'Separate with commas, e.g. Kuopio, Siilinjärvi',
  languages: 'Languages',
  private: 'For the keepers only (not published)',
  privateHint: 'These are never shown in the directory or in the open data.',
  internalName: 'Contact person',
  internalEmail: "Contact person's email",
  internalEmailHint: 'Edit links go to this address (else to the public email).',
  keeperNotes: 'Note to the keepers',
  services: 'Services',
  service: (n) => `Service ${n}`,
  name: 'Name',
  serviceDescription: 'Description',
  targetGroups: 'For whom',
  themes: 'Activity',
  keywords: 'Keywords',
  free: 'Free',
  feeDescription: 'Price or description of the fee',
  referral: 'Referral needed',
  channels: 'How to reach it',
  placeStreet: 'Address of the place',
  placePostalCode: 'Postal code of the place',
  openingHours: 'Opening hours',
  onlineUrl: 'Address of the online service',
  addService: 'Add a service',
  removeService: (n) => `Remove the service ${n}`,
  save: 'Save',
  saving: 'Saving…',
  saved: 'The listing was saved.',
  savedByLink:
    'The listing was saved. The edit link is now used; ask for a new one to make later changes.',
  fixErrors: 'Please check:',
};

export const listingEditorStrings: Record<Lang, ListingEditorStrings> = { fi, sv, en };

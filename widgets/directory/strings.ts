/**
 * The strings of `<tehostamo-directory>` and `<tehostamo-listing-editor>`, one typed table per
 * locale. The names of target groups, themes and languages come from the contract's vocabulary
 * (`sdk/schemas/directory-vocabulary.ts`).
 */
import type { Lang } from '../i18n/index.ts';

export interface DirectoryStrings {
  heading: string;
  searchLabel: string;
  searchHint: string;
  search: string;
  targetGroup: string;
  theme: string;
  serviceLanguage: string;
  any: string;
  onlyFree: string;
  results: (n: number) => string;
  noResults: string;
  loading: string;
  error: string;
  loadMore: string;
  free: string;
  fee: string;
  referral: string;
  noReferral: string;
  wholeCountry: string;
  areas: string;
  languages: string;
  openingHours: string;
  stale: string;
  checked: (date: string) => string;
  organisation: string;
  openListing: (name: string) => string;
  back: string;
  contact: string;
  services: string;
  helped: (n: number) => string;
  helpedNone: string;
  notFound: string;
  editLinkQuestion: string;
  editLinkButton: string;
  editLinkSent: (address: string) => string;
  external: string;
  phone: string;
  web: string;
  online: string;
  email: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const fi: DirectoryStrings = {
  heading: 'Järjestöjen palvelut',
  searchLabel: 'Hae palveluita',
  searchHint: 'Esimerkiksi muistisairaus, vertaistuki tai omaishoitaja',
  search: 'Hae',
  targetGroup: 'Kenelle',
  theme: 'Toiminta',
  serviceLanguage: 'Kieli',
  any: 'Kaikki',
  onlyFree: 'Vain maksuttomat',
  results: (n) => `${n} ${plural(n, 'palvelu', 'palvelua')}`,
  noResults: 'Hakuehdoilla ei löytynyt palveluita.',
  loading: 'Haetaan palveluita…',
  error: 'Palveluita ei saatu haettua.',
  loadMore: 'Näytä lisää',
  free: 'Maksuton',
  fee: 'Maksullinen',
  referral: 'Vaatii lähetteen',
  noReferral: 'Ei lähetettä',
  wholeCountry: 'Koko Suomi',
  areas: 'Alue',
  languages: 'Kielet',
  openingHours: 'Aukioloajat',
  stale: 'Tietoja ei ole tarkistettu yli vuoteen.',
  checked: (d) => `Tarkistettu ${d}`,
  organisation: 'Järjestö',
  openListing: (name) => `Järjestön ${name} tiedot`,
  back: 'Takaisin hakuun',
  contact: 'Yhteystiedot',
  services: 'Palvelut',
  helped: (n) => `Auttanut muita järjestöjä Tehostamossa ${n} ${plural(n, 'kerran', 'kertaa')}`,
  helpedNone: '',
  notFound: 'Järjestön tietoja ei löytynyt.',
  editLinkQuestion:
    'Edustatko tätä järjestöä? Saat muokkauslinkin järjestön tallennettuun sähköpostiosoitteeseen.',
  editLinkButton: 'Lähetä muokkauslinkki',
  editLinkSent: (a) => `Muokkauslinkki lähetettiin osoitteeseen ${a}.`,
  external: '(avautuu uuteen ikkunaan)',
  phone: 'Puhelin',
  web: 'Verkkosivu',
  online: 'Verkossa',
  email: 'Sähköposti',
};

export const sv: DirectoryStrings = {
  heading: 'Organisationernas tjänster',
  searchLabel: 'Sök tjänster',
  searchHint: 'Till exempel minnessjukdom, kamratstöd eller närståendevårdare',
  search: 'Sök',
  targetGroup: 'För vem',
  theme: 'Verksamhet',
  serviceLanguage: 'Språk',
  any: 'Alla',
  onlyFree: 'Endast avgiftsfria',
  results: (n) => `${n} ${plural(n, 'tjänst', 'tjänster')}`,
  noResults: 'Inga tjänster hittades.',
  loading: 'Söker tjänster…',
  error: 'Tjänsterna kunde inte hämtas.',
  loadMore: 'Visa fler',
  free: 'Avgiftsfri',
  fee: 'Avgiftsbelagd',
  referral: 'Kräver remiss',
  noReferral: 'Ingen remiss',
  wholeCountry: 'Hela Finland',
  areas: 'Område',
  languages: 'Språk',
  openingHours: 'Öppettider',
  stale: 'Uppgifterna har inte kontrollerats på över ett år.',
  checked: (d) => `Kontrollerad ${d}`,
  organisation: 'Organisation',
  openListing: (name) => `Uppgifter om ${name}`,
  back: 'Tillbaka till sökningen',
  contact: 'Kontaktuppgifter',
  services: 'Tjänster',
  helped: (n) => `Har hjälpt andra organisationer i Tehostamo ${n} ${plural(n, 'gång', 'gånger')}`,
  helpedNone: '',
  notFound: 'Organisationens uppgifter hittades inte.',
  editLinkQuestion:
    'Representerar du organisationen? Du får en redigeringslänk till den sparade e-postadressen.',
  editLinkButton: 'Skicka redigeringslänk',
  editLinkSent: (a) => `Redigeringslänken skickades till ${a}.`,
  external: '(öppnas i ett nytt fönster)',
  phone: 'Telefon',
  web: 'Webbsida',
  online: 'På nätet',
  email: 'E-post',
};

export const en: DirectoryStrings = {
  heading: "Organisations' services",
  searchLabel: 'Search services',
  searchHint: 'For example memory disorder, peer support or carer',
  search: 'Search',
  targetGroup: 'For whom',
  theme: 'Activity',
  serviceLanguage: 'Language',
  any: 'All',
  onlyFree: 'Free only',
  results: (n) => `${n} ${plural(n, 'service', 'services')}`,
  noResults: 'No services match the search.',
  loading: 'Searching…',
  error: 'The services could not be loaded.',
  loadMore: 'Show more',
  free: 'Free',
  fee: 'Fee',
  referral: 'Referral needed',
  noReferral: 'No referral needed',
  wholeCountry: 'All of Finland',
  areas: 'Area',
  languages: 'Languages',
  openingHours: 'Opening hours',
  stale: 'Not checked for over a year.',
  checked: (d) => `Checked ${d}`,
  organisation: 'Organisation',
  openListing: (name) => `About ${name}`,
  back: 'Back to the search',
  contact: 'Contact',
  services: 'Services',
  helped: (n) =>
    `Has helped other organisations through Tehostamo ${n} ${plural(n, 'time', 'times')}`,
  helpedNone: '',
  notFound: "The organisation's listing was not found.",
  editLinkQuestion:
    "Do you represent this organisation? We'll email an edit link to its stored address.",
  editLinkButton: 'Send an edit link',
  editLinkSent: (a) => `The edit link was sent to ${a}.`,
  external: '(opens in a new window)',
  phone: 'Phone',
  web: 'Website',
  online: 'Online',
  email: 'Email',
};

export const directoryStrings: Record<Lang, DirectoryStrings> = { fi, sv, en };

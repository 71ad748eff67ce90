/**
 * The strings of `<tehostamo-needs-report>`, one typed table per locale. Category, region and
 * helper type names come from the shared tables (`widgets/i18n/`).
 */
import type { NeedsDimension, NeedsMeasures } from '../../sdk/schemas/reports.ts';
import type { OrganisationKind } from '../../sdk/schemas/organisations.ts';
import type { Lang } from '../i18n/index.ts';

/** The measures the widget shows: in the table, and one at a time in the chart. */
export const SHOWN_MEASURES = [
  'posted',
  'open',
  'filled',
  'completed',
  'cancelled',
  'expired',
  'closedWithoutApplicant',
  'firstApplicationMedianHours',
  'firstSelectionMedianHours',
  'estimatedHours',
  'actualHours',
  'organisations',
  'helpers',
] as const satisfies readonly (keyof NeedsMeasures)[];
export type ShownMeasure = (typeof SHOWN_MEASURES)[number];

export interface NeedsReportStrings {
  heading: string;
  filters: string;
  from: string;
  to: string;
  periodHint: string;
  periodOrder: string;
  category: string;
  allCategories: string;
  region: string;
  allRegions: string;
  scope: string;
  publicScope: string;
  umbrellaScope: (name: string) => string;
  groupBy: string;
  measure: string;
  dimensions: Record<NeedsDimension, string>;
  measures: Record<ShownMeasure, string>;
  /** Short column headings of the table (the full names are in `measures`). */
  columns: Record<ShownMeasure, string>;
  kinds: Record<OrganisationKind, string>;
  remote: string;
  noHelper: string;
  week: (week: number, year: number) => string;
  total: string;
  /** A suppressed count, as shown ("< 3"). */
  suppressedShort: (below: number) => string;
  /** The same, read out ("fewer than 3 tasks, hidden"). */
  suppressedLong: (below: number) => string;
  suppressedOther: string;
  noData: string;
  caption: (by: string, period: string, place: string) => string;
  allTime: string;
  since: (month: string) => string;
  until: (month: string) => string;
  wholeCountry: string;
  chartTitle: (measure: string, by: string) => string;
  chartSummary: (o: {
    rows: number;
    suppressed: number;
    top: string | null;
    topValue: string | null;
  }) => string;
  chartNote: string;
  publicNote: (below: number, rows: number) => string;
  umbrellaNote: (name: string) => string;
  staffOnly: string;
  empty: string;
  loaded: (rows: number) => string;
  error: string;
  csv: string;
  csvHint: string;
  csvFailed: string;
  tableRegion: string;
  noReports: string;
}

const fi: NeedsReportStrings = {
  heading: 'Missä apua tarvitaan',
  filters: 'Rajaukset',
  from: 'Alkaen (kuukausi)',
  to: 'Päättyen (kuukausi)',
  periodHint: 'Tyhjä: kaikki. Julkiset luvut ovat aina kokonaisilta kuukausilta.',
  periodOrder: 'Päättymiskuukausi on ennen alkukuukautta.',
  category: 'Tehtäväluokka',
  allCategories: 'Kaikki luokat',
  region: 'Maakunta',
  allRegions: 'Koko maa',
  scope: 'Kenen tehtävät',
  publicScope: 'Kaikki (julkiset luvut)',
  umbrellaScope: (name) => `${name}: jäsenjärjestöt`,
  groupBy: 'Ryhmittely',
  measure: 'Kaaviossa',
  dimensions: {
    category: 'Tehtäväluokka',
    region: 'Maakunta',
    municipality: 'Kunta',
    month: 'Kuukausi',
    week: 'Viikko',
    helperType: 'Tekijän tyyppi',
    organisationKind: 'Organisaation tyyppi',
    organisation: 'Organisaatio',
  },
  measures: {
    posted: 'Julkaistut tehtävät',
    open: 'Avoimet tehtävät',
    filled: 'Tehtävät, joihin löytyi tekijä',
    completed: 'Valmistuneet tehtävät',
    cancelled: 'Perutut tehtävät',
    expired: 'Vanhentuneet tehtävät',
    closedWithoutApplicant: 'Suljetut ilman yhtään hakijaa',
    firstApplicationMedianHours: 'Mediaaniaika ensimmäiseen hakemukseen (h)',
    firstSelectionMedianHours: 'Mediaaniaika tekijän valintaan (h)',
    estimatedHours: 'Arvioidut tunnit',
    actualHours: 'Toteutuneet tunnit',
    organisations: 'Apua pyytäneet organisaatiot',
    helpers: 'Valitut tekijät',
  },
  columns: {
    posted: 'Julkaistu',
    open: 'Avoinna',
    filled: 'Tekijä löytyi',
    completed: 'Valmis',
    cancelled: 'Peruttu',
    expired: 'Vanhentunut',
    closedWithoutApplicant: 'Ei hakijoita',
    firstApplicationMedianHours: 'Ensimmäinen hakemus, mediaani h',
    firstSelectionMedianHours: 'Tekijän valinta, mediaani h',
    estimatedHours: 'Arvio h',
    actualHours: 'Toteutunut h',
    organisations: 'Organisaatioita',
    helpers: 'Tekijöitä',
  },
  kinds: {
    association: 'Yhdistys tai järjestö',
    umbrella: 'Kattojärjestö',
    company: 'Yritys',
    education: 'Oppilaitos',
    public: 'Julkinen toimija',
  },
  remote: 'Etätyö (ei paikkaa)',
  noHelper: 'Ei valittua tekijää',
  week: (week, year) => `vk ${week}/${year}`,
  total: 'Yhteensä',
  suppressedShort: (below) => `< ${below}`,
  suppressedLong: (below) => `alle ${below} tehtävää, salattu`,
  suppressedOther: 'salattu',
  noData: 'ei tietoa',
  caption: (by, period, place) => `Tehtävät ja tunnit – ${by}, ${period}, ${place}`,
  allTime: 'koko ajalta',
  since: (month) => `${month} alkaen`,
  until: (month) => `${month} asti`,
  wholeCountry: 'koko maa',
  chartTitle: (measure, by) => `${measure}: ${by}`,
  chartSummary: ({ rows, suppressed, top, topValue }) =>
    [
      `Pylväskaavio, ${rows} ${rows === 1 ? 'rivi' : 'riviä'}.`,
      top ? `Suurin: ${top}, ${topValue}.` : '',
      suppressed ? `${suppressed} ${suppressed === 1 ? 'rivi on' : 'riviä on'} salattu.` : '',
      'Kaikki luvut ovat taulukossa kaavion alla.',
    ]
      .filter(Boolean)
      .join(' '),
  chartNote: 'Kaikki luvut ovat myös taulukossa alla.',
  publicNote: (below, rows) =>
    `Julkiset luvut: alle ${below} tehtävän ryhmät on salattu, eikä niitä lasketa yhteensä-lukuihin${
      rows ? ` (${rows} salattua riviä)` : ''
    }.`,
  umbrellaNote: (name) =>
    `Kattojärjestön ${name} jäsenjärjestöjen luvut ilman salausta: vain järjestön omalle henkilöstölle.`,
  staffOnly:
    'Jäsenjärjestökohtaiset luvut näkyvät kattojärjestön henkilöstölle kirjautuneena. Tässä ovat julkiset luvut.',
  empty: 'Valituilla rajauksilla ei ole julkaistuja tehtäviä.',
  loaded: (rows) => `Raportti päivitetty: ${rows} ${rows === 1 ? 'rivi' : 'riviä'}.`,
  error: 'Raporttia ei saatu ladattua.',
  csv: 'Lataa CSV',
  csvHint: 'Taulukkolaskentaan: puolipiste erottimena, desimaalipilkku.',
  csvFailed: 'CSV-tiedostoa ei saatu ladattua.',
  tableRegion: 'Raportin luvut taulukkona',
  noReports: 'Tämä sivu ei tarjoa raportteja.',
};

const sv: NeedsReportStrings = {
  heading: 'Var behövs hjälp',
  filters: 'Avgränsningar',
  from: 'Från (månad)',
  to: 'Till (månad)',
  periodHint: 'Tomt: allt. Offentliga siffror gäller alltid hela månader.',
  periodOrder: 'Slutmånaden är före startmånaden.',
  category: 'Uppdragskategori',
  allCategories: 'Alla kategorier',
  region: 'Landskap',
  allRegions: 'Hela landet',
  scope: 'Vems uppdrag',
  publicScope: 'Alla (offentliga siffror)',
  umbrellaScope: (name) => `${name}: medlemsorganisationer`,
  groupBy: 'Gruppering',
  measure: 'I diagrammet',
  dimensions: {
    category: 'Uppdragskategori',
    region: 'Landskap',
    municipality: 'Kommun',
    month: 'Månad',
    week: 'Vecka',
    helperType: 'Typ av hjälpare',
    organisationKind: 'Typ av organisation',
    organisation: 'Organisation',
  },
  measures: {
    posted: 'Publicerade uppdrag',
    open: 'Öppna uppdrag',
    filled: 'Uppdrag som fick en hjälpare',
    completed: 'Slutförda uppdrag',
    cancelled: 'Inställda uppdrag',
    expired: 'Utgångna uppdrag',
    closedWithoutApplicant: 'Stängda utan en enda sökande',
    firstApplicationMedianHours: 'Mediantid till första ansökan (h)',
    firstSelectionMedianHours: 'Mediantid till val av hjälpare (h)',
    estimatedHours: 'Uppskattade timmar',
    actualHours: 'Utförda timmar',
    organisations: 'Organisationer som bad om hjälp',
    helpers: 'Valda hjälpare',
  },
  columns: {
    posted: 'Publicerade',
    open: 'Öppna',
    filled: 'Fick hjälpare',
    completed: 'Slutförda',
    cancelled: 'Inställda',
    expired: 'Utgångna',
    closedWithoutApplicant: 'Inga sökande',
    firstApplicationMedianHours: 'Första ansökan, median h',
    firstSelectionMedianHours: 'Val av hjälpare, median h',
    estimatedHours: 'Uppskattat h',
    actualHours: 'Utfört h',
    organisations: 'Organisationer',
    helpers: 'Hjälpare',
  },
  kinds: {
    association: 'Förening eller organisation',
    umbrella: 'Takorganisation',
    company: 'Företag',
    education: 'Läroanstalt',
    public: 'Offentlig aktör',
  },
  remote: 'Distansarbete (ingen plats)',
  noHelper: 'Ingen vald hjälpare',
  week: (week, year) => `v. ${week}/${year}`,
  total: 'Totalt',
  suppressedShort: (below) => `< ${below}`,
  suppressedLong: (below) => `färre än ${below} uppdrag, dolt`,
  suppressedOther: 'dolt',
  noData: 'inga uppgifter',
  caption: (by, period, place) => `Uppdrag och timmar – ${by}, ${period}, ${place}`,
  allTime: 'hela tiden',
  since: (month) => `från ${month}`,
  until: (month) => `till ${month}`,
  wholeCountry: 'hela landet',
  chartTitle: (measure, by) => `${measure}: ${by}`,
  chartSummary: ({ rows, suppressed, top, topValue }) =>
    [
      `Stapeldiagram, ${rows} ${rows === 1 ? 'rad' : 'rader'}.`,
      top ? `Störst: ${top}, ${topValue}.` : '',
      suppressed ? `${suppressed} ${suppressed === 1 ? 'rad är dold' : 'rader är dolda'}.` : '',
      'Alla siffror finns i tabellen under diagrammet.',
    ]
      .filter(Boolean)
      .join(' '),
  chartNote: 'Alla siffror finns också i tabellen nedan.',
  publicNote: (below, rows) =>
    `Offentliga siffror: grupper med färre än ${below} uppdrag är dolda och räknas inte i totalerna${
      rows ? ` (${rows} dolda rader)` : ''
    }.`,
  umbrellaNote: (name) =>
    `Siffror för ${name}s medlemsorganisationer utan döljning: endast för organisationens egen personal.`,
  staffOnly:
    'Siffror per medlemsorganisation visas för takorganisationens personal när de är inloggade. Här visas de offentliga siffrorna.',
  empty: 'Inga publicerade uppdrag med de valda avgränsningarna.',
  loaded: (rows) => `Rapporten uppdaterad: ${rows} ${rows === 1 ? 'rad' : 'rader'}.`,
  error: 'Rapporten kunde inte laddas.',
  csv: 'Ladda ner CSV',
  csvHint: 'För kalkylprogram: semikolon som avgränsare, decimalkomma.',
  csvFailed: 'CSV-filen kunde inte laddas ner.',
  tableRegion: 'Rapportens siffror som tabell',
  noReports: 'Den här sidan erbjuder inga rapporter.',
};

const en: NeedsReportStrings = {
  heading: 'Where help is needed',
  filters: 'Filters',
  from: 'From (month)',
  to: 'To (month)',
  periodHint: 'Empty: all. Public figures always cover whole months.',
  periodOrder: 'The last month is before the first.',
  category: 'Category',
  allCategories: 'All categories',
  region: 'Region',
  allRegions: 'Whole country',
  scope: 'Whose tasks',
  publicScope: 'Everyone (public figures)',
  umbrellaScope: (name) => `${name}: member organisations`,
  groupBy: 'Group by',
  measure: 'In the chart',
  dimensions: {
    category: 'Category',
    region: 'Region',
    municipality: 'Municipality',
    month: 'Month',
    week: 'Week',
    helperType: 'Helper type',
    organisationKind: 'Kind of organisation',
    organisation: 'Organisation',
  },
  measures: {
    posted: 'Tasks posted',
    open: 'Tasks open',
    filled: 'Tasks that found a helper',
    completed: 'Tasks completed',
    cancelled: 'Tasks cancelled',
    expired: 'Tasks expired',
    closedWithoutApplicant: 'Closed without a single applicant',
    firstApplicationMedianHours: 'Median time to the first application (h)',
    firstSelectionMedianHours: 'Median time to selecting a helper (h)',
    estimatedHours: 'Estimated hours',
    actualHours: 'Actual hours',
    organisations: 'Organisations that asked',
    helpers: 'Helpers selected',
  },
  columns: {
    posted: 'Posted',
    open: 'Open',
    filled: 'Found a helper',
    completed: 'Completed',
    cancelled: 'Cancelled',
    expired: 'Expired',
    closedWithoutApplicant: 'No applicants',
    firstApplicationMedianHours: 'First application, median h',
    firstSelectionMedianHours: 'Helper selected, median h',
    estimatedHours: 'Estimated h',
    actualHours: 'Actual h',
    organisations: 'Organisations',
    helpers: 'Helpers',
  },
  kinds: {
    association: 'Association or NGO',
    umbrella: 'Umbrella organisation',
    company: 'Company',
    education: 'Educational institution',
    public: 'Public body',
  },
  remote: 'Remote (no place)',
  noHelper: 'No helper selected',
  week: (week, year) => `week ${week}/${year}`,
  total: 'Total',
  suppressedShort: (below) => `< ${below}`,
  suppressedLong: (below) => `fewer than ${below} tasks, suppressed`,
  suppressedOther: 'suppressed',
  noData: 'no data',
  caption: (by, period, place) => `Tasks and hours – ${by}, ${period}, ${place}`,
  allTime: 'all time',
  since: (month) => `since ${month}`,
  until: (month) => `until ${month}`,
  wholeCountry: 'whole country',
  chartTitle: (measure, by) => `${measure}: ${by}`,
  chartSummary: ({ rows, suppressed, top, topValue }) =>
    [
      `Bar chart, ${rows} ${rows === 1 ? 'row' : 'rows'}.`,
      top ? `Largest: ${top}, ${topValue}.` : '',
      suppressed ? `${suppressed} ${suppressed === 1 ? 'row is' : 'rows are'} suppressed.` : '',
      'Every figure is in the table below the chart.',
    ]
      .filter(Boolean)
      .join(' '),
  chartNote: 'Every figure is also in the table below.',
  publicNote: (below, rows) =>
    `Public figures: groups of fewer than ${below} tasks are suppressed and left out of the totals${
      rows ? ` (${rows} suppressed rows)` : ''
    }.`,
  umbrellaNote: (name) =>
    `${name}'s member organisations, unsuppressed: for the umbrella's own staff only.`,
  staffOnly:
    "Figures by member organisation are shown to the umbrella's staff when signed in. These are the public figures.",
  empty: 'No tasks were posted within these filters.',
  loaded: (rows) => `Report updated: ${rows} ${rows === 1 ? 'row' : 'rows'}.`,
  error: 'The report could not be loaded.',
  csv: 'Download CSV',
  csvHint: 'For spreadsheets: commas as separators, decimal points.',
  csvFailed: 'The CSV file could not be downloaded.',
  tableRegion: 'The report’s figures as a table',
  noReports: 'This page offers no reports.',
};

export const needsReportStrings: Record<Lang, NeedsReportStrings> = { fi, sv, en };

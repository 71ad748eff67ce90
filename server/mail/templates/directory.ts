import { lines, type Template } from './types.ts';

/** To a listing's contact address: a one-time link to edit the organisation's listing. */
export const directoryEditLink: Template<{
  organisation: string;
  path: string;
  hours: number;
}> = {
  fi: (d) => ({
    subject: `Muokkaa järjestön ${d.organisation} tietoja hyvinvointitarjottimella`,
    text: lines(
      `Joku pyysi linkkiä, jolla järjestön ${d.organisation} tietoja voi muokata Tehostamon palveluhakemistossa (hyvinvointitarjotin). Linkki lähetetään aina vain tähän tietoihin tallennettuun osoitteeseen.`,
      '',
      `Linkki on voimassa ${d.hours} tuntia, ja sillä voi tallentaa muutokset kerran.`,
      'Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta: tietoja ei muuteta.',
    ),
    action: { path: d.path, label: 'Muokkaa tietoja' },
  }),
  sv: (d) => ({
    subject: `Redigera uppgifterna om ${d.organisation} i tjänstekatalogen`,
    text: lines(
      `Någon bad om en länk för att redigera uppgifterna om ${d.organisation} i Tehostamos tjänstekatalog. Länken skickas alltid bara till den här sparade adressen.`,
      '',
      `Länken gäller i ${d.hours} timmar och ändringarna kan sparas med den en gång.`,
      'Om du inte bad om länken kan du bortse från detta meddelande: ingenting ändras.',
    ),
    action: { path: d.path, label: 'Redigera uppgifterna' },
  }),
  en: (d) => ({
    subject: `Edit the listing of ${d.organisation} in the directory`,
    text: lines(
      `Someone asked for a link to edit the listing of ${d.organisation} in Tehostamo's directory. The link is only ever sent to this stored address.`,
      '',
      `The link is valid for ${d.hours} hours and saves changes once.`,
      'If you did not ask for it, you can ignore this message: nothing changes.',
    ),
    action: { path: d.path, label: 'Edit the listing' },
  }),
};

const locales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;
const day = (lang: keyof typeof locales, iso: string) =>
  new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'short',
  }).format(new Date(iso));

/**
 * To a listing's editors when it has not been checked for 12 months: its admins (`member`: they
 * check it in the app's settings) and its contact address (asks for an edit link on its page).
 */
export const directoryListingStale: Template<{
  organisation: string;
  checkedAt: string;
  path: string;
  member: boolean;
}> = {
  fi: (d) => ({
    subject: `Ovatko järjestön ${d.organisation} tiedot palveluhakemistossa ajan tasalla?`,
    text: lines(
      `Järjestön ${d.organisation} tiedot Tehostamon palveluhakemistossa (hyvinvointitarjotin) on tarkistettu viimeksi ${day('fi', d.checkedAt)}. Yli vuoden vanhat tiedot merkitään hakemistossa tarkistamattomiksi.`,
      '',
      d.member
        ? 'Tarkista tiedot ja palvelut ja tallenna ne, vaikka mitään ei muuttuisi: tallennus merkitsee ne tarkistetuiksi.'
        : 'Pyydä järjestön sivulta muokkauslinkki, tarkista tiedot ja tallenna ne, vaikka mitään ei muuttuisi: tallennus merkitsee ne tarkistetuiksi.',
    ),
    action: { path: d.path, label: d.member ? 'Tarkista tiedot' : 'Avaa järjestön sivu' },
  }),
  sv: (d) => ({
    subject: `Är uppgifterna om ${d.organisation} i tjänstekatalogen aktuella?`,
    text: lines(
      `Uppgifterna om ${d.organisation} i Tehostamos tjänstekatalog kontrollerades senast ${day('sv', d.checkedAt)}. Uppgifter som är över ett år gamla märks som okontrollerade i katalogen.`,
      '',
      d.member
        ? 'Kontrollera uppgifterna och tjänsterna och spara dem, även om ingenting ändras: då märks de som kontrollerade.'
        : 'Be om en redigeringslänk på organisationens sida, kontrollera uppgifterna och spara dem, även om ingenting ändras: då märks de som kontrollerade.',
    ),
    action: {
      path: d.path,
      label: d.member ? 'Kontrollera uppgifterna' : 'Öppna organisationens sida',
    },
  }),
  en: (d) => ({
    subject: `Is the listing of ${d.organisation} in the directory up to date?`,
    text: lines(
      `The listing of ${d.organisation} in Tehostamo's directory was last checked on ${day('en', d.checkedAt)}. Listings older than a year are marked as not checked in the directory.`,
      '',
      d.member
        ? 'Check the listing and its services and save them, even if nothing changed: saving marks them as checked.'
        : "Ask for an edit link on the organisation's page, check the listing and save it, even if nothing changed: saving marks it as checked.",
    ),
    action: {
      path: d.path,
      label: d.member ? 'Check the listing' : "Open the organisation's page",
    },
  }),
};

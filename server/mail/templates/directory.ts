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

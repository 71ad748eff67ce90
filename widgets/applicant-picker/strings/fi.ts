import type { PickerStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const fi: PickerStrings = {
  heading: 'Hakijat',
  count: (n) => plural(n, '1 hakija', `${n} hakijaa`),
  empty: 'Tehtävään ei ole vielä hakijoita. Saat sähköpostia, kun joku hakee.',
  error: 'Hakijoita ei saatu ladattua.',
  signInToSee: 'Kirjaudu sisään nähdäksesi tehtävän hakijat.',
  notAllowed: 'Vain tehtävän pyytäneen organisaation jäsenet näkevät hakijat.',
  helperType: 'Tekijätyyppi',
  skills: 'Osaaminen',
  languages: 'Kielet',
  experience: 'Kokemus',
  message: 'Hakijan viesti',
  completedTasks: (n) => plural(n, '1 tehty tehtävä', `${n} tehtyä tehtävää`),
  rating: (avg, n) => `Palautteen keskiarvo ${avg}/5 (${plural(n, '1 arvio', `${n} arviota`)})`,
  noRating: 'Ei vielä palautetta',
  select: 'Valitse tekijäksi',
  confirmSelectHeading: 'Vahvista valinta',
  confirmSelect: (name) =>
    `Valitaanko ${name} tekijäksi? Valintaa ei voi perua: saat vaihtaa tekijää vain perumalla tehtävän ja julkaisemalla sen uudelleen.`,
  confirmSelectYes: 'Kyllä, valitse',
  selected: (name) => `${name} on valittu tekijäksi, ja hänelle on lähetetty tieto.`,
  selectMoreHeading: 'Valitaanko lisää tekijöitä?',
  selectMore: 'Haluatko valita tehtävään vielä muita tekijöitä?',
  selectMoreYes: 'Kyllä, valitsen lisää',
  selectMoreNo: 'En, sulje haku',
  full: 'Kaikki tarvittavat tekijät on valittu.',
  closeApplications: 'Sulje haku',
  confirmCloseHeading: 'Suljetaanko haku?',
  confirmClose: (n) =>
    n === 0
      ? 'Tehtävään ei voi enää hakea.'
      : `Tehtävään ei voi enää hakea, ja ${plural(n, 'valitsematta jäänyt hakija saa', `${n} valitsematta jäänyttä hakijaa saavat`)} kiitosviestin.`,
  confirmCloseYes: 'Kyllä, sulje haku',
  closed: (n) =>
    n === 0
      ? 'Haku on suljettu.'
      : `Haku on suljettu. ${plural(n, '1 hakija sai', `${n} hakijaa saivat`)} kiitosviestin.`,
  closedAlready: 'Haku on päättynyt.',
  decline: 'Kiitä ja hylkää',
  confirmDeclineHeading: 'Hylätäänkö hakemus?',
  confirmDecline: (name) =>
    `${name} saa kiitosviestin, eikä häntä voi enää valita tähän tehtävään.`,
  confirmDeclineYes: 'Kyllä, hylkää',
  declined: (name) => `${name} sai kiitosviestin.`,
  status: {
    pending: 'Odottaa',
    selected: 'Valittu',
    declined: 'Ei valittu, kiitetty',
    withdrawn: 'Peruttu',
  },
};

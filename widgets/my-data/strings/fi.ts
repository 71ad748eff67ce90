import type { MyDataStrings } from '../strings.ts';

export const fi: MyDataStrings = {
  heading: 'Omat tietosi',
  exportLead:
    'Lataa kaikki Tehostamoon sinusta tallennetut tiedot: profiili, organisaatiot, tehtävät, hakemukset, tunnit, viestit, palautteet, kirjautumiset ja sähköpostit.',
  downloadJson: 'Lataa tiedostona (JSON)',
  downloadHtml: 'Lataa luettavana sivuna (HTML)',
  preparing: 'Kootaan tietoja…',
  downloaded: 'Tiedot on ladattu.',
  eraseHeading: 'Poista tili',
  eraseLead:
    'Poistaminen on lopullinen. Profiilisi, yhteystietosi, jäsenyytesi ja istuntosi poistetaan, viestiesi tekstit korvataan ilmoituksella ja avoimet hakemuksesi perutaan.',
  eraseKeeps:
    'Tehtyjen tehtävien tunnit ja tilaajan antama palaute säilyvät muille ilman nimeäsi (”entinen käyttäjä”).',
  sendCode: 'Lähetä vahvistuskoodi sähköpostiini',
  codeSent: (minutes) =>
    `Lähetimme sähköpostiisi vahvistuskoodin. Se on voimassa ${minutes} minuuttia.`,
  codeLabel: 'Vahvistuskoodi',
  codeHint: 'Kuusi numeroa sähköpostista.',
  codeFormat: 'Koodi on kuusi numeroa.',
  wrongCode: (left) => `Koodi ei kelpaa. Yrityksiä jäljellä: ${left}.`,
  erase: 'Poista tilini pysyvästi',
  erasing: 'Poistetaan…',
  erased: 'Tilisi on poistettu. Kiitos, että olit mukana.',
  lastAdmin:
    'Olet näiden organisaatioiden ainoa ylläpitäjä. Tee joku toinen ylläpitäjäksi tai sulje organisaatio ennen tilin poistamista:',
  organisationSettings: 'Organisaation asetukset',
  orgHeading: (name) => (name ? `Organisaation tiedot: ${name}` : 'Organisaation tiedot'),
  orgExportLead:
    'Lataa kaikki organisaation tiedot: jäsenet, avaimet, ryhmät, tehtävät, hakemukset, keskustelut, palautteet, hakemistotiedot ja tapahtumaloki.',
  closeHeading: 'Sulje organisaatio',
  closeLead:
    'Sulkeminen on lopullinen: avoimet tehtävät perutaan ja hakijoille kerrotaan, avaimet lakkaavat toimimasta, ja jäsenet, ryhmien jäsenet ja hakemistotiedot poistetaan. Tehtävien historia säilyy.',
  closeButton: 'Sulje organisaatio pysyvästi',
  closing: 'Suljetaan…',
  closed: 'Organisaatio on suljettu.',
  notSupported: 'Tämä sivu ei tarjoa organisaation tietojen latausta.',
};

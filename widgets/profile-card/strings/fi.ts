import type { ProfileCardStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const fi: ProfileCardStrings = {
  loading: 'Ladataan profiilia…',
  error: 'Profiilia ei saatu ladattua.',
  notFound: 'Profiilia ei löytynyt.',
  place: 'Sijainti',
  organisations: 'Organisaatiot',
  about: 'Kuvaus',
  languages: 'Kielet',
  skills: 'Osaaminen ja koulutus',
  experience: 'Kokemus',
  links: 'Linkit',
  video: 'Esittelyvideo',
  linkedin: 'LinkedIn-profiili',
  external: '(avautuu toiselle sivustolle)',
  cvPrivate: 'CV ei ole julkinen.',
  completedTasks: (n) => plural(n, '1 tehty tehtävä', `${n} tehtyä tehtävää`),
  rating: (avg, n) => `Palautteen keskiarvo ${avg}/5 (${plural(n, '1 arvio', `${n} arviota`)})`,
  noRating: 'Ei vielä palautetta',
  feedbackHeading: 'Saatu palaute',
  noFeedback: 'Ei vielä palautetta.',
  stars: (r) => `${r}/5`,
  feedbackFrom: (name, date) => `${name}, ${date}`,
  asHelper: 'tekijänä',
  asRequester: 'tilaajana',
  openProfile: (name) => `Näytä profiili: ${name}`,
  unnamed: 'Nimetön käyttäjä',
};

/**
 * The strings of `<tehostamo-profile-card>`, one typed table per locale. Helper types come from
 * the shared table (`helperTypes`), as do the common words.
 */
import type { Lang } from '../i18n/index.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface ProfileCardStrings {
  loading: string;
  error: string;
  notFound: string;
  place: string;
  organisations: string;
  about: string;
  languages: string;
  skills: string;
  experience: string;
  links: string;
  video: string;
  linkedin: string;
  /** Said to screen readers after a link that opens another site. */
  external: string;
  cvPrivate: string;
  completedTasks: (n: number) => string;
  rating: (average: string, count: number) => string;
  noRating: string;
  feedbackHeading: string;
  noFeedback: string;
  stars: (rating: number) => string;
  feedbackFrom: (name: string, date: string) => string;
  asHelper: string;
  asRequester: string;
  openProfile: (name: string) => string;
  /** The name of someone who has not chosen one yet. */
  unnamed: string;
}

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

export const sv: ProfileCardStrings = {
  loading: 'Profilen laddas…',
  error: 'Profilen kunde inte laddas.',
  notFound: 'Profilen hittades inte.',
  place: 'Ort',
  organisations: 'Organisationer',
  about: 'Beskrivning',
  languages: 'Språk',
  skills: 'Kunnande och utbildning',
  experience: 'Erfarenhet',
  links: 'Länkar',
  video: 'Presentationsvideo',
  linkedin: 'LinkedIn-profil',
  external: '(öppnas på en annan webbplats)',
  cvPrivate: 'CV:t är inte offentligt.',
  completedTasks: (n) => plural(n, '1 utfört uppdrag', `${n} utförda uppdrag`),
  rating: (avg, n) => `Medelbetyg ${avg}/5 (${plural(n, '1 omdöme', `${n} omdömen`)})`,
  noRating: 'Ingen respons ännu',
  feedbackHeading: 'Respons',
  noFeedback: 'Ingen respons ännu.',
  stars: (r) => `${r}/5`,
  feedbackFrom: (name, date) => `${name}, ${date}`,
  asHelper: 'som utförare',
  asRequester: 'som beställare',
  openProfile: (name) => `Visa profilen: ${name}`,
  unnamed: 'Användare utan namn',
};

export const en: ProfileCardStrings = {
  loading: 'Loading the profile…',
  error: 'The profile could not be loaded.',
  notFound: 'No such profile.',
  place: 'Location',
  organisations: 'Organisations',
  about: 'About',
  languages: 'Languages',
  skills: 'Skills and education',
  experience: 'Experience',
  links: 'Links',
  video: 'Introduction video',
  linkedin: 'LinkedIn profile',
  external: '(opens another site)',
  cvPrivate: 'The CV is not public.',
  completedTasks: (n) => plural(n, '1 task done', `${n} tasks done`),
  rating: (avg, n) => `Average feedback ${avg}/5 (${plural(n, '1 rating', `${n} ratings`)})`,
  noRating: 'No feedback yet',
  feedbackHeading: 'Feedback received',
  noFeedback: 'No feedback yet.',
  stars: (r) => `${r}/5`,
  feedbackFrom: (name, date) => `${name}, ${date}`,
  asHelper: 'as a helper',
  asRequester: 'as a requester',
  openProfile: (name) => `Open the profile: ${name}`,
  unnamed: 'Unnamed user',
};

export const profileCardStrings: Record<Lang, ProfileCardStrings> = { fi, sv, en };

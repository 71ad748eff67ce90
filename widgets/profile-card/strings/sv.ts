import type { ProfileCardStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

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

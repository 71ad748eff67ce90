import type { ProfileCardStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

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

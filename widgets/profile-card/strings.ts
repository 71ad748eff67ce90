/**
 * The strings of `<tehostamo-profile-card>`, one typed table per locale. Helper types come from
 * the shared table (`helperTypes`), as do the common words.
 */
import { Catalogue } from '../i18n/catalogue.ts';

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

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const profileCardStrings = /* @__PURE__ */ new Catalogue<ProfileCardStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

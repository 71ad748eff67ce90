/**
 * The app's own strings (fi, sv, en). Shared words and error messages stay in `widgets/i18n/`.
 */
import { Catalogue } from '../i18n/catalogue.ts';

export interface AppStrings {
  skipToContent: string;
  brand: string;
  tagline: string;
  mainNav: string;
  nav: {
    home: string;
    opportunities: string;
    ongoing: string;
    history: string;
    settings: string;
    newTask: string;
    openTasks: string;
    signIn: string;
    directory: string;
    reports: string;
  };
  signedInAs: (name: string) => string;
  signOut: string;
  language: string;
  loadingView: string;
  viewFailed: string;
  titles: {
    home: string;
    homeAnonymous: string;
    opportunities: string;
    ongoing: string;
    history: string;
    settings: string;
    newTask: string;
    task: (id: number) => string;
    user: (id: number) => string;
    signIn: string;
    notFound: string;
    welcome: string;
    embed: string;
    directory: string;
    listing: (id: number) => string;
    'directory-edit': string;
    reports: string;
  };
  home: {
    anonymousLead: string;
    signInToHelp: string;
    askForHelp: string;
    browse: string;
    /** A signed-in person in no organisation, with no request waiting: the next step. */
    noOrganisation: string;
    findOrganisation: string;
  };
  opportunitiesLead: string;
  signInFor: {
    private: string;
    signIn: string;
  };
  signedInAlready: (name: string) => string;
  continueTo: string;
  notFound: { lead: string; home: string };
  devMailbox: string;
  settings: {
    lead: string;
    profile: string;
    groups: string;
    organisation: string;
    readOnly: string;
    name: string;
    email: string;
    phone: string;
    postalCode: string;
    radius: (km: number) => string;
    helperType: string;
    languages: string;
    skills: string;
    bio: string;
    none: string;
    listing: (organisation: string) => string;
    publicProfile: string;
    embed: string;
    embedLead: string;
  };
  taskCreated: { lead: string; open: string };
}

/** The strings in each language, each a chunk of its own: a page loads only its language's. */
export const appStrings = /* @__PURE__ */ new Catalogue<AppStrings>({
  fi: () => import('./strings/fi.ts').then((m) => m.fi),
  sv: () => import('./strings/sv.ts').then((m) => m.sv),
  en: () => import('./strings/en.ts').then((m) => m.en),
});

/**
 * Strings of the task page's suggested helpers, apart from the page's own (`strings.ts`): they
 * load with the section, only for the requesting organisation on an open task.
 */
import type { Lang } from '../i18n/index.ts';

export interface SuggestedHelpersStrings {
  heading: string;
  lead: string;
  /** "2 of 5 invitations left". */
  remaining: (left: number, limit: number) => string;
  none: string;
  noneLeft: string;
  invite: string;
  inviting: string;
  invited: string;
  /** Announced: "Maija Mallikas was invited to apply". */
  invitedNotice: (name: string) => string;
  invitedHeading: string;
  applied: string;
  waiting: string;
  remote: string;
  km: (km: number) => string;
  rating: (average: string, count: number) => string;
  completed: (n: number) => string;
  activeRecently: string;
  whyLabel: string;
  loadError: string;
}

const fi: SuggestedHelpersStrings = {
  heading: 'Ehdotetut tekijät',
  lead: 'Nämä tekijät ovat kertoneet olevansa käytettävissä, ja tehtäväsi sopii heille. Kutsu sopivimmat hakemaan: he saavat sähköpostin.',
  remaining: (left, limit) => `Kutsuja jäljellä ${left}/${limit}`,
  none: 'Juuri nyt ei ole muita sopivia tekijöitä, jotka ottavat kutsuja vastaan.',
  noneLeft: 'Tämän tehtävän kaikki kutsut on lähetetty.',
  invite: 'Kutsu hakemaan',
  inviting: 'Kutsutaan…',
  invited: 'Kutsuttu',
  invitedNotice: (name) => `${name} kutsuttiin hakemaan.`,
  invitedHeading: 'Kutsutut',
  applied: 'haki',
  waiting: 'ei vielä hakenut',
  remote: 'etänä',
  km: (km) => `${km} km`,
  rating: (average, count) => `★ ${average} (${count})`,
  completed: (n) => (n === 1 ? '1 tehtävä tehty' : `${n} tehtävää tehty`),
  activeRecently: 'aktiivinen',
  whyLabel: 'Miksi sopii',
  loadError: 'Ehdotuksia ei saatu ladattua.',
};

const sv: SuggestedHelpersStrings = {
  heading: 'Föreslagna hjälpare',
  lead: 'De här hjälparna har sagt att de är tillgängliga, och ditt uppdrag passar dem. Bjud in de bästa att söka: de får ett e-postmeddelande.',
  remaining: (left, limit) => `${left}/${limit} inbjudningar kvar`,
  none: 'Just nu finns inga fler passande hjälpare som tar emot inbjudningar.',
  noneLeft: 'Alla inbjudningar för det här uppdraget har skickats.',
  invite: 'Bjud in att söka',
  inviting: 'Bjuder in…',
  invited: 'Inbjuden',
  invitedNotice: (name) => `${name} har bjudits in att söka.`,
  invitedHeading: 'Inbjudna',
  applied: 'har sökt',
  waiting: 'har inte sökt ännu',
  remote: 'på distans',
  km: (km) => `${km} km`,
  rating: (average, count) => `★ ${average} (${count})`,
  completed: (n) => (n === 1 ? '1 uppdrag utfört' : `${n} uppdrag utförda`),
  activeRecently: 'aktiv',
  whyLabel: 'Varför passar',
  loadError: 'Förslagen kunde inte laddas.',
};

const en: SuggestedHelpersStrings = {
  heading: 'Suggested helpers',
  lead: 'These helpers have said they are available, and your task fits them. Invite the best to apply: they get an email.',
  remaining: (left, limit) => `${left} of ${limit} invitations left`,
  none: 'There are no other fitting helpers who take invitations just now.',
  noneLeft: 'All the invitations of this task have been sent.',
  invite: 'Invite to apply',
  inviting: 'Inviting…',
  invited: 'Invited',
  invitedNotice: (name) => `${name} was invited to apply.`,
  invitedHeading: 'Invited',
  applied: 'applied',
  waiting: 'not applied yet',
  remote: 'remote',
  km: (km) => `${km} km`,
  rating: (average, count) => `★ ${average} (${count})`,
  completed: (n) => (n === 1 ? '1 task done' : `${n} tasks done`),
  activeRecently: 'active',
  whyLabel: 'Why they fit',
  loadError: 'The suggestions could not be loaded.',
};

export const suggestedHelpersStrings: Record<Lang, SuggestedHelpersStrings> = { fi, sv, en };

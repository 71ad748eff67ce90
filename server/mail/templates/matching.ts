/**
 * Matching: alerts of fitting tasks (one at a time or in a digest), invitations to apply, the
 * reminders that keep a task moving, and the notice that a task expired.
 */
import type { Lang } from '../../../sdk/schemas/common.ts';
import { categoryName, hours, schedule, type TaskMailFacts } from './tasks.ts';
import { lines, pages, type Template } from './types.ts';

/** A task as a digest lists it: the link is a whole URL, since a digest has many. */
export interface DigestEntry {
  title: string;
  organisation: string;
  category: string;
  remote: boolean;
  municipality: string | null;
  url: string;
}

export interface DigestData {
  period: 'daily' | 'weekly';
  kind: 'newTasks' | 'groupTasks';
  tasks: DigestEntry[];
}

function entry(lang: Lang, e: DigestEntry): string {
  const where = [
    e.municipality,
    e.remote ? { fi: 'etänä', sv: 'på distans', en: 'remote' }[lang] : null,
  ]
    .filter(Boolean)
    .join(', ');
  return lines(
    `• ${e.title}`,
    `  ${e.organisation} · ${categoryName(lang, e.category)}${where ? ` · ${where}` : ''}`,
    `  ${e.url}`,
  );
}

export const taskAlert: Template<TaskMailFacts> = {
  fi: (d) => ({
    subject: `Uusi tehtävä sinulle: ${d.title}`,
    text: lines(
      `${d.organisation} pyytää apua tehtävään, joka sopii sinulle.`,
      '',
      `Tehtävä: ${d.title}`,
      `Aihe: ${categoryName('fi', d.category)}`,
      `Arvioitu kesto: ${hours('fi', d.estimatedHours)} h`,
      `Aikataulu: ${schedule('fi', d.schedule)}`,
    ),
    action: { path: pages.task(d.taskId), label: 'Katso tehtävä ja hae' },
  }),
  sv: (d) => ({
    subject: `Nytt uppdrag för dig: ${d.title}`,
    text: lines(
      `${d.organisation} ber om hjälp med ett uppdrag som passar dig.`,
      '',
      `Uppdrag: ${d.title}`,
      `Ämne: ${categoryName('sv', d.category)}`,
      `Beräknad tid: ${hours('sv', d.estimatedHours)} h`,
      `Tidtabell: ${schedule('sv', d.schedule)}`,
    ),
    action: { path: pages.task(d.taskId), label: 'Se uppdraget och sök' },
  }),
  en: (d) => ({
    subject: `A new task for you: ${d.title}`,
    text: lines(
      `${d.organisation} needs help with a task that fits you.`,
      '',
      `Task: ${d.title}`,
      `Category: ${categoryName('en', d.category)}`,
      `Estimated time: ${hours('en', d.estimatedHours)} h`,
      `Schedule: ${schedule('en', d.schedule)}`,
    ),
    action: { path: pages.task(d.taskId), label: 'See the task and apply' },
  }),
};

export const taskDigest: Template<DigestData> = {
  fi: (d) => ({
    subject:
      d.kind === 'groupTasks'
        ? `Ryhmiesi uudet tehtävät (${d.tasks.length})`
        : `${d.period === 'daily' ? 'Päivän' : 'Viikon'} uudet tehtävät sinulle (${d.tasks.length})`,
    text: lines(
      d.kind === 'groupTasks'
        ? 'Ryhmillesi on julkaistu uusia avunpyyntöjä:'
        : 'Nämä uudet avunpyynnöt sopivat sinulle:',
      '',
      d.tasks.map((e) => entry('fi', e)).join('\n\n'),
    ),
    action: { path: pages.opportunities, label: 'Kaikki mahdollisuudet' },
  }),
  sv: (d) => ({
    subject:
      d.kind === 'groupTasks'
        ? `Nya uppdrag i dina grupper (${d.tasks.length})`
        : `${d.period === 'daily' ? 'Dagens' : 'Veckans'} nya uppdrag för dig (${d.tasks.length})`,
    text: lines(
      d.kind === 'groupTasks'
        ? 'Nya förfrågningar om hjälp i dina grupper:'
        : 'De här nya förfrågningarna om hjälp passar dig:',
      '',
      d.tasks.map((e) => entry('sv', e)).join('\n\n'),
    ),
    action: { path: pages.opportunities, label: 'Alla möjligheter' },
  }),
  en: (d) => ({
    subject:
      d.kind === 'groupTasks'
        ? `New tasks in your groups (${d.tasks.length})`
        : `${d.period === 'daily' ? "Today's" : "This week's"} new tasks for you (${d.tasks.length})`,
    text: lines(
      d.kind === 'groupTasks'
        ? 'New requests for help in your groups:'
        : 'These new requests for help fit you:',
      '',
      d.tasks.map((e) => entry('en', e)).join('\n\n'),
    ),
    action: { path: pages.opportunities, label: 'All opportunities' },
  }),
};

export interface TaskRef {
  taskId: number;
  title: string;
}

/** "Anna Virtanen (Kysyjä ry)", or the organisation alone when the inviter has no name. */
const who = (d: { inviter: string; organisation: string }) =>
  d.inviter ? `${d.inviter} (${d.organisation})` : d.organisation;

export const applyInvitation: Template<TaskMailFacts & { inviter: string }> = {
  fi: (d) => ({
    subject: `Kutsu hakemaan: ${d.title}`,
    text: lines(
      `${who(d)} toivoo, että hakisit tähän tehtävään: osaamisesi sopii siihen.`,
      '',
      `Tehtävä: ${d.title}`,
      `Aihe: ${categoryName('fi', d.category)}`,
      `Arvioitu kesto: ${hours('fi', d.estimatedHours)} h`,
      `Aikataulu: ${schedule('fi', d.schedule)}`,
    ),
    action: { path: pages.task(d.taskId), label: 'Katso tehtävä ja hae' },
  }),
  sv: (d) => ({
    subject: `Inbjudan att söka: ${d.title}`,
    text: lines(
      `${who(d)} hoppas att du söker detta uppdrag: din kompetens passar.`,
      '',
      `Uppdrag: ${d.title}`,
      `Ämne: ${categoryName('sv', d.category)}`,
      `Beräknad tid: ${hours('sv', d.estimatedHours)} h`,
      `Tidtabell: ${schedule('sv', d.schedule)}`,
    ),
    action: { path: pages.task(d.taskId), label: 'Se uppdraget och sök' },
  }),
  en: (d) => ({
    subject: `Invitation to apply: ${d.title}`,
    text: lines(
      `${who(d)} would like you to apply to this task: your skills fit it.`,
      '',
      `Task: ${d.title}`,
      `Category: ${categoryName('en', d.category)}`,
      `Estimated time: ${hours('en', d.estimatedHours)} h`,
      `Schedule: ${schedule('en', d.schedule)}`,
    ),
    action: { path: pages.task(d.taskId), label: 'See the task and apply' },
  }),
};

/** A reminder with one sentence and the link to the page where it is done. */
function reminder<D extends TaskRef>(
  texts: Record<Lang, { subject: (d: D) => string; body: (d: D) => string; label: string }>,
  path: (d: D) => string = (d) => pages.task(d.taskId),
): Template<D> {
  const make = (lang: Lang) => (d: D) => ({
    subject: texts[lang].subject(d),
    text: texts[lang].body(d),
    action: { path: path(d), label: texts[lang].label },
  });
  return { fi: make('fi'), sv: make('sv'), en: make('en') };
}

export const nudgeApplicantsWaiting = reminder<TaskRef & { applicants: number }>({
  fi: {
    subject: (d) => `Hakijat odottavat: ${d.title}`,
    body: (d) =>
      `Tehtävääsi "${d.title}" on hakenut ${d.applicants} ${d.applicants === 1 ? 'henkilö' : 'henkilöä'}, eikä hakemuksia ole vielä käsitelty. Valitse tekijä tai kiitä hakijoita.`,
    label: 'Käy läpi hakijat',
  },
  sv: {
    subject: (d) => `Sökande väntar: ${d.title}`,
    body: (d) =>
      `${d.applicants} ${d.applicants === 1 ? 'person har' : 'personer har'} sökt ditt uppdrag "${d.title}" och ansökningarna har inte behandlats ännu. Välj en hjälpare eller tacka de sökande.`,
    label: 'Gå igenom de sökande',
  },
  en: {
    subject: (d) => `Applicants are waiting: ${d.title}`,
    body: (d) =>
      `${d.applicants} ${d.applicants === 1 ? 'person has' : 'people have'} applied to your task "${d.title}" and nobody has reviewed the applications yet. Select a helper or thank the applicants.`,
    label: 'Review the applicants',
  },
});

export const nudgeApplicationsOverdue = reminder<TaskRef>({
  fi: {
    subject: (d) => `Aikataulu meni jo: ${d.title}`,
    body: (d) =>
      `Tehtäväsi "${d.title}" aikataulu on mennyt, mutta haku on yhä auki. Valitse tekijä ja sovi uusi aikataulu, sulje haku tai peru tehtävä.`,
    label: 'Avaa tehtävä',
  },
  sv: {
    subject: (d) => `Tidtabellen har passerat: ${d.title}`,
    body: (d) =>
      `Tidtabellen för ditt uppdrag "${d.title}" har passerat men ansökan är fortfarande öppen. Välj en hjälpare och kom överens om en ny tid, stäng ansökan eller avbryt uppdraget.`,
    label: 'Öppna uppdraget',
  },
  en: {
    subject: (d) => `The schedule has passed: ${d.title}`,
    body: (d) =>
      `The schedule of your task "${d.title}" has passed, but applications are still open. Select a helper and agree on a new time, close applications, or cancel the task.`,
    label: 'Open the task',
  },
});

export const nudgeDoneOverdue = reminder<TaskRef>({
  fi: {
    subject: (d) => `Onko tehtävä tehty? ${d.title}`,
    body: (d) =>
      `Tehtävän "${d.title}" aikataulusta on kulunut viikko. Kun työ on tehty, merkitse se tehdyksi, niin tilaaja voi hyväksyä sen.`,
    label: 'Merkitse tehdyksi',
  },
  sv: {
    subject: (d) => `Är uppdraget utfört? ${d.title}`,
    body: (d) =>
      `En vecka har gått sedan tidtabellen för "${d.title}". När arbetet är gjort, markera det som utfört så att beställaren kan godkänna det.`,
    label: 'Markera som utfört',
  },
  en: {
    subject: (d) => `Is the task done? ${d.title}`,
    body: (d) =>
      `A week has passed since the schedule of "${d.title}". When the work is done, mark it done so that the requester can approve it.`,
    label: 'Mark it done',
  },
});

export const nudgeApprovalOverdue = reminder<TaskRef & { helper: string; days: number }>({
  fi: {
    subject: (d) => `Hyväksy tehty työ: ${d.title}`,
    body: (d) =>
      `${d.helper} merkitsi tehtävän "${d.title}" tehdyksi ${d.days} päivää sitten. Hyväksy se toteutuneine tunteineen ja anna palautetta.`,
    label: 'Hyväksy',
  },
  sv: {
    subject: (d) => `Godkänn utfört arbete: ${d.title}`,
    body: (d) =>
      `${d.helper} markerade uppdraget "${d.title}" som utfört för ${d.days} dagar sedan. Godkänn det med de faktiska timmarna och ge respons.`,
    label: 'Godkänn',
  },
  en: {
    subject: (d) => `Approve the work done: ${d.title}`,
    body: (d) =>
      `${d.helper} marked "${d.title}" done ${d.days} days ago. Approve it with the actual hours and give feedback.`,
    label: 'Approve',
  },
});

export const nudgeNoApplicants = reminder<TaskRef & { remote: boolean; category: string }>({
  fi: {
    subject: (d) => `Ei vielä hakijoita: ${d.title}`,
    body: (d) =>
      lines(
        `Tehtävääsi "${d.title}" ei ole viikossa hakenut kukaan.`,
        d.remote
          ? `Kokeile laajempaa aihetta kuin ${categoryName('fi', d.category)} tai tarkenna kuvausta.`
          : 'Voisiko tehtävän tehdä etänä? Se tavoittaa tekijöitä koko maasta. Voit myös kokeilla laajempaa aihetta.',
      ),
    label: 'Muokkaa tehtävää',
  },
  sv: {
    subject: (d) => `Inga sökande ännu: ${d.title}`,
    body: (d) =>
      lines(
        `Ingen har sökt ditt uppdrag "${d.title}" på en vecka.`,
        d.remote
          ? `Pröva ett bredare ämne än ${categoryName('sv', d.category)} eller förtydliga beskrivningen.`
          : 'Kan uppdraget göras på distans? Då når det hjälpare i hela landet. Du kan också pröva ett bredare ämne.',
      ),
    label: 'Redigera uppdraget',
  },
  en: {
    subject: (d) => `No applicants yet: ${d.title}`,
    body: (d) =>
      lines(
        `Nobody has applied to your task "${d.title}" in a week.`,
        d.remote
          ? `Try a wider category than ${categoryName('en', d.category)}, or make the description clearer.`
          : 'Could it be done remotely? That reaches helpers all over the country. You can also try a wider category.',
      ),
    label: 'Edit the task',
  },
});

export const taskExpired = reminder<TaskRef>(
  {
    fi: {
      subject: (d) => `Tehtävä umpeutui: ${d.title}`,
      body: (d) =>
        `Tehtävän "${d.title}" aikataulu meni kauan sitten, eikä siihen valittu tekijää, joten se on suljettu. Kiitos, että hait!`,
      label: 'Katso muita tehtäviä',
    },
    sv: {
      subject: (d) => `Uppdraget har gått ut: ${d.title}`,
      body: (d) =>
        `Tidtabellen för "${d.title}" passerade för länge sedan och ingen valdes, så uppdraget har stängts. Tack för att du sökte!`,
      label: 'Se andra uppdrag',
    },
    en: {
      subject: (d) => `The task has expired: ${d.title}`,
      body: (d) =>
        `The schedule of "${d.title}" passed long ago and nobody was selected, so it has been closed. Thank you for applying!`,
      label: 'See other tasks',
    },
  },
  () => pages.opportunities,
);

export const matchingTemplates = {
  task_alert: taskAlert,
  task_digest: taskDigest,
  apply_invitation: applyInvitation,
  nudge_applicants_waiting: nudgeApplicantsWaiting,
  nudge_applications_overdue: nudgeApplicationsOverdue,
  nudge_done_overdue: nudgeDoneOverdue,
  nudge_approval_overdue: nudgeApprovalOverdue,
  nudge_no_applicants: nudgeNoApplicants,
  task_expired: taskExpired,
};

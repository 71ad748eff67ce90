import { CATEGORIES } from '../../../sdk/schemas/categories.ts';
import type { Lang } from '../../../sdk/schemas/common.ts';
import { lines, pages, type Template } from './types.ts';

/** What an email needs to tell of a task; plain data, so the message renders in any language. */
export interface TaskMailFacts {
  taskId: number;
  title: string;
  details: string;
  category: string;
  organisation: string;
  estimatedHours: number;
  schedule: { text: string | null; startsAt: string | null; endsAt: string | null };
  /** ISO time the task was posted. */
  postedAt: string;
}

const locales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function date(lang: Lang, iso: string, withTime = false): string {
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'short',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(iso));
}

export function categoryName(lang: Lang, slug: string): string {
  return CATEGORIES.find((c) => c.slug === slug)?.[lang] ?? slug;
}

export function hours(lang: Lang, h: number): string {
  return new Intl.NumberFormat(locales[lang], { minimumFractionDigits: 1 }).format(h);
}

export function schedule(lang: Lang, s: TaskMailFacts['schedule']): string {
  const parts: string[] = [];
  if (s.startsAt) {
    parts.push(
      s.endsAt
        ? `${date(lang, s.startsAt, true)} – ${date(lang, s.endsAt, true)}`
        : date(lang, s.startsAt, true),
    );
  }
  if (s.text) parts.push(s.text);
  return parts.join(', ');
}

/** The order confirmation of the pilot ("Tilausvahvistus"), with its selection rules. */
export const taskConfirmation: Template<TaskMailFacts & { groupName: string | null }> = {
  fi: (d) => ({
    subject: `Tilausvahvistus: ${d.title}`,
    text: lines(
      'Kiitos! Avunpyyntösi on julkaistu Tehostamossa.',
      '',
      `Päiväys: ${date('fi', d.postedAt)}`,
      `Tunniste: ${d.taskId}`,
      `Tilaaja: ${d.organisation}`,
      `Tehtävän kuvaus: ${d.title}`,
      d.details ? d.details : null,
      `Tilattu palvelu: ${categoryName('fi', d.category)}`,
      `Tuntia: ${hours('fi', d.estimatedHours)}`,
      `Aikataulu: ${schedule('fi', d.schedule)}`,
      d.groupName ? `Näkyy vain ryhmälle: ${d.groupName}` : null,
      '',
      'Muistathan käydä selaamassa hakijat ja valitsemassa sinulle sopivimman. Osa hakemuksista saattaa tulla jo minuuttien kuluessa.',
      '',
      'Kun olet valinnut tekijän tehtävään, tekijää ei voi enää vaihtaa (paitsi perumalla tehtävän ja luomalla uuden). Jos tehtävän julkaisun ja valinnan välillä on kulunut pidempi aika, varmista tekijältä ennen valintaa (sähköposti, puhelin), että tehtävä vielä sopii hänelle.',
      '',
      'Kun tekijä on merkinnyt tehtävän valmiiksi, käy hyväksymässä se ja antamassa palautetta.',
    ),
    action: { path: pages.task(d.taskId), label: 'Avaa tehtävä' },
  }),
  sv: (d) => ({
    subject: `Orderbekräftelse: ${d.title}`,
    text: lines(
      'Tack! Din begäran om hjälp har publicerats i Tehostamo.',
      '',
      `Datum: ${date('sv', d.postedAt)}`,
      `Nummer: ${d.taskId}`,
      `Beställare: ${d.organisation}`,
      `Beskrivning: ${d.title}`,
      d.details ? d.details : null,
      `Tjänst: ${categoryName('sv', d.category)}`,
      `Timmar: ${hours('sv', d.estimatedHours)}`,
      `Tidtabell: ${schedule('sv', d.schedule)}`,
      d.groupName ? `Syns endast för gruppen: ${d.groupName}` : null,
      '',
      'Kom ihåg att gå igenom de sökande och välja den som passar dig bäst. En del ansökningar kan komma redan inom några minuter.',
      '',
      'När du har valt en utförare kan utföraren inte längre bytas (utom genom att ställa in uppgiften och skapa en ny). Om det har gått en längre tid mellan publiceringen och valet, kontrollera med utföraren (e-post, telefon) att uppgiften fortfarande passar innan du väljer.',
      '',
      'När utföraren har markerat uppgiften som klar, godkänn den och ge respons.',
    ),
    action: { path: pages.task(d.taskId), label: 'Öppna uppdraget' },
  }),
  en: (d) => ({
    subject: `Order confirmation: ${d.title}`,
    text: lines(
      'Thank you! Your request for help is published on Tehostamo.',
      '',
      `Date: ${date('en', d.postedAt)}`,
      `Reference: ${d.taskId}`,
      `Requested by: ${d.organisation}`,
      `Description: ${d.title}`,
      d.details ? d.details : null,
      `Service: ${categoryName('en', d.category)}`,
      `Hours: ${hours('en', d.estimatedHours)}`,
      `Schedule: ${schedule('en', d.schedule)}`,
      d.groupName ? `Visible only to the group: ${d.groupName}` : null,
      '',
      'Remember to look through the applicants and select the one who suits you best. Some applications may arrive within minutes.',
      '',
      'Once you have selected a helper, the helper cannot be swapped (except by cancelling the task and posting a new one). If some time has passed since you posted, check with the helper (email, phone) that the task still suits them before you select.',
      '',
      'When the helper has marked the task done, please approve it and give feedback.',
    ),
    action: { path: pages.task(d.taskId), label: 'Open the task' },
  }),
};

/** To a group's members when a task is posted to the group (the umbrella worker hears of it). */
export const groupTaskPosted: Template<TaskMailFacts & { groupName: string }> = {
  fi: (d) => ({
    subject: `Uusi avunpyyntö ryhmälle ${d.groupName}: ${d.title}`,
    text: lines(
      `${d.organisation} pyytää apua ryhmältä ${d.groupName}.`,
      '',
      `Tehtävä: ${d.title}`,
      d.details ? d.details : null,
      `Aihe: ${categoryName('fi', d.category)}`,
      `Arvioitu kesto: ${hours('fi', d.estimatedHours)} h`,
      `Aikataulu: ${schedule('fi', d.schedule)}`,
      '',
      `Katso tehtävä (nro ${d.taskId}) Tehostamossa ja hae.`,
    ),
    action: { path: pages.task(d.taskId), label: 'Katso tehtävä ja hae' },
  }),
  sv: (d) => ({
    subject: `Ny begäran om hjälp till gruppen ${d.groupName}: ${d.title}`,
    text: lines(
      `${d.organisation} ber gruppen ${d.groupName} om hjälp.`,
      '',
      `Uppgift: ${d.title}`,
      d.details ? d.details : null,
      `Område: ${categoryName('sv', d.category)}`,
      `Uppskattad tid: ${hours('sv', d.estimatedHours)} h`,
      `Tidtabell: ${schedule('sv', d.schedule)}`,
      '',
      `Se uppgiften (nr ${d.taskId}) i Tehostamo och ansök.`,
    ),
    action: { path: pages.task(d.taskId), label: 'Se uppdraget och ansök' },
  }),
  en: (d) => ({
    subject: `New request for help to ${d.groupName}: ${d.title}`,
    text: lines(
      `${d.organisation} asks the group ${d.groupName} for help.`,
      '',
      `Task: ${d.title}`,
      d.details ? d.details : null,
      `Area: ${categoryName('en', d.category)}`,
      `Estimated time: ${hours('en', d.estimatedHours)} h`,
      `Schedule: ${schedule('en', d.schedule)}`,
      '',
      `See the task (no. ${d.taskId}) on Tehostamo and apply.`,
    ),
    action: { path: pages.task(d.taskId), label: 'See the task and apply' },
  }),
};

/** To selected helpers and pending applicants when the requester cancels. */
export const taskCancelled: Template<{
  taskId: number;
  title: string;
  organisation: string;
  reason: string | null;
  selected: boolean;
}> = {
  fi: (d) => ({
    subject: `Tehtävä peruttu: ${d.title}`,
    text: lines(
      d.selected
        ? `${d.organisation} on perunut tehtävän "${d.title}", johon sinut oli valittu.`
        : `${d.organisation} on perunut tehtävän "${d.title}", johon hait.`,
      d.reason ? `Syy: ${d.reason}` : null,
      '',
      'Kiitos, että olit valmis auttamaan! Katso muita avoimia tehtäviä Tehostamossa.',
    ),
    action: { path: pages.opportunities, label: 'Katso avoimet tehtävät' },
  }),
  sv: (d) => ({
    subject: `Uppgiften inställd: ${d.title}`,
    text: lines(
      d.selected
        ? `${d.organisation} har ställt in uppgiften "${d.title}" som du hade valts till.`
        : `${d.organisation} har ställt in uppgiften "${d.title}" som du sökte.`,
      d.reason ? `Orsak: ${d.reason}` : null,
      '',
      'Tack för att du var beredd att hjälpa! Se andra öppna uppgifter i Tehostamo.',
    ),
    action: { path: pages.opportunities, label: 'Se de öppna uppdragen' },
  }),
  en: (d) => ({
    subject: `Task cancelled: ${d.title}`,
    text: lines(
      d.selected
        ? `${d.organisation} has cancelled the task "${d.title}" you were selected for.`
        : `${d.organisation} has cancelled the task "${d.title}" you applied to.`,
      d.reason ? `Reason: ${d.reason}` : null,
      '',
      'Thank you for being ready to help! See other open tasks on Tehostamo.',
    ),
    action: { path: pages.opportunities, label: 'See the open tasks' },
  }),
};

export const taskTemplates = {
  task_confirmation: taskConfirmation,
  group_task_posted: groupTaskPosted,
  task_cancelled: taskCancelled,
};

/**
 * An export (`GET /me/export`, `GET /organisations/:id/export`) as one self-contained, readable
 * HTML page: a heading and a table per kind of record, headings in the three languages. The
 * server answers it at `…/export.html`; a page that already has the JSON makes the same page
 * without asking again. No DOM, no Node: plain strings, everything escaped.
 */

type Row = Record<string, unknown>;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const TITLES: Record<string, string> = {
  profile: 'Profiili · Profil · Profile',
  organisations: 'Organisaatiot ja roolit · Organisationer och roller · Organisations and roles',
  groups: 'Ryhmät · Grupper · Groups',
  joinRequests: 'Liittymispyynnöt · Anslutningsbegäranden · Requests to join',
  tasksPosted: 'Julkaistut tehtävät · Publicerade uppdrag · Tasks posted',
  applications: 'Hakemukset · Ansökningar · Applications',
  assignments: 'Tehtävät tekijänä · Uppdrag som hjälpare · Assignments',
  hours: 'Tunnit · Timmar · Hours',
  messages: 'Kirjoitetut viestit · Skrivna meddelanden · Messages written',
  alertSettings: 'Ilmoitusasetukset · Aviseringsinställningar · Alert settings',
  taskInvitations: 'Kutsut tehtäviin · Inbjudningar till uppdrag · Invitations to tasks',
  chatReadMarks: 'Luetut keskustelut · Lästa chattar · Chats read',
  feedbackGiven: 'Annettu palaute · Given respons · Feedback given',
  feedbackReceived: 'Saatu palaute · Mottagen respons · Feedback received',
  signIns: 'Kirjautumiset · Inloggningar · Sign-ins',
  sessions: 'Istunnot · Sessioner · Sessions',
  emails: 'Lähetetyt sähköpostit · Skickade e-postmeddelanden · Emails',
  visitorRequests:
    'Avunpyynnöt vierailijana · Hjälpförfrågningar som besökare · Requests as a visitor',
  apiKeysCreated: 'Luodut avaimet · Skapade nycklar · API keys created',
  audit: 'Tapahtumaloki · Händelselogg · Audit log',
  organisation: 'Organisaatio · Organisation · Organisation',
  members: 'Jäsenet · Medlemmar · Members',
  umbrellas: 'Kattojärjestöt · Paraplyorganisationer · Umbrellas',
  memberOrganisations: 'Jäsenjärjestöt · Medlemsorganisationer · Member organisations',
  apiKeys: 'Avaimet · Nycklar · API keys',
  proBono: 'Pro bono',
  tasks: 'Tehtävät · Uppdrag · Tasks',
  feedback: 'Palaute · Respons · Feedback',
  directoryEditLinks: 'Hakemiston muokkauslinkit · Redigeringslänkar · Directory edit links',
  directory: 'Hakemisto · Katalog · Directory',
};

function cell(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'object') {
    if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
      return escapeHtml(value.join(', ')) || '–';
    }
    return `<code>${escapeHtml(JSON.stringify(value))}</code>`;
  }
  return escapeHtml(String(value)).replace(/\n/g, '<br>');
}

function table(rows: Row[]): string {
  if (rows.length === 0) return '<p>–</p>';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td>${cell(r[c])}</td>`).join('')}</tr>`)
    .join('\n');
  return `<div class="scroll" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function facts(record: Row): string {
  const items = Object.entries(record)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${cell(v)}</dd>`)
    .join('\n');
  return `<dl>${items}</dl>`;
}

/** The export as one self-contained, readable page: a section per kind of record. */
export function exportToHtml(title: string, data: Record<string, unknown>): string {
  const sections = Object.entries(data)
    .filter(([key]) => key !== 'format' && key !== 'exportedAt')
    .map(([key, value]) => {
      const heading = `<h2 id="${escapeHtml(key)}">${escapeHtml(TITLES[key] ?? key)}</h2>`;
      if (Array.isArray(value)) return `<section>${heading}${table(value as Row[])}</section>`;
      if (value && typeof value === 'object') {
        return `<section>${heading}${facts(value as Row)}</section>`;
      }
      return `<section>${heading}<p>–</p></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1a1a1a;line-height:1.5}
table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eef}.scroll{overflow-x:auto}dt{font-weight:bold}dd{margin:0 0 .5rem}code{white-space:pre-wrap;word-break:break-word}
</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(String(data.exportedAt ?? ''))}</p>
${sections}
</body>
</html>
`;
}

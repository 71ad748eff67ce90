import { Router, type Response } from 'express';
import type { AlertKind } from '../../sdk/schemas/alerts.ts';
import type { Lang } from '../../sdk/schemas/common.ts';
import type { Deps } from '../context.ts';
import { User } from '../db/models/index.ts';
import { escapeHtml } from '../html.ts';
import { readUnsubscribeToken, unsubscribe } from '../services/unsubscribe.ts';

/**
 * `/unsubscribe/:token`, the address in every alert's `List-Unsubscribe` header and footer link.
 * - `POST` (RFC 8058 one-click, sent by the mail program; or the page's button): turns the kind
 *   off at once, no sign-in. The body (`List-Unsubscribe=One-Click`) is not needed.
 * - `GET` only shows a page with that button: link checkers and mail scanners open links, and
 *   must not unsubscribe anybody by doing so.
 */
export function unsubscribeRoutes(_deps: Deps): Router {
  const router = Router();
  router.get('/unsubscribe/:token', async (req, res) => {
    const target = await readUnsubscribeToken(req.params.token);
    const lang = await langOf(target?.email);
    if (!target) return page(res, 404, lang, texts[lang].invalid, null);
    page(
      res,
      200,
      lang,
      texts[lang].confirm(kindName[lang][target.kind], target.email),
      texts[lang].button,
    );
  });
  router.post('/unsubscribe/:token', async (req, res) => {
    const target = await unsubscribe(req.params.token);
    const lang = await langOf(target?.email);
    if (!target) return page(res, 404, lang, texts[lang].invalid, null);
    page(res, 200, lang, texts[lang].done(kindName[lang][target.kind], target.email), null);
  });
  return router;
}

async function langOf(email: string | undefined): Promise<Lang> {
  if (!email) return 'fi';
  const user = await User.findOne({ where: { email }, attributes: ['lang'] });
  return user?.lang ?? 'fi';
}

const kindName: Record<Lang, Record<AlertKind, string>> = {
  fi: {
    newTasks: 'sinulle sopivat uudet tehtävät',
    groupTasks: 'ryhmiesi uudet tehtävät',
    invitations: 'kutsut hakemaan tehtäviin',
    applicantsWaiting: 'muistutukset hakijoista, jotka odottavat',
    applicationsOverdue: 'muistutukset hauista, jotka ovat auki aikataulun jälkeen',
    doneOverdue: 'muistutukset merkitä tehtävä tehdyksi',
    approvalOverdue: 'muistutukset hyväksyä tehty tehtävä',
    noApplicants: 'muistutukset tehtävistä, joilla ei ole hakijoita',
  },
  sv: {
    newTasks: 'nya uppdrag som passar dig',
    groupTasks: 'nya uppdrag i dina grupper',
    invitations: 'inbjudningar att söka uppdrag',
    applicantsWaiting: 'påminnelser om sökande som väntar',
    applicationsOverdue: 'påminnelser om ansökningar som är öppna efter tidtabellen',
    doneOverdue: 'påminnelser om att markera uppdraget som utfört',
    approvalOverdue: 'påminnelser om att godkänna utfört uppdrag',
    noApplicants: 'påminnelser om uppdrag utan sökande',
  },
  en: {
    newTasks: 'new tasks that fit you',
    groupTasks: "your groups' new tasks",
    invitations: 'invitations to apply',
    applicantsWaiting: 'reminders of applicants waiting',
    applicationsOverdue: 'reminders of applications open after the schedule',
    doneOverdue: 'reminders to mark a task done',
    approvalOverdue: 'reminders to approve a task done',
    noApplicants: 'reminders of tasks with no applicants',
  },
};

const texts: Record<
  Lang,
  {
    title: string;
    confirm: (what: string, email: string) => string;
    button: string;
    done: (what: string, email: string) => string;
    invalid: string;
  }
> = {
  fi: {
    title: 'Tehostamo – viestien tilaus',
    confirm: (what, email) => `Lopetetaanko viestit: ${what}? Osoite: ${email}.`,
    button: 'Lopeta nämä viestit',
    done: (what, email) =>
      `Valmis: ${what} ei enää tule osoitteeseen ${email}. Voit muuttaa valintaa profiilisi asetuksissa.`,
    invalid: 'Linkki ei kelpaa. Voit valita viestit profiilisi asetuksissa.',
  },
  sv: {
    title: 'Tehostamo – prenumeration',
    confirm: (what, email) => `Vill du sluta få: ${what}? Adress: ${email}.`,
    button: 'Sluta skicka dessa meddelanden',
    done: (what, email) =>
      `Klart: ${what} skickas inte längre till ${email}. Du kan ändra valet i din profil.`,
    invalid: 'Länken gäller inte. Du kan välja meddelanden i din profil.',
  },
  en: {
    title: 'Tehostamo – email preferences',
    confirm: (what, email) => `Stop sending ${what} to ${email}?`,
    button: 'Stop these messages',
    done: (what, email) =>
      `Done: ${what} will no longer be sent to ${email}. You can change this in your profile.`,
    invalid: 'This link is not valid. You can choose your messages in your profile.',
  },
};

function page(res: Response, status: number, lang: Lang, message: string, button: string | null) {
  res.set('Cache-Control', 'no-store');
  res.status(status).type('html').send(`<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(texts[lang].title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<h1 style="font-size:1.25rem">${escapeHtml(texts[lang].title)}</h1>
<p>${escapeHtml(message)}</p>
${button ? `<form method="post"><button type="submit" style="font-size:1rem;padding:.6rem 1rem">${escapeHtml(button)}</button></form>` : ''}
</body>
</html>
`);
}

import express, { Router, type Request, type Response } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import type { Lang } from '../../sdk/schemas/common.ts';
import { VerificationReference } from '../../sdk/schemas/tasks.ts';
import type { Ctx } from '../context.ts';
import { HttpError } from '../errors.ts';
import { mount } from '../http/route.ts';
import * as visitors from '../services/visitors.ts';
import { escapeHtml } from '../html.ts';

/** A visitor's help request confirmed (JSON, or the emailed link's page), and join requests. */
export function visitorRoutes(): Router {
  const router = Router();

  // The emailed link opens a page that confirms only when its button is pressed: mail scanners
  // that follow links must not publish anything. The page tells nothing of the request until
  // the code has been checked (and counted) by the POST.
  router.get('/tasks/:id/verify', async (req, res) => {
    const id = taskId(req);
    const code = typeof req.query.code === 'string' ? req.query.code.trim() : '';
    const ref = referenceOf(req.query.ref);
    const known = id ? await visitors.visitorRequestLang(id, ref) : null;
    const lang = known ?? 'fi';
    if (!id || !known) {
      page(res, 404, lang, text[lang].title, text[lang].errors.not_found);
      return;
    }
    page(
      res,
      200,
      lang,
      text[lang].title,
      text[lang].confirm,
      `<form method="post" action="${escapeHtml(req.baseUrl + req.path)}">` +
        (ref ? `<input type="hidden" name="ref" value="${escapeHtml(ref)}">` : '') +
        `<label>${escapeHtml(text[lang].code)} <input name="code" inputmode="numeric" ` +
        `autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required ` +
        `value="${escapeHtml(/^\d{6}$/.test(code) ? code : '')}"></label> ` +
        `<button type="submit">${escapeHtml(text[lang].button)}</button></form>`,
    );
  });

  router.post(
    '/tasks/:id/verify',
    express.urlencoded({ extended: false, limit: '2kb' }),
    async (req, res, next) => {
      if (!req.is('application/x-www-form-urlencoded')) {
        next('route');
        return;
      }
      const id = taskId(req);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const ref = referenceOf(body.ref);
      const known = id ? await visitors.visitorRequestLang(id, ref) : null;
      const lang = known ?? 'fi';
      const code = typeof body.code === 'string' ? body.code.trim() : '';
      if (!id || !known) {
        page(res, 404, lang, text[lang].title, text[lang].errors.not_found);
        return;
      }
      if (!/^\d{6}$/.test(code)) {
        page(res, 422, lang, text[lang].title, text[lang].errors.invalid_code);
        return;
      }
      try {
        const result = await visitors.verifyVisitorTask(res.locals.ctx as Ctx, id, code, ref);
        page(res, 200, lang, text[lang].done, text[lang].published(result.membership));
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const messages: Partial<Record<string, string>> = text[lang].errors;
        page(res, error.status, lang, text[lang].title, messages[error.code] ?? error.message);
      }
    },
  );

  mount(router, endpoints.verifyTask, ({ params, body }, ctx) =>
    visitors.verifyVisitorTask(ctx, params.id, body.code, body.reference),
  );

  mount(router, endpoints.requestToJoin, ({ params }, ctx) =>
    visitors.requestToJoin(ctx, params.id),
  );
  mount(router, endpoints.listJoinRequests, ({ params, query }, ctx) =>
    visitors.listJoinRequests(ctx, params.id, query),
  );
  mount(router, endpoints.approveJoinRequest, ({ params }, ctx) =>
    visitors.decideJoinRequest(ctx, params.id, params.requestId, 'approved'),
  );
  mount(router, endpoints.declineJoinRequest, ({ params }, ctx) =>
    visitors.decideJoinRequest(ctx, params.id, params.requestId, 'declined'),
  );
  return router;
}

function taskId(req: Request): number | null {
  const raw = String(req.params.id ?? '');
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
}

/** The request's reference from the link or the form, when it is one. */
function referenceOf(raw: unknown): string | undefined {
  return typeof raw === 'string' && VerificationReference.safeParse(raw).success ? raw : undefined;
}

function page(
  res: Response,
  status: number,
  lang: Lang,
  title: string,
  message: string,
  extra = '',
) {
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(title)} – Tehostamo</title>` +
        `<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1a1a2e}` +
        `button{font:inherit;padding:.5rem 1rem;background:#1d2a5c;color:#fff;border:0;border-radius:.3rem}` +
        `input{font:inherit;width:7ch;padding:.3rem}</style></head>` +
        `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${extra}</main></body></html>`,
    );
}

type Membership = 'member' | 'pending_approval' | 'not_member';
type ErrorKey =
  | 'not_found'
  | 'invalid_code'
  | 'too_many_attempts'
  | 'verification_expired'
  | 'already_verified'
  | 'task_not_pending';

const text: Record<
  Lang,
  {
    title: string;
    done: string;
    code: string;
    button: string;
    confirm: string;
    published: (membership: Membership) => string;
    errors: Record<ErrorKey, string>;
  }
> = {
  fi: {
    title: 'Vahvista avunpyyntö',
    done: 'Kiitos!',
    code: 'Vahvistuskoodi',
    button: 'Vahvista ja julkaise',
    confirm: 'Avunpyyntösi julkaistaan Tehostamossa, kun vahvistat sen.',
    published: (m) =>
      'Avunpyyntösi on julkaistu, ja tilausvahvistus on lähetetty sähköpostiisi.' +
      (m === 'pending_approval' ? ' Organisaation ylläpitäjä hyväksyy jäsenyytesi.' : ''),
    errors: {
      not_found: 'Avunpyyntöä ei löydy. Se on voinut vanhentua tai poistua.',
      invalid_code: 'Koodi on väärä.',
      too_many_attempts: 'Liian monta väärää yritystä. Lähetä avunpyyntö uudelleen.',
      verification_expired: 'Vahvistusaika on päättynyt. Lähetä avunpyyntö uudelleen.',
      already_verified: 'Avunpyyntö on jo vahvistettu.',
      task_not_pending: 'Avunpyyntö ei enää odota vahvistusta.',
    },
  },
  sv: {
    title: 'Bekräfta begäran om hjälp',
    done: 'Tack!',
    code: 'Bekräftelsekod',
    button: 'Bekräfta och publicera',
    confirm: 'Din begäran om hjälp publiceras i Tehostamo när du bekräftar den.',
    published: (m) =>
      'Din begäran om hjälp har publicerats och en orderbekräftelse har skickats till din e-post.' +
      (m === 'pending_approval' ? ' Organisationens administratör godkänner ditt medlemskap.' : ''),
    errors: {
      not_found: 'Begäran hittas inte. Den kan ha gått ut eller tagits bort.',
      invalid_code: 'Koden är fel.',
      too_many_attempts: 'För många felaktiga försök. Skicka begäran på nytt.',
      verification_expired: 'Tiden för att bekräfta har gått ut. Skicka begäran på nytt.',
      already_verified: 'Begäran har redan bekräftats.',
      task_not_pending: 'Begäran väntar inte längre på bekräftelse.',
    },
  },
  en: {
    title: 'Confirm your request for help',
    done: 'Thank you!',
    code: 'Confirmation code',
    button: 'Confirm and publish',
    confirm: 'Your request for help is published on Tehostamo once you confirm it.',
    published: (m) =>
      'Your request for help has been published, and a confirmation has been sent to your email.' +
      (m === 'pending_approval' ? " The organisation's admin will approve your membership." : ''),
    errors: {
      not_found: 'The request cannot be found. It may have expired or been removed.',
      invalid_code: 'The code is wrong.',
      too_many_attempts: 'Too many wrong tries. Send the request again.',
      verification_expired: 'The time to confirm has run out. Send the request again.',
      already_verified: 'The request has already been confirmed.',
      task_not_pending: 'The request is no longer waiting to be confirmed.',
    },
  },
};

import { Router, type Request, type Response } from 'express';
import type { Lang } from '../../widgets/i18n/index.ts';
import { isPrivate, matchRoute, partOf, type Route } from '../../widgets/app/routes.ts';
import type { Deps } from '../context.ts';
import { modulepreloads } from './widgets.ts';

/**
 * The application at `/`: one HTML page for every path of the app (`widgets/app/routes.ts`), so
 * a reload or an emailed link opens the view at that address; the app's router does the rest
 * in the browser. Other paths that a browser opens get the same page with a 404, and the app
 * shows its "page not found". `/api/...` and `/widgets/...` are not touched.
 */
export function appRoutes(deps: Deps): Router {
  const router = Router();
  // Built per request (a string concatenation): the chunks to preload change with each build,
  // and with the view and the reader's language.
  const page = (req: Request, route: Route | null) => {
    const lang = pageLang(req);
    return appPage(deps.config.devMailbox, lang, preloadsFor(route, lang));
  };

  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const route = matchRoute(req.path);
    if (route) return send(res, 200, page(req, route));
    if (wantsPage(req)) return send(res, 404, page(req, null));
    next();
  });

  return router;
}

/**
 * The language the page starts in: the browser's, as `Accept-Language` tells it (what the app
 * picks too, unless the person chose another on this device, which then costs a round trip).
 */
function pageLang(req: Request): Lang {
  return (req.acceptsLanguages('fi', 'sv', 'en') || 'fi') as Lang;
}

/**
 * What the page preloads: the app's chunks, its strings in the page's language and the view's
 * element with what it imports. A view for the signed-in is preloaded as they see it (an emailed
 * link is opened by its addressee); `/` as a visitor sees it.
 */
function preloadsFor(route: Route | null, lang: Lang): string {
  const part = route && partOf(route, isPrivate(route.view));
  return modulepreloads('app', { lang, modules: part ? [`widgets/${part}/${part}.ts`] : [] });
}

function send(res: Response, status: number, body: string) {
  // The page is small and names the bundle's entry, which is revalidated on its own.
  res.set('Cache-Control', 'no-cache');
  res.vary('Accept-Language');
  res.status(status).type('html').send(body);
}

/** A browser opening an address (not a script asking for data or a missing asset). */
function wantsPage(req: Request): boolean {
  if (/^\/(api|widgets|dev)(\/|$)/.test(req.path)) return false;
  return req.accepts(['json', 'html']) === 'html';
}

function appPage(devMailbox: boolean, lang: Lang, preloads: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tehostamo</title>
<script type="module" src="/widgets/app.js"></script>
${preloads}
<style>
  :root { color-scheme: light dark; }
  body { margin: 0; font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1d29; background: #f4f5f8; }
  @media (prefers-color-scheme: dark) { body { color: #eceef6; background: #0e0f17; } }
  .boot { max-width: 72rem; margin: 0 auto; padding: 1.25rem; }
  tehostamo-app:defined + .boot { display: none; }
</style>
</head>
<body>
<tehostamo-provider>
  <tehostamo-app${devMailbox ? ' dev-mailbox' : ''}></tehostamo-app>
  <div class="boot">
    <p><strong>Tehostamo</strong></p>
    <noscript><p>Tehostamo tarvitsee JavaScriptin. · Tehostamo behöver JavaScript. · Tehostamo needs JavaScript.</p></noscript>
  </div>
</tehostamo-provider>
</body>
</html>`;
}

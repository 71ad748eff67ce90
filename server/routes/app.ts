import { Router, type Request, type Response } from 'express';
import { matchRoute } from '../../widgets/app/routes.ts';
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
  // Built per request (a string concatenation): the chunks to preload change with each build.
  const page = () => appPage(deps.config.devMailbox);

  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (matchRoute(req.path)) return send(res, 200, page());
    if (wantsPage(req)) return send(res, 404, page());
    next();
  });

  return router;
}

function send(res: Response, status: number, body: string) {
  // The page is small and names the bundle's entry, which is revalidated on its own.
  res.set('Cache-Control', 'no-cache');
  res.status(status).type('html').send(body);
}

/** A browser opening an address (not a script asking for data or a missing asset). */
function wantsPage(req: Request): boolean {
  if (/^\/(api|widgets|dev)(\/|$)/.test(req.path)) return false;
  return req.accepts(['json', 'html']) === 'html';
}

function appPage(devMailbox: boolean): string {
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tehostamo</title>
<script type="module" src="/widgets/app.js"></script>
${modulepreloads('app')}
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

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router, type Response } from 'express';
import type { Deps } from '../context.ts';
import { HttpError } from '../errors.ts';
import { escapeHtml } from '../html.ts';

/** Where `npm run build` (scripts/build-widgets.mjs) puts the bundle. */
export const WIDGETS_DIR = fileURLToPath(new URL('../../dist/widgets/', import.meta.url));

function setWidgetHeaders(res: Response, file: string) {
  // Any site may load the widgets: module scripts from another origin need CORS.
  res.set('Access-Control-Allow-Origin', '*');
  // Chunks have content hashes in their names and never change; entry points keep their
  // names across releases, so they are revalidated (ETag) after five minutes.
  res.set(
    'Cache-Control',
    file.includes('/chunks/')
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=300, stale-while-revalidate=60',
  );
}

/** The encodings the build writes beside each file (`.br`, `.gz`), in order of preference. */
const PRECOMPRESSED = [
  ['br', '.br', /\bbr\b/],
  ['gzip', '.gz', /\bgzip\b/],
] as const;

interface Chunks {
  /** The module's own file (a module loaded on demand; an entry has its `<script>`). */
  file?: string;
  imports: string[];
  strings?: Record<string, string[]>;
}

const manifests = new Map<string, { mtimeMs: number; entries: Record<string, Chunks> }>();

export interface PreloadOptions {
  /** The page's language: its strings are preloaded too. */
  lang?: string;
  /**
   * Modules the page loads on demand at once (the app's first view), by source path as the
   * manifest names them (`widgets/task-list/task-list.ts`): preloaded with what they import.
   */
  modules?: string[];
  base?: string;
  dir?: string;
}

/**
 * `<link rel="modulepreload">` for the chunks `entry` imports, for its strings in the page's
 * language and for the modules the page will load at once (from the build's manifest.json), so
 * that a page fetches them all beside the entry instead of one wave after another. Empty when
 * not built.
 */
export function modulepreloads(
  entry: string,
  { lang = 'fi', modules = [], base = '/widgets/', dir = WIDGETS_DIR }: PreloadOptions = {},
): string {
  const file = path.join(dir, 'manifest.json');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return '';
  }
  let manifest = manifests.get(file);
  if (manifest?.mtimeMs !== stat.mtimeMs) {
    manifest = { mtimeMs: stat.mtimeMs, entries: JSON.parse(fs.readFileSync(file, 'utf8')) };
    manifests.set(file, manifest);
  }
  const chunks = new Set<string>();
  for (const name of [entry, ...modules]) {
    const found = manifest.entries[name];
    if (!found) continue;
    if (name !== entry && found.file) chunks.add(found.file);
    for (const chunk of found.imports) chunks.add(chunk);
    for (const chunk of found.strings?.[lang] ?? []) chunks.add(chunk);
  }
  return [...chunks]
    .map((chunk) => `<link rel="modulepreload" href="${escapeHtml(base + chunk)}" crossorigin>`)
    .join('\n');
}

/**
 * The widget bundle at `/widgets/tehostamo.js` (every element; one entry per widget beside it)
 * and the embedding page at `/embed`, which shows the widgets as a member organisation would
 * embed them, with the snippet to copy.
 */
export function widgetRoutes(deps: Deps, dir = WIDGETS_DIR): Router {
  const router = Router();

  router.use('/widgets', (_req, _res, next) => {
    if (!fs.existsSync(dir)) {
      throw new HttpError(
        503,
        'widgets_not_built',
        'The widget bundle has not been built: run `npm run build`.',
      );
    }
    next();
  });
  // The build wrote each file compressed too: the smallest one the browser takes is sent as it is.
  router.use('/widgets', (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const rel = req.path.replace(/^\/+/, '');
    if (!/^[\w./-]+\.(js|css|map)$/.test(rel) || rel.includes('..')) return next();
    res.vary('Accept-Encoding');
    const accepts = String(req.headers['accept-encoding'] ?? '');
    for (const [encoding, ext, accepted] of PRECOMPRESSED) {
      if (!accepted.test(accepts) || !fs.existsSync(path.join(dir, rel + ext))) continue;
      setWidgetHeaders(res, `/${rel}`);
      res.set('Content-Encoding', encoding);
      res.type(path.extname(rel));
      res.sendFile(rel + ext, { root: dir, cacheControl: false, dotfiles: 'deny' }, (error) => {
        if (error && !res.headersSent) next(error);
      });
      return;
    }
    next();
  });
  router.use(
    '/widgets',
    express.static(dir, {
      index: false,
      fallthrough: true,
      setHeaders: (res, file) => setWidgetHeaders(res, file.split('\\').join('/')),
    }),
  );

  // Browsers ask for it on every page; there is none.
  router.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });

  // Every widget at work on one page (the app's /embed builds a site's own code).
  router.get('/demo', (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.type('html').send(demoPage(deps.config.publicUrl, deps.config.devMailbox));
  });

  return router;
}

function demoPage(publicUrl: string, devMailbox: boolean): string {
  const snippet = `<script type="module" src="${publicUrl}/widgets/tehostamo.js"></script>

<tehostamo-provider base-url="${publicUrl}" lang="fi">
  <tehostamo-task-list></tehostamo-task-list>
  <tehostamo-request-form></tehostamo-request-form>
  <tehostamo-applicant-picker task-id="123"></tehostamo-applicant-picker>
</tehostamo-provider>`;
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tehostamo – vertaisapua järjestöjen tukipalveluihin</title>
<script type="module" src="/widgets/demo.js"></script>
${modulepreloads('demo', { modules: ['widgets/task-list/task-list.ts'] })}
<style>
  :root { color-scheme: light dark; }
  body { font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1b1d29; background: #f4f5f8; }
  header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1.25rem; }
  header { padding-top: 2rem; }
  h1 { margin: 0 0 0.5rem; font-size: 2rem; }
  .lead { max-width: 46rem; margin: 0; }
  .grid { display: grid; gap: 1.25rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); align-items: start; }
  section.card { background: #fff; border-radius: 0.75rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.08); padding: 0.25rem; min-width: 0; }
  /* Room for the task list before it renders, so that what follows does not jump down the screen. */
  section.card:first-child { min-height: 32rem; }
  .embed { background: #fff; border-radius: 0.75rem; padding: 1rem 1.25rem; margin: 1.25rem 0; }
  pre { overflow-x: auto; background: #1b1d29; color: #f4f5f8; padding: 1rem; border-radius: 0.5rem; font-size: 0.875rem; }
  button { font: inherit; padding: 0.5rem 1rem; border-radius: 0.5rem; border: 2px solid #1f3a8a; background: #fff; color: #1f3a8a; font-weight: 600; cursor: pointer; min-height: 2.75rem; }
  a { color: #1f3a8a; }
  .hint { padding: 1rem 1.25rem; color: #4a4e5f; }
  @media (prefers-color-scheme: dark) {
    body { color: #eceef6; background: #0e0f17; }
    section.card, .embed { background: #161824; }
    a { color: #a8bfff; }
    button { background: #161824; color: #a8bfff; border-color: #a8bfff; }
    .hint { color: #b6bacd; }
  }
</style>
</head>
<body>
<header>
  <h1>Tehostamo</h1>
  <p class="lead">Järjestöt pyytävät apua tukipalveluihinsa – kirjanpitoon, rahoitushakemuksiin,
  tietoturvaan, viestintään – ja toisten järjestöjen työntekijät, opiskelijat ja pro bono
  -osaajat tarjoutuvat auttamaan. Alla ovat upotettavat komponentit toiminnassa.</p>
  ${devMailbox ? `<p class="lead">Kirjaudu millä tahansa sähköpostiosoitteella: koodi näkyy <a href="/dev/mailbox">kehityspostilaatikossa</a>.</p>` : ''}
</header>
<main>
  <div class="grid">
    <tehostamo-provider>
      <section class="card" aria-label="Avoimet tehtävät">
        <tehostamo-task-list page-size="5"></tehostamo-task-list>
      </section>
      <section class="card" aria-label="Pyydä apua">
        <tehostamo-request-form draft-key="demo"></tehostamo-request-form>
      </section>
      <section class="card" aria-label="Hakijat">
        <tehostamo-applicant-picker hidden></tehostamo-applicant-picker>
        <p id="picker-hint" class="hint">Hakijat näkyvät tässä, kun kirjaudut sisään organisaation
        jäsenenä, julkaiset pyynnön tai avaat listasta organisaatiosi tehtävän.</p>
      </section>
    </tehostamo-provider>
  </div>
  <section class="embed" aria-labelledby="embed-heading">
    <h2 id="embed-heading">Upota omalle sivullesi</h2>
    <p>Yksi skriptitagi lataa kaikki komponentit. Kieli tulee <code>lang</code>-määreestä tai sivun kielestä
    (fi, sv, en); teeman saa tummaksi määreellä <code>theme="dark"</code> ja värit CSS-muuttujilla
    <code>--tehostamo-*</code>. Yksittäiset komponentit: <code>/widgets/task-list.js</code>,
    <code>/widgets/request-form.js</code>, <code>/widgets/applicant-picker.js</code>.</p>
    <pre><code id="snippet">${escapeHtml(snippet)}</code></pre>
    <button type="button" id="copy">Kopioi koodi</button> <span id="copy-status" role="status"></span>
  </section>
</main>
<footer><p><a href="/">Tehostamo-sovellus</a> · <a href="/api/v1/openapi.json">API (OpenAPI)</a></p></footer>
</body>
</html>`;
}

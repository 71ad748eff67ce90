#!/usr/bin/env node
// Builds the widget bundle that the server serves under /widgets/: one ES module that defines
// every element (tehostamo.js), one entry per widget beside it, and shared chunks with content
// hashes in their names. Every file is also written brotli- and gzip-compressed (.br, .gz), and
// manifest.json says which chunks each entry imports, for the pages' modulepreload links.
//   node scripts/build-widgets.mjs          build into dist/widgets
//   node scripts/build-widgets.mjs --size   measure what each entry costs over the wire
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { browserContract } from './esbuild-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/widgets');

export const entryPoints = {
  tehostamo: 'widgets/index.ts',
  provider: 'widgets/provider/index.ts',
  'task-list': 'widgets/task-list/index.ts',
  'request-form': 'widgets/request-form/index.ts',
  'applicant-picker': 'widgets/applicant-picker/index.ts',
  task: 'widgets/task/index.ts',
  'profile-card': 'widgets/profile-card/index.ts',
  'my-work': 'widgets/my-work/index.ts',
  groups: 'widgets/groups/index.ts',
  organisation: 'widgets/organisation/index.ts',
  demo: 'widgets/demo/demo.ts',
  app: 'widgets/app/index.ts',
  chat: 'widgets/chat/index.ts',
  'my-data': 'widgets/my-data/index.ts',
  'embed-builder': 'widgets/embed-builder/index.ts',
  onboarding: 'widgets/onboarding/index.ts',
  'profile-editor': 'widgets/profile-editor/index.ts',
  directory: 'widgets/directory/index.ts',
  'listing-editor': 'widgets/listing-editor/index.ts',
  'needs-report': 'widgets/needs-report/index.ts',
};

/**
 * Minifies the text of `css\`…\`` templates (esbuild leaves template literals alone): comments
 * go, and the whitespace that CSS does not read. Quoted strings are kept as they are, and so are
 * the `${…}` parts; a space before `:` stays (`.a :hover` is not `.a:hover`).
 */
export function minifyCssText(text) {
  let out = '';
  for (const part of text.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)) {
    if (part.startsWith('"') || part.startsWith("'")) {
      out += part;
      continue;
    }
    out += part
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  }
  return out;
}

/** Each `css\`` template's literal text, minified; everything else untouched. */
export function minifyCssTemplates(source) {
  let out = '';
  let at = 0;
  for (;;) {
    const start = source.indexOf('css`', at);
    if (start < 0) return out + source.slice(at);
    out += source.slice(at, start + 4);
    let i = start + 4;
    let literal = '';
    // Up to the closing backtick; `${…}` is copied as it is (braces counted).
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        literal += source.slice(i, i + 2);
        i += 2;
      } else if (source.startsWith('${', i)) {
        out += minifyCssText(literal);
        literal = '';
        const from = i;
        let depth = 1;
        for (i += 2; depth > 0 && i < source.length; i++) {
          if (source[i] === '{') depth++;
          else if (source[i] === '}') depth--;
        }
        out += source.slice(from, i);
      } else literal += source[i++];
    }
    out += minifyCssText(literal) + '`';
    at = i + 1;
  }
}

/** The esbuild plugin that applies `minifyCssTemplates` to the widgets' TypeScript. */
const minifyCss = {
  name: 'tehostamo-minify-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]widgets[\\/].*\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes('css`')) return undefined;
      return { contents: minifyCssTemplates(source), loader: 'ts' };
    });
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
  plugins: [browserContract, minifyCss],
};

export const brotli = (data) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
export const gzip = (data) => gzipSync(data, { level: 9 });

/** The bundle, with splitting as served; `write: false` keeps it in memory. */
export async function buildWidgets({ dir = outdir, write = true } = {}) {
  if (write) fs.rmSync(dir, { recursive: true, force: true });
  const result = await esbuild.build({
    ...common,
    entryPoints,
    outdir: dir,
    write,
    splitting: true,
    sourcemap: write ? 'linked' : false,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  return result;
}

const LANGS = ['fi', 'sv', 'en'];
/** A module of strings in one language (`widgets/i18n/fi.ts`, `widgets/chat/strings/fi.ts`). */
const LANG_MODULE = /^widgets\/(?:.+\/)?(fi|sv|en)\.ts$/;

/**
 * For every entry: the chunks a browser fetches before the entry runs (its static imports,
 * transitively), those it fetches before its widgets render, in each language (the strings
 * that the entry's own code imports dynamically, `strings`), and those it may fetch later
 * (dynamic imports), relative to the out dir. With `modules`, the same (but `lazy`) for every
 * module that is imported on demand, keyed by its source path (`widgets/task/task.ts`).
 */
export function graph(metafile, dir, { modules = false } = {}) {
  const outputs = metafile.outputs;
  const rel = (file) => path.relative(dir, path.resolve(root, file)).split(path.sep).join('/');
  const closure = (start, kinds) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of outputs[file]?.imports ?? []) if (kinds.includes(i.kind)) visit(i.path);
    };
    visit(start);
    return seen;
  };
  const describe = (file) => {
    const eager = closure(file, ['import-statement']);
    const all = closure(file, ['import-statement', 'dynamic-import']);
    const strings = Object.fromEntries(LANGS.map((lang) => [lang, new Set()]));
    for (const f of eager)
      for (const i of outputs[f]?.imports ?? []) {
        const lang =
          i.kind === 'dynamic-import' && LANG_MODULE.exec(outputs[i.path]?.entryPoint ?? '');
        if (!lang) continue;
        for (const c of closure(i.path, ['import-statement']))
          if (!eager.has(c)) strings[lang[1]].add(c);
      }
    return {
      file: rel(file),
      imports: [...eager].filter((f) => f !== file).map(rel),
      strings: Object.fromEntries(LANGS.map((lang) => [lang, [...strings[lang]].map(rel)])),
      lazy: [...all].filter((f) => !eager.has(f)).map(rel),
    };
  };
  const entries = {};
  for (const [file, out] of Object.entries(outputs)) {
    if (!out.entryPoint || !file.endsWith('.js')) continue;
    // Entries are at the top; chunks/ holds shared and dynamically imported chunks.
    if (!rel(file).includes('/')) entries[path.basename(file, '.js')] = describe(file);
    // A module loaded on demand (a view of the app), under its source path, for pages that
    // know they will show it at once; strings are preloaded through the entries.
    else if (modules && !LANG_MODULE.test(out.entryPoint)) {
      const { lazy: _, ...chunks } = describe(file);
      entries[out.entryPoint] = chunks;
    }
  }
  return entries;
}

async function build() {
  const result = await buildWidgets();
  const files = Object.keys(result.metafile.outputs);
  for (const file of files) {
    if (!/\.(js|css|map)$/.test(file)) continue;
    const data = fs.readFileSync(path.resolve(root, file));
    fs.writeFileSync(path.resolve(root, `${file}.br`), brotli(data));
    fs.writeFileSync(path.resolve(root, `${file}.gz`), gzip(data));
  }
  fs.writeFileSync(
    path.join(outdir, 'manifest.json'),
    JSON.stringify(graph(result.metafile, outdir, { modules: true }), null, 1),
  );
  const js = files.filter((f) => f.endsWith('.js'));
  console.log(`widgets: ${js.length} files in ${path.relative(root, outdir)}, with .br and .gz`);
}

/** Bytes over the wire (brotli, and gzip) of each entry with the chunks it needs at once. */
export async function measure() {
  const dir = path.join(root, 'dist/widgets-size');
  const result = await buildWidgets({ dir, write: false });
  const contents = new Map(
    result.outputFiles.map((f) => [
      path.relative(dir, f.path).split(path.sep).join('/'),
      f.contents,
    ]),
  );
  const sizes = new Map();
  const size = (file) => {
    if (!sizes.has(file)) {
      const data = contents.get(file);
      sizes.set(file, { min: data.length, br: brotli(data).length, gz: gzip(data).length });
    }
    return sizes.get(file);
  };
  const sum = (files) =>
    files.reduce(
      (t, f) => {
        const s = size(f);
        return { min: t.min + s.min, br: t.br + s.br, gz: t.gz + s.gz };
      },
      { min: 0, br: 0, gz: 0 },
    );
  const entries = {};
  for (const [name, e] of Object.entries(graph(result.metafile, dir))) {
    // What a page fetches before the widget shows anything: the entry, its imports and the
    // strings in one language (Finnish, the default; the others weigh about the same).
    const first = [e.file, ...e.imports, ...e.strings.fi];
    entries[name] = {
      ...e,
      eager: sum(first),
      later: sum(e.lazy.filter((f) => !first.includes(f))),
    };
  }
  // What is in the bundle, by package (minified bytes, before compression), and by chunk.
  const packages = new Map();
  const inputs = new Map();
  for (const [file, out] of Object.entries(result.metafile.outputs)) {
    inputs.set(
      path.relative(dir, path.resolve(root, file)).split(path.sep).join('/'),
      Object.keys(out.inputs ?? {}),
    );
    for (const [file, { bytesInOutput }] of Object.entries(out.inputs ?? {})) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
      const key = m ? m[1] : file.split('/').slice(0, 2).join('/');
      packages.set(key, (packages.get(key) ?? 0) + bytesInOutput);
    }
  }
  return { entries, packages, inputs };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

async function printSize() {
  const { entries, packages } = await measure();
  console.log('entry (with its imports and fi strings) min       br         gz         later (br)');
  for (const [name, e] of Object.entries(entries)) {
    console.log(
      `${name.padEnd(38)}${kb(e.eager.min).padEnd(11)}${kb(e.eager.br).padEnd(11)}${kb(e.eager.gz).padEnd(11)}${e.lazy.length ? `${kb(e.later.br)} in ${e.lazy.length}` : '-'}`,
    );
  }
  const top = [...packages].sort((a, b) => b[1] - a[1]).slice(0, 10);
  console.log(`largest parts (min): ${top.map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--size')) await printSize();
  else await build();
}

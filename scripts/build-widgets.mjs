#!/usr/bin/env node
// Builds the widget bundle that the server serves under /widgets/: one ES module that defines
// every element (tehostamo.js), one entry per widget, and shared chunks with hashed names.
//   node scripts/build-widgets.mjs          build into dist/widgets
//   node scripts/build-widgets.mjs --size   measure: task list alone, and all widgets (min+gz)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/widgets');

const entryPoints = {
  tehostamo: 'widgets/index.ts',
  provider: 'widgets/provider/index.ts',
  'task-list': 'widgets/task-list/index.ts',
  'request-form': 'widgets/request-form/index.ts',
  'applicant-picker': 'widgets/applicant-picker/index.ts',
  task: 'widgets/task/index.ts',
  'profile-card': 'widgets/profile-card/index.ts',
  'my-work': 'widgets/my-work/index.ts',
  demo: 'widgets/demo/demo.ts',
  app: 'widgets/app/index.ts',
  chat: 'widgets/chat/index.ts',
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
};

async function build() {
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    ...common,
    entryPoints,
    outdir,
    splitting: true,
    sourcemap: 'linked',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
  console.log(`widgets: ${files.length} files in ${path.relative(root, outdir)}`);
}

/** One self-contained bundle in memory: its minified and gzipped sizes, and what is in it. */
async function measure(entry) {
  const result = await esbuild.build({
    ...common,
    entryPoints: [entry],
    write: false,
    metafile: true,
    outdir: 'out',
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js')).contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const share = (re) =>
    Object.entries(inputs)
      .filter(([file]) => re.test(file))
      .reduce((sum, [, v]) => sum + v.bytesInOutput, 0);
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    lit: share(/node_modules\/(lit|lit-html|lit-element|@lit)\//),
    ky: share(/node_modules\/ky\//),
    zod: share(/node_modules\/zod\//),
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

async function size() {
  const rows = [
    ['task list alone (with the provider)', 'widgets/task-list/index.ts'],
    ['all widgets (tehostamo.js)', 'widgets/index.ts'],
  ];
  console.log(
    'bundle                                   min        min+gz     (of min: Lit, ky, zod)',
  );
  for (const [name, entry] of rows) {
    const m = await measure(entry);
    console.log(
      `${name.padEnd(40)} ${kb(m.min).padEnd(10)} ${kb(m.gzip).padEnd(10)} (${kb(m.lit)}, ${kb(m.ky)}, ${kb(m.zod)})`,
    );
  }
}

if (process.argv.includes('--size')) await size();
else await build();

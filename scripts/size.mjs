#!/usr/bin/env node
// The SDK's weight in a browser: a page that only lists tasks (createClient + client.tasks.list),
// bundled by esbuild for the browser, minified and gzipped. Bundling for the browser also proves
// that nothing on the SDK path needs Node. Fails when the figure passes the budget.
//
//   npm run size                 # or: node scripts/size.mjs --budget=50
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { browserContract } from './esbuild-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const budgetArg = process.argv.find((a) => a.startsWith('--budget='));
const budgetKb = budgetArg ? Number(budgetArg.slice('--budget='.length)) : 15;

const entries = {
  'tasks.list alone': `
    import { createClient } from './sdk/index.ts';
    const client = createClient({ baseUrl: location.origin });
    export const listTasks = (filter) => client.tasks.list(filter);
  `,
  'every export of the SDK': `export * from './sdk/index.ts';`,
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
let measured = 0;

for (const [name, contents] of Object.entries(entries)) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
    plugins: [browserContract],
  });
  const code = result.outputFiles[0].contents;
  const gzipped = zlib.gzipSync(code, { level: 9 }).length;
  if (!measured) measured = gzipped;
  console.log(`${name}: ${kb(code.length)} minified, ${kb(gzipped)} min+gz`);

  // Where the bytes come from, by package or by SDK file.
  const parts = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(
    Object.values(result.metafile.outputs)[0].inputs,
  )) {
    const key = file.includes('node_modules/')
      ? file.split('node_modules/').at(-1).split('/')[0]
      : path.dirname(file) === 'sdk/schemas'
        ? 'sdk/schemas/*'
        : file;
    parts.set(key, (parts.get(key) ?? 0) + bytesInOutput);
  }
  const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`  ${top.map(([k, v]) => `${k} ${kb(v)}`).join(', ')} (minified, before gzip)`);
}

if (measured > budgetKb * 1024) {
  console.error(`tasks.list alone is ${kb(measured)} min+gz, over the budget of ${budgetKb} kB`);
  process.exit(1);
}

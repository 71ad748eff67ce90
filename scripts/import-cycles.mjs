#!/usr/bin/env node
// Cycles in the import graph of sdk/, server/ and widgets/, as the code runs: `import type` and
// `export type` are left out (they are erased), every other static import or re-export counts.
// The migrator and its migrations import each other by design and are left out.
//
//   node scripts/import-cycles.mjs        # prints each cycle; exits 1 when there is one
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['sdk', 'server', 'widgets'];
const EXEMPT = /^server\/db\/(migrator\.ts|migrations\/)/;

function sourceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The relative modules a file loads when it runs. */
function runtimeImports(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      if (node.importClause?.isTypeOnly) continue;
    } else if (ts.isExportDeclaration(node)) {
      if (node.isTypeOnly || !node.moduleSpecifier) continue;
    } else continue;
    const spec = node.moduleSpecifier.text;
    if (spec.startsWith('.')) specifiers.push(path.resolve(path.dirname(file), spec));
  }
  return specifiers;
}

/** Each strongly connected component of more than one module, or a module importing itself. */
export function findCycles(root = ROOT) {
  const files = DIRS.flatMap((d) => sourceFiles(path.join(root, d)));
  const known = new Set(files);
  const edges = new Map(files.map((f) => [f, runtimeImports(f).filter((t) => known.has(t))]));
  // Tarjan's algorithm, iteratively.
  let index = 0;
  const order = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  for (const start of files) {
    if (order.has(start)) continue;
    const work = [[start, 0]];
    order.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      const next = edges.get(v)[i];
      if (next !== undefined) {
        frame[1]++;
        if (!order.has(next)) {
          order.set(next, index);
          low.set(next, index++);
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) {
          low.set(v, Math.min(low.get(v), order.get(next)));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v) === order.get(v)) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          component.push(path.relative(root, w));
        } while (w !== v);
        const selfLoop = edges.get(v).includes(v);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.filter((c) => !c.every((f) => EXEMPT.test(f)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cycles = findCycles();
  for (const c of cycles) console.log(`cycle: ${c.join(' <-> ')}`);
  console.log(cycles.length ? `${cycles.length} import cycle(s)` : 'no import cycles');
  process.exit(cycles.length ? 1 : 0);
}

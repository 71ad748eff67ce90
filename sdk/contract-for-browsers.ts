/**
 * Build time only: the module that stands in for `sdk/endpoints.ts` in the browser bundle
 * (`scripts/esbuild-browser.mjs`). The zod schemas stay the one source of truth: each response
 * schema is turned into JSON Schema by zod (`z.toJSONSchema`), then into the compact shapes that
 * `sdk/check.ts` checks answers against; shapes used more than once are shared in one table.
 * The browser gets method, path, idempotency and whether there is a query or a body — what the
 * request core reads — but not the summaries, error lists or request schemas (the server
 * validates requests).
 */
import * as z from 'zod';
import type { Shape } from './check.ts';
import type { Endpoint } from './endpoints.ts';

type Json = Record<string, unknown>;

/** JSON Schema (as zod writes it for outputs) → a shape; `$ref`s go through `defs`. */
export function shapeOf(schema: Json, defs: Record<string, Shape> = {}): Shape {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    if (!(name in defs)) throw new Error(`unknown $ref ${schema.$ref}`);
    return `#${name}`;
  }
  const sub = (s: unknown) => shapeOf(s as Json, defs);
  if ('const' in schema) return ['e', schema.const as Shape];
  if (Array.isArray(schema.enum)) return ['e', ...(schema.enum as Shape[])];
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[key])) {
      const options = (schema[key] as Json[]).map(sub);
      return options.length === 1 ? options[0]! : ['u', ...options];
    }
  }
  if (Array.isArray(schema.allOf)) return ['&', ...(schema.allOf as Json[]).map(sub)];
  const type = schema.type;
  if (Array.isArray(type)) return ['u', ...type.map((t) => shapeOf({ ...schema, type: t }, defs))];
  switch (type) {
    case 'string':
      return 's';
    case 'number':
      return 'n';
    case 'integer':
      return 'i';
    case 'boolean':
      return 'b';
    case 'null':
      return 'z';
    case 'array':
      if (Array.isArray(schema.prefixItems)) return ['t', ...schema.prefixItems.map(sub)];
      return ['a', schema.items ? sub(schema.items) : '*'];
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      const required = new Set((schema.required ?? []) as string[]);
      if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object')
        return ['r', sub(schema.additionalProperties)];
      const out: Record<string, Shape> = {};
      for (const [key, value] of Object.entries(properties))
        out[required.has(key) ? key : `${key}?`] = sub(value);
      return out;
    }
    case undefined:
      // `{}` is z.unknown() / z.any(); a schema with `not` only is z.never(), never in an answer.
      if (Object.keys(schema).every((k) => ['description', 'default', 'title'].includes(k)))
        return '*';
  }
  throw new Error(`no shape for JSON Schema ${JSON.stringify(schema).slice(0, 200)}`);
}

const compound = (s: Shape) => typeof s === 'object';

/**
 * Shares every compound shape that occurs more than once in one table, so a task's shape is
 * written once however many answers carry tasks. `$ref`s (`'#name'`) become table indexes.
 */
function share(roots: Shape[], defs: Record<string, Shape>) {
  const key = (s: Shape) => JSON.stringify(s);
  const counts = new Map<string, number>();
  const count = (s: Shape) => {
    if (!compound(s)) return;
    counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
    for (const child of Object.values(s as object) as Shape[]) count(child);
  };
  const all = [...roots, ...Object.values(defs)];
  all.forEach(count);

  const table: Shape[] = [];
  const index = new Map<string, number>();
  // Recursive schemas: each definition gets its slot first, so references can point at it.
  const defSlots = new Map<string, number>();
  for (const name of Object.keys(defs)) defSlots.set(name, table.push('*') - 1);

  const rewrite = (s: Shape): Shape => {
    if (typeof s === 'string' && s.startsWith('#')) return defSlots.get(s.slice(1))!;
    if (!compound(s)) return s;
    const k = key(s);
    const done = index.get(k);
    if (done !== undefined) return done;
    const inner: Shape = Array.isArray(s)
      ? s.map((c, i) => (i === 0 && typeof c === 'string' ? c : rewrite(c)))
      : Object.fromEntries(Object.entries(s).map(([name, c]) => [name, rewrite(c)]));
    // Values of an enum are data, not shapes: put back what rewrite() may have touched.
    const fixed = Array.isArray(s) && s[0] === 'e' ? s : inner;
    if ((counts.get(k) ?? 0) > 1 && k.length > 12) {
      const at = table.push(fixed) - 1;
      index.set(k, at);
      return at;
    }
    return fixed;
  };
  for (const [name, def] of Object.entries(defs)) table[defSlots.get(name)!] = rewrite(def);
  return { table, roots: roots.map(rewrite) };
}

/** Each endpoint's response shape (`null` for 204), and the table they share. */
export function browserShapes(endpoints: Record<string, Endpoint>) {
  const names = Object.keys(endpoints);
  const defs: Record<string, Shape> = {};
  const roots: Shape[] = [];
  for (const name of names) {
    const response = endpoints[name]!.response;
    if (!response) {
      roots.push('z');
      continue;
    }
    const json = z.toJSONSchema(response, { io: 'output', unrepresentable: 'throw' }) as Json;
    // Definitions (recursive schemas) get names unique across endpoints.
    const rename = (d: string) => `${name}.${d}`;
    const text = JSON.stringify(json).replace(/"#\/\$defs\/([^"]+)"/g, (_, d: string) =>
      JSON.stringify(`#/$defs/${rename(d)}`),
    );
    const renamed = JSON.parse(text) as Json;
    const theirDefs = (renamed.$defs ?? {}) as Record<string, Json>;
    const local: Record<string, Shape> = {};
    for (const d of Object.keys(theirDefs)) local[rename(d)] = '*';
    for (const [d, schema] of Object.entries(theirDefs)) local[rename(d)] = shapeOf(schema, local);
    Object.assign(defs, local);
    roots.push(shapeOf(renamed, local));
  }
  const { table, roots: shaped } = share(roots, defs);
  const shapes: Record<string, Shape | null> = {};
  names.forEach((name, i) => (shapes[name] = endpoints[name]!.response ? shaped[i]! : null));
  return { table, shapes };
}

/** The browser's `sdk/endpoints.ts`: an ES module as text, importing `checker` from `check.ts`. */
export function browserEndpointsModule(endpoints: Record<string, Endpoint>): string {
  const { table, shapes } = browserShapes(endpoints);
  const lines = Object.entries(endpoints).map(([name, e]) => {
    const fields = [`method:${JSON.stringify(e.method)}`, `path:${JSON.stringify(e.path)}`];
    if (e.query) fields.push('query:1');
    if (e.body) fields.push('body:1');
    if (e.idempotent) fields.push('idempotent:!0');
    const shape = shapes[name];
    fields.push(`response:${shape === null ? 'null' : `c(${JSON.stringify(shape)})`}`);
    return `${JSON.stringify(name)}:{${fields.join(',')}}`;
  });
  return [
    '// Generated at build time from sdk/endpoints.ts by sdk/contract-for-browsers.ts.',
    "import { checker } from './check.ts';",
    `const T = ${JSON.stringify(table)};`,
    'const c = (s) => checker(s, T);',
    `export const endpoints = {${lines.join(',')}};`,
    '',
  ].join('\n');
}

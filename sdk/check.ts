/**
 * A small structural check of an answer against the contract, for browsers. The browser bundle
 * does not carry zod (it was most of its weight): at build time each response schema is turned
 * into a compact shape (`sdk/contract-for-browsers.ts`), and this checks an answer against it.
 *
 * It checks what a caller relies on — the types, which fields are there, nulls, enums and
 * literals, arrays, unions — and not lengths, ranges or patterns, which the server's own zod
 * parse already guarantees. Node keeps the full zod parse.
 *
 * A shape is:
 *   `'s'` string, `'n'` number, `'i'` integer, `'b'` boolean, `'z'` null, `'*'` anything;
 *   `{ key: shape, 'key?': shape }` an object (`?` marks an optional field);
 *   `['a', item]` an array, `['t', ...items]` a tuple, `['r', value]` a record,
 *   `['e', ...values]` one of these exact values, `['u', ...shapes]` one of these shapes,
 *   `['&', ...shapes]` all of these shapes; a number is an index into the shared table.
 */
export type Shape = string | number | Shape[] | { [key: string]: Shape };

export interface CheckIssue {
  code: 'invalid_type' | 'invalid_value' | 'invalid_union';
  path: (string | number)[];
  message: string;
  expected?: string;
}

const TYPES: Record<string, [string, (v: unknown) => boolean]> = {
  s: ['string', (v) => typeof v === 'string'],
  n: ['number', (v) => typeof v === 'number' && Number.isFinite(v)],
  i: ['integer', (v) => Number.isInteger(v)],
  b: ['boolean', (v) => typeof v === 'boolean'],
  z: ['null', (v) => v === null],
  '*': ['anything', () => true],
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The issues of `value` against `shape`; empty when it fits. */
export function check(
  shape: Shape,
  value: unknown,
  table: readonly Shape[],
  path: (string | number)[] = [],
  issues: CheckIssue[] = [],
): CheckIssue[] {
  const fail = (code: CheckIssue['code'], expected: string) =>
    issues.push({ code, path, expected, message: `expected ${expected}` });
  if (typeof shape === 'number') return check(table[shape]!, value, table, path, issues);
  if (typeof shape === 'string') {
    const [name, test] = TYPES[shape]!;
    if (!test(value)) fail('invalid_type', name);
  } else if (Array.isArray(shape)) {
    const [kind, ...rest] = shape;
    if (kind === 'a' || kind === 't') {
      if (!Array.isArray(value)) fail('invalid_type', 'array');
      else if (kind === 't' && value.length !== rest.length) fail('invalid_type', 'tuple');
      else
        value.forEach((v, i) =>
          check(kind === 'a' ? rest[0]! : rest[i]!, v, table, [...path, i], issues),
        );
    } else if (kind === 'r') {
      if (!isObject(value)) fail('invalid_type', 'object');
      else for (const k in value) check(rest[0]!, value[k], table, [...path, k], issues);
    } else if (kind === 'e') {
      if (!rest.includes(value as Shape))
        fail('invalid_value', rest.map((v) => JSON.stringify(v)).join(' | '));
    } else if (kind === 'u') {
      if (!rest.some((s) => check(s, value, table).length === 0))
        fail('invalid_union', 'one of a union');
    } else for (const s of rest) check(s, value, table, path, issues);
  } else if (!isObject(value)) fail('invalid_type', 'object');
  else
    for (const key in shape) {
      const optional = key.endsWith('?');
      const name = optional ? key.slice(0, -1) : key;
      if (optional && value[name] === undefined) continue;
      check(shape[key]!, value[name], table, [...path, name], issues);
    }
  return issues;
}

/**
 * A stand-in for a zod schema where the SDK parses an answer: `safeParse` and, for objects,
 * `shape` (which the SDK reads to tell a paged list).
 */
export function checker(shape: Shape, table: readonly Shape[]) {
  let resolved = shape;
  while (typeof resolved === 'number') resolved = table[resolved]!;
  return {
    shape: isObject(resolved) ? resolved : undefined,
    safeParse(value: unknown) {
      const issues = check(shape, value, table);
      return issues.length
        ? ({ success: false, error: { issues } } as const)
        : ({ success: true, data: value } as const);
    },
  };
}

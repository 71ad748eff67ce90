/**
 * Every error code the server can send has a message in the widgets, in Finnish, Swedish and
 * English. Until the contract keeps the codes in one table, they are read from the server's
 * sources: the codes its error classes are thrown with, and the classes' defaults.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { en } from '../../widgets/i18n/en.ts';
import { fi } from '../../widgets/i18n/fi.ts';
import { sv } from '../../widgets/i18n/sv.ts';

const serverDir = new URL('../../server/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'seed' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The codes thrown in `server/`, by each error class's signature (see `server/errors.ts`). */
function serverCodes(): Set<string> {
  // The defaults of Unauthenticated, Forbidden, NotFound, Validation and RateLimited.
  const codes = new Set(['unauthenticated', 'forbidden', 'not_found', 'validation_failed']);
  codes.add('rate_limited');
  const code = `'([a-z0-9]+(?:_[a-z0-9]+)*)'`;
  for (const text of sources(serverDir)) {
    // Conflict(code, …), BadRequest(code, …), HttpError(status, code, …)
    for (const m of text.matchAll(new RegExp(`new (?:Conflict|BadRequest)\\(\\s*${code}`, 'g')))
      codes.add(m[1]!);
    for (const m of text.matchAll(new RegExp(`new HttpError\\(\\s*\\d+,\\s*${code}`, 'g')))
      codes.add(m[1]!);
    // Forbidden(message, code), Unauthenticated(message, code), Validation(message, details, code)
    const lastArgument = /new (?:Forbidden|Unauthenticated|Validation)\(((?:[^()]|\([^()]*\))*)\)/g;
    for (const m of text.matchAll(lastArgument)) {
      const last = new RegExp(`,\\s*${code}\\s*,?\\s*$`).exec(m[1]!);
      if (last) codes.add(last[1]!);
    }
  }
  return codes;
}

describe('error messages in the widgets', () => {
  const codes = serverCodes();

  it('finds the codes the server throws', () => {
    // A sample from each kind of throw, so that a broken pattern cannot pass silently.
    for (const known of [
      'task_not_open', // Conflict
      'invalid_json', // HttpError
      'not_a_group_member', // Forbidden
      'unknown_group_code', // Validation
      'user_required', // Unauthenticated
      'no_selection',
    ]) {
      assert.ok(codes.has(known), `${known} not found in server/`);
    }
    assert.ok(codes.size > 50, `only ${codes.size} codes found`);
  });

  for (const [lang, t] of Object.entries({ fi, sv, en })) {
    it(`has a message in ${lang} for every code the server can send`, () => {
      const missing = [...codes].filter((c) =>
        // The rate limit's message says how long to wait: its own function.
        c === 'rate_limited'
          ? typeof t.errors.rateLimited !== 'function'
          : !t.errors.codes[c]?.trim(),
      );
      assert.deepEqual(missing, [], `no ${lang} message for: ${missing.join(', ')}`);
    });
  }

  it('never shows one language’s message in another', () => {
    for (const code of codes) {
      if (code === 'rate_limited') continue;
      assert.notEqual(fi.errors.codes[code], en.errors.codes[code], code);
      assert.notEqual(sv.errors.codes[code], en.errors.codes[code], code);
    }
  });
});

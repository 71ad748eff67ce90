/**
 * Every error code the server can send has a message in the widgets, in Finnish, Swedish and
 * English: the codes of the contract's table (`sdk/error-codes.ts`), and the field codes that a
 * 422 carries in its issues, read from the server's sources.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { errorCodes } from '../../sdk/error-codes.ts';
import { apiErrorFrom } from '../../sdk/errors.ts';
import { en } from '../../widgets/i18n/en.ts';
import { fi } from '../../widgets/i18n/fi.ts';
import { sv } from '../../widgets/i18n/sv.ts';
import { errorText } from '../../widgets/shared/errors.ts';

const serverDir = new URL('../../server/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'seed' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The codes of the server's own field issues: `{ path, code }`, `fieldError({ field, code })`, `invalid(field, code, …)`. */
function issueCodes(): Set<string> {
  const codes = new Set<string>();
  const code = `'([a-z0-9]+(?:_[a-z0-9]+)+)'`;
  for (const text of sources(serverDir)) {
    for (const m of text.matchAll(new RegExp(`path: '[^']*',[^}]*?code: ${code}`, 'gs')))
      codes.add(m[1]!);
    // fieldError({ field: '…', message, issue, code: '…' })
    for (const m of text.matchAll(new RegExp(`field: '[^']*',[^}]*?code: ${code}`, 'gs')))
      codes.add(m[1]!);
    for (const m of text.matchAll(new RegExp(`invalid\\(\\s*'[^']*',\\s*${code}`, 'g')))
      codes.add(m[1]!);
  }
  return codes;
}

const tables = { fi, sv, en };

describe('error messages in the widgets', () => {
  const table = Object.keys(errorCodes);
  const issues = issueCodes();
  const codes = new Set([...table, ...issues]);

  it('reads the table and the server’s field codes', () => {
    for (const known of ['task_not_open', 'no_selection', 'not_a_group_member', 'invalid_json']) {
      assert.ok(table.includes(known), `${known} not in the table`);
    }
    for (const known of ['unknown_group_code', 'postal_code_required', 'visitor_required']) {
      assert.ok(issues.has(known), `${known} not found in server/`);
    }
  });

  for (const [lang, t] of Object.entries(tables)) {
    it(`has a message in ${lang} for every code the server can send`, () => {
      const missing = [...codes].filter((c) => !t.errors.codes[c]?.trim());
      assert.deepEqual(missing, [], `no ${lang} message for: ${missing.join(', ')}`);
    });

    it(`shows each code's own message in ${lang}, not the generic one`, () => {
      for (const code of table) {
        const status = [errorCodes[code as keyof typeof errorCodes].status].flat()[0]!;
        const text = errorText(apiErrorFrom({ status, code, message: code }), t);
        assert.notEqual(text, t.errors.generic, code);
        assert.ok(text.trim(), code);
      }
    });
  }

  it('says how long to wait when the server says so', () => {
    const error = apiErrorFrom({
      status: 429,
      code: 'rate_limited',
      message: 'slow down',
      headers: new Headers({ 'Retry-After': '30' }),
    });
    assert.equal(errorText(error, fi), fi.errors.rateLimited(30));
  });

  it('never shows one language’s message in another', () => {
    for (const code of codes) {
      assert.notEqual(fi.errors.codes[code], en.errors.codes[code], code);
      assert.notEqual(sv.errors.codes[code], en.errors.codes[code], code);
    }
  });
});

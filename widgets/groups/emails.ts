/**
 * Addresses pasted in any shape: one per line, separated by commas or semicolons, or copied from
 * a mail program as `Name <address>`. Each is checked with the contract's own rule (`Email`), so
 * what passes here passes on the server.
 */
import { Email } from '../../sdk/schemas/common.ts';

export interface ParsedEmails {
  /** Valid addresses, lower-cased, each once, in the order pasted. */
  valid: string[];
  /** What was not an address, as typed. */
  invalid: string[];
  /** Addresses pasted more than once (kept once in `valid`). */
  repeated: string[];
}

/** Splits pasted text into addresses and the pieces that are not addresses. */
export function parseEmails(text: string): ParsedEmails {
  const valid: string[] = [];
  const invalid: string[] = [];
  const repeated: string[] = [];
  // `Name <address>`: the address in angle brackets is what counts; the name is dropped.
  const withoutNames = text.replace(/[^,;\n<>]*<([^<>]*)>/g, ' $1 ');
  for (const raw of withoutNames.split(/[\s,;]+/)) {
    const piece = raw.replace(/^["'(<[]+|["')>\].:]+$/g, '');
    if (!piece) continue;
    const parsed = Email.safeParse(piece);
    if (!parsed.success) {
      if (!invalid.includes(piece)) invalid.push(piece);
      continue;
    }
    if (valid.includes(parsed.data)) {
      if (!repeated.includes(parsed.data)) repeated.push(parsed.data);
      continue;
    }
    valid.push(parsed.data);
  }
  return { valid, invalid, repeated };
}

/** Join codes' letters: no look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B), as the server's own codes. */
const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/**
 * A join code suggested from a group's name: the initials of its words (at most four letters,
 * without diacritics), then random characters up to eight. Changeable; the server has the last
 * word (`code_taken`).
 */
export function suggestCode(name: string, random: () => number = Math.random): string {
  const initials = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('')
    .slice(0, 4);
  let code = initials;
  while (code.length < 8) code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)];
  return code;
}

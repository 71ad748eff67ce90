/**
 * Numbers as people type them, in any of the widgets' languages: `1,5` (Finnish and Swedish)
 * and `1.5` (English) are both one and a half, and a space may group thousands (`1 000`).
 * Anything else is not a number: `1,5,5`, `1.000,5`, `1 5`, `1e3`, `0x10`, `12h` and `,` are
 * refused rather than guessed at, so that a typo never becomes a different amount.
 *
 * Number fields are `<input inputmode="decimal">` read with this, not `type="number"`, which
 * in some browsers and locales drops a decimal comma without a word ("1,5" became 15 h).
 */
export function parseDecimal(text: string): number | null {
  const match = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match || (!match[2] && !match[3])) return null;
  const whole = (match[2] || '0').replace(/[ \u00a0\u202f]/g, '');
  const value = Number(`${match[1]}${whole}.${match[3] ?? '0'}`);
  return Number.isFinite(value) ? value : null;
}

/** A whole number as typed (`3`, ` 12 `); a fraction or any other text is refused. */
export function parseWholeNumber(text: string): number | null {
  const value = parseDecimal(text);
  return value !== null && Number.isInteger(value) && !/[.,]/.test(text) ? value : null;
}

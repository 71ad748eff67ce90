/**
 * The Finnish business id (Y-tunnus): seven digits, a dash and a check digit. The check digit is
 * the weighted sum of the digits (weights 7, 9, 10, 5, 8, 4, 2) modulo 11: 0 stays 0, 1 is never
 * issued, anything else is 11 minus the remainder.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** The check digit for seven digits, or `null` when no id can be made of them. */
export function businessIdCheckDigit(digits: string): number | null {
  if (!/^\d{7}$/.test(digits)) return null;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

/** Whether `value` is a well-formed business id with the right check digit. */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  return match !== null && businessIdCheckDigit(match[1]!) === Number(match[2]);
}

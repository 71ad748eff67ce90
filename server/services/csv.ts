/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark; in Finnish and Swedish `;` between fields
 * and a decimal comma, as a spreadsheet in a Finnish office expects; in English `,` and a point.
 * Fields are quoted when they hold the separator, a quote or a line break (RFC 4180), and text
 * that a spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe.
 */
export type CsvLang = 'fi' | 'sv' | 'en';
export type CsvValue = string | number | boolean | null | undefined;

export function toCsv(header: string[], rows: CsvValue[][], lang: CsvLang): string {
  const sep = lang === 'en' ? ',' : ';';
  const cell = (v: CsvValue): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') {
      const s = String(v);
      return lang === 'en' ? s : s.replace('.', ',');
    }
    let s = typeof v === 'boolean' ? (v ? 'true' : 'false') : v;
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[";,\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header, ...rows].map((r) => r.map(cell).join(sep));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

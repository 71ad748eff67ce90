/**
 * Message text as plain text and links: only `http:` and `https:` addresses become links, and
 * nothing else in the text is interpreted (the parts are rendered as text by Lit).
 */
export type Segment = { text: string } | { text: string; href: string };

const URL_LIKE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence is not part of the address.
const TRAILING = /[.,;:!?)\]}'"]+$/;

export function linkify(body: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_LIKE)) {
    let candidate = match[0];
    const trailing = TRAILING.exec(candidate)?.[0] ?? '';
    // Keep a closing parenthesis that closes one opened inside the address (Wikipedia links).
    let cut = trailing.length;
    if (trailing.startsWith(')') && candidate.slice(0, -cut).includes('(')) cut -= 1;
    candidate = candidate.slice(0, candidate.length - cut);
    const start = match.index;
    let href: string | null = null;
    try {
      const url = new URL(candidate);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) href = url.href;
    } catch {
      href = null;
    }
    if (!href) continue;
    if (start > last) out.push({ text: body.slice(last, start) });
    out.push({ text: candidate, href });
    last = start + candidate.length;
  }
  if (last < body.length) out.push({ text: body.slice(last) });
  return out;
}

/**
 * What the end-to-end walks read outside the browser: the emails the server wrote to its mail
 * folder (`.eml` files, as without an SMTP server), decoded enough to read a code and follow links.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Mail {
  file: string;
  to: string;
  kind: string;
  subject: string;
  /** The plain-text part, decoded. */
  text: string;
  /** The HTML part, decoded ('' when there is none). */
  html: string;
}

function decode(body: string, encoding: string): string {
  if (/base64/i.test(encoding))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function headers(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

/** The text and HTML parts of a (possibly multipart) message. */
function parts(raw: string): { text: string; html: string; head: Record<string, string> } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = headers(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const type = head['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!boundary) {
    const decoded = decode(body, head['content-transfer-encoding'] ?? '');
    return /text\/html/i.test(type)
      ? { text: '', html: decoded, head }
      : { text: decoded, html: '', head };
  }
  let text = '';
  let html = '';
  for (const chunk of body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const inner = parts(chunk.replace(/^\r?\n/, ''));
    text ||= inner.text;
    html ||= inner.html;
  }
  return { text, html, head };
}

const decodeWord = (value: string) =>
  value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decode(data.replace(/_/g, ' '), 'quoted-printable'),
  );

/** Every email in the folder, oldest first. */
export function readMailFolder(dir: string): Mail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) => {
      const { text, html, head } = parts(fs.readFileSync(path.join(dir, file), 'utf8'));
      return {
        file,
        to: (/<?([^<>\s]+@[^<>\s]+)>?/.exec(head.to ?? '')?.[1] ?? '').toLowerCase(),
        kind: head['x-tehostamo-kind'] ?? '',
        subject: decodeWord(head.subject ?? ''),
        text,
        html,
      };
    });
}

/** Waits for an email to `to` (of `kind`) that was not there before (`after` files seen). */
export async function waitForMail(
  dir: string,
  to: string,
  kind: string,
  seen: Set<string> = new Set(),
  timeoutMs = 30_000,
): Promise<Mail> {
  const start = Date.now();
  for (;;) {
    const mail = readMailFolder(dir).find(
      (m) => m.to === to.toLowerCase() && m.kind === kind && !seen.has(m.file),
    );
    if (mail) return mail;
    if (Date.now() - start > timeoutMs) throw new Error(`no ${kind} email came to ${to}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The links of an email: from its HTML part's `href`s and its text part's URLs. */
export function linksOf(mail: Mail): string[] {
  const found = new Set<string>();
  for (const m of mail.html.matchAll(/href="([^"]+)"/g)) found.add(m[1]!.replace(/&amp;/g, '&'));
  for (const m of mail.text.matchAll(/https?:\/\/[^\s<>")]+/g))
    found.add(m[0].replace(/[.,;]$/, ''));
  return [...found];
}

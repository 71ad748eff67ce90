import type { Lang } from '../../sdk/schemas/common.ts';
import type { Rendered } from './templates/types.ts';
import { escapeHtml } from '../html.ts';

export interface MailParts {
  subject: string;
  text: string;
  html: string;
}

const signature: Record<Lang, string> = {
  fi: 'Tehostamo – järjestöjen tukipalveluiden vertaisapu',
  sv: 'Tehostamo – kamratstöd för organisationers stödtjänster',
  en: "Tehostamo – peer help for non-profits' support services",
};

const unsubscribeLabel: Record<Lang, string> = {
  fi: 'En halua enää näitä viestejä',
  sv: 'Jag vill inte längre få dessa meddelanden',
  en: 'Stop these messages',
};

/** The action's address: the app's page on `PUBLIC_URL`, or a whole URL given as is. */
export function actionUrl(origin: string, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${origin.replace(/\/$/, '')}${path}`;
}

/** Escaped text with line breaks kept; bare http(s) addresses become links (already escaped). */
function paragraph(text: string): string {
  return escapeHtml(text)
    .replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}" style="color:#0b3d91">${url}</a>`)
    .replace(/\n/g, '<br>\n');
}

/**
 * The one layout of every email: the template's text, then the link to the page where the reader
 * acts (in the text part on its own line; in the HTML part as a button), then the signature.
 */
export function layout(
  lang: Lang,
  origin: string,
  content: Rendered,
  options: { unsubscribeUrl?: string } = {},
): MailParts {
  const url = content.action ? actionUrl(origin, content.action.path) : null;
  const unsubscribe = options.unsubscribeUrl ?? null;
  const text = [
    content.text.trimEnd(),
    url ? `\n${content.action!.label}:\n${url}` : null,
    `\n--\n${signature[lang]}`,
    unsubscribe ? `${unsubscribeLabel[lang]}: ${unsubscribe}` : null,
  ]
    .filter((p) => p !== null)
    .join('\n');

  const paragraphs = content.text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${paragraph(p)}</p>`)
    .join('\n');
  const button = url
    ? `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:#0b3d91;color:#ffffff;text-decoration:none;font-weight:bold">${escapeHtml(content.action!.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555555">${escapeHtml(url)}</p>`
    : '';
  const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:#1a1a1a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">
${paragraphs}
${button}
<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 12px">
<p style="margin:0;font-size:13px;color:#555555">${escapeHtml(signature[lang])}</p>
${unsubscribe ? `<p style="margin:8px 0 0;font-size:13px"><a href="${escapeHtml(unsubscribe)}" style="color:#555555">${escapeHtml(unsubscribeLabel[lang])}</a></p>\n` : ''}</div>
</body>
</html>
`;
  return { subject: content.subject, text, html };
}

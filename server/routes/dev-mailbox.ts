import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import { Op } from 'sequelize';
import type { Deps } from '../context.ts';
import { OutboxMessage } from '../db/models/index.ts';
import { NotFound } from '../errors.ts';
import { escapeHtml } from '../html.ts';

/**
 * The development mailbox: with no SMTP server, every queued email is listed here so that a
 * newcomer can sign in with the emailed code. Mounted only when `config.devMailbox` is on.
 */
export function devMailboxRoutes(deps: Deps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const to = typeof req.query.to === 'string' ? req.query.to.trim().toLowerCase() : '';
    const rows = await OutboxMessage.findAll({
      where: to ? { toEmail: { [Op.eq]: to } } : {},
      order: [['id', 'DESC']],
      limit: 100,
    });
    const items = rows
      .map(
        (m) => `<article>
  <header><strong>${escapeHtml(m.subject)}</strong></header>
  <p class="meta">To <a href="?to=${encodeURIComponent(m.toEmail)}">${escapeHtml(m.toEmail)}</a> ·
    ${m.createdAt.toISOString()} · ${escapeHtml(m.kind)} · ${escapeHtml(m.status)}
    ${m.status === 'sent' && !deps.config.smtpUrl ? ` · <a href="/dev/mailbox/${m.id}.eml">.eml</a>` : ''}</p>
  <pre>${escapeHtml(m.textBody)}</pre>
</article>`,
      )
      .join('\n');
    res.type('html').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Development mailbox – Tehostamo</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a2e; }
  article { border: 1px solid #ccd; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
  .meta { color: #4a4a5e; font-size: 0.875rem; margin: 0.25rem 0; }
  pre { white-space: pre-wrap; font: inherit; margin: 0.5rem 0 0; }
</style></head>
<body>
<h1>Development mailbox</h1>
<p>Emails are not sent: no <code>SMTP_URL</code> is set. The newest 100${to ? ` to <strong>${escapeHtml(to)}</strong> (<a href="/dev/mailbox">all</a>)` : ''} are below; they are also written under <code>${escapeHtml(deps.config.mailDir)}</code>.</p>
<form method="get"><label>Recipient <input name="to" type="email" value="${escapeHtml(to)}"></label> <button>Show</button></form>
${items || '<p>No messages yet.</p>'}
</body></html>`);
  });

  router.get('/:id.eml', (req, res) => {
    const id = Number(req.params.id);
    if (!Number.isInteger(id) || id <= 0) throw new NotFound('message');
    const file = path.join(deps.config.mailDir, `${String(id).padStart(8, '0')}.eml`);
    if (!fs.existsSync(file)) throw new NotFound('message');
    res.type('message/rfc822').sendFile(path.resolve(file));
  });

  return router;
}

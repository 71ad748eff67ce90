import crypto from 'node:crypto';
import type { Transaction } from 'sequelize';
import type { AlertKind } from '../../sdk/schemas/alerts.ts';
import type { Lang } from '../../sdk/schemas/common.ts';
import type { Config } from '../config.ts';
import type { Deps } from '../context.ts';
import { Membership, OutboxMessage, User } from '../db/models/index.ts';
import { unsubscribeToken, unsubscribeUrl } from '../services/unsubscribe.ts';
import { layout, type MailParts } from './layout.ts';
import { templates, type TemplateData, type TemplateName } from './templates/index.ts';
import type { Rendered } from './templates/types.ts';

export interface MailRequest<K extends TemplateName> {
  to: string;
  lang: Lang;
  template: K;
  data: TemplateData<K>;
  /**
   * The kind of alert this message is (alerts, digests, reminders): it then carries a one-click
   * unsubscribe link and `List-Unsubscribe` headers that turn exactly this kind off for `to`.
   */
  unsubscribe?: AlertKind;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Sent before everything else: somebody is waiting for the code on a screen. */
export const PRIORITY_URGENT = 0;
export const PRIORITY_NORMAL = 5;
/** Mail to many at once (a group, every applicant): after the mail of one person's action. */
export const PRIORITY_BULK = 8;

/**
 * How urgent each kind of message is and how long it is worth sending. A sign-in code is useless
 * once it has expired; a task confirmation is still worth having a day late.
 */
function policy<K extends TemplateName>(
  mail: MailRequest<K>,
  config: Pick<Config, 'mailMaxAgeHours'>,
): { priority: number; lifetimeMs: number } {
  const normal = config.mailMaxAgeHours * HOUR;
  switch (mail.template) {
    case 'erasure_code':
    case 'closure_code':
    case 'sign_in_code':
      return {
        priority: PRIORITY_URGENT,
        lifetimeMs: (mail.data as { minutes: number }).minutes * MINUTE,
      };
    case 'visitor_verification':
      return {
        priority: PRIORITY_URGENT,
        lifetimeMs: Math.min(
          (mail.data as TemplateData<'visitor_verification'>).hours * HOUR,
          normal,
        ),
      };
    case 'directory_edit_link':
      return {
        priority: PRIORITY_URGENT,
        lifetimeMs: Math.min(
          (mail.data as TemplateData<'directory_edit_link'>).hours * HOUR,
          normal,
        ),
      };
    case 'group_task_posted':
    case 'thanked':
    case 'task_alert':
    case 'task_digest':
    case 'task_expired':
      return { priority: PRIORITY_BULK, lifetimeMs: normal };
    default:
      return { priority: PRIORITY_NORMAL, lifetimeMs: normal };
  }
}

/** The subject, text and HTML of a message, in the recipient's language, linking to `origin`. */
export function renderMail<K extends TemplateName>(
  origin: string,
  mail: Pick<MailRequest<K>, 'lang' | 'template' | 'data'>,
  options: { unsubscribeUrl?: string } = {},
): MailParts {
  const render = (templates[mail.template] as Record<Lang, (d: TemplateData<K>) => Rendered>)[
    mail.lang
  ];
  return layout(mail.lang, origin, render(mail.data), options);
}

/** `<random@host-of-PUBLIC_URL>`: unique, and the same for every attempt to send the message. */
export function newMessageId(publicUrl: string): string {
  let host = 'tehostamo.local';
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {
    // keep the default
  }
  return `<${crypto.randomUUID()}@${host}>`;
}

/** The domain of erased accounts' placeholder addresses (`.invalid` never resolves, RFC 2606). */
export const ERASED_DOMAIN = 'erased.invalid';

export function isErasedAddress(email: string): boolean {
  return email.endsWith(`@${ERASED_DOMAIN}`);
}

/**
 * Queues an email in the outbox, inside the caller's transaction: the message exists exactly when
 * the change it tells of was committed. The mailer sends it later (and again, until it goes).
 */
export async function enqueueMail<K extends TemplateName>(
  ctx: { config: Pick<Config, 'publicUrl' | 'mailMaxAgeHours'> },
  t: Transaction,
  mail: MailRequest<K>,
): Promise<void> {
  // An erased account's placeholder address is no one's: nothing is sent to it.
  if (isErasedAddress(mail.to)) return;
  const listUnsubscribe = mail.unsubscribe
    ? unsubscribeUrl(ctx.config.publicUrl, await unsubscribeToken(mail.to, mail.unsubscribe, t))
    : null;
  const { subject, text, html } = renderMail(ctx.config.publicUrl, mail, {
    ...(listUnsubscribe ? { unsubscribeUrl: listUnsubscribe } : {}),
  });
  const { priority, lifetimeMs } = policy(mail, ctx.config);
  const now = Date.now();
  await OutboxMessage.create(
    {
      kind: mail.template,
      toEmail: mail.to,
      subject,
      textBody: text,
      htmlBody: html,
      messageId: newMessageId(ctx.config.publicUrl),
      priority,
      notAfter: new Date(now + lifetimeMs),
      nextAttemptAt: new Date(now),
      listUnsubscribe,
    },
    { transaction: t },
  );
}

/**
 * Asks the mailer to send what is queued as soon as the transaction `t` commits, rather than at
 * its next tick. For a savepoint that is when the transaction it is part of commits (an
 * idempotent request's, server/http/idempotency.ts): before that a sender would not see the mail.
 */
export function sendAfterCommit(ctx: Pick<Deps, 'mailer' | 'logger'>, t: Transaction): void {
  let root = t;
  while ((root as Transaction & { parent?: Transaction }).parent) {
    root = (root as Transaction & { parent: Transaction }).parent;
  }
  root.afterCommit(() => {
    ctx.mailer.flush().catch((err) => ctx.logger.error({ err }, 'outbox flush failed'));
  });
}

/** Queues the same email to each admin of an organisation, each in their own language. */
export async function mailAdmins<K extends TemplateName>(
  ctx: { config: Pick<Config, 'publicUrl' | 'mailMaxAgeHours'> },
  t: Transaction,
  organisationId: number,
  mail: Omit<MailRequest<K>, 'to' | 'lang'>,
): Promise<void> {
  const admins = await Membership.findAll({
    where: { organisationId, role: 'admin' },
    include: [{ model: User, as: 'user', attributes: ['email', 'lang'] }],
    transaction: t,
  });
  for (const admin of admins) {
    const to = (admin as Membership & { user: User | null }).user;
    if (to) await enqueueMail(ctx, t, { ...mail, to: to.email, lang: to.lang } as MailRequest<K>);
  }
}

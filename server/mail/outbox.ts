import type { Transaction } from 'sequelize';
import type { Lang } from '../../sdk/schemas/common.ts';
import { OutboxMessage } from '../db/models/index.ts';
import { templates, type TemplateData, type TemplateName } from './templates/index.ts';

export interface MailRequest<K extends TemplateName> {
  to: string;
  lang: Lang;
  template: K;
  data: TemplateData<K>;
}

/**
 * Queues an email in the outbox, inside the caller's transaction: the message exists exactly when
 * the change it tells of was committed. The mailer sends it later (and again, until it goes).
 */
export async function enqueueMail<K extends TemplateName>(
  t: Transaction,
  mail: MailRequest<K>,
): Promise<void> {
  const render = (
    templates[mail.template] as Record<
      Lang,
      (d: TemplateData<K>) => { subject: string; text: string }
    >
  )[mail.lang];
  const { subject, text } = render(mail.data);
  await OutboxMessage.create(
    { kind: mail.template, toEmail: mail.to, subject, textBody: text, nextAttemptAt: new Date() },
    { transaction: t },
  );
}

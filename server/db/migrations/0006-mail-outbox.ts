import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * The outbox learns what a sender needs to deliver fast and at most once: an HTML part, a
 * Message-ID fixed when the message is queued, a priority (sign-in codes first), the time after
 * which a message is no longer worth sending, and the sending states (`sending` with the claim of
 * the process that sends it, and when the end of the message was handed to the SMTP server).
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.addColumn('outbox', 'html_body', { type: DataTypes.TEXT, allowNull: true });
  await qi.addColumn('outbox', 'message_id', { type: DataTypes.STRING(200), allowNull: true });
  await qi.addColumn('outbox', 'priority', {
    type: DataTypes.INTEGER,
    allowNull: false,
    defaultValue: 5,
  });
  await qi.addColumn('outbox', 'not_after', { type: DataTypes.DATE, allowNull: true });
  await qi.addColumn('outbox', 'claim', { type: DataTypes.STRING(40), allowNull: true });
  await qi.addColumn('outbox', 'data_sent_at', { type: DataTypes.DATE, allowNull: true });
  // Due messages in the order they are sent: most urgent first, then oldest first.
  await qi.addIndex('outbox', ['status', 'priority', 'id'], { name: 'outbox_status_priority_id' });
  await qi.addIndex('outbox', ['claim'], { name: 'outbox_claim' });
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.removeIndex('outbox', 'outbox_claim');
  await qi.removeIndex('outbox', 'outbox_status_priority_id');
  for (const column of [
    'data_sent_at',
    'claim',
    'not_after',
    'priority',
    'message_id',
    'html_body',
  ]) {
    await qi.removeColumn('outbox', column);
  }
};

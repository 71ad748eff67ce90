import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * Matching: what each person wants to be told and how often (`alert_settings`, by email, so that
 * group members without an account can turn group alerts off too); how far each digest has
 * covered; a private calendar feed token per user; invitations to apply; the key that signs
 * unsubscribe links; an outbox message's one-click unsubscribe address; and when a task expired.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.createTable('alert_settings', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
    email: { type: DataTypes.STRING(254), allowNull: false },
    kind: { type: DataTypes.STRING(40), allowNull: false },
    frequency: { type: DataTypes.STRING(10), allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('alert_settings', ['email', 'kind'], {
    unique: true,
    name: 'alert_settings_email_kind',
  });
  // The end of the period the last digest of each kind covered (tasks published before it).
  await qi.addColumn('users', 'new_tasks_digest_through', {
    type: DataTypes.DATE,
    allowNull: true,
  });
  await qi.addColumn('users', 'group_tasks_digest_through', {
    type: DataTypes.DATE,
    allowNull: true,
  });
  await qi.addColumn('users', 'calendar_token_hash', {
    type: DataTypes.STRING(64),
    allowNull: true,
  });
  await qi.addIndex('users', ['calendar_token_hash'], {
    unique: true,
    name: 'users_calendar_token_hash',
  });
  await qi.createTable('task_invitations', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
    task_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'tasks', key: 'id' },
      onDelete: 'CASCADE',
    },
    user_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'users', key: 'id' },
      onDelete: 'CASCADE',
    },
    invited_by_id: { type: DataTypes.INTEGER, allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('task_invitations', ['task_id', 'user_id'], {
    unique: true,
    name: 'task_invitations_task_user',
  });
  await qi.createTable('signing_keys', {
    name: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    secret: { type: DataTypes.STRING(100), allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addColumn('outbox', 'list_unsubscribe', {
    type: DataTypes.STRING(500),
    allowNull: true,
  });
  await qi.addColumn('tasks', 'expired_at', { type: DataTypes.DATE, allowNull: true });
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.removeColumn('tasks', 'expired_at');
  await qi.removeColumn('outbox', 'list_unsubscribe');
  await qi.dropTable('signing_keys');
  await qi.dropTable('task_invitations');
  await qi.removeIndex('users', 'users_calendar_token_hash');
  await qi.removeColumn('users', 'calendar_token_hash');
  await qi.removeColumn('users', 'group_tasks_digest_through');
  await qi.removeColumn('users', 'new_tasks_digest_through');
  await qi.dropTable('alert_settings');
};

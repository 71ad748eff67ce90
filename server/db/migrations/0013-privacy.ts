import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };

/**
 * Privacy: when a person was last active and was warned of inactivity, when an account was
 * erased or an organisation closed, the emailed codes that confirm those, and the audit log.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.addColumn('users', 'last_active_at', { type: DataTypes.DATE, allowNull: true });
  await qi.addColumn('users', 'inactivity_warned_at', { type: DataTypes.DATE, allowNull: true });
  await qi.addColumn('users', 'erased_at', { type: DataTypes.DATE, allowNull: true });
  await qi.addIndex('users', ['last_active_at']);
  await qi.addColumn('organisations', 'closed_at', { type: DataTypes.DATE, allowNull: true });

  await qi.createTable('confirmation_codes', {
    id,
    purpose: { type: DataTypes.STRING(24), allowNull: false },
    user_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'users', key: 'id' },
      onDelete: 'CASCADE',
    },
    organisation_id: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'organisations', key: 'id' },
      onDelete: 'CASCADE',
    },
    code_hash: { type: DataTypes.STRING(64), allowNull: false },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    expires_at: { type: DataTypes.DATE, allowNull: false },
    consumed_at: { type: DataTypes.DATE, allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('confirmation_codes', ['user_id', 'purpose']);
  await qi.addIndex('confirmation_codes', ['expires_at']);

  // No foreign keys: the log outlives what it tells of (an erased account, a closed organisation).
  await qi.createTable('audit_events', {
    id,
    kind: { type: DataTypes.STRING(40), allowNull: false },
    user_id: { type: DataTypes.INTEGER, allowNull: true },
    organisation_id: { type: DataTypes.INTEGER, allowNull: true },
    actor_user_id: { type: DataTypes.INTEGER, allowNull: true },
    actor_key_id: { type: DataTypes.INTEGER, allowNull: true },
    ip: { type: DataTypes.STRING(64), allowNull: true },
    details: { type: DataTypes.TEXT, allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('audit_events', ['user_id', 'id']);
  await qi.addIndex('audit_events', ['organisation_id', 'id']);
  await qi.addIndex('audit_events', ['created_at']);
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.dropTable('audit_events');
  await qi.dropTable('confirmation_codes');
  await qi.removeColumn('organisations', 'closed_at');
  await qi.removeIndex('users', ['last_active_at']);
  await qi.removeColumn('users', 'erased_at');
  await qi.removeColumn('users', 'inactivity_warned_at');
  await qi.removeColumn('users', 'last_active_at');
};

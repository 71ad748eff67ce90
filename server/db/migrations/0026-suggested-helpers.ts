import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * Suggested helpers: whether a person said they are available to help (only they are suggested
 * to requesters), how many invitations to apply a task has sent (the cap is a conditional update
 * on this counter, so parallel invitations never pass it), and when an invited person applied.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.addColumn('users', 'available_to_help', {
    type: DataTypes.BOOLEAN,
    allowNull: false,
    defaultValue: false,
  });
  // The suggestions read the available people, most recently active first.
  await qi.addIndex('users', ['available_to_help', 'last_active_at'], {
    name: 'users_available_last_active',
  });
  await qi.addColumn('tasks', 'invitations_sent', {
    type: DataTypes.INTEGER,
    allowNull: false,
    defaultValue: 0,
  });
  await qi.addColumn('task_invitations', 'accepted_at', {
    type: DataTypes.DATE,
    allowNull: true,
  });
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.removeColumn('task_invitations', 'accepted_at');
  await qi.removeColumn('tasks', 'invitations_sent');
  await qi.removeIndex('users', 'users_available_last_active');
  await qi.removeColumn('users', 'available_to_help');
};

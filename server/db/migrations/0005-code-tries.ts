import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * Sign-in codes count wrong tries from the client that asked for the code apart from everyone
 * else's, so a stranger's guesses cannot lock the owner out of a code already in the inbox.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.addColumn('auth_codes', 'other_attempts', {
    type: DataTypes.INTEGER,
    allowNull: false,
    defaultValue: 0,
  });
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.removeColumn('auth_codes', 'other_attempts');
};

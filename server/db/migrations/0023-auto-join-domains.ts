import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * The email domains whose people join an organisation at once through a publishable key (their
 * address proved by the emailed code). A key that let anyone join now has none: its visitors ask
 * to join and the admins decide, until the admins name their domains.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.addColumn('api_keys', 'auto_join_domains', {
    type: DataTypes.TEXT,
    allowNull: false,
    defaultValue: '[]',
  });
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.removeColumn('api_keys', 'auto_join_domains');
};

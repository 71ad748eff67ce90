import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * An umbrella's invitation to an organisation to become its member: the membership (an
 * affiliation) exists only once the member organisation's admins accept.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.createTable('affiliation_invitations', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    umbrella_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'organisations', key: 'id' },
      onDelete: 'CASCADE',
    },
    member_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'organisations', key: 'id' },
      onDelete: 'CASCADE',
    },
    invited_by_id: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'users', key: 'id' },
      onDelete: 'SET NULL',
    },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('affiliation_invitations', ['umbrella_id', 'member_id'], { unique: true });
  await qi.addIndex('affiliation_invitations', ['member_id']);
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.dropTable('affiliation_invitations');
};

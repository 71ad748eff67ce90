import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/** How far each person has read each task's chat, so the unread count follows them across devices. */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.createTable('message_reads', {
    user_id: {
      type: DataTypes.INTEGER,
      primaryKey: true,
      allowNull: false,
      references: { model: 'users', key: 'id' },
      onDelete: 'CASCADE',
    },
    task_id: {
      type: DataTypes.INTEGER,
      primaryKey: true,
      allowNull: false,
      references: { model: 'tasks', key: 'id' },
      onDelete: 'CASCADE',
    },
    last_read_id: { type: DataTypes.INTEGER, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.dropTable('message_reads');
};

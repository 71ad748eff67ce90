import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/** Request counters per bucket (e.g. sign-in codes per address) and fixed time window. */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.createTable('rate_limits', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
    bucket: { type: DataTypes.STRING(200), allowNull: false },
    window_start: { type: DataTypes.DATE, allowNull: false },
    hits: { type: DataTypes.INTEGER, allowNull: false },
  });
  await qi.addIndex('rate_limits', ['bucket', 'window_start'], { unique: true });
  await qi.addIndex('rate_limits', ['window_start']);
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.dropTable('rate_limits');
};

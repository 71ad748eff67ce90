import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * Scheduled work done, one row per due item (`job`, `item_key`), written in the same transaction as
 * the work itself. The unique key is what makes an item run exactly once across server processes:
 * a second process's insert waits for the first one's transaction and then fails (it committed)
 * or goes ahead (it rolled back, or its process died).
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.createTable('job_runs', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
    job: { type: DataTypes.STRING(64), allowNull: false },
    item_key: { type: DataTypes.STRING(180), allowNull: false },
    ran_at: { type: DataTypes.DATE, allowNull: false },
    owner: { type: DataTypes.STRING(100), allowNull: false },
  });
  await qi.addIndex('job_runs', ['job', 'item_key'], { unique: true, name: 'job_runs_job_item' });
  await qi.addIndex('job_runs', ['job', 'ran_at'], { name: 'job_runs_job_ran_at' });
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.dropTable('job_runs');
};

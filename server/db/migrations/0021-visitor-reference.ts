import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * An unguessable reference for each visitor's help request: its confirmation is found by the
 * reference, not by the task's sequential id, so nobody can spend another person's tries.
 * Requests made before this migration have none and are confirmed by the task id until they
 * expire.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.addColumn('visitor_requests', 'reference', {
    type: DataTypes.STRING(32),
    allowNull: true,
  });
  await qi.addIndex('visitor_requests', ['reference'], {
    name: 'visitor_requests_reference',
    unique: true,
  });
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.removeIndex('visitor_requests', 'visitor_requests_reference');
  await qi.removeColumn('visitor_requests', 'reference');
};

import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/** Creating requests made with an Idempotency-Key, kept at least 24 hours for replay. */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.createTable('idempotency_keys', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
    lookup: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    scope: { type: DataTypes.STRING(100), allowNull: false },
    idempotency_key: { type: DataTypes.STRING(255), allowNull: false },
    method: { type: DataTypes.STRING(10), allowNull: false },
    path: { type: DataTypes.STRING(300), allowNull: false },
    request_hash: { type: DataTypes.STRING(64), allowNull: false },
    response_status: { type: DataTypes.INTEGER, allowNull: true },
    // MEDIUMTEXT on MySQL (TEXT stops at 64 KB); SQLite has one TEXT and warns about sizes.
    response_body: {
      type: qi.sequelize.getDialect() === 'sqlite' ? DataTypes.TEXT : DataTypes.TEXT('medium'),
      allowNull: true,
    },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  // Expiry deletes by age.
  await qi.addIndex('idempotency_keys', ['created_at']);
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.dropTable('idempotency_keys');
};

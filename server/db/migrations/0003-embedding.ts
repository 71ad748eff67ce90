import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };
const createdAt = { type: DataTypes.DATE, allowNull: false };
const ref = (
  table: string,
  onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL' = 'CASCADE',
  allowNull = false,
) => ({
  type: DataTypes.INTEGER,
  allowNull,
  references: { model: table, key: 'id' },
  onDelete,
});
const jsonList = { type: DataTypes.TEXT, allowNull: false };

/**
 * Embedding on other sites: publishable-key settings, visitors' help requests waiting for email
 * confirmation, requests to join an organisation, and companies' pro bono programmes.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  // Whether a visitor who confirms a request through the key becomes a member at once.
  await qi.addColumn('api_keys', 'auto_join', {
    type: DataTypes.BOOLEAN,
    allowNull: false,
    defaultValue: false,
  });
  await qi.addColumn('api_keys', 'rotated_at', { type: DataTypes.DATE, allowNull: true });

  await qi.createTable('visitor_requests', {
    id,
    task_id: ref('tasks'),
    api_key_id: ref('api_keys'),
    organisation_id: ref('organisations'),
    email: { type: DataTypes.STRING(254), allowNull: false },
    name: { type: DataTypes.STRING(120), allowNull: false },
    lang: { type: DataTypes.STRING(2), allowNull: false },
    code_hash: { type: DataTypes.STRING(64), allowNull: false },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    ip: { type: DataTypes.STRING(64), allowNull: false },
    expires_at: { type: DataTypes.DATE, allowNull: false },
    verified_at: { type: DataTypes.DATE, allowNull: true },
    created_at: createdAt,
  });
  // One request per task; rate limits count by address, by key and by email; the sweep by expiry.
  await qi.addIndex('visitor_requests', ['task_id'], { unique: true });
  await qi.addIndex('visitor_requests', ['ip', 'created_at']);
  await qi.addIndex('visitor_requests', ['api_key_id', 'created_at']);
  await qi.addIndex('visitor_requests', ['email', 'verified_at']);
  await qi.addIndex('visitor_requests', ['verified_at', 'expires_at']);

  await qi.createTable('join_requests', {
    id,
    organisation_id: ref('organisations'),
    user_id: ref('users'),
    api_key_id: ref('api_keys', 'SET NULL', true),
    task_id: ref('tasks', 'SET NULL', true),
    status: { type: DataTypes.STRING(10), allowNull: false, defaultValue: 'pending' },
    decided_by_id: ref('users', 'SET NULL', true),
    decided_at: { type: DataTypes.DATE, allowNull: true },
    created_at: createdAt,
  });
  // One request per person per organisation, whatever the race.
  await qi.addIndex('join_requests', ['organisation_id', 'user_id'], { unique: true });
  await qi.addIndex('join_requests', ['organisation_id', 'status']);

  await qi.createTable('pro_bono_programmes', {
    id,
    organisation_id: ref('organisations'),
    sectors: jsonList,
    organisation_ids: jsonList,
    categories: jsonList,
    region_codes: jsonList,
    justification: { type: DataTypes.TEXT, allowNull: false },
    group_id: ref('groups', 'SET NULL', true),
    updated_by_id: ref('users', 'SET NULL', true),
    created_at: createdAt,
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('pro_bono_programmes', ['organisation_id'], { unique: true });
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.dropTable('pro_bono_programmes');
  await qi.dropTable('join_requests');
  await qi.dropTable('visitor_requests');
  await qi.removeColumn('api_keys', 'rotated_at');
  await qi.removeColumn('api_keys', 'auto_join');
};

import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };
const createdAt = { type: DataTypes.DATE, allowNull: false };
const updatedAt = { type: DataTypes.DATE, allowNull: false };
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

export const up: MigrationFn = async ({ context: qi }) => {
  await qi.createTable('users', {
    id,
    email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
    name: { type: DataTypes.STRING(120), allowNull: false, defaultValue: '' },
    lang: { type: DataTypes.STRING(2), allowNull: false, defaultValue: 'fi' },
    phone: { type: DataTypes.STRING(30), allowNull: true },
    helper_type: { type: DataTypes.STRING(20), allowNull: true },
    bio: { type: DataTypes.TEXT, allowNull: false },
    postal_code: { type: DataTypes.STRING(5), allowNull: true },
    radius_km: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 30 },
    languages: jsonList,
    skills: jsonList,
    experience: { type: DataTypes.TEXT, allowNull: false },
    cv_public: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    video_url: { type: DataTypes.STRING(500), allowNull: true },
    linkedin_url: { type: DataTypes.STRING(500), allowNull: true },
    interested_categories: jsonList,
    created_at: createdAt,
    updated_at: updatedAt,
  });

  await qi.createTable('auth_codes', {
    id,
    email: { type: DataTypes.STRING(254), allowNull: false },
    code_hash: { type: DataTypes.STRING(64), allowNull: false },
    ip: { type: DataTypes.STRING(64), allowNull: false },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    expires_at: { type: DataTypes.DATE, allowNull: false },
    consumed_at: { type: DataTypes.DATE, allowNull: true },
    created_at: createdAt,
  });
  await qi.addIndex('auth_codes', ['email', 'created_at']);
  await qi.addIndex('auth_codes', ['ip', 'created_at']);

  await qi.createTable('access_tokens', {
    id,
    user_id: ref('users'),
    token_hash: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    expires_at: { type: DataTypes.DATE, allowNull: false },
    revoked_at: { type: DataTypes.DATE, allowNull: true },
    created_at: createdAt,
  });

  await qi.createTable('organisations', {
    id,
    name: { type: DataTypes.STRING(200), allowNull: false },
    kind: { type: DataTypes.STRING(20), allowNull: false },
    sector: { type: DataTypes.STRING(100), allowNull: true },
    business_id: { type: DataTypes.STRING(9), allowNull: true, unique: true },
    description: { type: DataTypes.TEXT, allowNull: false },
    website: { type: DataTypes.STRING(300), allowNull: true },
    postal_code: { type: DataTypes.STRING(5), allowNull: true },
    created_at: createdAt,
    updated_at: updatedAt,
  });
  await qi.addIndex('organisations', ['name']);

  await qi.createTable('memberships', {
    id,
    organisation_id: ref('organisations'),
    user_id: ref('users'),
    role: { type: DataTypes.STRING(10), allowNull: false, defaultValue: 'member' },
    created_at: createdAt,
  });
  await qi.addIndex('memberships', ['organisation_id', 'user_id'], { unique: true });
  await qi.addIndex('memberships', ['user_id']);

  await qi.createTable('affiliations', {
    id,
    umbrella_id: ref('organisations'),
    member_id: ref('organisations'),
    created_at: createdAt,
  });
  await qi.addIndex('affiliations', ['umbrella_id', 'member_id'], { unique: true });
  await qi.addIndex('affiliations', ['member_id']);

  await qi.createTable('api_keys', {
    id,
    organisation_id: ref('organisations'),
    kind: { type: DataTypes.STRING(12), allowNull: false },
    name: { type: DataTypes.STRING(100), allowNull: false },
    prefix: { type: DataTypes.STRING(16), allowNull: false },
    key_hash: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    allowed_origins: jsonList,
    created_by_id: ref('users', 'RESTRICT'),
    last_used_at: { type: DataTypes.DATE, allowNull: true },
    revoked_at: { type: DataTypes.DATE, allowNull: true },
    created_at: createdAt,
  });
  await qi.addIndex('api_keys', ['organisation_id']);

  await qi.createTable('groups', {
    id,
    organisation_id: ref('organisations'),
    name: { type: DataTypes.STRING(120), allowNull: false },
    code: { type: DataTypes.STRING(12), allowNull: false, unique: true },
    member_cap: { type: DataTypes.INTEGER, allowNull: false },
    created_by_id: ref('users', 'SET NULL', true),
    created_at: createdAt,
    updated_at: updatedAt,
  });
  await qi.addIndex('groups', ['organisation_id']);

  await qi.createTable('group_members', {
    id,
    group_id: ref('groups'),
    email: { type: DataTypes.STRING(254), allowNull: false },
    invited_by_id: ref('users', 'SET NULL', true),
    created_at: createdAt,
  });
  await qi.addIndex('group_members', ['group_id', 'email'], { unique: true });
  await qi.addIndex('group_members', ['email']);

  await qi.createTable('tasks', {
    id,
    organisation_id: ref('organisations', 'RESTRICT'),
    created_by_id: ref('users', 'RESTRICT'),
    api_key_id: ref('api_keys', 'SET NULL', true),
    status: { type: DataTypes.STRING(24), allowNull: false },
    category: { type: DataTypes.STRING(40), allowNull: false },
    title: { type: DataTypes.STRING(140), allowNull: false },
    details: { type: DataTypes.TEXT, allowNull: false },
    accounting_reference: { type: DataTypes.STRING(60), allowNull: true },
    postal_code: { type: DataTypes.STRING(5), allowNull: true },
    municipality_code: { type: DataTypes.STRING(3), allowNull: true },
    region_code: { type: DataTypes.STRING(8), allowNull: true },
    lat: { type: DataTypes.DOUBLE, allowNull: true },
    lng: { type: DataTypes.DOUBLE, allowNull: true },
    remote: { type: DataTypes.BOOLEAN, allowNull: false },
    schedule_text: { type: DataTypes.STRING(200), allowNull: true },
    starts_at: { type: DataTypes.DATE, allowNull: true },
    ends_at: { type: DataTypes.DATE, allowNull: true },
    estimated_hours: { type: DataTypes.DOUBLE, allowNull: false },
    helpers_wanted: { type: DataTypes.INTEGER, allowNull: false },
    selected_count: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    group_id: ref('groups', 'RESTRICT', true),
    applications_closed_at: { type: DataTypes.DATE, allowNull: true },
    published_at: { type: DataTypes.DATE, allowNull: true },
    cancelled_at: { type: DataTypes.DATE, allowNull: true },
    cancel_reason: { type: DataTypes.TEXT, allowNull: true },
    completed_at: { type: DataTypes.DATE, allowNull: true },
    created_at: createdAt,
    updated_at: updatedAt,
  });
  // The feed reads open tasks newest first, by category or by place.
  await qi.addIndex('tasks', ['status', 'published_at', 'id']);
  await qi.addIndex('tasks', ['category', 'status', 'published_at']);
  await qi.addIndex('tasks', ['organisation_id', 'status']);
  await qi.addIndex('tasks', ['group_id']);
  await qi.addIndex('tasks', ['region_code', 'status']);
  await qi.addIndex('tasks', ['municipality_code', 'status']);

  await qi.createTable('applications', {
    id,
    task_id: ref('tasks'),
    user_id: ref('users', 'RESTRICT'),
    message: { type: DataTypes.TEXT, allowNull: false },
    status: { type: DataTypes.STRING(12), allowNull: false, defaultValue: 'pending' },
    selected_at: { type: DataTypes.DATE, allowNull: true },
    done_at: { type: DataTypes.DATE, allowNull: true },
    approved_at: { type: DataTypes.DATE, allowNull: true },
    actual_hours: { type: DataTypes.DOUBLE, allowNull: true },
    created_at: createdAt,
    updated_at: updatedAt,
  });
  // One application per user per task, whatever the race.
  await qi.addIndex('applications', ['task_id', 'user_id'], { unique: true });
  await qi.addIndex('applications', ['user_id', 'status']);

  await qi.createTable('feedback', {
    id,
    task_id: ref('tasks'),
    application_id: ref('applications'),
    direction: { type: DataTypes.STRING(14), allowNull: false },
    from_user_id: ref('users', 'RESTRICT'),
    to_user_id: ref('users', 'RESTRICT'),
    rating: { type: DataTypes.INTEGER, allowNull: false },
    text: { type: DataTypes.TEXT, allowNull: false },
    created_at: createdAt,
  });
  await qi.addIndex('feedback', ['application_id', 'direction'], { unique: true });
  await qi.addIndex('feedback', ['to_user_id', 'created_at']);

  await qi.createTable('messages', {
    id,
    task_id: ref('tasks'),
    author_id: ref('users', 'RESTRICT'),
    body: { type: DataTypes.TEXT, allowNull: false },
    created_at: createdAt,
  });
  await qi.addIndex('messages', ['task_id', 'id']);

  await qi.createTable('outbox', {
    id,
    kind: { type: DataTypes.STRING(40), allowNull: false },
    to_email: { type: DataTypes.STRING(254), allowNull: false },
    subject: { type: DataTypes.STRING(300), allowNull: false },
    text_body: { type: DataTypes.TEXT, allowNull: false },
    status: { type: DataTypes.STRING(10), allowNull: false, defaultValue: 'pending' },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    last_error: { type: DataTypes.TEXT, allowNull: true },
    next_attempt_at: { type: DataTypes.DATE, allowNull: false },
    locked_until: { type: DataTypes.DATE, allowNull: true },
    sent_at: { type: DataTypes.DATE, allowNull: true },
    created_at: createdAt,
  });
  await qi.addIndex('outbox', ['status', 'next_attempt_at']);
  await qi.addIndex('outbox', ['to_email', 'id']);
};

export const down: MigrationFn = async ({ context: qi }) => {
  for (const table of [
    'outbox',
    'messages',
    'feedback',
    'applications',
    'tasks',
    'group_members',
    'groups',
    'api_keys',
    'affiliations',
    'memberships',
    'organisations',
    'access_tokens',
    'auth_codes',
    'users',
  ]) {
    await qi.dropTable(table);
  }
};

import { DataTypes } from 'sequelize';
import type { MigrationFn } from '../migrator.ts';

/**
 * The directory: an organisation's listing, its services, the search index both databases read
 * the same way (stemmed terms and areas, one row per service and value), and emailed edit links.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  const now = { type: DataTypes.DATE, allowNull: false };
  await qi.createTable('directory_listings', {
    organisation_id: {
      type: DataTypes.INTEGER,
      primaryKey: true,
      allowNull: false,
      references: { model: 'organisations', key: 'id' },
      onDelete: 'CASCADE',
    },
    description: { type: DataTypes.TEXT, allowNull: false },
    email: { type: DataTypes.STRING(254), allowNull: true },
    phone: { type: DataTypes.STRING(40), allowNull: true },
    website: { type: DataTypes.STRING(300), allowNull: true },
    street: { type: DataTypes.STRING(200), allowNull: true },
    postal_code: { type: DataTypes.STRING(5), allowNull: true },
    areas: { type: DataTypes.TEXT, allowNull: false },
    languages: { type: DataTypes.TEXT, allowNull: false },
    internal_contact: { type: DataTypes.TEXT, allowNull: true },
    keeper_notes: { type: DataTypes.TEXT, allowNull: true },
    checked_at: now,
    created_at: now,
    updated_at: now,
  });
  await qi.createTable('directory_services', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
    organisation_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'directory_listings', key: 'organisation_id' },
      onDelete: 'CASCADE',
    },
    position: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    name: { type: DataTypes.TEXT, allowNull: false },
    description: { type: DataTypes.TEXT, allowNull: false },
    target_groups: { type: DataTypes.TEXT, allowNull: false },
    themes: { type: DataTypes.TEXT, allowNull: false },
    keywords: { type: DataTypes.TEXT, allowNull: false },
    channels: { type: DataTypes.TEXT, allowNull: false },
    fee: { type: DataTypes.TEXT, allowNull: false },
    referral_required: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    areas: { type: DataTypes.TEXT, allowNull: true },
    languages: { type: DataTypes.TEXT, allowNull: true },
    // Search columns, written with the service: the sort key, one bit per vocabulary value (the
    // facets are counted in one pass over the matches), and the lower-cased text for phrases.
    sort_key: { type: DataTypes.STRING(100), allowNull: false },
    target_mask: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    theme_mask: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    language_mask: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    free: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    search_text: { type: DataTypes.TEXT, allowNull: false },
    checked_at: now,
    created_at: now,
    updated_at: now,
  });
  await qi.addIndex('directory_services', ['sort_key', 'id']);
  await qi.addIndex('directory_services', ['organisation_id']);
  // Stemmed words of each service (its own texts, its organisation's name and description, the
  // labels of its target groups and themes). Binary order, so that a prefix is a range.
  await qi.createTable('directory_terms', {
    term: { type: DataTypes.STRING(40).BINARY, primaryKey: true, allowNull: false },
    service_id: {
      type: DataTypes.INTEGER,
      primaryKey: true,
      allowNull: false,
      references: { model: 'directory_services', key: 'id' },
      onDelete: 'CASCADE',
    },
  });
  await qi.addIndex('directory_terms', ['service_id']);
  // Areas each service serves: `FI` (the whole country), `R:<region code>`, `M:<municipality code>`.
  await qi.createTable('directory_service_areas', {
    area: { type: DataTypes.STRING(8), primaryKey: true, allowNull: false },
    service_id: {
      type: DataTypes.INTEGER,
      primaryKey: true,
      allowNull: false,
      references: { model: 'directory_services', key: 'id' },
      onDelete: 'CASCADE',
    },
  });
  await qi.addIndex('directory_service_areas', ['service_id']);
  await qi.createTable('directory_edit_links', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
    organisation_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'directory_listings', key: 'organisation_id' },
      onDelete: 'CASCADE',
    },
    token_hash: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    email: { type: DataTypes.STRING(254), allowNull: false },
    expires_at: now,
    used_at: { type: DataTypes.DATE, allowNull: true },
    created_at: now,
  });
  await qi.addIndex('directory_edit_links', ['organisation_id', 'created_at']);
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.dropTable('directory_edit_links');
  await qi.dropTable('directory_service_areas');
  await qi.dropTable('directory_terms');
  await qi.dropTable('directory_services');
  await qi.dropTable('directory_listings');
};

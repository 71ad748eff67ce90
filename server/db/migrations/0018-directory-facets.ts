import type { MigrationFn } from '../migrator.ts';

/**
 * The directory's facets are counted by grouping the matches on their bit masks; this index holds
 * every column that needs, so the counts over the whole directory read the index, not the rows
 * with their long texts.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.addIndex(
    'directory_services',
    ['target_mask', 'theme_mask', 'language_mask', 'free', 'referral_required', 'organisation_id'],
    { name: 'directory_services_facets' },
  );
};

export const down: MigrationFn = async ({ context: qi }) => {
  await qi.removeIndex('directory_services', 'directory_services_facets');
};

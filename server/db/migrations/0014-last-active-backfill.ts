import type { MigrationFn } from '../migrator.ts';

/**
 * Accounts that existed before `last_active_at` did: their last sign-in is their newest token's
 * creation. Without this, a long-standing account not used since the upgrade would count as
 * unused since it was created, and be warned of erasure at once.
 */
export const up: MigrationFn = async ({ context: qi }) => {
  await qi.sequelize.query(
    `UPDATE users SET last_active_at =
       (SELECT MAX(access_tokens.created_at) FROM access_tokens WHERE access_tokens.user_id = users.id)
     WHERE last_active_at IS NULL`,
  );
};

export const down: MigrationFn = async () => {
  // Nothing to undo: the column goes with 0013's down.
};

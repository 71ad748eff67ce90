/**
 * An organisation's API keys. Only the organisation's admins, signed in as themselves, manage
 * them (a secret key cannot mint or revoke keys). The key is random, stored as its SHA-256 and
 * shown once, when it is created; `prefix` is enough to tell keys apart in a list.
 */
import type { z } from 'zod';
import type {
  ApiKey as ApiKeyShape,
  ApiKeyCreate,
  ApiKeyCreated,
} from '../../sdk/schemas/organisations.ts';
import { randomSecret, sha256 } from '../auth/tokens.ts';
import type { Ctx } from '../context.ts';
import { ApiKey, Organisation } from '../db/models/index.ts';
import { NotFound, Validation } from '../errors.ts';
import { currentUserId, requireOrgAdmin } from './access.ts';

const PREFIX_LENGTH = 12;

function present(key: ApiKey): ApiKeyShape {
  return {
    id: key.id,
    kind: key.kind,
    name: key.name,
    prefix: key.prefix,
    allowedOrigins: key.allowedOrigins,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

async function requireAdminOf(ctx: Ctx, organisationId: number): Promise<void> {
  if (!(await Organisation.findByPk(organisationId))) throw new NotFound('organisation');
  await requireOrgAdmin(ctx, organisationId);
}

export async function listApiKeys(
  ctx: Ctx,
  organisationId: number,
): Promise<{ data: ApiKeyShape[] }> {
  await requireAdminOf(ctx, organisationId);
  const keys = await ApiKey.findAll({ where: { organisationId }, order: [['id', 'DESC']] });
  return { data: keys.map(present) };
}

export async function createApiKey(
  ctx: Ctx,
  organisationId: number,
  input: z.output<typeof ApiKeyCreate>,
): Promise<ApiKeyCreated> {
  await requireAdminOf(ctx, organisationId);
  // Origins restrict where a key may be used in a browser; a secret key never is.
  if (input.kind === 'secret' && input.allowedOrigins.length > 0) {
    throw new Validation('Allowed origins are for publishable keys only.', {
      in: 'body',
      issues: [
        {
          path: 'allowedOrigins',
          message: 'a secret key is never used in a browser',
          code: 'origins_for_publishable_only',
        },
      ],
    });
  }
  const key = randomSecret(input.kind === 'secret' ? 'sk_' : 'pk_');
  const row = await ctx.db.write((t) =>
    ApiKey.create(
      {
        organisationId,
        kind: input.kind,
        name: input.name,
        prefix: key.slice(0, PREFIX_LENGTH),
        keyHash: sha256(key),
        allowedOrigins: input.allowedOrigins,
        createdById: currentUserId(ctx)!,
      },
      { transaction: t },
    ),
  );
  return { ...present(row), key };
}

/** Revoking takes effect at once; revoking a revoked key changes nothing. */
export async function revokeApiKey(ctx: Ctx, organisationId: number, keyId: number): Promise<void> {
  await requireAdminOf(ctx, organisationId);
  await ctx.db.write(async (t) => {
    const key = await ApiKey.findOne({ where: { id: keyId, organisationId }, transaction: t });
    if (!key) throw new NotFound('API key');
    await ApiKey.update(
      { revokedAt: new Date() },
      { where: { id: keyId, revokedAt: null }, transaction: t },
    );
  });
}

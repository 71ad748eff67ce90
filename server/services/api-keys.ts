/**
 * An organisation's API keys. Only the organisation's admins, signed in as themselves, manage
 * them (a secret key cannot mint, change, rotate or revoke keys). The key is random, stored as its SHA-256 and
 * shown once, when it is created; `prefix` is enough to tell keys apart in a list.
 */
import type { z } from 'zod';
import type { Transaction } from 'sequelize';
import type {
  ApiKey as ApiKeyShape,
  ApiKeyCreate,
  ApiKeyCreated,
  ApiKeyUpdate,
} from '../../sdk/schemas/organisations.ts';
import { randomSecret, sha256 } from '../auth/tokens.ts';
import type { Ctx } from '../context.ts';
import { ApiKey, Organisation } from '../db/models/index.ts';
import { Conflict, fieldError, fieldErrors, NotFound } from '../errors.ts';
import { currentUserId, requireOrgAdmin } from './access.ts';
import { recordAudit } from './audit.ts';

const PREFIX_LENGTH = 12;

function present(key: ApiKey): ApiKeyShape {
  return {
    id: key.id,
    kind: key.kind,
    name: key.name,
    prefix: key.prefix,
    allowedOrigins: key.allowedOrigins,
    autoJoin: Boolean(key.autoJoin),
    autoJoinDomains: key.autoJoinDomains,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    rotatedAt: key.rotatedAt?.toISOString() ?? null,
  };
}

/**
 * Origins restrict where a key may be used in a browser, and joining is for visitors who come
 * through a site: both are settings of publishable keys only; a secret key never is in a page.
 */
function publishableOnly(
  kind: ApiKey['kind'],
  input: { allowedOrigins?: string[]; autoJoin?: boolean; autoJoinDomains?: string[] },
): void {
  if (kind !== 'secret') return;
  const issues = [];
  if (input.autoJoinDomains?.length) {
    issues.push({
      path: 'autoJoinDomains',
      message: 'only visitors who come through a publishable key join',
      code: 'auto_join_for_publishable_only',
    });
  }
  if (input.allowedOrigins?.length) {
    issues.push({
      path: 'allowedOrigins',
      message: 'a secret key is never used in a browser',
      code: 'origins_for_publishable_only',
    });
  }
  if (input.autoJoin) {
    issues.push({
      path: 'autoJoin',
      message: 'only visitors who come through a publishable key join',
      code: 'auto_join_for_publishable_only',
    });
  }
  if (issues.length > 0) {
    throw fieldErrors({
      message: 'Allowed origins and joining are for publishable keys only.',
      issues,
    });
  }
}

/**
 * A key that lets visitors join at once names the email domains whose people may: a public key
 * alone never makes anyone a member (anyone can copy it from the page).
 */
function domainsForJoining(autoJoin: boolean, domains: string[]): void {
  if (autoJoin && domains.length === 0) {
    throw fieldError({
      field: 'autoJoinDomains',
      message:
        'Name the email domains whose people may join at once (e.g. yhdistys.fi); others ask to join.',
      issue: 'required when autoJoin is true',
    });
  }
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
  publishableOnly(input.kind, input);
  domainsForJoining(input.autoJoin, input.autoJoinDomains);
  const key = randomSecret(input.kind === 'secret' ? 'sk_' : 'pk_');
  const row = await ctx.db.write(async (t) => {
    const created = await ApiKey.create(
      {
        organisationId,
        kind: input.kind,
        name: input.name,
        prefix: key.slice(0, PREFIX_LENGTH),
        keyHash: sha256(key),
        allowedOrigins: input.allowedOrigins,
        autoJoin: input.autoJoin,
        autoJoinDomains: [...new Set(input.autoJoinDomains)],
        createdById: currentUserId(ctx)!,
      },
      { transaction: t },
    );
    await recordAudit(ctx, t, {
      kind: 'api_key_created',
      organisationId,
      details: { keyId: created.id, keyKind: created.kind },
    });
    return created;
  });
  return { ...present(row), key };
}

/** Revoking takes effect at once; revoking a revoked key changes nothing. */
export async function revokeApiKey(ctx: Ctx, organisationId: number, keyId: number): Promise<void> {
  await requireAdminOf(ctx, organisationId);
  await ctx.db.write(async (t) => {
    const key = await ApiKey.findOne({ where: { id: keyId, organisationId }, transaction: t });
    if (!key) throw new NotFound('API key');
    const [revoked] = await ApiKey.update(
      { revokedAt: new Date() },
      { where: { id: keyId, revokedAt: null }, transaction: t },
    );
    if (revoked > 0) {
      await recordAudit(ctx, t, {
        kind: 'api_key_revoked',
        organisationId,
        details: { keyId, keyKind: key.kind },
      });
    }
  });
}

/** The organisation's key, or 404. */
async function keyOf(organisationId: number, keyId: number, t?: Transaction): Promise<ApiKey> {
  const key = await ApiKey.findOne({ where: { id: keyId, organisationId }, transaction: t });
  if (!key) throw new NotFound('API key');
  return key;
}

function keyRevoked(): Conflict {
  return new Conflict('key_revoked', 'This key has been revoked; create a new one.');
}

/** Changes a live key's name, allowed origins or joining rule; its secret stays the same. */
export async function updateApiKey(
  ctx: Ctx,
  organisationId: number,
  keyId: number,
  input: z.output<typeof ApiKeyUpdate>,
): Promise<ApiKeyShape> {
  await requireAdminOf(ctx, organisationId);
  const key = await keyOf(organisationId, keyId);
  publishableOnly(key.kind, input);
  domainsForJoining(
    input.autoJoin ?? Boolean(key.autoJoin),
    input.autoJoinDomains ?? key.autoJoinDomains,
  );
  const changes: Partial<Pick<ApiKey, 'name' | 'allowedOrigins' | 'autoJoin' | 'autoJoinDomains'>> =
    {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.allowedOrigins !== undefined) changes.allowedOrigins = input.allowedOrigins;
  if (input.autoJoin !== undefined) changes.autoJoin = input.autoJoin;
  if (input.autoJoinDomains !== undefined)
    changes.autoJoinDomains = [...new Set(input.autoJoinDomains)];
  return ctx.db.write(async (t) => {
    if (Object.keys(changes).length > 0) {
      const [affected] = await ApiKey.update(changes, {
        where: { id: keyId, organisationId, revokedAt: null },
        transaction: t,
      });
      if (affected === 0) throw keyRevoked();
    } else if (key.revokedAt) {
      throw keyRevoked();
    }
    return present(await keyOf(organisationId, keyId, t));
  });
}

/**
 * Gives a live key a new secret and keeps everything else: its id, name, origins and joining
 * rule, so the tasks it brought in and its visitors' unconfirmed requests stay with it. The old
 * secret stops working at once. The new one is shown this once.
 */
export async function rotateApiKey(
  ctx: Ctx,
  organisationId: number,
  keyId: number,
): Promise<ApiKeyCreated> {
  await requireAdminOf(ctx, organisationId);
  const key = await keyOf(organisationId, keyId);
  const secret = randomSecret(key.kind === 'secret' ? 'sk_' : 'pk_');
  return ctx.db.write(async (t) => {
    const [affected] = await ApiKey.update(
      {
        prefix: secret.slice(0, PREFIX_LENGTH),
        keyHash: sha256(secret),
        rotatedAt: new Date(),
        lastUsedAt: null,
      },
      { where: { id: keyId, organisationId, revokedAt: null }, transaction: t },
    );
    if (affected === 0) throw keyRevoked();
    await recordAudit(ctx, t, {
      kind: 'api_key_rotated',
      organisationId,
      details: { keyId, keyKind: key.kind },
    });
    return { ...present(await keyOf(organisationId, keyId, t)), key: secret };
  });
}

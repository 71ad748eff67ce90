/**
 * Publishable keys (`pk_…`) in use: finding the key a request carries, and saying whose it is.
 *
 * A publishable key is safe in a web page because it grants nothing: it never acts as its
 * organisation (the caller stays anonymous or the signed-in user they are) and it only ever
 * NARROWS which tasks the caller sees to the organisation's view:
 * - a company: its pro bono programme (see pro-bono.ts);
 * - an umbrella: its own tasks and its member organisations' (the affiliations);
 * - any other organisation: its own tasks;
 * and, for every kind, tasks targeted at a group the organisation owns. The usual visibility
 * rules still apply on top, so group tasks reach only their group's members and the requesting
 * organisation, and tasks waiting for confirmation only the requesting organisation. The view
 * is part of the visibility rule, in visibility.ts.
 */
import type { PublishableKeyInfo } from '../../sdk/schemas/embedding.ts';
import { sha256 } from '../auth/tokens.ts';
import type { Ctx } from '../context.ts';
import { ApiKey, Organisation } from '../db/models/index.ts';
import { BadRequest, NotFound } from '../errors.ts';

/** The live publishable key with this secret, or null. Marks it used at most once a minute. */
export async function findPublishableKey(secret: string): Promise<ApiKey | null> {
  if (!secret.startsWith('pk_')) return null;
  const key = await ApiKey.findOne({
    where: { keyHash: sha256(secret), kind: 'publishable', revokedAt: null },
  });
  if (!key) return null;
  const now = new Date();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await ApiKey.update({ lastUsedAt: now }, { where: { id: key.id } });
  }
  return key;
}

/** Whether a browser page at `origin` may use the key. No listed origin: no page may. */
export function originAllowed(key: ApiKey, origin: string): boolean {
  return key.allowedOrigins.includes(origin.toLowerCase());
}

/** GET /publishable-key: whose key the request carries, so a site can say whose tasks it shows. */
export async function describePublishableKey(ctx: Ctx): Promise<PublishableKeyInfo> {
  const key = ctx.publishableKey;
  if (!key) {
    throw new BadRequest('publishable_key_required', 'Send the key as X-Publishable-Key.');
  }
  const organisation = await Organisation.findByPk(key.organisationId, {
    attributes: ['id', 'name', 'kind'],
  });
  if (!organisation) throw new NotFound('organisation');
  return {
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    view:
      organisation.kind === 'company'
        ? 'pro_bono'
        : organisation.kind === 'umbrella'
          ? 'umbrella'
          : 'own',
    autoJoin: Boolean(key.autoJoin),
  };
}

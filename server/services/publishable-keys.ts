/**
 * Publishable keys (`pk_…`) in use: finding the key a request carries, and the organisation's
 * view of tasks it reads through.
 *
 * A publishable key is safe in a web page because it grants nothing: it never acts as its
 * organisation (the caller stays anonymous or the signed-in user they are) and it only ever
 * NARROWS which tasks the caller sees to the organisation's view:
 * - a company: its pro bono programme (see pro-bono.ts);
 * - an umbrella: its own tasks and its member organisations' (the affiliations);
 * - any other organisation: its own tasks;
 * and, for every kind, tasks targeted at a group the organisation owns. The usual visibility
 * rules still apply on top, so group tasks reach only their group's members and the requesting
 * organisation, and tasks waiting for confirmation only the requesting organisation.
 */
import { Op, literal, type Transaction, type WhereOptions } from 'sequelize';
import type { PublishableKeyInfo } from '../../sdk/schemas/embedding.ts';
import { sha256 } from '../auth/tokens.ts';
import type { Ctx } from '../context.ts';
import { Affiliation, ApiKey, Group, Organisation, Task } from '../db/models/index.ts';
import { BadRequest, NotFound } from '../errors.ts';
import { programmeWhere } from './pro-bono.ts';

type Where = WhereOptions<Task>;

/** Matches every row: an unrestricted view or dimension. */
export const EVERYTHING: Where = literal('1 = 1');

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

/** Tasks in the view of the key's organisation, before visibility. */
async function scopeOf(organisationId: number): Promise<Where> {
  const organisation = await Organisation.findByPk(organisationId, { attributes: ['id', 'kind'] });
  if (!organisation) return { id: { [Op.in]: [] } };
  const groups = await Group.findAll({ where: { organisationId }, attributes: ['id'] });
  const ownGroups: Where[] = groups.length
    ? [{ groupId: { [Op.in]: groups.map((g) => g.id) } }]
    : [];

  let scope: Where;
  if (organisation.kind === 'company') {
    scope = await programmeWhere(organisationId);
  } else if (organisation.kind === 'umbrella') {
    const members = await Affiliation.findAll({
      where: { umbrellaId: organisationId },
      attributes: ['memberId'],
    });
    scope = { organisationId: { [Op.in]: [organisationId, ...members.map((m) => m.memberId)] } };
  } else {
    scope = { organisationId };
  }
  return ownGroups.length ? { [Op.or]: [scope, ...ownGroups] } : scope;
}

/**
 * The condition a request's publishable key adds to every read of tasks, or null when the request
 * carries none. Memoised for the request.
 */
export function keyViewWhere(ctx: Ctx): Promise<Where | null> {
  const key = ctx.publishableKey;
  if (!key) return Promise.resolve(null);
  const memoKey = 'publishable-view';
  if (!ctx.cache.has(memoKey)) ctx.cache.set(memoKey, scopeOf(key.organisationId));
  return ctx.cache.get(memoKey) as Promise<Where>;
}

/** Whether one task is in the view of the request's key (true when there is no key). */
export async function inKeyView(ctx: Ctx, taskId: number, t?: Transaction): Promise<boolean> {
  const view = await keyViewWhere(ctx);
  if (!view) return true;
  const found = await Task.count({
    where: { [Op.and]: [{ id: taskId }, view] },
    transaction: t,
  });
  return found > 0;
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

/**
 * Who may do what. Every service asks here; the answers are memoised for the request.
 * A secret key acts for its organisation with an admin's rights over that organisation's data.
 */
import { GroupMember, Membership } from '../db/models/index.ts';
import type { Ctx } from '../context.ts';
import { Forbidden, Unauthenticated } from '../errors.ts';

export type Role = 'member' | 'admin';

async function memo<T>(ctx: Ctx, key: string, load: () => Promise<T>): Promise<T> {
  if (!ctx.cache.has(key)) ctx.cache.set(key, load());
  return ctx.cache.get(key) as Promise<T>;
}

/** The caller's organisations and roles: a user's memberships, or a secret key's organisation. */
export function myRoles(ctx: Ctx): Promise<Map<number, Role>> {
  return memo(ctx, 'roles', async () => {
    const actor = ctx.actor;
    if (actor.kind === 'secret_key') return new Map([[actor.organisationId, 'admin' as Role]]);
    if (actor.kind !== 'user') return new Map();
    const rows = await Membership.findAll({
      where: { userId: actor.user.id },
      attributes: ['organisationId', 'role'],
      raw: true,
    });
    return new Map(rows.map((m) => [m.organisationId, m.role]));
  });
}

export async function orgRole(ctx: Ctx, organisationId: number): Promise<Role | null> {
  return (await myRoles(ctx)).get(organisationId) ?? null;
}

export async function myOrganisationIds(ctx: Ctx): Promise<number[]> {
  return [...(await myRoles(ctx)).keys()];
}

/** Groups the signed-in user belongs to (membership is by email address). */
export function myGroupIds(ctx: Ctx): Promise<number[]> {
  return memo(ctx, 'groups', async () => {
    if (ctx.actor.kind !== 'user') return [];
    const rows = await GroupMember.findAll({
      where: { email: ctx.actor.user.email },
      attributes: ['groupId'],
      raw: true,
    });
    return rows.map((r) => r.groupId);
  });
}

export function currentUserId(ctx: Ctx): number | null {
  return ctx.actor.kind === 'user' ? ctx.actor.user.id : null;
}

export async function requireOrgMember(ctx: Ctx, organisationId: number): Promise<Role> {
  if (ctx.actor.kind === 'anonymous') throw new Unauthenticated();
  const role = await orgRole(ctx, organisationId);
  if (!role) throw new Forbidden('Only members of the organisation may do that.', 'not_a_member');
  return role;
}

export async function requireOrgAdmin(ctx: Ctx, organisationId: number): Promise<void> {
  if ((await requireOrgMember(ctx, organisationId)) !== 'admin') {
    throw new Forbidden("Only the organisation's admins may do that.", 'not_an_admin');
  }
}

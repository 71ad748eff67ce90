/**
 * Groups: a name and a join code, owned by an organisation, with members by email address.
 * A group is visible to its members and to its organisation's members; to anyone else it does
 * not exist. The member cap holds under concurrency: every write that adds members first locks
 * the group's row (MariaDB) inside a write transaction (IMMEDIATE on SQLite, so writers queue).
 */
import crypto from 'node:crypto';
import { fn, col, Op, UniqueConstraintError, type Transaction } from 'sequelize';
import type { z } from 'zod';
import type {
  Group as GroupShape,
  GroupCreate,
  GroupMember as GroupMemberShape,
  GroupUpdate,
} from '../../sdk/schemas/groups.ts';
import type { Lang } from '../../sdk/schemas/common.ts';
import type { Ctx } from '../context.ts';
import { Group, GroupMember, Organisation, User } from '../db/models/index.ts';
import { Conflict, Forbidden, NotFound } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import {
  currentUserId,
  myGroupIds,
  myOrganisationIds,
  orgRole,
  requireOrgAdmin,
  requireOrgMember,
} from './access.ts';

/** No look-alikes: no 0/O, 1/I/L, 5/S, 2/Z, 8/B. Read aloud or copied by hand without doubt. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
const CODE_LENGTH = 6;
/** With 25^6 ≈ 244 million codes a collision is rare; a handful of retries is plenty. */
const CODE_ATTEMPTS = 8;

export function generateCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++)
    code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
}

type CreateInput = z.output<typeof GroupCreate>;
type UpdateInput = z.output<typeof GroupUpdate>;

/** How the caller stands towards a group. */
interface Standing {
  /** A member of the owning organisation (or its secret key). */
  orgMember: boolean;
  orgAdmin: boolean;
  /** The signed-in user's email is on the member list. */
  groupMember: boolean;
}

async function standing(ctx: Ctx, group: Group): Promise<Standing> {
  const role = await orgRole(ctx, group.organisationId);
  const groupMember = (await myGroupIds(ctx)).includes(group.id);
  return { orgMember: role !== null, orgAdmin: role === 'admin', groupMember };
}

/** The group if the caller may see it; otherwise 404, so that its existence is not revealed. */
async function visibleGroup(ctx: Ctx, id: number): Promise<{ group: Group; me: Standing }> {
  const group = await Group.findByPk(id);
  if (!group) throw new NotFound('group');
  const me = await standing(ctx, group);
  if (!me.orgMember && !me.groupMember) throw new NotFound('group');
  return { group, me };
}

function requireManager(me: Standing): void {
  if (!me.orgMember) {
    throw new Forbidden("Only the group's organisation may manage its members.", 'not_a_member');
  }
}

async function memberCounts(groupIds: number[], t?: Transaction): Promise<Map<number, number>> {
  if (groupIds.length === 0) return new Map();
  const rows = (await GroupMember.findAll({
    attributes: ['groupId', [fn('COUNT', col('id')), 'n']],
    where: { groupId: { [Op.in]: groupIds } },
    group: ['groupId'],
    raw: true,
    transaction: t,
  })) as unknown as { groupId: number; n: number | string }[];
  return new Map(rows.map((r) => [Number(r.groupId), Number(r.n)]));
}

async function memberCount(groupId: number, t?: Transaction): Promise<number> {
  return GroupMember.count({ where: { groupId }, transaction: t });
}

/** The public shape. `showCode` is true only for the group's members and organisation. */
export function toGroup(group: Group, count: number, showCode: boolean): GroupShape {
  return {
    id: group.id,
    organisationId: group.organisationId,
    name: group.name,
    code: showCode ? group.code : null,
    memberCap: group.memberCap,
    memberCount: count,
    createdAt: group.createdAt.toISOString(),
  };
}

/** Groups the caller belongs to, or whose organisation the caller belongs to. */
export async function listGroups(ctx: Ctx): Promise<{ data: GroupShape[] }> {
  const [orgIds, groupIds] = await Promise.all([myOrganisationIds(ctx), myGroupIds(ctx)]);
  if (orgIds.length === 0 && groupIds.length === 0) return { data: [] };
  const groups = await Group.findAll({
    where: {
      [Op.or]: [{ organisationId: { [Op.in]: orgIds } }, { id: { [Op.in]: groupIds } }],
    },
    order: [['id', 'ASC']],
  });
  const counts = await memberCounts(groups.map((g) => g.id));
  return { data: groups.map((g) => toGroup(g, counts.get(g.id) ?? 0, true)) };
}

export async function createGroup(ctx: Ctx, input: CreateInput): Promise<GroupShape> {
  const organisation = await Organisation.findByPk(input.organisationId);
  if (!organisation) throw new NotFound('organisation');
  await requireOrgMember(ctx, organisation.id);
  // The cap is the admins' to set; members get the default.
  if (input.memberCap !== undefined) await requireOrgAdmin(ctx, organisation.id);

  const custom = input.code;
  if (custom && (await Group.count({ where: { code: custom } })) > 0) {
    throw new Conflict('code_taken', 'That join code is already in use.', { code: custom });
  }
  for (let attempt = 1; ; attempt++) {
    const code = custom ?? generateCode();
    try {
      const group = await ctx.db.write((t) =>
        Group.create(
          {
            organisationId: organisation.id,
            name: input.name,
            code,
            memberCap: input.memberCap ?? ctx.config.groupMemberCap,
            createdById: currentUserId(ctx),
          },
          { transaction: t },
        ),
      );
      return toGroup(group, 0, true);
    } catch (err) {
      // The unique key on `code` is the last word: a race for the same code ends here.
      if (!(err instanceof UniqueConstraintError)) throw err;
      if (custom) {
        throw new Conflict('code_taken', 'That join code is already in use.', { code: custom });
      }
      if (attempt >= CODE_ATTEMPTS) throw err;
    }
  }
}

export async function getGroup(ctx: Ctx, id: number): Promise<GroupShape> {
  const { group } = await visibleGroup(ctx, id);
  return toGroup(group, await memberCount(group.id), true);
}

export async function updateGroup(ctx: Ctx, id: number, input: UpdateInput): Promise<GroupShape> {
  const { group: seen, me } = await visibleGroup(ctx, id);
  if (!me.orgAdmin) {
    throw new Forbidden("Only the organisation's admins may change a group.", 'not_an_admin');
  }
  return ctx.db.write(async (t) => {
    // Locked first, so members added meanwhile are counted against the new cap.
    const group = await Group.findByPk(seen.id, { transaction: t, lock: t.LOCK.UPDATE });
    if (!group) throw new NotFound('group');
    const count = await memberCount(group.id, t);
    if (input.memberCap !== undefined && input.memberCap < count) {
      throw new Conflict(
        'cap_below_member_count',
        `The group already has ${count} members; the cap cannot be lower.`,
        { memberCount: count, memberCap: input.memberCap },
      );
    }
    await group.update(input, { transaction: t });
    return toGroup(group, count, true);
  });
}

type MemberWithUser = GroupMember & { user?: User | null };

async function withUsers(rows: GroupMember[], t?: Transaction): Promise<MemberWithUser[]> {
  const emails = [...new Set(rows.map((r) => r.email))];
  const users =
    emails.length === 0
      ? []
      : await User.findAll({
          where: { email: { [Op.in]: emails } },
          attributes: ['id', 'name', 'email', 'lang'],
          transaction: t,
        });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  return rows.map((r) => Object.assign(r, { user: byEmail.get(r.email) ?? null }));
}

function toMember(m: MemberWithUser, showEmail = true): GroupMemberShape {
  return {
    id: m.id,
    email: showEmail ? m.email : null,
    user: m.user ? { id: m.user.id, name: m.user.name } : null,
    createdAt: m.createdAt.toISOString(),
  };
}

export async function listMembers(ctx: Ctx, id: number): Promise<{ data: GroupMemberShape[] }> {
  const { group, me } = await visibleGroup(ctx, id);
  const rows = await GroupMember.findAll({ where: { groupId: group.id }, order: [['id', 'ASC']] });
  const members = await withUsers(rows);
  // The owning organisation manages addresses; the group's other members see names only, and
  // not at all the addresses invited that have no account yet.
  if (me.orgMember) return { data: members.map((m) => toMember(m)) };
  const myEmail = ctx.actor.kind === 'user' ? ctx.actor.user.email : null;
  return {
    data: members.filter((m) => m.user).map((m) => toMember(m, m.email === myEmail)),
  };
}

function groupFull(group: Group, count: number): Conflict {
  return new Conflict('group_full', `The group is full: at most ${group.memberCap} members.`, {
    memberCap: group.memberCap,
    memberCount: count,
  });
}

/**
 * Adds members by email, all or none: if any address is already in the group, or the new ones
 * would not fit under the cap, nothing is added. Each new member gets an invitation email.
 */
export async function addMembers(
  ctx: Ctx,
  id: number,
  emails: string[],
): Promise<{ data: GroupMemberShape[] }> {
  const { group: seen, me } = await visibleGroup(ctx, id);
  requireManager(me);
  const wanted = [...new Set(emails)];
  const organisation = await Organisation.findByPk(seen.organisationId);
  try {
    return await ctx.db.write(async (t) => {
      const group = await Group.findByPk(seen.id, { transaction: t, lock: t.LOCK.UPDATE });
      if (!group) throw new NotFound('group');
      const present = await GroupMember.findAll({
        where: { groupId: group.id, email: { [Op.in]: wanted } },
        attributes: ['email'],
        transaction: t,
      });
      if (present.length > 0) {
        const already = present.map((p) => p.email).sort();
        throw new Conflict('already_in_group', 'Some of these addresses are already members.', {
          emails: already,
        });
      }
      const count = await memberCount(group.id, t);
      if (count + wanted.length > group.memberCap) throw groupFull(group, count);

      const invitedById = currentUserId(ctx);
      const created = await GroupMember.bulkCreate(
        wanted.map((email) => ({ groupId: group.id, email, invitedById })),
        { transaction: t },
      );
      // bulkCreate does not return ids on every dialect: read the rows back.
      const rows = await withUsers(
        await GroupMember.findAll({
          where: { groupId: group.id, email: { [Op.in]: created.map((c) => c.email) } },
          order: [['id', 'ASC']],
          transaction: t,
        }),
        t,
      );
      for (const row of rows) {
        await enqueueMail(ctx, t, {
          to: row.email,
          lang: (row.user?.lang as Lang | undefined) ?? 'fi',
          template: 'group_invitation',
          data: {
            groupName: group.name,
            organisationName: organisation?.name ?? '',
            email: row.email,
          },
        });
      }
      return { data: rows.map((m) => toMember(m)) };
    });
  } catch (err) {
    // Only a race the lock did not cover (none on MariaDB or SQLite) lands here.
    if (err instanceof UniqueConstraintError) {
      throw new Conflict('already_in_group', 'Some of these addresses are already members.', {
        emails: wanted,
      });
    }
    throw err;
  }
}

/** The organisation's members may remove anyone; a member may remove themself. */
export async function removeMember(ctx: Ctx, id: number, memberId: number): Promise<void> {
  const { group, me } = await visibleGroup(ctx, id);
  const member = await GroupMember.findOne({ where: { id: memberId, groupId: group.id } });
  if (!member) throw new NotFound('group member');
  const self = ctx.actor.kind === 'user' && ctx.actor.user.email === member.email;
  if (!me.orgMember && !self) {
    throw new Forbidden('Only the organisation or the member themself may do that.', 'forbidden');
  }
  await ctx.db.write((t) => GroupMember.destroy({ where: { id: member.id }, transaction: t }));
}

/** A signed-in user joins with the code. Joining twice is the same as joining once. */
export async function joinGroup(ctx: Ctx, code: string): Promise<GroupShape> {
  if (ctx.actor.kind !== 'user') throw new Forbidden('Only a signed-in user can join.');
  const user = ctx.actor.user;
  return ctx.db.write(async (t) => {
    // The locking read comes first: on MariaDB the count below then sees every committed join.
    const group = await Group.findOne({ where: { code }, transaction: t, lock: t.LOCK.UPDATE });
    if (!group) throw new NotFound('group');
    const existing = await GroupMember.findOne({
      where: { groupId: group.id, email: user.email },
      transaction: t,
    });
    const count = await memberCount(group.id, t);
    if (existing) return toGroup(group, count, true);
    if (count >= group.memberCap) throw groupFull(group, count);
    await GroupMember.create(
      { groupId: group.id, email: user.email, invitedById: null },
      { transaction: t },
    );
    return toGroup(group, count + 1, true);
  });
}

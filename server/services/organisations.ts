/**
 * Organisations, their members and an umbrella's member organisations.
 * Organisations are public data; their member lists are for members. Every write that changes
 * memberships locks the organisation's row first (MariaDB; on SQLite the write transaction is
 * IMMEDIATE, so writers queue), which is what keeps "never without an admin" true under races.
 */
import { Op, UniqueConstraintError, col, fn, literal, type Transaction } from 'sequelize';
import type { WhereOptions } from 'sequelize';
import type { z } from 'zod';
import type { PageOf } from '../../sdk/schemas/common.ts';
import type {
  MemberAdd,
  MemberOrganisationAdd,
  MemberOrganisationAdded as MemberOrganisationAddedShape,
  UmbrellaInvitation as UmbrellaInvitationShape,
  MemberUpdate,
  Organisation as OrganisationShape,
  OrganisationCreate,
  OrganisationListQuery,
  OrganisationMember,
  OrganisationUpdate,
} from '../../sdk/schemas/organisations.ts';
import type { PageQuery } from '../../sdk/schemas/common.ts';
import type { Ctx } from '../context.ts';
import {
  Affiliation,
  AffiliationInvitation,
  Membership,
  Organisation,
  User,
} from '../db/models/index.ts';
import { enqueueMail, mailAdmins } from '../mail/outbox.ts';
import { Conflict, fieldError, Forbidden, NotFound, Validation } from '../errors.ts';
import { currentUserId, orgRole, requireOrgAdmin, requireOrgMember } from './access.ts';
import { recordAudit } from './audit.ts';
import { decodeCursor, encodeCursor, isId } from './cursor.ts';
import { lookupPlace } from './places.ts';
import { isValidBusinessId } from '../../sdk/schemas/business-id.ts';

type CreateInput = z.output<typeof OrganisationCreate>;
type UpdateInput = z.output<typeof OrganisationUpdate>;
type ListQuery = z.output<typeof OrganisationListQuery>;
type Paging = z.output<typeof PageQuery>;

const isNameCursor = (v: unknown): v is [string, number] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isId(v[1]);

/** LIKE with `!` as the escape character: the same on SQLite and MariaDB (no backslash rules). */
function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

// --- shaping -------------------------------------------------------------------------------

/** Public shape of organisations, with their umbrellas and member counts, in two queries. */
export async function presentOrganisations(
  orgs: Organisation[],
  t?: Transaction,
): Promise<OrganisationShape[]> {
  if (orgs.length === 0) return [];
  const ids = orgs.map((o) => o.id);
  const [ups, counts] = await Promise.all([
    Affiliation.findAll({
      where: { memberId: { [Op.in]: ids } },
      include: [{ model: Organisation, as: 'umbrella' }],
      order: [['id', 'ASC']],
      transaction: t,
    }),
    Affiliation.findAll({
      attributes: ['umbrellaId', [fn('COUNT', col('id')), 'n']],
      where: { umbrellaId: { [Op.in]: ids } },
      group: ['umbrellaId'],
      raw: true,
      transaction: t,
    }) as unknown as Promise<{ umbrellaId: number; n: number | string }[]>,
  ]);
  const countOf = new Map(counts.map((c) => [Number(c.umbrellaId), Number(c.n)]));
  const umbrellasOf = new Map<number, OrganisationShape['umbrellas']>();
  for (const a of ups) {
    const u = (a as Affiliation & { umbrella: Organisation }).umbrella;
    const list = umbrellasOf.get(a.memberId) ?? [];
    list.push({ id: u.id, name: u.name, kind: u.kind });
    umbrellasOf.set(a.memberId, list);
  }
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    sector: o.sector,
    businessId: o.businessId,
    description: o.description,
    website: o.website,
    postalCode: o.postalCode,
    municipality: (o.postalCode && lookupPlace(o.postalCode)?.municipality.name) || null,
    umbrellas: umbrellasOf.get(o.id) ?? [],
    memberOrganisationCount: countOf.get(o.id) ?? 0,
    createdAt: o.createdAt.toISOString(),
  }));
}

async function present(org: Organisation, t?: Transaction): Promise<OrganisationShape> {
  const [shaped] = await presentOrganisations([org], t);
  return shaped!;
}

function presentMember(m: Membership, user: User): OrganisationMember {
  return {
    user: { id: user.id, name: user.name, email: user.email },
    role: m.role,
    createdAt: m.createdAt.toISOString(),
  };
}

// --- organisations -------------------------------------------------------------------------

async function findOrganisation(id: number, t?: Transaction): Promise<Organisation> {
  const org = await Organisation.findByPk(id, { transaction: t });
  if (!org) throw new NotFound('organisation');
  return org;
}

/** The organisation with its row locked until the transaction ends. */
async function lockOrganisation(id: number, t: Transaction): Promise<Organisation> {
  const org = await Organisation.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE });
  if (!org) throw new NotFound('organisation');
  return org;
}

function checkPostalCode(postalCode: string | null | undefined): void {
  if (postalCode && !lookupPlace(postalCode)) {
    throw fieldError({
      field: 'postalCode',
      message: 'Unknown postal code.',
      issue: 'no such postal code',
      code: 'unknown_postal_code',
    });
  }
}

const businessIdTaken = () =>
  new Conflict('business_id_taken', 'An organisation with this business id is already registered.');

/** Writes the organisation; the unique key on business_id settles races between two writers. */
async function saveWithBusinessId(org: Organisation, t: Transaction): Promise<void> {
  if (org.businessId && org.changed('businessId')) {
    const other = await Organisation.findOne({
      where: { businessId: org.businessId, ...(org.id ? { id: { [Op.ne]: org.id } } : {}) },
      transaction: t,
    });
    if (other) throw businessIdTaken();
  }
  try {
    await org.save({ transaction: t });
  } catch (err) {
    if (err instanceof UniqueConstraintError) throw businessIdTaken();
    throw err;
  }
}

export async function listOrganisations(
  _ctx: Ctx,
  query: ListQuery,
): Promise<PageOf<OrganisationShape>> {
  const and: WhereOptions[] = [{ closedAt: null }];
  if (query.kind) and.push({ kind: query.kind });
  if (query.q) {
    const pattern = Organisation.sequelize!.escape(containsPattern(query.q));
    const byName = { name: { [Op.like]: literal(`${pattern} ESCAPE '!'`) } };
    // A business id is matched whole (with or without spaces around it), not as part of a name.
    const businessId = query.q.trim();
    and.push(isValidBusinessId(businessId) ? { [Op.or]: [byName, { businessId }] } : byName);
  }
  if (query.umbrellaId) {
    and.push({
      id: {
        [Op.in]: literal(
          `(SELECT member_id FROM affiliations WHERE umbrella_id = ${Number(query.umbrellaId)})`,
        ),
      },
    });
  }
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor, isNameCursor);
    and.push({ [Op.or]: [{ name: { [Op.gt]: name } }, { name, id: { [Op.gt]: id } }] });
  }
  const rows = await Organisation.findAll({
    where: { [Op.and]: and },
    order: [
      ['name', 'ASC'],
      ['id', 'ASC'],
    ],
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: await presentOrganisations(page),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.id]) : null,
  };
}

export async function getOrganisation(_ctx: Ctx, id: number): Promise<OrganisationShape> {
  return present(await findOrganisation(id));
}

/** Any signed-in user may register an organisation and becomes its first admin. */
export async function createOrganisation(ctx: Ctx, input: CreateInput): Promise<OrganisationShape> {
  const userId = currentUserId(ctx);
  if (userId === null) throw new Forbidden('Sign in as a person to register an organisation.');
  checkPostalCode(input.postalCode);
  return ctx.db.write(async (t) => {
    const org = Organisation.build({
      name: input.name,
      kind: input.kind,
      sector: input.sector ?? null,
      businessId: input.businessId ?? null,
      description: input.description ?? '',
      website: input.website ?? null,
      postalCode: input.postalCode ?? null,
    });
    await saveWithBusinessId(org, t);
    await Membership.create({ organisationId: org.id, userId, role: 'admin' }, { transaction: t });
    await recordAudit(ctx, t, {
      kind: 'member_added',
      userId,
      organisationId: org.id,
      details: { role: 'admin', via: 'registration' },
    });
    return present(org, t);
  });
}

export async function updateOrganisation(
  ctx: Ctx,
  id: number,
  input: UpdateInput,
): Promise<OrganisationShape> {
  await findOrganisation(id);
  await requireOrgAdmin(ctx, id);
  checkPostalCode(input.postalCode);
  return ctx.db.write(async (t) => {
    const org = await lockOrganisation(id, t);
    if (input.kind && input.kind !== 'umbrella' && org.kind === 'umbrella') {
      const members = await Affiliation.count({ where: { umbrellaId: id }, transaction: t });
      if (members > 0) {
        throw new Conflict(
          'has_member_organisations',
          'Remove the member organisations before changing the kind of an umbrella.',
        );
      }
    }
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) org.set(key as keyof UpdateInput, value);
    }
    await saveWithBusinessId(org, t);
    return present(org, t);
  });
}

// --- members -------------------------------------------------------------------------------

export async function listMembers(
  ctx: Ctx,
  organisationId: number,
  query: Paging,
): Promise<PageOf<OrganisationMember>> {
  await findOrganisation(organisationId);
  await requireOrgMember(ctx, organisationId);
  const after = query.cursor ? decodeCursor(query.cursor, isId) : 0;
  const rows = await Membership.findAll({
    where: { organisationId, id: { [Op.gt]: after } },
    include: [{ model: User, as: 'user' }],
    order: [['id', 'ASC']],
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    data: page.map((m) => presentMember(m, (m as Membership & { user: User }).user)),
    nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null,
  };
}

/**
 * Adds a person by email; an address with no account gets one, so they can sign in later. They
 * are told by email, in the same transaction: signing in with that address is all it takes.
 */
export async function addMember(
  ctx: Ctx,
  organisationId: number,
  input: z.output<typeof MemberAdd>,
): Promise<OrganisationMember> {
  await findOrganisation(organisationId);
  await requireOrgAdmin(ctx, organisationId);
  return ctx.db.write(async (t) => {
    const org = await lockOrganisation(organisationId, t);
    const [user] = await User.findOrCreate({ where: { email: input.email }, transaction: t });
    const alreadyMember = () =>
      new Conflict('already_member', 'This person is already a member of the organisation.');
    const existing = await Membership.findOne({
      where: { organisationId, userId: user.id },
      transaction: t,
    });
    if (existing) throw alreadyMember();
    try {
      const m = await Membership.create(
        { organisationId, userId: user.id, role: input.role },
        { transaction: t },
      );
      await recordAudit(ctx, t, {
        kind: 'member_added',
        userId: user.id,
        organisationId,
        details: { role: input.role },
      });
      await enqueueMail(ctx, t, {
        to: user.email,
        lang: user.lang,
        template: 'organisation_invitation',
        data: {
          organisationName: org.name,
          invitedBy:
            ctx.actor.kind === 'user' ? ctx.actor.user.name || ctx.actor.user.email : org.name,
          role: input.role,
          email: user.email,
        },
      });
      return presentMember(m, user);
    } catch (err) {
      if (err instanceof UniqueConstraintError) throw alreadyMember();
      throw err;
    }
  });
}

function countAdmins(organisationId: number, t: Transaction): Promise<number> {
  return Membership.count({ where: { organisationId, role: 'admin' }, transaction: t });
}

const lastAdmin = () =>
  new Conflict(
    'last_admin',
    'An organisation always keeps at least one admin: make someone else admin first.',
  );

async function findMembership(
  organisationId: number,
  userId: number,
  t: Transaction,
): Promise<Membership & { user: User }> {
  const m = await Membership.findOne({
    where: { organisationId, userId },
    include: [{ model: User, as: 'user' }],
    transaction: t,
  });
  if (!m) throw new NotFound('member');
  return m as Membership & { user: User };
}

export async function updateMember(
  ctx: Ctx,
  organisationId: number,
  userId: number,
  input: z.output<typeof MemberUpdate>,
): Promise<OrganisationMember> {
  await findOrganisation(organisationId);
  await requireOrgAdmin(ctx, organisationId);
  return ctx.db.write(async (t) => {
    await lockOrganisation(organisationId, t);
    const m = await findMembership(organisationId, userId, t);
    if (m.role === 'admin' && input.role !== 'admin') {
      if ((await countAdmins(organisationId, t)) <= 1) throw lastAdmin();
    }
    if (m.role !== input.role) {
      const from = m.role;
      m.role = input.role;
      await m.save({ transaction: t });
      await recordAudit(ctx, t, {
        kind: 'role_changed',
        userId,
        organisationId,
        details: { from, to: input.role },
      });
    }
    return presentMember(m, m.user);
  });
}

/** Admins remove anyone; a member may leave. Never the last admin. */
export async function removeMember(
  ctx: Ctx,
  organisationId: number,
  userId: number,
): Promise<void> {
  await findOrganisation(organisationId);
  if (currentUserId(ctx) !== userId) await requireOrgAdmin(ctx, organisationId);
  await ctx.db.write(async (t) => {
    await lockOrganisation(organisationId, t);
    const m = await findMembership(organisationId, userId, t);
    if (m.role === 'admin' && (await countAdmins(organisationId, t)) <= 1) throw lastAdmin();
    await m.destroy({ transaction: t });
    await recordAudit(ctx, t, {
      kind: 'member_removed',
      userId,
      organisationId,
      details: { role: m.role },
    });
  });
}

// --- an umbrella's member organisations ----------------------------------------------------

export async function listMemberOrganisations(
  _ctx: Ctx,
  umbrellaId: number,
  query: Paging,
): Promise<PageOf<OrganisationShape>> {
  await findOrganisation(umbrellaId);
  const after = query.cursor ? decodeCursor(query.cursor, isId) : 0;
  const rows = await Affiliation.findAll({
    where: { umbrellaId, id: { [Op.gt]: after } },
    include: [{ model: Organisation, as: 'member' }],
    order: [['id', 'ASC']],
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    data: await presentOrganisations(
      page.map((a) => (a as Affiliation & { member: Organisation }).member),
    ),
    nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null,
  };
}

/**
 * An umbrella's admins ask an organisation to be a member. The organisation must agree: unless
 * the caller is an admin of it too, this only invites it, and its admins are emailed to accept or
 * decline (`…/umbrella-invitations`). Asking again while the invitation waits sends nothing more.
 */
export async function addMemberOrganisation(
  ctx: Ctx,
  umbrellaId: number,
  input: z.output<typeof MemberOrganisationAdd>,
): Promise<MemberOrganisationAddedShape> {
  const umbrella = await findOrganisation(umbrellaId);
  await requireOrgAdmin(ctx, umbrellaId);
  if (umbrella.kind !== 'umbrella') {
    throw new Validation(
      'Only an umbrella organisation has member organisations.',
      undefined,
      'not_an_umbrella',
    );
  }
  if (input.organisationId === umbrellaId) {
    throw new Validation('An organisation cannot be its own member.', undefined, 'self_membership');
  }
  const already = () =>
    new Conflict('already_member', 'This organisation is already a member of the umbrella.');
  // Only an admin of the organisation itself may make it a member at once.
  const speaksForMember = (await orgRole(ctx, input.organisationId)) === 'admin';
  return ctx.db.write(async (t) => {
    await lockOrganisation(umbrellaId, t);
    const member = await Organisation.findByPk(input.organisationId, { transaction: t });
    if (!member) {
      throw fieldError({
        field: 'organisationId',
        message: 'No such organisation.',
        issue: 'no such organisation',
        code: 'unknown_organisation',
      });
    }
    const existing = await Affiliation.findOne({
      where: { umbrellaId, memberId: member.id },
      transaction: t,
    });
    if (existing) throw already();
    if (!speaksForMember) {
      const [, invited] = await AffiliationInvitation.findOrCreate({
        where: { umbrellaId, memberId: member.id },
        defaults: { umbrellaId, memberId: member.id, invitedById: currentUserId(ctx) },
        transaction: t,
      });
      if (invited) await mailInvitation(ctx, t, umbrella, member);
      return { ...(await present(member, t)), affiliation: 'invited' as const };
    }
    try {
      await Affiliation.create({ umbrellaId, memberId: member.id }, { transaction: t });
    } catch (err) {
      if (err instanceof UniqueConstraintError) throw already();
      throw err;
    }
    await AffiliationInvitation.destroy({
      where: { umbrellaId, memberId: member.id },
      transaction: t,
    });
    return { ...(await present(member, t)), affiliation: 'member' as const };
  });
}

/** Tells the invited organisation's admins, each in their language. */
async function mailInvitation(
  ctx: Ctx,
  t: Transaction,
  umbrella: Organisation,
  member: Organisation,
): Promise<void> {
  await mailAdmins(ctx, t, member.id, {
    template: 'umbrella_invitation',
    data: { umbrella: umbrella.name, organisation: member.name },
  });
}

/** The umbrellas that have invited an organisation and wait for its answer (its admins only). */
export async function listUmbrellaInvitations(
  ctx: Ctx,
  organisationId: number,
): Promise<{ data: UmbrellaInvitationShape[] }> {
  await findOrganisation(organisationId);
  await requireOrgAdmin(ctx, organisationId);
  const rows = await AffiliationInvitation.findAll({
    where: { memberId: organisationId },
    include: [{ model: Organisation, as: 'umbrella', attributes: ['id', 'name', 'kind'] }],
    order: [['id', 'ASC']],
  });
  return {
    data: rows.map((row) => {
      const u = (row as AffiliationInvitation & { umbrella: Organisation }).umbrella;
      return {
        umbrella: { id: u.id, name: u.name, kind: u.kind },
        invitedAt: row.createdAt.toISOString(),
      };
    }),
  };
}

/**
 * The invited organisation's admins accept (it becomes the umbrella's member, and the umbrella
 * sees its tasks in its feed and its reports) or decline. Either way the invitation is gone.
 */
export async function acceptUmbrellaInvitation(
  ctx: Ctx,
  organisationId: number,
  umbrellaId: number,
): Promise<OrganisationShape> {
  const umbrella = await decideUmbrellaInvitation(ctx, organisationId, umbrellaId, 'accept');
  if (!umbrella) throw new NotFound('invitation');
  return umbrella;
}

export async function declineUmbrellaInvitation(
  ctx: Ctx,
  organisationId: number,
  umbrellaId: number,
): Promise<void> {
  await decideUmbrellaInvitation(ctx, organisationId, umbrellaId, 'decline');
}

async function decideUmbrellaInvitation(
  ctx: Ctx,
  organisationId: number,
  umbrellaId: number,
  decision: 'accept' | 'decline',
): Promise<OrganisationShape | null> {
  await findOrganisation(organisationId);
  await requireOrgAdmin(ctx, organisationId);
  return ctx.db.write(async (t) => {
    const removed = await AffiliationInvitation.destroy({
      where: { umbrellaId, memberId: organisationId },
      transaction: t,
    });
    if (removed === 0) throw new NotFound('invitation');
    if (decision === 'decline') return null;
    const umbrella = await Organisation.findByPk(umbrellaId, { transaction: t });
    if (!umbrella || umbrella.kind !== 'umbrella') throw new NotFound('invitation');
    await Affiliation.findOrCreate({
      where: { umbrellaId, memberId: organisationId },
      defaults: { umbrellaId, memberId: organisationId },
      transaction: t,
    });
    return present(umbrella, t);
  });
}

/** Either side may end the membership: the umbrella's admins or the member's admins. */
export async function removeMemberOrganisation(
  ctx: Ctx,
  umbrellaId: number,
  memberId: number,
): Promise<void> {
  await findOrganisation(umbrellaId);
  const [asUmbrella, asMember] = await Promise.all([
    orgRole(ctx, umbrellaId),
    orgRole(ctx, memberId),
  ]);
  if (asUmbrella !== 'admin' && asMember !== 'admin') {
    throw new Forbidden(
      'Only the admins of the umbrella or of the member organisation may do that.',
      'not_an_admin',
    );
  }
  // Ends the membership, or takes back an invitation that still waits.
  const removed = await ctx.db.write(async (t) => {
    const where = { umbrellaId, memberId };
    const [a, i] = await Promise.all([
      Affiliation.destroy({ where, transaction: t }),
      AffiliationInvitation.destroy({ where, transaction: t }),
    ]);
    return a + i;
  });
  if (removed === 0) throw new NotFound('member organisation');
}

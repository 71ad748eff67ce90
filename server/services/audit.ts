/**
 * The audit log: security-relevant events (sign-ins, role changes, keys created and revoked,
 * exports, erasures), each readable by the person it concerns (`GET /me/audit`) and by the admins
 * of the organisation it concerns (`GET /organisations/:id/audit`). An event is written in the
 * transaction of the change it records, so it exists exactly when the change does. Details carry
 * ids and kinds only, never names or addresses; the retention job deletes events older than
 * `AUDIT_RETENTION_DAYS`.
 */
import { Op, type Transaction } from 'sequelize';
import type { PageOf } from '../../sdk/schemas/common.ts';
import type { AuditEvent as AuditShape, AuditKind } from '../../sdk/schemas/privacy.ts';
import type { Ctx } from '../context.ts';
import { AuditEvent, Organisation } from '../db/models/index.ts';
import { NotFound } from '../errors.ts';
import { currentUserId, requireOrgAdmin } from './access.ts';
import { encodeCursor, idCursor } from './cursor.ts';

export interface AuditInput {
  kind: AuditKind;
  /** The person the event concerns (who signed in, whose role changed, who was erased). */
  userId?: number | null;
  organisationId?: number | null;
  details?: Record<string, string | number | boolean | null>;
  /** Who did it, when the request's caller is not yet known as them (a sign-in). */
  actorUserId?: number;
}

/** Records one event, by the caller of `ctx` (or the service itself when `ctx` is null). */
export async function recordAudit(
  ctx: Pick<Ctx, 'actor' | 'ip'> | null,
  t: Transaction | undefined,
  event: AuditInput,
): Promise<void> {
  const actor = ctx?.actor;
  await AuditEvent.create(
    {
      kind: event.kind,
      userId: event.userId ?? null,
      organisationId: event.organisationId ?? null,
      actorUserId: event.actorUserId ?? (actor?.kind === 'user' ? actor.user.id : null),
      actorKeyId: actor?.kind === 'secret_key' ? actor.key.id : null,
      ip: ctx?.ip ?? null,
      details: event.details ?? null,
    },
    { transaction: t },
  );
}

export function toAuditEvent(e: AuditEvent): AuditShape {
  return {
    id: e.id,
    kind: e.kind as AuditKind,
    userId: e.userId,
    organisationId: e.organisationId,
    actor: {
      kind: e.actorUserId ? 'user' : e.actorKeyId ? 'secret_key' : 'service',
      userId: e.actorUserId,
      keyId: e.actorKeyId,
    },
    ip: e.ip,
    details: e.details,
    createdAt: e.createdAt.toISOString(),
  };
}

async function page(
  where: Record<string, unknown>,
  query: { cursor?: string; limit: number },
): Promise<PageOf<AuditShape>> {
  const before = idCursor(query.cursor);
  const rows = await AuditEvent.findAll({
    where: { ...where, ...(before === undefined ? {} : { id: { [Op.lt]: before } }) },
    order: [['id', 'DESC']],
    limit: query.limit + 1,
  });
  const shown = rows.slice(0, query.limit);
  return {
    data: shown.map(toAuditEvent),
    nextCursor: rows.length > query.limit ? encodeCursor(shown.at(-1)!.id) : null,
  };
}

/** The signed-in person's own events, newest first. */
export function listMyAudit(ctx: Ctx, query: { cursor?: string; limit: number }) {
  return page({ userId: currentUserId(ctx)! }, query);
}

/** The organisation's events, newest first (its admins, or its secret key). */
export async function listOrganisationAudit(
  ctx: Ctx,
  organisationId: number,
  query: { cursor?: string; limit: number },
) {
  if (!(await Organisation.findByPk(organisationId, { attributes: ['id'] }))) {
    throw new NotFound('organisation');
  }
  await requireOrgAdmin(ctx, organisationId);
  return page({ organisationId }, query);
}

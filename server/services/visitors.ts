/**
 * Help requests from people who are not signed in, sent from an organisation's own site through
 * its publishable key, and the requests to join the organisation they leave behind.
 *
 * The task is stored `pending_verification` for the key's organisation, and the visitor gets a
 * six-digit code and a link. Confirming publishes the task (open, published now, the usual
 * confirmation email) on the visitor's account, created by email if needed, and links that
 * account to the organisation: as a member at once when the key says `autoJoin` and the address
 * is on one of its `autoJoinDomains`, otherwise as a join request an admin approves. No account is made before the address is confirmed, so a
 * stranger cannot put a name on someone else's address; until then the task stands in the name
 * of whoever created the key.
 *
 * Abuse: a honeypot field (`website`, which people never see) must come empty; requests are
 * limited per IP address and per key per hour, and per email address while unconfirmed, all
 * counted from the `visitor_requests` table so the limits hold across servers; codes allow five
 * wrong tries. Unconfirmed requests expire (VISITOR_REQUEST_TTL_HOURS): an expired one is never
 * published, and it is deleted with its task by the sweep run on every new request and every
 * confirmation.
 */
import crypto from 'node:crypto';
import { Op, type Transaction } from 'sequelize';
import type { z } from 'zod';
import type { Lang } from '../../sdk/schemas/common.ts';
import type {
  JoinRequest as JoinRequestShape,
  JoinRequestListQuery,
  VisitorVerification,
} from '../../sdk/schemas/embedding.ts';
import type { Task as TaskShape, TaskCreate } from '../../sdk/schemas/tasks.ts';
import { sameDigest, sha256 } from '../auth/tokens.ts';
import type { Ctx } from '../context.ts';
import {
  ApiKey,
  JoinRequest,
  Membership,
  Organisation,
  Task,
  User,
  VisitorRequest,
} from '../db/models/index.ts';
import type { Validation } from '../errors.ts';
import { Conflict, fieldError, Forbidden, HttpError, NotFound } from '../errors.ts';
import { enqueueMail, mailAdmins, sendAfterCommit } from '../mail/outbox.ts';
import { currentUserId, requireOrgAdmin } from './access.ts';
import { recordAudit } from './audit.ts';
import { claimTry, tooManyAttempts } from './one-time-codes.ts';
import { hit } from './rate-limit.ts';
import { contentColumns, mailFacts } from './task-content.ts';
import { toTask } from './task-shape.ts';

type TaskCreateInput = z.output<typeof TaskCreate>;
type Membership_ = VisitorVerification['membership'];

const HOUR = 3_600_000;

function codeDigest(taskId: number, code: string): string {
  return sha256(`visitor:${taskId}:${code}`);
}

/** Whole seconds: MySQL DATETIME keeps no fractions, and the feed's cursor compares this value. */
function wholeSecond(ms = Date.now()): Date {
  return new Date(Math.floor(ms / 1000) * 1000);
}

/**
 * A filled honeypot is refused with an ordinary 422 and nothing is stored or mailed. Not a fake
 * success: a browser's autofill can fill a hidden field for a real person, who must then learn
 * that the request did not go; a bot learns no more than from any other refusal, and still meets
 * the rate limits and the emailed code.
 */
export function rejectFilledHoneypot(input: TaskCreateInput): void {
  if (input.website && input.website.trim() !== '') {
    throw fieldError({
      field: 'website',
      message: 'The request could not be accepted.',
      issue: 'must be empty',
      // Not a code of the contract's table: the answer says no more than any other refusal.
      issueCode: 'must_be_empty',
    });
  }
}

function visitorRequired(): Validation {
  return fieldError({
    field: 'visitor',
    message: 'Say who asks: visitor.email and visitor.name (or sign in).',
    issue: 'required',
    code: 'visitor_required',
  });
}

/** Deletes unconfirmed requests whose time ran out, and their tasks. Answers how many. */
export async function sweepExpiredVisitorRequests(t?: Transaction): Promise<number> {
  const expired = await VisitorRequest.findAll({
    where: { verifiedAt: null, expiresAt: { [Op.lte]: new Date() } },
    attributes: ['id', 'taskId'],
    order: [['id', 'ASC']],
    limit: 500,
    transaction: t,
  });
  if (expired.length === 0) return 0;
  await VisitorRequest.destroy({ where: { id: expired.map((r) => r.id) }, transaction: t });
  // A task the organisation already cancelled stays, as a record of the cancellation.
  await Task.destroy({
    where: { id: expired.map((r) => r.taskId), status: 'pending_verification' },
    transaction: t,
  });
  return expired.length;
}

async function enforceLimits(ctx: Ctx, key: ApiKey, email: string | null, t: Transaction) {
  const { config } = ctx;
  // Counters in the database (rate-limit.ts): exact under parallel requests, on every server.
  await hit(
    t,
    `visitor:ip:${ctx.ip}`,
    config.visitorRequestsPerIpPerHour,
    3600,
    'Too many help requests from this address; try again later.',
  );
  await hit(
    t,
    `visitor:key:${key.id}`,
    config.visitorRequestsPerKeyPerHour,
    3600,
    'Too many help requests through this site; try again later.',
  );
  if (email !== null) {
    // Also serialises one address's requests, so the pending count below cannot be raced past.
    await hit(
      t,
      `visitor:email:${email}`,
      config.visitorRequestsPerEmailPerHour,
      3600,
      'Too many help requests for this address; try again later.',
    );
    // A locking read: InnoDB's plain reads would see the snapshot taken before the lock above.
    const pending = (
      await VisitorRequest.findAll({
        where: { email, verifiedAt: null, expiresAt: { [Op.gt]: new Date() } },
        attributes: ['id'],
        lock: t.LOCK.UPDATE,
        transaction: t,
      })
    ).length;
    if (pending >= config.visitorPendingPerEmail) {
      throw new Conflict(
        'too_many_pending',
        'This address already has help requests waiting for confirmation: confirm them first.',
        { pending },
      );
    }
  }
}

/**
 * A help request through a publishable key: by a visitor (`user` null), or by a signed-in user
 * who is not a member of the key's organisation. A signed-in user's address is already confirmed,
 * so their task is published at once; a visitor's waits for the emailed code.
 */
export async function createVisitorTask(
  ctx: Ctx,
  key: ApiKey,
  input: TaskCreateInput,
  user: User | null = null,
): Promise<TaskShape> {
  if (input.organisationId !== undefined && input.organisationId !== key.organisationId) {
    throw new Forbidden('A publishable key asks only for its own organisation.', 'forbidden');
  }
  if (input.groupCode) {
    throw new Forbidden('Only the group’s members may post tasks to it.', 'not_a_group_member');
  }
  if (!user && !input.visitor) throw visitorRequired();
  const content = contentColumns(input);
  const email = user ? user.email : input.visitor!.email;
  const now = new Date();
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  const reference = crypto.randomBytes(18).toString('base64url');

  const shaped = await ctx.db.write(async (t) => {
    await sweepExpiredVisitorRequests(t);
    await enforceLimits(ctx, key, user ? null : email, t);
    const [organisation, known] = await Promise.all([
      Organisation.findByPk(key.organisationId, { attributes: ['name'], transaction: t }),
      user ? Promise.resolve(user) : User.findOne({ where: { email }, transaction: t }),
    ]);
    const created = await Task.create(
      {
        organisationId: key.organisationId,
        // Until the address is confirmed the task stands in the name of the key's creator.
        createdById: user ? user.id : key.createdById,
        apiKeyId: key.id,
        status: 'pending_verification',
        ...content,
        groupId: null,
        publishedAt: null,
      },
      { transaction: t },
    );
    const lang: Lang = user?.lang ?? input.visitor?.lang ?? known?.lang ?? 'fi';
    const request = await VisitorRequest.create(
      {
        taskId: created.id,
        apiKeyId: key.id,
        organisationId: key.organisationId,
        email,
        name: user ? user.name : input.visitor!.name,
        lang,
        reference,
        codeHash: codeDigest(created.id, user ? crypto.randomUUID() : code),
        ip: ctx.ip,
        expiresAt: new Date(now.getTime() + ctx.config.visitorRequestTtlHours * HOUR),
        verifiedAt: user ? now : null,
      },
      { transaction: t },
    );
    if (user) {
      await publish(ctx, t, created.id, user, key, request);
    } else {
      const link = `${ctx.config.publicUrl}/api/v1/tasks/${created.id}/verify?ref=${reference}&code=${code}`;
      await enqueueMail(ctx, t, {
        to: email,
        lang,
        template: 'visitor_verification',
        data: {
          code,
          link,
          hours: ctx.config.visitorRequestTtlHours,
          title: created.title,
          organisation: organisation?.name ?? '',
        },
      });
    }
    sendAfterCommit(ctx, t);
    const fresh = await Task.findByPk(created.id, { transaction: t, rejectOnEmpty: true });
    return toTask(ctx, fresh, { transaction: t });
  });
  // The stand-in requester of an unconfirmed task is nobody the visitor needs to see.
  return user ? shaped : { ...shaped, requester: null, verificationReference: reference };
}

/**
 * Opens the task on `user`'s name, links the user to the organisation as the key says, and sends
 * the confirmation (and, for a join request, a word to the organisation's admins).
 */
async function publish(
  ctx: Ctx,
  t: Transaction,
  taskId: number,
  user: User,
  key: ApiKey,
  request: VisitorRequest,
): Promise<Membership_> {
  const [opened] = await Task.update(
    { status: 'open', publishedAt: wholeSecond(), createdById: user.id },
    { where: { id: taskId, status: 'pending_verification' }, transaction: t },
  );
  if (opened === 0) throw notPending();
  const organisationId = request.organisationId;
  const [task, organisation] = await Promise.all([
    Task.findByPk(taskId, { transaction: t, rejectOnEmpty: true }),
    Organisation.findByPk(organisationId, { attributes: ['name'], transaction: t }),
  ]);
  const name = organisation?.name ?? '';
  await enqueueMail(ctx, t, {
    to: user.email,
    lang: user.lang,
    template: 'task_confirmation',
    data: { ...mailFacts(task, name), groupName: null },
  });

  const member = await Membership.findOne({
    where: { organisationId, userId: user.id },
    transaction: t,
  });
  if (member) return 'member';
  // Joining at once takes an address on a domain the admins named; the address is proved (by
  // the emailed code, or the sign-in), the public key alone proves nothing.
  const domain = user.email.slice(user.email.lastIndexOf('@') + 1).toLowerCase();
  if (key.autoJoin && key.autoJoinDomains.includes(domain)) {
    const [, joined] = await Membership.findOrCreate({
      where: { organisationId, userId: user.id },
      defaults: { organisationId, userId: user.id, role: 'member' },
      transaction: t,
    });
    if (joined) {
      await recordAudit(ctx, t, {
        kind: 'member_added',
        userId: user.id,
        organisationId,
        details: { role: 'member', via: 'publishable_key', keyId: key.id },
      });
    }
    return 'member';
  }
  const [join, created] = await JoinRequest.findOrCreate({
    where: { organisationId, userId: user.id },
    defaults: { organisationId, userId: user.id, apiKeyId: key.id, taskId },
    transaction: t,
  });
  if (join.status !== 'pending') return 'not_member';
  if (created) {
    await mailAdmins(ctx, t, organisationId, {
      template: 'join_request',
      data: { organisation: name, name: user.name, email: user.email, title: task.title },
    });
  }
  return 'pending_approval';
}

function notPending(): Conflict {
  return new Conflict(
    'task_not_pending',
    'This help request is no longer waiting to be confirmed.',
  );
}

function invalidCode(attemptsLeft: number): HttpError {
  // 422, not 401: the caller's credentials are fine, only the code is wrong.
  return new HttpError(422, 'invalid_code', 'The code is wrong.', { attemptsLeft });
}

function visitorTooManyAttempts(expiresAt: Date): HttpError {
  return tooManyAttempts('Too many wrong tries. Send the help request again.', expiresAt);
}

/**
 * The visitor's request of a task, when `reference` is its own: without it, the request is as if
 * it did not exist (and no try is spent). Requests made before references existed have none.
 */
async function visitorRequestOf(
  taskId: number,
  reference: string | undefined,
): Promise<VisitorRequest | null> {
  const request = await VisitorRequest.findOne({ where: { taskId } });
  if (!request) return null;
  if (request.reference === null) return request;
  if (reference === undefined) return null;
  const [mine, given] = [Buffer.from(request.reference), Buffer.from(reference)];
  return mine.length === given.length && crypto.timingSafeEqual(mine, given) ? request : null;
}

/** The language a confirmation page speaks to the visitor in; null when there is no request. */
export async function visitorRequestLang(
  taskId: number,
  reference: string | undefined,
): Promise<Lang | null> {
  return (await visitorRequestOf(taskId, reference))?.lang ?? null;
}

/** POST /tasks/:id/verify: the emailed code publishes the task. */
export async function verifyVisitorTask(
  ctx: Ctx,
  taskId: number,
  code: string,
  reference?: string,
): Promise<VisitorVerification> {
  const max = ctx.config.codeMaxAttempts;
  const request = await visitorRequestOf(taskId, reference);
  const task = request ? await Task.findByPk(taskId) : null;
  if (!request || !task) throw new NotFound('task');
  if (request.verifiedAt) {
    throw new Conflict('already_verified', 'This help request has already been confirmed.');
  }
  if (request.expiresAt.getTime() <= Date.now()) {
    await ctx.db.write((t) => sweepExpiredVisitorRequests(t));
    throw new HttpError(
      410,
      'verification_expired',
      'The time to confirm this help request has run out. Send it again.',
    );
  }
  if (task.status !== 'pending_verification') throw notPending();
  // A revoked key takes its unconfirmed requests with it.
  const key = await ApiKey.findOne({ where: { id: request.apiKeyId, revokedAt: null } });
  if (!key) throw new NotFound('task');
  // The try is claimed in the database before the code is compared (one-time-codes.ts).
  const live = { verifiedAt: null, expiresAt: { [Op.gt]: new Date() } };
  const used = await claimTry(VisitorRequest, request.id, 'attempts', max, live);
  if (used === null) throw visitorTooManyAttempts(request.expiresAt);
  if (!sameDigest(request.codeHash, codeDigest(taskId, code))) {
    if (used >= max) throw visitorTooManyAttempts(request.expiresAt);
    throw invalidCode(max - used);
  }

  const result = await ctx.db.write(async (t) => {
    const now = new Date();
    // Single use, even when two requests race with the right code.
    const [claimed] = await VisitorRequest.update(
      { verifiedAt: now },
      {
        where: {
          id: request.id,
          verifiedAt: null,
          attempts: { [Op.lte]: max },
          expiresAt: { [Op.gt]: now },
        },
        transaction: t,
      },
    );
    if (claimed === 0) {
      throw new Conflict('already_verified', 'This help request has already been confirmed.');
    }
    const [user, created] = await User.findOrCreate({
      where: { email: request.email },
      defaults: { email: request.email, name: request.name, lang: request.lang },
      transaction: t,
    });
    if (created) await user.reload({ transaction: t });
    const membership = await publish(ctx, t, taskId, user, key, request);
    const fresh = await Task.findByPk(taskId, { transaction: t, rejectOnEmpty: true });
    sendAfterCommit(ctx, t);
    return { task: await toTask(ctx, fresh, { transaction: t }), membership };
  });
  return result;
}

// ---------------------------------------------------------------------------------------------
// Requests to join an organisation

async function presentJoinRequests(rows: JoinRequest[]): Promise<JoinRequestShape[]> {
  const taskIds = rows.map((r) => r.taskId).filter((id): id is number => typeof id === 'number');
  const tasks = taskIds.length
    ? await Task.findAll({ where: { id: taskIds }, attributes: ['id', 'title'] })
    : [];
  const users = await User.findAll({
    where: { id: rows.map((r) => r.userId) },
    attributes: ['id', 'name', 'email'],
  });
  return rows.map((r) => {
    const user = users.find((u) => u.id === r.userId);
    const task = tasks.find((x) => x.id === r.taskId);
    return {
      id: r.id,
      organisationId: r.organisationId,
      user: { id: r.userId, name: user?.name ?? '', email: user?.email ?? '' },
      status: r.status,
      task: task ? { id: task.id, title: task.title } : null,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    };
  });
}

async function requireAdminOf(ctx: Ctx, organisationId: number): Promise<void> {
  if (!(await Organisation.findByPk(organisationId))) throw new NotFound('organisation');
  await requireOrgAdmin(ctx, organisationId);
}

/**
 * POST /organisations/:id/join-requests: the signed-in person asks to become a member; each admin
 * gets an email. Asking again while a request waits returns it as it is (no second email); a
 * declined request may be asked again, and waits anew.
 */
export async function requestToJoin(ctx: Ctx, organisationId: number): Promise<JoinRequestShape> {
  if (ctx.actor.kind !== 'user') throw new Error('requestToJoin() needs a signed-in user');
  const user = ctx.actor.user;
  const row = await ctx.db.write(async (t) => {
    const organisation = await Organisation.findByPk(organisationId, { transaction: t });
    if (!organisation) throw new NotFound('organisation');
    const member = await Membership.findOne({
      where: { organisationId, userId: user.id },
      transaction: t,
    });
    if (member) {
      throw new Conflict('already_member', 'You are already a member of the organisation.');
    }
    const [join, created] = await JoinRequest.findOrCreate({
      where: { organisationId, userId: user.id },
      defaults: { organisationId, userId: user.id },
      transaction: t,
    });
    if (!created) {
      if (join.status === 'pending') return join;
      // Declined (or approved and then removed from the members): a new request.
      await JoinRequest.update(
        { status: 'pending', decidedAt: null, decidedById: null, apiKeyId: null, taskId: null },
        { where: { id: join.id, status: join.status }, transaction: t },
      );
    }
    await mailAdmins(ctx, t, organisationId, {
      template: 'join_request',
      data: { organisation: organisation.name, name: user.name, email: user.email, title: null },
    });
    sendAfterCommit(ctx, t);
    return JoinRequest.findByPk(join.id, { transaction: t, rejectOnEmpty: true });
  });
  return (await presentJoinRequests([row]))[0]!;
}

/** GET /organisations/:id/join-requests: the admins' list, newest first. */
export async function listJoinRequests(
  ctx: Ctx,
  organisationId: number,
  query: z.output<typeof JoinRequestListQuery>,
): Promise<{ data: JoinRequestShape[] }> {
  await requireAdminOf(ctx, organisationId);
  const rows = await JoinRequest.findAll({
    where: { organisationId, status: query.status },
    order: [['id', 'DESC']],
    limit: 500,
  });
  return { data: await presentJoinRequests(rows) };
}

/** Approving makes the person a member; declining leaves them out. Either only once. */
export async function decideJoinRequest(
  ctx: Ctx,
  organisationId: number,
  requestId: number,
  decision: 'approved' | 'declined',
): Promise<JoinRequestShape> {
  await requireAdminOf(ctx, organisationId);
  const row = await ctx.db.write(async (t) => {
    const found = await JoinRequest.findOne({
      where: { id: requestId, organisationId },
      transaction: t,
    });
    if (!found) throw new NotFound('join request');
    const [decided] = await JoinRequest.update(
      { status: decision, decidedAt: new Date(), decidedById: currentUserId(ctx) },
      { where: { id: requestId, status: 'pending' }, transaction: t },
    );
    if (decided === 0) {
      throw new Conflict('join_request_decided', 'This request has already been decided.');
    }
    if (decision === 'approved') {
      const [, joined] = await Membership.findOrCreate({
        where: { organisationId, userId: found.userId },
        defaults: { organisationId, userId: found.userId, role: 'member' },
        transaction: t,
      });
      if (joined) {
        await recordAudit(ctx, t, {
          kind: 'member_added',
          userId: found.userId,
          organisationId,
          details: { role: 'member', via: 'join_request', requestId },
        });
      }
    }
    return JoinRequest.findByPk(requestId, { transaction: t, rejectOnEmpty: true });
  });
  return (await presentJoinRequests([row]))[0]!;
}

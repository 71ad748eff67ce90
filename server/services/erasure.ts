/**
 * Erasure (GDPR Art. 17) and closing an organisation, each confirmed with a code emailed to the
 * signed-in person.
 *
 * Erasing an account keeps the row (other people's records point at it: the tasks they asked
 * for, the hours of completed work, the feedback the requesting organisation gave) and empties it
 * of everything about the person: their address becomes a placeholder no mail is sent to, their
 * name "a former user" (in the three languages), every other field its default. Their chat
 * messages are replaced by a notice, the texts of their applications and of the feedback they
 * gave are emptied, open applications are withdrawn, and an assignment not yet approved is
 * released with an email to the requester. Memberships, group memberships, sessions, codes,
 * visitors' requests, read marks, emails to them, idempotency records that quote them, rate-limit
 * counters that name them and their own audit events are deleted. The report totals do not move:
 * tasks and approved hours stay.
 *
 * The last admin of an organisation must hand it over (make someone else admin) or close it first.
 * Closing an organisation cancels its open tasks (applicants and helpers are told), revokes its
 * keys and removes its members, group members, join requests, pro bono programme and umbrella
 * links; the organisation's row and its tasks stay as history.
 */
import crypto from 'node:crypto';
import { Op, literal, type Transaction, type WhereOptions } from 'sequelize';
import type { Ctx } from '../context.ts';
import {
  AccessToken,
  Affiliation,
  AlertSetting,
  ApiKey,
  Application,
  AuditEvent,
  AuthCode,
  ConfirmationCode,
  DirectoryEditLink,
  DirectoryListing,
  Feedback,
  GroupMember,
  Group,
  IdempotencyKey,
  JoinRequest,
  Membership,
  Message,
  MessageRead,
  Organisation,
  OutboxMessage,
  ProBonoProgramme,
  RateLimit,
  Task,
  TaskInvitation,
  User,
  VisitorRequest,
} from '../db/models/index.ts';
import type { ConfirmationPurpose } from '../db/models/confirmation-code.ts';
import { Conflict, HttpError, NotFound } from '../errors.ts';
import { ERASED_DOMAIN, enqueueMail, sendAfterCommit } from '../mail/outbox.ts';
import { sameDigest, sha256 } from '../auth/tokens.ts';
import { currentUserId, requireOrgAdmin } from './access.ts';
import { completeIfAllApproved } from './applications.ts';
import { recordAudit } from './audit.ts';
import { claimTry, tooManyAttempts } from './one-time-codes.ts';
import { hit } from './rate-limit.ts';

/** How an erased person is named wherever their records stay: in the three languages at once. */
export const FORMER_USER_NAME = 'Entinen käyttäjä · Tidigare användare · Former user';
/** What an erased person's chat messages say instead. */
export const REMOVED_MESSAGE =
  'Viesti on poistettu. · Meddelandet har tagits bort. · This message has been removed.';

const CODES_PER_HOUR = 5;

// --- codes ----------------------------------------------------------------------------------

function digest(purpose: ConfirmationPurpose, userId: number, orgId: number | null, code: string) {
  return sha256(`${purpose}:${userId}:${orgId ?? ''}:${code}`);
}

async function issueCode(
  ctx: Ctx,
  t: Transaction,
  purpose: ConfirmationPurpose,
  user: User,
  organisationId: number | null,
): Promise<string> {
  await hit(
    t,
    `confirm:${purpose}:user:${user.id}`,
    CODES_PER_HOUR,
    3600,
    'Too many codes requested; try again later.',
  );
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  await ConfirmationCode.create(
    {
      purpose,
      userId: user.id,
      organisationId,
      codeHash: digest(purpose, user.id, organisationId, code),
      expiresAt: new Date(Date.now() + ctx.config.codeTtlMinutes * 60_000),
    },
    { transaction: t },
  );
  return code;
}

function invalidCode(message: string, details?: unknown): HttpError {
  // 422, as for a visitor's code: the caller's credential is not in question.
  return new HttpError(422, 'invalid_code', message, details);
}

/**
 * Checks `code` against the person's live codes for `purpose`; every comparison first claims a
 * try in the database (one-time-codes.ts), so no burst of requests gets more than the limit.
 * Answers the matching code's id.
 */
async function checkCode(
  ctx: Ctx,
  purpose: ConfirmationPurpose,
  userId: number,
  organisationId: number | null,
  code: string,
): Promise<number> {
  const max = ctx.config.codeMaxAttempts;
  const live = { consumedAt: null, expiresAt: { [Op.gt]: new Date() } };
  const rows = await ConfirmationCode.findAll({
    where: { purpose, userId, organisationId, ...live },
    order: [['id', 'DESC']],
    limit: CODES_PER_HOUR,
  });
  if (rows.length === 0) throw invalidCode('The code is wrong or has expired. Ask for a new one.');
  const wanted = digest(purpose, userId, organisationId, code);
  let left = 0;
  for (const row of rows) {
    const used = await claimTry(ConfirmationCode, row.id, 'attempts', max, live);
    if (used === null) continue;
    if (sameDigest(row.codeHash, wanted)) return row.id;
    left = Math.max(left, max - used);
  }
  if (left === 0) {
    const latest = rows.reduce((a, b) => (a.expiresAt > b.expiresAt ? a : b));
    throw tooManyAttempts('Too many wrong tries. Ask for a new code.', latest.expiresAt);
  }
  throw invalidCode('The code is wrong or has expired.', { attemptsLeft: left });
}

/** Uses the code up, once, inside the transaction of the step it confirms. */
async function consume(id: number, t: Transaction): Promise<void> {
  const [n] = await ConfirmationCode.update(
    { consumedAt: new Date() },
    { where: { id, consumedAt: null }, transaction: t },
  );
  if (n === 0) throw invalidCode('The code has already been used. Ask for a new one.');
}

// --- the last admin -------------------------------------------------------------------------

/** Organisations of which the person is the only admin. */
async function soleAdminOf(userId: number, t?: Transaction): Promise<Organisation[]> {
  const mine = await Membership.findAll({
    where: { userId, role: 'admin' },
    attributes: ['organisationId'],
    transaction: t,
  });
  const out: Organisation[] = [];
  for (const m of mine) {
    // Locked, so that a hand-over racing the erasure is seen by one or the other.
    const org = await Organisation.findByPk(m.organisationId, {
      transaction: t,
      ...(t ? { lock: t.LOCK.UPDATE } : {}),
    });
    const admins = await Membership.count({
      where: { organisationId: m.organisationId, role: 'admin' },
      transaction: t,
    });
    if (org && admins <= 1) out.push(org);
  }
  return out;
}

function lastAdmin(orgs: Organisation[]): Conflict {
  return new Conflict(
    'last_admin',
    'You are the only admin of an organisation: make someone else admin, or close the organisation, first.',
    { organisations: orgs.map((o) => ({ id: o.id, name: o.name })) },
  );
}

// --- erasing an account ---------------------------------------------------------------------

/** Emails the signed-in person a code that confirms erasing their account. */
export async function requestErasureCode(ctx: Ctx): Promise<{ expiresInSeconds: number }> {
  const userId = currentUserId(ctx)!;
  const sole = await soleAdminOf(userId);
  if (sole.length > 0) throw lastAdmin(sole);
  await ctx.db.write(async (t) => {
    const user = await User.findByPk(userId, { transaction: t });
    if (!user) throw new NotFound('user');
    const code = await issueCode(ctx, t, 'erase_account', user, null);
    await enqueueMail(ctx, t, {
      to: user.email,
      lang: user.lang,
      template: 'erasure_code',
      data: { code, minutes: ctx.config.codeTtlMinutes },
    });
    await recordAudit(ctx, t, { kind: 'erasure_requested', userId });
    sendAfterCommit(ctx, t);
  });
  return { expiresInSeconds: ctx.config.codeTtlMinutes * 60 };
}

/** Erases the signed-in person's account, once the emailed code is right. */
export async function eraseMe(ctx: Ctx, code: string): Promise<void> {
  const userId = currentUserId(ctx)!;
  const codeId = await checkCode(ctx, 'erase_account', userId, null, code);
  await ctx.db.write(async (t) => {
    await consume(codeId, t);
    await eraseUser(ctx, t, userId, 'request');
    sendAfterCommit(ctx, t);
  });
}

/** Every column of the user back to its default, but the ones that keep the row a row. */
function blankProfile(): Record<string, unknown> {
  const keep = new Set(['id', 'email', 'name', 'createdAt', 'updatedAt', 'erasedAt']);
  const out: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(User.getAttributes())) {
    if (keep.has(name)) continue;
    const fallback = attribute.defaultValue;
    if (fallback === '[]') out[name] = [];
    else if (fallback !== undefined) out[name] = fallback;
    else if (attribute.allowNull !== false) out[name] = null;
    else out[name] = '';
  }
  return out;
}

/** LIKE pattern for text that contains `value`, with `!` as the escape character. */
function containing(value: string) {
  return literal(
    `${User.sequelize!.escape(`%${value.replace(/[!%_]/g, (c) => `!${c}`)}%`)} ESCAPE '!'`,
  );
}

/**
 * Erases one account inside `t`. `cause` is `request` (the person asked) or `inactivity` (the
 * retention job). Throws `last_admin` when the person is the only admin of an organisation.
 */
export async function eraseUser(
  ctx: Pick<Ctx, 'config'> & Partial<Pick<Ctx, 'actor' | 'ip'>>,
  t: Transaction,
  userId: number,
  cause: 'request' | 'inactivity',
): Promise<void> {
  const user = await User.findByPk(userId, { transaction: t, lock: t.LOCK.UPDATE });
  if (!user || user.erasedAt) return;
  const sole = await soleAdminOf(userId, t);
  if (sole.length > 0) throw lastAdmin(sole);
  const { email, name } = user;

  // Applications: open ones withdrawn, assignments not yet approved released, texts emptied.
  await Application.update(
    { status: 'withdrawn' },
    { where: { userId, status: 'pending' }, transaction: t },
  );
  const open = await Application.findAll({
    where: { userId, status: 'selected', approvedAt: null },
    transaction: t,
  });
  for (const app of open) {
    const task = await Task.findByPk(app.taskId, { transaction: t, lock: t.LOCK.UPDATE });
    if (!task) continue;
    await Application.update({ status: 'withdrawn' }, { where: { id: app.id }, transaction: t });
    if (task.status !== 'open' && task.status !== 'assigned') continue;
    const stillSelected = await Application.count({
      where: { taskId: task.id, status: 'selected' },
      transaction: t,
    });
    const changes: Partial<Pick<Task, 'selectedCount' | 'status' | 'applicationsClosedAt'>> = {
      selectedCount: Math.max(0, task.selectedCount - 1),
    };
    // Nobody left to do it: the task takes applications again.
    if (task.status === 'assigned' && stillSelected === 0) {
      changes.status = 'open';
      changes.applicationsClosedAt = null;
    }
    await task.update(changes, { transaction: t });
    await completeIfAllApproved(task, t);
    const requester = await User.findByPk(task.createdById, { transaction: t });
    if (requester) {
      await enqueueMail(ctx, t, {
        to: requester.email,
        lang: requester.lang,
        template: 'assignment_released',
        data: { taskId: task.id, taskTitle: task.title },
      });
    }
  }
  await Application.update({ message: '' }, { where: { userId }, transaction: t });

  // What they wrote for others: messages become a notice, feedback keeps its rating only.
  await Message.update({ body: REMOVED_MESSAGE }, { where: { authorId: userId }, transaction: t });
  await Feedback.update({ text: '' }, { where: { fromUserId: userId }, transaction: t });

  // Help requests they sent as a visitor and never confirmed go with their tasks.
  const unconfirmed = await VisitorRequest.findAll({
    where: { email, verifiedAt: null },
    attributes: ['id', 'taskId'],
    transaction: t,
  });
  await VisitorRequest.destroy({ where: { email }, transaction: t });
  if (unconfirmed.length > 0) {
    await Task.destroy({
      where: { id: unconfirmed.map((r) => r.taskId), status: 'pending_verification' },
      transaction: t,
    });
  }

  // Tasks still open that they asked for pass to an admin of the organisation (the longest
  // standing), so that mail about applicants reaches someone; finished ones keep "a former user".
  const asked = await Task.findAll({
    where: { createdById: userId, status: ['open', 'assigned'] },
    attributes: ['id', 'organisationId'],
    transaction: t,
  });
  for (const task of asked) {
    const heir = await Membership.findOne({
      where: { organisationId: task.organisationId, userId: { [Op.ne]: userId } },
      order: [
        ['role', 'ASC'], // 'admin' before 'member'
        ['id', 'ASC'],
      ],
      transaction: t,
    });
    if (heir) {
      await Task.update(
        { createdById: heir.userId },
        { where: { id: task.id }, transaction: t, silent: true },
      );
    }
  }

  // Their address as an organisation's directory contact, and links to edit a listing.
  await DirectoryEditLink.destroy({ where: { email }, transaction: t });
  await DirectoryListing.update(
    { internalContact: null },
    { where: { internalContact: { [Op.like]: containing(email) } }, transaction: t },
  );
  await DirectoryListing.update({ email: null }, { where: { email }, transaction: t });

  await Membership.destroy({ where: { userId }, transaction: t });
  await JoinRequest.destroy({ where: { userId }, transaction: t });
  await GroupMember.destroy({ where: { email }, transaction: t });
  await AccessToken.destroy({ where: { userId }, transaction: t });
  await AuthCode.destroy({ where: { email }, transaction: t });
  await ConfirmationCode.destroy({ where: { userId }, transaction: t });
  await MessageRead.destroy({ where: { userId }, transaction: t });
  await AlertSetting.destroy({ where: { email }, transaction: t });
  await TaskInvitation.destroy({ where: { userId }, transaction: t });
  await RateLimit.destroy({ where: { bucket: { [Op.like]: containing(email) } }, transaction: t });
  // Mail to them, and copies of mail already sent that quote them (mail waiting to go is sent).
  await OutboxMessage.destroy({ where: { toEmail: email }, transaction: t });
  const quoting = [{ textBody: { [Op.like]: containing(email) } }];
  if (name.trim().length >= 3) quoting.push({ textBody: { [Op.like]: containing(name) } });
  await OutboxMessage.destroy({
    where: { status: { [Op.in]: ['sent', 'failed', 'uncertain'] }, [Op.or]: quoting },
    transaction: t,
  });
  // Kept answers that quote them would be replayed to whoever repeats the request.
  const replayed: WhereOptions<IdempotencyKey>[] = [
    { scope: `user:${userId}` },
    { responseBody: { [Op.like]: containing(email) } },
  ];
  if (name.trim().length >= 3) {
    replayed.push({ responseBody: { [Op.like]: containing(JSON.stringify(name).slice(1, -1)) } });
  }
  await IdempotencyKey.destroy({ where: { [Op.or]: replayed }, transaction: t });
  await AuditEvent.destroy({ where: { userId }, transaction: t });

  await User.update(
    {
      ...blankProfile(),
      email: `erased-${userId}@${ERASED_DOMAIN}`,
      name: FORMER_USER_NAME,
      erasedAt: new Date(),
    } as never,
    { where: { id: userId }, transaction: t },
  );
  await recordAudit(ctx.actor ? (ctx as Pick<Ctx, 'actor' | 'ip'>) : null, t, {
    kind: 'account_erased',
    userId,
    details: { cause },
  });
}

// --- closing an organisation ----------------------------------------------------------------

function closed(): Conflict {
  return new Conflict('organisation_closed', 'The organisation is closed.');
}

async function findOpenOrganisation(id: number): Promise<Organisation> {
  const org = await Organisation.findByPk(id);
  if (!org) throw new NotFound('organisation');
  return org;
}

/** Emails the admin a code that confirms closing the organisation. */
export async function requestClosureCode(
  ctx: Ctx,
  organisationId: number,
): Promise<{ expiresInSeconds: number }> {
  const org = await findOpenOrganisation(organisationId);
  await requireOrgAdmin(ctx, organisationId);
  if (org.closedAt) throw closed();
  await ctx.db.write(async (t) => {
    const user = await User.findByPk(currentUserId(ctx)!, { transaction: t });
    if (!user) throw new NotFound('user');
    const code = await issueCode(ctx, t, 'close_organisation', user, organisationId);
    await enqueueMail(ctx, t, {
      to: user.email,
      lang: user.lang,
      template: 'closure_code',
      data: { code, minutes: ctx.config.codeTtlMinutes, organisation: org.name },
    });
    await recordAudit(ctx, t, { kind: 'closure_requested', organisationId });
    sendAfterCommit(ctx, t);
  });
  return { expiresInSeconds: ctx.config.codeTtlMinutes * 60 };
}

/** Closes the organisation, once the code emailed to the admin is right. */
export async function closeOrganisation(
  ctx: Ctx,
  organisationId: number,
  code: string,
): Promise<void> {
  const org = await findOpenOrganisation(organisationId);
  await requireOrgAdmin(ctx, organisationId);
  if (org.closedAt) throw closed();
  const userId = currentUserId(ctx)!;
  const codeId = await checkCode(ctx, 'close_organisation', userId, organisationId, code);
  await ctx.db.write(async (t) => {
    const locked = await Organisation.findByPk(organisationId, {
      transaction: t,
      lock: t.LOCK.UPDATE,
    });
    if (!locked) throw new NotFound('organisation');
    if (locked.closedAt) throw closed();
    await consume(codeId, t);

    const now = new Date();
    const tasks = await Task.findAll({
      where: { organisationId, status: ['pending_verification', 'open', 'assigned'] },
      transaction: t,
      lock: t.LOCK.UPDATE,
    });
    for (const task of tasks) {
      await task.update(
        { status: 'cancelled', cancelledAt: now, cancelReason: null },
        { transaction: t },
      );
      const told = (await Application.findAll({
        where: { taskId: task.id, status: ['pending', 'selected'] },
        include: [{ model: User, as: 'user', attributes: ['email', 'lang'] }],
        transaction: t,
      })) as (Application & { user: User | null })[];
      await Application.update(
        { status: 'declined' },
        { where: { taskId: task.id, status: 'pending' }, transaction: t },
      );
      for (const app of told) {
        if (!app.user) continue;
        await enqueueMail(ctx, t, {
          to: app.user.email,
          lang: app.user.lang,
          template: 'task_cancelled',
          data: {
            taskId: task.id,
            title: task.title,
            organisation: locked.name,
            reason: null,
            selected: app.status === 'selected',
          },
        });
      }
    }
    const groups = await Group.findAll({
      where: { organisationId },
      attributes: ['id'],
      transaction: t,
    });
    if (groups.length > 0) {
      await GroupMember.destroy({ where: { groupId: groups.map((g) => g.id) }, transaction: t });
    }
    await ApiKey.update(
      { revokedAt: now },
      { where: { organisationId, revokedAt: null }, transaction: t },
    );
    await Membership.destroy({ where: { organisationId }, transaction: t });
    await JoinRequest.destroy({ where: { organisationId }, transaction: t });
    await ProBonoProgramme.destroy({ where: { organisationId }, transaction: t });
    // Out of the directory: the listing, its services and edit links (by foreign key).
    await DirectoryEditLink.destroy({ where: { organisationId }, transaction: t });
    await DirectoryListing.destroy({ where: { organisationId }, transaction: t });
    await Affiliation.destroy({
      where: { [Op.or]: [{ umbrellaId: organisationId }, { memberId: organisationId }] },
      transaction: t,
    });
    await locked.update({ closedAt: now, businessId: null }, { transaction: t });
    await recordAudit(ctx, t, {
      kind: 'organisation_closed',
      organisationId,
      details: { tasksCancelled: tasks.length },
    });
    sendAfterCommit(ctx, t);
  });
}

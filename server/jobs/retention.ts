/**
 * Retention: what is no longer needed is deleted, and accounts unused for a long time are warned
 * and then erased. Both run on the scheduler (./scheduler.ts), so on several servers each piece of
 * work is done exactly once, and a test moves the clock instead of waiting.
 *
 * - `retention` sweeps every ten minutes (one item per ten-minute window of the clock): expired
 *   or used sign-in and confirmation codes, expired or revoked tokens, idempotency records past
 *   `IDEMPOTENCY_RETENTION_HOURS`, rate-limit windows over a day old, sent (and failed) outbox
 *   messages past `OUTBOX_RETENTION_DAYS`, unconfirmed visitors' requests past their time (with
 *   their tasks), audit events past `AUDIT_RETENTION_DAYS`, and its own old run records.
 * - `inactive-accounts` warns each account unused for `INACTIVE_ACCOUNT_DAYS` by email (one item
 *   per account and period of inactivity) and erases it `INACTIVITY_GRACE_DAYS` after the warning
 *   unless it was used meanwhile. The only admin of an organisation is warned but not erased: the
 *   organisation would be left without anyone to run it.
 */
import {
  Op,
  literal,
  type Model,
  type ModelStatic,
  type Transaction,
  type WhereOptions,
} from 'sequelize';
import type { Deps } from '../context.ts';
import {
  AccessToken,
  AuditEvent,
  AuthCode,
  ConfirmationCode,
  DirectoryEditLink,
  IdempotencyKey,
  JobRun,
  Membership,
  OutboxMessage,
  RateLimit,
  Task,
  User,
  VisitorRequest,
} from '../db/models/index.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { recordAudit } from '../services/audit.ts';
import { eraseUser } from '../services/erasure.ts';
import { defineJob } from './scheduler.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SWEEP_EVERY = 10 * MINUTE;
/** Rows deleted per table per sweep: a backlog goes over a few sweeps, never in one long lock. */
const BATCH = 5_000;

/** Deletes up to BATCH rows of `model` matching `where`, oldest ids first. */
async function purge(model: ModelStatic<Model>, where: WhereOptions, t: Transaction) {
  const rows = await model.findAll({
    where,
    attributes: ['id'],
    order: [['id', 'ASC']],
    limit: BATCH,
    transaction: t,
  });
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.get('id') as number);
  await model.destroy({ where: { id: ids }, transaction: t });
  return rows.length;
}

/** What one sweep at `now` deletes, per kind; answered for logs and tests. */
export async function sweep(
  deps: Deps,
  t: Transaction,
  now: Date,
): Promise<Record<string, number>> {
  const { config } = deps;
  const before = (ms: number) => new Date(now.getTime() - ms);
  const removed: Record<string, number> = {};
  removed.signInCodes = await purge(
    AuthCode,
    { [Op.or]: [{ expiresAt: { [Op.lte]: now } }, { consumedAt: { [Op.ne]: null } }] },
    t,
  );
  removed.confirmationCodes = await purge(
    ConfirmationCode,
    { [Op.or]: [{ expiresAt: { [Op.lte]: now } }, { consumedAt: { [Op.ne]: null } }] },
    t,
  );
  removed.directoryEditLinks = await purge(
    DirectoryEditLink,
    { [Op.or]: [{ expiresAt: { [Op.lte]: now } }, { usedAt: { [Op.ne]: null } }] },
    t,
  );
  removed.tokens = await purge(
    AccessToken,
    { [Op.or]: [{ expiresAt: { [Op.lte]: now } }, { revokedAt: { [Op.ne]: null } }] },
    t,
  );
  removed.idempotencyRecords = await purge(
    IdempotencyKey,
    { createdAt: { [Op.lt]: before(config.idempotencyRetentionHours * HOUR) } },
    t,
  );
  removed.rateLimits = await purge(RateLimit, { windowStart: { [Op.lt]: before(DAY) } }, t);
  removed.outbox = await purge(
    OutboxMessage,
    {
      status: { [Op.in]: ['sent', 'failed', 'uncertain'] },
      createdAt: { [Op.lt]: before(config.outboxRetentionDays * DAY) },
    },
    t,
  );
  const expired = await VisitorRequest.findAll({
    where: { verifiedAt: null, expiresAt: { [Op.lte]: now } },
    attributes: ['id', 'taskId'],
    order: [['id', 'ASC']],
    limit: BATCH,
    transaction: t,
  });
  if (expired.length > 0) {
    await VisitorRequest.destroy({ where: { id: expired.map((r) => r.id) }, transaction: t });
    // A task the organisation already cancelled stays, as a record of the cancellation.
    await Task.destroy({
      where: { id: expired.map((r) => r.taskId), status: 'pending_verification' },
      transaction: t,
    });
  }
  removed.visitorRequests = expired.length;
  removed.auditEvents = await purge(
    AuditEvent,
    { createdAt: { [Op.lt]: before(config.auditRetentionDays * DAY) } },
    t,
  );
  // This job's own records of past windows: a window's key never comes due again.
  removed.jobRuns = await purge(
    JobRun,
    { job: retentionJob.name, ranAt: { [Op.lt]: before(7 * DAY) } },
    t,
  );
  return removed;
}

export const retentionJob = defineJob({
  name: 'retention',
  everyMs: SWEEP_EVERY,
  async due(_deps, now) {
    const window = new Date(now.getTime() - (now.getTime() % SWEEP_EVERY));
    return [{ key: `sweep:${window.toISOString()}` }];
  },
  async run(deps, _item, t, now) {
    const removed = await sweep(deps, t, now);
    if (Object.values(removed).some((n) => n > 0)) {
      deps.logger.info({ removed }, 'retention sweep');
    }
  },
});

// --- unused accounts ------------------------------------------------------------------------

interface AccountItem {
  key: string;
  userId: number;
  step: 'warn' | 'erase';
}

function dateOnly(d: Date, lang: 'fi' | 'sv' | 'en'): string {
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[lang];
  return new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', dateStyle: 'long' }).format(
    d,
  );
}

export const inactiveAccountsJob = defineJob<AccountItem>({
  name: 'inactive-accounts',
  everyMs: HOUR,
  async due(deps, now) {
    const { config } = deps;
    const unusedSince = new Date(now.getTime() - config.inactiveAccountDays * DAY);
    const warnedBefore = new Date(now.getTime() - config.inactivityGraceDays * DAY);
    const base = {
      erasedAt: null,
      [Op.or]: [
        { lastActiveAt: { [Op.lt]: unusedSince } },
        { lastActiveAt: null, createdAt: { [Op.lt]: unusedSince } },
      ],
    };
    const [toWarn, toErase] = await Promise.all([
      User.findAll({
        where: { ...base, inactivityWarnedAt: null },
        attributes: ['id', 'lastActiveAt', 'createdAt'],
        order: [['id', 'ASC']],
        limit: 500,
      }),
      User.findAll({
        where: { ...base, inactivityWarnedAt: { [Op.lte]: warnedBefore } },
        attributes: ['id', 'inactivityWarnedAt'],
        order: [['id', 'ASC']],
        limit: 500,
      }),
    ]);
    return [
      ...toWarn.map((u) => ({
        key: `warn:${u.id}:${(u.lastActiveAt ?? u.createdAt).toISOString()}`,
        userId: u.id,
        step: 'warn' as const,
      })),
      ...toErase.map((u) => ({
        key: `erase:${u.id}:${u.inactivityWarnedAt!.toISOString()}`,
        userId: u.id,
        step: 'erase' as const,
      })),
    ];
  },
  async run(deps, item, t, now) {
    const { config } = deps;
    const user = await User.findByPk(item.userId, { transaction: t, lock: t.LOCK.UPDATE });
    if (!user || user.erasedAt) return;
    // Used since the list was made: nothing to do.
    const used = (user.lastActiveAt ?? user.createdAt).getTime();
    if (used >= now.getTime() - config.inactiveAccountDays * DAY) return;
    if (item.step === 'warn') {
      if (user.inactivityWarnedAt) return;
      await user.update({ inactivityWarnedAt: now }, { transaction: t, silent: true });
      await enqueueMail(deps, t, {
        to: user.email,
        lang: user.lang,
        template: 'inactivity_warning',
        data: {
          eraseOn: dateOnly(new Date(now.getTime() + config.inactivityGraceDays * DAY), user.lang),
          years: Math.floor(config.inactiveAccountDays / 365) || 1,
        },
      });
      await recordAudit(null, t, { kind: 'inactivity_warned', userId: user.id });
      return;
    }
    if (!user.inactivityWarnedAt) return;
    const soleAdmin = await Membership.count({
      where: {
        userId: user.id,
        role: 'admin',
        organisationId: {
          [Op.notIn]: literal(
            `(SELECT organisation_id FROM memberships WHERE role = 'admin' AND user_id <> ${Number(user.id)})`,
          ),
        },
      },
      transaction: t,
    });
    if (soleAdmin > 0) {
      deps.logger.warn(
        { userId: user.id },
        'unused account kept: the only admin of an organisation',
      );
      return;
    }
    await eraseUser(deps, t, user.id, 'inactivity');
  },
});

export const retentionJobs = [retentionJob, inactiveAccountsJob];

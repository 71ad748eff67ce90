import crypto from 'node:crypto';
import { Op } from 'sequelize';
import type { z } from 'zod';
import type { CodeRequest, TokenRequest } from '../../sdk/schemas/auth.ts';
import { randomSecret, sameDigest, sha256 } from '../auth/tokens.ts';
import type { Ctx } from '../context.ts';
import { AccessToken, AuthCode, User } from '../db/models/index.ts';
import { HttpError } from '../errors.ts';
import { enqueueMail, sendAfterCommit } from '../mail/outbox.ts';
import { recordAudit } from './audit.ts';
import { claimTry, tooManyAttempts } from './one-time-codes.ts';
import { hit } from './rate-limit.ts';
import { toMe } from './users.ts';

function codeDigest(email: string, code: string): string {
  return sha256(`${email}:${code}`);
}

/**
 * Emails a six-digit code. The answer is the same whether or not the address has an account.
 * Limits per IP, per address and client, and per address from all clients together, per hour, are
 * counted in the database (rate-limit.ts), so they hold across every server behind the load
 * balancer. A new code does not cancel the codes already sent: someone who asks for codes to
 * another person's address cannot take away the code in that person's inbox.
 */
export async function requestCode(ctx: Ctx, input: z.output<typeof CodeRequest>) {
  const { config } = ctx;
  const expiresAt = new Date(Date.now() + config.codeTtlMinutes * 60_000);
  const message = 'Too many codes requested; try again later.';

  await ctx.db.write(async (t) => {
    // The IP first, then the address: one order everywhere, so two requests never wait in a circle.
    await hit(t, `code:ip:${ctx.ip}`, config.codesPerIpPerHour, 3600, message);
    await hit(
      t,
      `code:email:${input.email}:ip:${ctx.ip}`,
      config.codesPerEmailPerHour,
      3600,
      message,
    );
    // Mail to one address stays bounded however many clients ask.
    await hit(
      t,
      `code:email:${input.email}`,
      config.codesPerEmailPerHour * CLIENTS_PER_ADDRESS,
      3600,
      message,
    );
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    await AuthCode.create(
      { email: input.email, codeHash: codeDigest(input.email, code), ip: ctx.ip, expiresAt },
      { transaction: t },
    );
    const user = await User.findOne({ where: { email: input.email }, transaction: t });
    await enqueueMail(ctx, t, {
      to: input.email,
      lang: user?.lang ?? input.lang ?? 'fi',
      template: 'sign_in_code',
      data: { code, minutes: config.codeTtlMinutes },
    });
    sendAfterCommit(ctx, t);
  });
  return { expiresInSeconds: config.codeTtlMinutes * 60 };
}

/** How many clients' worth of codes one address may get in an hour. */
const CLIENTS_PER_ADDRESS = 4;

function invalidCode(message: string, details?: unknown): HttpError {
  return new HttpError(401, 'invalid_code', message, details, {
    'WWW-Authenticate': 'Bearer error="invalid_code"',
  });
}

/**
 * Exchanges a code for a bearer token; a first sign-in creates the account. The guess is tried
 * against each live code of the address, and every comparison first claims a try in the database
 * (one-time-codes.ts). Tries from the client that asked for a code are counted apart from
 * everyone else's, so a stranger's wrong guesses do not lock its owner out.
 */
export async function createToken(ctx: Ctx, input: z.output<typeof TokenRequest>) {
  const { config } = ctx;
  const max = config.codeMaxAttempts;
  const now = new Date();
  const live = { consumedAt: null, expiresAt: { [Op.gt]: now } };
  const rows = await AuthCode.findAll({
    where: { email: input.email, ...live },
    order: [['id', 'DESC']],
    limit: config.codesPerEmailPerHour * CLIENTS_PER_ADDRESS,
  });
  if (rows.length === 0) throw invalidCode('The code is wrong or has expired. Ask for a new one.');

  const digest = codeDigest(input.email, input.code);
  let match: AuthCode | null = null;
  let attemptsLeft = 0;
  for (const row of rows) {
    const column = row.ip === ctx.ip ? 'attempts' : 'otherAttempts';
    const used = await claimTry(AuthCode, row.id, column, max, live);
    if (used === null) continue;
    if (sameDigest(row.codeHash, digest)) {
      match = row;
      break;
    }
    attemptsLeft = Math.max(attemptsLeft, max - used);
  }
  if (!match) {
    if (attemptsLeft === 0) {
      const latest = rows.reduce((a, b) => (a.expiresAt > b.expiresAt ? a : b));
      throw tooManyAttempts('Too many wrong tries. Ask for a new code.', latest.expiresAt);
    }
    throw invalidCode('The code is wrong or has expired.', { attemptsLeft });
  }
  const code = match;

  return ctx.db.write(async (t) => {
    // Single use, even when two requests race with the right code.
    const [consumed] = await AuthCode.update(
      { consumedAt: now },
      { where: { id: code.id, consumedAt: null }, transaction: t },
    );
    if (consumed === 0) throw invalidCode('The code has already been used. Ask for a new one.');
    // Signing in uses up every other code sent to the address too.
    await AuthCode.update(
      { consumedAt: now },
      { where: { email: input.email, consumedAt: null }, transaction: t },
    );
    const [user, created] = await User.findOrCreate({
      where: { email: input.email },
      // No public name until the person chooses one (the app asks at the first sign-in): the
      // part of the address before the @ is often a full name they never meant to publish.
      defaults: { email: input.email },
      transaction: t,
    });
    // A new row holds only what was given; the answer needs every column's default too.
    if (created) await user.reload({ transaction: t });
    // Signing in is what keeps an account from being erased as unused.
    await user.update({ lastActiveAt: now, inactivityWarnedAt: null }, { transaction: t });
    await recordAudit(ctx, t, {
      kind: 'signed_in',
      userId: user.id,
      actorUserId: user.id,
      details: { created },
    });
    const token = randomSecret('tht_');
    const expiresAt = new Date(Date.now() + config.tokenTtlDays * 86_400_000);
    await AccessToken.create(
      { userId: user.id, tokenHash: sha256(token), expiresAt },
      { transaction: t },
    );
    return { token, expiresAt: expiresAt.toISOString(), user: await toMe(user, t) };
  });
}

export async function revokeToken(ctx: Ctx): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') return;
  await ctx.db.write(async (t) => {
    await AccessToken.update(
      { revokedAt: new Date() },
      { where: { id: actor.tokenId }, transaction: t },
    );
    await recordAudit(ctx, t, { kind: 'signed_out', userId: actor.user.id });
  });
}

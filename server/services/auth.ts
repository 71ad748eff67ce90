import crypto from 'node:crypto';
import { Op, literal } from 'sequelize';
import type { z } from 'zod';
import type { CodeRequest, TokenRequest } from '../../sdk/schemas/auth.ts';
import { randomSecret, sameDigest, sha256 } from '../auth/tokens.ts';
import type { Ctx } from '../context.ts';
import { AccessToken, AuthCode, User } from '../db/models/index.ts';
import { HttpError, Unauthenticated } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { hit } from './rate-limit.ts';
import { toMe } from './users.ts';

function codeDigest(email: string, code: string): string {
  return sha256(`${email}:${code}`);
}

/**
 * Emails a six-digit code. The answer is the same whether or not the address has an account.
 * Limits per address and per IP, per hour, are counted in the database (rate-limit.ts), so they
 * hold across every server behind the load balancer.
 */
export async function requestCode(ctx: Ctx, input: z.output<typeof CodeRequest>) {
  const { config } = ctx;
  const expiresAt = new Date(Date.now() + config.codeTtlMinutes * 60_000);

  await ctx.db.write(async (t) => {
    // The IP first, then the address: one order everywhere, so two requests never wait in a circle.
    await hit(
      t,
      `code:ip:${ctx.ip}`,
      config.codesPerIpPerHour,
      3600,
      'Too many codes requested; try again later.',
    );
    await hit(
      t,
      `code:email:${input.email}`,
      config.codesPerEmailPerHour,
      3600,
      'Too many codes requested; try again later.',
    );

    // Only the newest code is valid.
    await AuthCode.update(
      { consumedAt: new Date() },
      { where: { email: input.email, consumedAt: null }, transaction: t },
    );
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    await AuthCode.create(
      { email: input.email, codeHash: codeDigest(input.email, code), ip: ctx.ip, expiresAt },
      { transaction: t },
    );
    const user = await User.findOne({ where: { email: input.email }, transaction: t });
    await enqueueMail(t, {
      to: input.email,
      lang: user?.lang ?? input.lang ?? 'fi',
      template: 'sign_in_code',
      data: { code, minutes: config.codeTtlMinutes },
    });
  });
  ctx.mailer.flush().catch((err) => ctx.logger.error({ err }, 'outbox flush failed'));
  return { expiresInSeconds: config.codeTtlMinutes * 60 };
}

/** Exchanges a code for a bearer token; a first sign-in creates the account. */
export async function createToken(ctx: Ctx, input: z.output<typeof TokenRequest>) {
  const { config } = ctx;
  const now = new Date();
  const row = await AuthCode.findOne({
    where: { email: input.email, consumedAt: null, expiresAt: { [Op.gt]: now } },
    order: [['id', 'DESC']],
  });
  if (!row)
    throw new Unauthenticated(
      'The code is wrong or has expired. Ask for a new one.',
      'invalid_code',
    );
  if (row.attempts >= config.codeMaxAttempts) {
    throw new HttpError(429, 'too_many_attempts', 'Too many wrong tries. Ask for a new code.');
  }

  if (!sameDigest(row.codeHash, codeDigest(input.email, input.code))) {
    // Counted in the database, so parallel guesses cannot exceed the limit.
    const [counted] = await AuthCode.update(
      { attempts: literal('attempts + 1') as unknown as number },
      { where: { id: row.id, attempts: { [Op.lt]: config.codeMaxAttempts } } },
    );
    const left = Math.max(0, config.codeMaxAttempts - row.attempts - 1);
    if (counted === 0 || left === 0) {
      throw new HttpError(429, 'too_many_attempts', 'Too many wrong tries. Ask for a new code.');
    }
    throw new HttpError(401, 'invalid_code', 'The code is wrong or has expired.', {
      attemptsLeft: left,
    });
  }

  return ctx.db.write(async (t) => {
    // Single use, even when two requests race with the right code.
    const [consumed] = await AuthCode.update(
      { consumedAt: now },
      { where: { id: row.id, consumedAt: null }, transaction: t },
    );
    if (consumed === 0)
      throw new Unauthenticated(
        'The code has already been used. Ask for a new one.',
        'invalid_code',
      );
    const [user, created] = await User.findOrCreate({
      where: { email: input.email },
      defaults: { email: input.email, name: input.email.split('@')[0] ?? '' },
      transaction: t,
    });
    // A new row holds only what was given; the answer needs every column's default too.
    if (created) await user.reload({ transaction: t });
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
  if (ctx.actor.kind !== 'user') return;
  await AccessToken.update({ revokedAt: new Date() }, { where: { id: ctx.actor.tokenId } });
}

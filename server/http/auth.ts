import type { NextFunction, Request, Response } from 'express';
import { Op } from 'sequelize';
import type { Auth } from '../../sdk/endpoints.ts';
import { sha256 } from '../auth/tokens.ts';
import type { Actor, Ctx, Deps } from '../context.ts';
import { AccessToken, ApiKey, User } from '../db/models/index.ts';
import { Unauthenticated } from '../errors.ts';

async function resolveActor(header: string | undefined): Promise<Actor> {
  if (!header) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1])
    throw new Unauthenticated(
      'The Authorization header must be "Bearer <token>".',
      'invalid_token',
    );
  const secret = match[1];
  const hash = sha256(secret);
  const now = new Date();

  if (secret.startsWith('sk_')) {
    const key = await ApiKey.findOne({ where: { keyHash: hash, kind: 'secret', revokedAt: null } });
    if (!key)
      throw new Unauthenticated(
        'This API key is not valid or has been revoked.',
        'invalid_api_key',
      );
    // Last-used is informative: update it at most once a minute to keep reads cheap.
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
      await ApiKey.update({ lastUsedAt: now }, { where: { id: key.id } });
    }
    return { kind: 'secret_key', key, organisationId: key.organisationId };
  }

  const token = await AccessToken.findOne({
    where: { tokenHash: hash, revokedAt: null, expiresAt: { [Op.gt]: now } },
  });
  const user = token ? await User.findByPk(token.userId) : null;
  if (!token || !user)
    throw new Unauthenticated(
      'This token is not valid, has expired or has been revoked.',
      'invalid_token',
    );
  // Use of the account keeps it from being erased as unused; written at most once a day.
  if (!user.lastActiveAt || now.getTime() - user.lastActiveAt.getTime() > 86_400_000) {
    await User.update(
      { lastActiveAt: now, inactivityWarnedAt: null },
      { where: { id: user.id }, silent: true },
    );
    user.lastActiveAt = now;
  }
  return { kind: 'user', user, tokenId: token.id };
}

/** Builds the request context: who is asking. A bad credential is a 401, never anonymous. */
export function contextMiddleware(deps: Deps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const actor = await resolveActor(req.get('authorization'));
    const publishableKey = (res.locals.publishableKey as ApiKey | undefined) ?? null;
    const ctx: Ctx = {
      ...deps,
      actor,
      publishableKey,
      ip: req.ip ?? 'unknown',
      cache: new Map(),
    };
    res.locals.ctx = ctx;
    next();
  };
}

export function requireActor(ctx: Ctx, auth: Auth): void {
  if (auth === 'none') return;
  // Someone not signed in, on a site that carries its organisation's publishable key.
  if (auth === 'visitor' && ctx.publishableKey) return;
  if (ctx.actor.kind === 'anonymous') throw new Unauthenticated();
  if (auth === 'user' && ctx.actor.kind !== 'user') {
    throw new Unauthenticated('This call needs a signed-in user, not an API key.', 'user_required');
  }
}

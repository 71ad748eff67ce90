/**
 * One-click unsubscribing (RFC 8058): every alert, digest and reminder carries a link that turns
 * off exactly its own kind for its own address, with no sign-in. The link holds the address and
 * the kind, signed with a server-wide key (made on first use, kept in the database so every server
 * process signs alike): nothing to look up, nothing to guess.
 */
import crypto from 'node:crypto';
import { UniqueConstraintError, type Transaction } from 'sequelize';
import { ALERT_KINDS, type AlertKind } from '../../sdk/schemas/alerts.ts';
import { SigningKey } from '../db/models/index.ts';
import { setAlertSettings } from './alerts.ts';

const cached = new WeakMap<object, Map<string, Buffer>>();

/**
 * The named server-wide secret, made once by whichever process asks first. Inside a transaction
 * it is read and made through it (on SQLite another connection would wait for this one).
 */
export async function signingKey(name: string, t?: Transaction): Promise<Buffer> {
  const scope = SigningKey.sequelize!;
  let byName = cached.get(scope);
  if (!byName) cached.set(scope, (byName = new Map()));
  const known = byName.get(name);
  if (known) return known;
  let row = await SigningKey.findByPk(name, { transaction: t });
  let made = false;
  if (!row) {
    try {
      row = await SigningKey.create(
        { name, secret: crypto.randomBytes(32).toString('base64url') },
        { transaction: t },
      );
      made = true;
    } catch (err) {
      if (!(err instanceof UniqueConstraintError)) throw err;
      row = await SigningKey.findByPk(name, { transaction: t });
    }
  }
  const secret = Buffer.from(row!.secret, 'base64url');
  // A key made inside a transaction exists only once that commits.
  if (made && t)
    t.afterCommit(() => {
      byName.set(name, secret);
    });
  else byName.set(name, secret);
  return secret;
}

function sign(secret: Buffer, payload: string): string {
  return crypto.createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 32);
}

export async function unsubscribeToken(
  email: string,
  kind: AlertKind,
  t?: Transaction,
): Promise<string> {
  const payload = Buffer.from(`${kind}:${email.toLowerCase()}`).toString('base64url');
  return `${payload}.${sign(await signingKey('unsubscribe', t), payload)}`;
}

export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/unsubscribe/${token}`;
}

/** The address and kind a token names, or null when it is not one this server signed. */
export async function readUnsubscribeToken(
  token: string,
): Promise<{ email: string; kind: AlertKind } | null> {
  const match = /^([A-Za-z0-9_-]{1,600})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return null;
  const [, payload, signature] = match as unknown as [string, string, string];
  const expected = sign(await signingKey('unsubscribe'), payload);
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) return null;
  const text = Buffer.from(payload, 'base64url').toString();
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon) as AlertKind;
  if (colon < 0 || !ALERT_KINDS.includes(kind)) return null;
  return { kind, email: text.slice(colon + 1) };
}

/** Turns the token's kind off for its address; null when the token is not valid. */
export async function unsubscribe(
  token: string,
): Promise<{ email: string; kind: AlertKind } | null> {
  const target = await readUnsubscribeToken(token);
  if (!target) return null;
  await setAlertSettings(target.email, { [target.kind]: 'never' });
  return target;
}

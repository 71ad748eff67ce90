import type { NextFunction, Request, Response } from 'express';
import { Forbidden, Unauthenticated } from '../errors.ts';
import { findPublishableKey, originAllowed } from '../services/publishable-keys.ts';

const ALLOWED_HEADERS =
  'Authorization, Content-Type, Accept-Language, Idempotency-Key, X-Publishable-Key';
const EXPOSED_HEADERS = 'Retry-After, Idempotent-Replayed, X-Request-Id';

/**
 * CORS for the API. Credentials travel in the Authorization header, never in cookies, so a page
 * on another origin gains nothing it could not get by calling the API directly: every origin may
 * call, and no credentials mode is offered.
 *
 * A call with a publishable key (`X-Publishable-Key`) is different: the key's organisation chose
 * the sites it may be used on. When such a call comes from a browser (it has an `Origin`), the
 * origin must be one of the key's: then the answer names exactly that origin; otherwise it is a
 * 403 `origin_not_allowed` with no Access-Control-Allow-Origin at all, so the browser refuses it
 * too. An unknown or revoked key is a 401 `invalid_publishable_key`. Preflights carry no key
 * (only header names), so they are answered for everyone and the real request decides.
 * The key found is handed on in `res.locals.publishableKey` for the request context.
 */
export function cors() {
  return async (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    if (origin) {
      res.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      res.vary('Origin');
    }
    if (req.method === 'OPTIONS' && origin && req.get('access-control-request-method')) {
      res.set('Access-Control-Allow-Origin', '*');
      res.set('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE');
      res.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.set('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }

    const secret = req.get('x-publishable-key');
    if (!secret) {
      if (origin) res.set('Access-Control-Allow-Origin', '*');
      next();
      return;
    }
    const key = await findPublishableKey(secret.trim());
    if (!key) {
      // Nothing about any organisation is told here, so the page may read why it failed.
      if (origin) res.set('Access-Control-Allow-Origin', '*');
      throw new Unauthenticated(
        'This publishable key is not valid or has been revoked.',
        'invalid_publishable_key',
      );
    }
    if (origin !== undefined && !originAllowed(key, origin)) {
      throw new Forbidden(
        `This publishable key may not be used from ${origin}.`,
        'origin_not_allowed',
      );
    }
    if (origin) res.set('Access-Control-Allow-Origin', origin);
    res.locals.publishableKey = key;
    next();
  };
}

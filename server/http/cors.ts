import type { NextFunction, Request, Response } from 'express';

const ALLOWED_HEADERS =
  'Authorization, Content-Type, Accept-Language, Idempotency-Key, X-Publishable-Key';
const EXPOSED_HEADERS = 'Retry-After, Idempotent-Replayed';

/**
 * CORS for the API. Credentials travel in the Authorization header, never in cookies, so a page
 * on another origin gains nothing it could not get by calling the API directly: every origin may
 * call, and no credentials mode is offered.
 */
export function cors() {
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    if (origin) {
      res.set('Access-Control-Allow-Origin', '*');
      res.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      res.vary('Origin');
    }
    if (req.method === 'OPTIONS' && origin && req.get('access-control-request-method')) {
      res.set('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE');
      res.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.set('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

import type { RequestHandler } from 'express';

/**
 * Answers that depend on the caller's credentials, and the errors to such requests, must not be
 * kept by browsers or shared caches: any request with `Authorization`, and every sign-in answer,
 * and `/me…`, gets `Cache-Control: no-store`. It is applied as the headers are written, so a route that sets
 * a public cache policy for its anonymous answers cannot override it.
 */
export function noStoreForCredentials(): RequestHandler {
  return (req, res, next) => {
    if (
      req.get('authorization') !== undefined ||
      req.path.startsWith('/auth/') ||
      /^\/me(\/|$)/.test(req.path)
    ) {
      const writeHead = res.writeHead;
      res.writeHead = function (this: typeof res, ...args: unknown[]) {
        if (!this.headersSent) this.setHeader('Cache-Control', 'no-store');
        return (writeHead as (...a: unknown[]) => typeof res).apply(this, args);
      } as typeof res.writeHead;
    }
    next();
  };
}

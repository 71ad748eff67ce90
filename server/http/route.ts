import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { Endpoint } from '../../sdk/endpoints.ts';
import type { Ctx } from '../context.ts';
import { requireActor } from './auth.ts';
import { idempotencyKey, runIdempotent } from './idempotency.ts';
import { parseOr422 } from './validation.ts';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface Parsed<E extends Endpoint> {
  params: Out<E['params']>;
  query: Out<E['query']>;
  body: Out<E['body']>;
}

type Result<E extends Endpoint> = E['response'] extends z.ZodType ? z.input<E['response']> : void;

/**
 * Mounts one endpoint of the contract: parses params, query and body with its schemas, checks
 * that the caller is of the kind the endpoint needs, calls the service, and answers. An endpoint
 * marked `idempotent` and called with an `Idempotency-Key` runs once per key (idempotency.ts):
 * the service's transactions join the one that stores the key and the answer.
 */
export function mount<E extends Endpoint>(
  router: Router,
  endpoint: E,
  handler: (input: Parsed<E>, ctx: Ctx, req: Request, res: Response) => Promise<Result<E>>,
): void {
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
  const status = endpoint.response === null ? 204 : (endpoint.status ?? 200);

  const call = async (ctx: Ctx, req: Request, res: Response) => {
    requireActor(ctx, endpoint.auth);
    const input = {
      params: endpoint.params ? parseOr422(endpoint.params, req.params, 'path') : undefined,
      query: endpoint.query ? parseOr422(endpoint.query, req.query, 'query') : undefined,
      body: endpoint.body ? parseOr422(endpoint.body, req.body ?? {}, 'body') : undefined,
    } as Parsed<E>;
    return handler(input, ctx, req, res);
  };

  router[method](endpoint.path, async (req: Request, res: Response) => {
    const ctx = res.locals.ctx as Ctx;
    const key = endpoint.idempotent ? idempotencyKey(req) : undefined;
    if (key !== undefined) {
      await runIdempotent(ctx, req, res, key, async (joined) => {
        const result = await call(joined, req, res);
        return { status, body: status === 204 ? '' : JSON.stringify(result) };
      });
      return;
    }
    const result = await call(ctx, req, res);
    // The handler answered itself (another representation, such as CSV).
    if (res.headersSent) return;
    if (status === 204) {
      res.status(204).end();
    } else {
      res.status(status).json(result);
    }
  });
}

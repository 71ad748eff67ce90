import { Router } from 'express';
import type { Deps } from '../context.ts';
import { buildOpenApi } from '../openapi.ts';

export function metaRoutes(deps: Deps): Router {
  const router = Router();
  let document: ReturnType<typeof buildOpenApi> | null = null;
  router.get('/openapi.json', (_req, res) => {
    document ??= buildOpenApi(deps.config.publicUrl);
    res.json(document);
  });
  return router;
}

import { Router } from 'express';
import type { Deps } from '../context.ts';
import { authRoutes } from './auth.ts';
import { meRoutes } from './me.ts';
import { metaRoutes } from './meta.ts';
import { taskRoutes } from './tasks.ts';

/** Every route module of /api/v1. */
export function apiRoutes(deps: Deps): Router {
  const router = Router();
  router.use(authRoutes());
  router.use(meRoutes());
  router.use(taskRoutes());
  router.use(metaRoutes(deps));
  return router;
}

import { Router } from 'express';
import type { Deps } from '../context.ts';
import { authRoutes } from './auth.ts';
import { meRoutes } from './me.ts';

/** Every route module of /api/v1. */
export function apiRoutes(_deps: Deps): Router {
  const router = Router();
  router.use(authRoutes());
  router.use(meRoutes());
  return router;
}

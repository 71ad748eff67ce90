import { Router } from 'express';
import type { Deps } from '../context.ts';
import { applicationRoutes } from './applications.ts';
import { authRoutes } from './auth.ts';
import { groupRoutes } from './groups.ts';
import { meRoutes } from './me.ts';
import { metaRoutes } from './meta.ts';
import { organisationRoutes } from './organisations.ts';
import { referenceRoutes } from './reference.ts';
import { reportRoutes } from './reports.ts';
import { taskRoutes } from './tasks.ts';
import { userRoutes } from './users.ts';

/** Every route module of /api/v1. */
export function apiRoutes(deps: Deps): Router {
  const router = Router();
  router.use(authRoutes());
  router.use(meRoutes());
  router.use(groupRoutes());
  router.use(reportRoutes());
  router.use(taskRoutes());
  router.use(applicationRoutes());
  router.use(organisationRoutes());
  router.use(userRoutes());
  router.use(referenceRoutes());
  router.use(metaRoutes(deps));
  return router;
}

import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import type { Deps } from '../context.ts';
import { methodNotAllowed } from '../http/errors.ts';
import { apiKeyRoutes } from './api-keys.ts';
import { applicationRoutes } from './applications.ts';
import { authRoutes } from './auth.ts';
import { directoryRoutes } from './directory.ts';
import { groupRoutes } from './groups.ts';
import { meRoutes } from './me.ts';
import { metaRoutes } from './meta.ts';
import { organisationRoutes } from './organisations.ts';
import { privacyRoutes } from './privacy.ts';
import { proBonoRoutes } from './pro-bono.ts';
import { referenceRoutes } from './reference.ts';
import { reportRoutes } from './reports.ts';
import { taskRoutes } from './tasks.ts';
import { userRoutes } from './users.ts';
import { visitorRoutes } from './visitors.ts';

/** Every route module of /api/v1. */
export function apiRoutes(deps: Deps): Router {
  const router = Router();
  router.use(authRoutes());
  router.use(meRoutes());
  router.use(privacyRoutes());
  router.use(groupRoutes());
  router.use(reportRoutes());
  router.use(directoryRoutes());
  router.use(taskRoutes());
  router.use(applicationRoutes());
  router.use(organisationRoutes());
  router.use(apiKeyRoutes());
  router.use(proBonoRoutes());
  router.use(visitorRoutes());
  router.use(userRoutes());
  router.use(referenceRoutes());
  router.use(metaRoutes(deps));
  router.use(
    methodNotAllowed([
      ...Object.values(endpoints),
      { method: 'GET', path: '/tasks/:id/verify' },
      { method: 'GET', path: '/openapi.json' },
      { method: 'GET', path: '/me/export.html' },
      { method: 'GET', path: '/organisations/:id/export.html' },
      { method: 'GET', path: '/directory/open-data.json' },
      { method: 'GET', path: '/directory/open-data.csv' },
    ]),
  );
  return router;
}

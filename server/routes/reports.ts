import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as reports from '../services/reports.ts';

export function reportRoutes(): Router {
  const router = Router();
  mount(router, endpoints.getNeedsReport, ({ query }, ctx) => reports.needsReport(ctx, query));
  return router;
}

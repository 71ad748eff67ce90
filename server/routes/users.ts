import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as profiles from '../services/profiles.ts';

export function userRoutes(): Router {
  const router = Router();
  mount(router, endpoints.getUser, ({ params }, ctx) => profiles.getPublicProfile(ctx, params.id));
  return router;
}

import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as auth from '../services/auth.ts';

export function authRoutes(): Router {
  const router = Router();
  mount(router, endpoints.requestCode, ({ body }, ctx) => auth.requestCode(ctx, body));
  mount(router, endpoints.createToken, ({ body }, ctx) => auth.createToken(ctx, body));
  mount(router, endpoints.revokeToken, (_input, ctx) => auth.revokeToken(ctx));
  return router;
}

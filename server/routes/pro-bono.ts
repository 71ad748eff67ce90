import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as proBono from '../services/pro-bono.ts';

export function proBonoRoutes(): Router {
  const router = Router();
  mount(router, endpoints.getProBono, ({ params }, ctx) => proBono.getProBono(ctx, params.id));
  mount(router, endpoints.setProBono, ({ params, body }, ctx) =>
    proBono.setProBono(ctx, params.id, body),
  );
  return router;
}

import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as apiKeys from '../services/api-keys.ts';

/** Changing and rotating keys; listing, creating and revoking are with organisations.ts. */
export function apiKeyRoutes(): Router {
  const router = Router();
  mount(router, endpoints.updateApiKey, ({ params, body }, ctx) =>
    apiKeys.updateApiKey(ctx, params.id, params.keyId, body),
  );
  mount(router, endpoints.rotateApiKey, ({ params }, ctx) =>
    apiKeys.rotateApiKey(ctx, params.id, params.keyId),
  );
  return router;
}

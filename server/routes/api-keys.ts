import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as apiKeys from '../services/api-keys.ts';
import * as publishableKeys from '../services/publishable-keys.ts';

/**
 * Changing and rotating keys (listing, creating and revoking are with organisations.ts), and
 * telling a page whose publishable key it carries.
 */
export function apiKeyRoutes(): Router {
  const router = Router();
  mount(router, endpoints.updateApiKey, ({ params, body }, ctx) =>
    apiKeys.updateApiKey(ctx, params.id, params.keyId, body),
  );
  mount(router, endpoints.rotateApiKey, ({ params }, ctx) =>
    apiKeys.rotateApiKey(ctx, params.id, params.keyId),
  );
  mount(router, endpoints.getPublishableKey, (_input, ctx) =>
    publishableKeys.describePublishableKey(ctx),
  );
  return router;
}

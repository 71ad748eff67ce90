import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { CATEGORIES } from '../../sdk/schemas/categories.ts';
import { NotFound } from '../errors.ts';
import { mount } from '../http/route.ts';
import { lookupPlace, toPlace } from '../services/places.ts';

/** Reference data: the same for everyone, and cacheable. */
export function referenceRoutes(): Router {
  const router = Router();
  mount(router, endpoints.listCategories, async (_input, _ctx, _req, res) => {
    res.set('Cache-Control', 'public, max-age=3600');
    return {
      data: CATEGORIES.map((c) => ({ slug: c.slug, names: { fi: c.fi, sv: c.sv, en: c.en } })),
    };
  });
  mount(router, endpoints.getPostalCode, async ({ params }, _ctx, _req, res) => {
    const place = lookupPlace(params.code);
    if (!place) throw new NotFound('postal code');
    res.set('Cache-Control', 'public, max-age=86400');
    return toPlace(place);
  });
  return router;
}

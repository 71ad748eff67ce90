import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import type { Ctx } from '../context.ts';
import { mount } from '../http/route.ts';
import * as directory from '../services/directory.ts';
import * as links from '../services/directory-links.ts';
import * as openData from '../services/directory-open-data.ts';
import { search } from '../services/directory-search.ts';
import { directoryVocabulary } from '../../sdk/schemas/directory.ts';

/** The directory: search, listings, their editing (by members or an emailed link), open data. */
export function directoryRoutes(): Router {
  const router = Router();
  mount(router, endpoints.getDirectoryVocabulary, async () => directoryVocabulary());
  mount(router, endpoints.searchDirectory, ({ query }, ctx) => search(ctx, query));
  mount(router, endpoints.getDirectoryListing, ({ params }, ctx) =>
    directory.getListing(ctx, params.id),
  );
  mount(router, endpoints.getEditableListing, ({ params }, ctx) =>
    directory.getEditableListing(ctx, params.id),
  );
  mount(router, endpoints.updateListing, ({ params, body }, ctx) =>
    directory.updateListing(ctx, params.id, body),
  );
  mount(router, endpoints.requestListingEditLink, ({ params, body }, ctx) =>
    links.requestEditLink(ctx, params.id, body.lang),
  );
  mount(router, endpoints.openListingEditLink, ({ body }, ctx) =>
    links.openEditLink(ctx, body.token),
  );
  mount(router, endpoints.saveListingWithEditLink, ({ body }, ctx) =>
    links.saveWithEditLink(ctx, body.token, body.listing),
  );
  // The open data are files to download, not calls of the SDK: plain routes, documented in the
  // README with their JSON Schema (docs/directory.schema.json).
  router.get('/directory/open-data.json', async (_req, res) => {
    res.status(200).json(await openData.openDirectory(res.locals.ctx as Ctx));
  });
  router.get('/directory/open-data.csv', async (_req, res) => {
    const csv = await openData.openDirectoryCsv(res.locals.ctx as Ctx);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', 'inline; filename="tehostamo-directory.csv"')
      .send(`\uFEFF${csv}`);
  });
  return router;
}

import { Router, type Request, type Response } from 'express';
import * as z from 'zod';
import { endpoints } from '../../sdk/endpoints.ts';
import { IdParam } from '../../sdk/schemas/common.ts';
import type { Ctx } from '../context.ts';
import { requireActor } from '../http/auth.ts';
import { mount } from '../http/route.ts';
import { parseOr422 } from '../http/validation.ts';
import * as audit from '../services/audit.ts';
import * as erasure from '../services/erasure.ts';
import * as exports from '../services/exports.ts';

/** The export is a file to keep: the browser saves it under a name that says what it is. */
function attachment(res: Response, name: string): void {
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
}

function html(res: Response, page: string): void {
  res.status(200).type('html').send(page);
}

export function privacyRoutes(): Router {
  const router = Router();
  const e = endpoints;
  const date = () => new Date().toISOString().slice(0, 10);

  mount(router, e.exportMe, async (_input, ctx, _req, res) => {
    const data = await exports.exportMe(ctx);
    attachment(res, `tehostamo-${date()}.json`);
    return data;
  });
  // The same export as a readable page (outside the JSON contract; same credential).
  router.get('/me/export.html', async (_req: Request, res: Response) => {
    const ctx = res.locals.ctx as Ctx;
    requireActor(ctx, 'user');
    const data = await exports.exportMe(ctx);
    html(res, exports.exportToHtml('Tehostamo: omat tietosi · dina uppgifter · your data', data));
  });
  mount(router, e.requestErasureCode, (_input, ctx) => erasure.requestErasureCode(ctx));
  mount(router, e.eraseMe, ({ body }, ctx) => erasure.eraseMe(ctx, body.code));
  mount(router, e.listMyAudit, ({ query }, ctx) => audit.listMyAudit(ctx, query));

  mount(router, e.exportOrganisation, async ({ params }, ctx, _req, res) => {
    const data = await exports.exportOrganisation(ctx, params.id);
    attachment(res, `tehostamo-organisation-${params.id}-${date()}.json`);
    return data;
  });
  router.get('/organisations/:id/export.html', async (req: Request, res: Response) => {
    const ctx = res.locals.ctx as Ctx;
    requireActor(ctx, 'credential');
    const { id } = parseOr422(z.object({ id: IdParam }), req.params, 'path');
    const data = await exports.exportOrganisation(ctx, id);
    const name = String((data.organisation as { name?: unknown }).name ?? id);
    html(res, exports.exportToHtml(`Tehostamo: ${name}`, data));
  });
  mount(router, e.requestClosureCode, ({ params }, ctx) =>
    erasure.requestClosureCode(ctx, params.id),
  );
  mount(router, e.closeOrganisation, ({ params, body }, ctx) =>
    erasure.closeOrganisation(ctx, params.id, body.code),
  );
  mount(router, e.listOrganisationAudit, ({ params, query }, ctx) =>
    audit.listOrganisationAudit(ctx, params.id, query),
  );
  return router;
}

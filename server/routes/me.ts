import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import type { Ctx } from '../context.ts';
import type { User } from '../db/models/index.ts';
import { mount } from '../http/route.ts';
import * as applications from '../services/applications.ts';
import * as calendar from '../services/calendar.ts';
import * as feed from '../services/feed.ts';
import * as users from '../services/users.ts';
import * as work from '../services/work.ts';

/** The signed-in user; `mount` has already refused anyone else for `auth: 'user'` endpoints. */
export function currentUser(ctx: Ctx): User {
  if (ctx.actor.kind !== 'user')
    throw new Error('currentUser() on an endpoint that is not auth: user');
  return ctx.actor.user;
}

export function meRoutes(): Router {
  const router = Router();
  mount(router, endpoints.getMe, (_input, ctx) => users.toMe(currentUser(ctx)));
  mount(router, endpoints.updateMe, ({ body }, ctx) => users.updateMe(currentUser(ctx), body));
  mount(router, endpoints.listMyApplications, ({ query }, ctx) =>
    applications.listMyApplications(ctx, query),
  );
  mount(router, endpoints.getMyCalendar, (_input, ctx) => calendar.getCalendar(currentUser(ctx)));
  mount(router, endpoints.createMyCalendar, (_input, ctx) =>
    calendar.createCalendar(ctx.config, currentUser(ctx)),
  );
  mount(router, endpoints.revokeMyCalendar, (_input, ctx) =>
    calendar.revokeCalendar(currentUser(ctx)),
  );
  mount(router, endpoints.getMyWork, (_input, ctx) => work.getMyWork(ctx, currentUser(ctx).id));
  mount(router, endpoints.listOpportunities, ({ query }, ctx) =>
    feed.listOpportunities(ctx, currentUser(ctx), query),
  );
  return router;
}

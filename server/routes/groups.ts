import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as groups from '../services/groups.ts';

export function groupRoutes(): Router {
  const router = Router();
  // Before `/groups/:id`: Express matches in order, and "join" is not an id.
  mount(router, endpoints.joinGroup, ({ body }, ctx) => groups.joinGroup(ctx, body.code));
  mount(router, endpoints.listGroups, (_input, ctx) => groups.listGroups(ctx));
  mount(router, endpoints.createGroup, ({ body }, ctx) => groups.createGroup(ctx, body));
  mount(router, endpoints.getGroup, ({ params }, ctx) => groups.getGroup(ctx, params.id));
  mount(router, endpoints.updateGroup, ({ params, body }, ctx) =>
    groups.updateGroup(ctx, params.id, body),
  );
  mount(router, endpoints.listGroupMembers, ({ params }, ctx) =>
    groups.listMembers(ctx, params.id),
  );
  mount(router, endpoints.addGroupMembers, ({ params, body }, ctx) =>
    groups.addMembers(ctx, params.id, body.emails),
  );
  mount(router, endpoints.removeGroupMember, ({ params }, ctx) =>
    groups.removeMember(ctx, params.id, params.memberId),
  );
  return router;
}

import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import { sharedForAnonymous } from '../http/shared-cache.ts';
import * as feed from '../services/feed.ts';
import * as suggestions from '../services/suggestions.ts';
import * as tasks from '../services/tasks.ts';

export function taskRoutes(): Router {
  const router = Router();
  // The public feed and a public task are the same for every anonymous reader: shared briefly.
  mount(router, endpoints.listTasks, ({ query }, ctx, req) =>
    sharedForAnonymous(ctx, req.originalUrl, () => feed.listTasks(ctx, query)),
  );
  mount(router, endpoints.createTask, ({ body }, ctx) => tasks.createTask(ctx, body));
  mount(router, endpoints.getTask, ({ params }, ctx, req) =>
    sharedForAnonymous(ctx, req.originalUrl, () => tasks.getTask(ctx, params.id)),
  );
  mount(router, endpoints.updateTask, ({ params, body }, ctx) =>
    tasks.updateTask(ctx, params.id, body),
  );
  mount(router, endpoints.cancelTask, ({ params, body }, ctx) =>
    tasks.cancelTask(ctx, params.id, body),
  );
  mount(router, endpoints.listSuggestedHelpers, ({ params, query }, ctx) =>
    suggestions.suggestedHelpers(ctx, params.id, query),
  );
  mount(router, endpoints.createInvitation, ({ params, body }, ctx) =>
    suggestions.inviteHelper(ctx, params.id, body.userId),
  );
  return router;
}

import { Router } from 'express';
import { endpoints } from '../../sdk/endpoints.ts';
import { mount } from '../http/route.ts';
import * as feed from '../services/feed.ts';
import * as tasks from '../services/tasks.ts';

export function taskRoutes(): Router {
  const router = Router();
  mount(router, endpoints.listTasks, ({ query }, ctx) => feed.listTasks(ctx, query));
  mount(router, endpoints.createTask, ({ body }, ctx) => tasks.createTask(ctx, body));
  mount(router, endpoints.getTask, ({ params }, ctx) => tasks.getTask(ctx, params.id));
  mount(router, endpoints.updateTask, ({ params, body }, ctx) =>
    tasks.updateTask(ctx, params.id, body),
  );
  mount(router, endpoints.cancelTask, ({ params, body }, ctx) =>
    tasks.cancelTask(ctx, params.id, body),
  );
  return router;
}

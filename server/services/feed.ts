/** The task feed: GET /tasks with its filters, and the helper's own feed /me/opportunities. */
import type { PageOf } from '../../sdk/schemas/common.ts';
import type { Task as TaskShape, TaskListQuery } from '../../sdk/schemas/tasks.ts';
import type { Ctx } from '../context.ts';

export async function listTasks(_ctx: Ctx, _query: TaskListQuery): Promise<PageOf<TaskShape>> {
  return { data: [], nextCursor: null };
}

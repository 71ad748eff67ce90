/**
 * Assignments are selected applications: the helper marks one done, the requester approves it
 * with the hours it really took (and may give feedback at once). When the task is assigned and
 * every assignment is approved, the task is completed.
 */
import { Op } from 'sequelize';
import type { z } from 'zod';
import type { Application as ApplicationOut, AssignmentApprove } from '../../sdk/schemas/tasks.ts';
import type { Ctx } from '../context.ts';
import { Application, User } from '../db/models/index.ts';
import { Conflict } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { currentUserId } from './access.ts';
import {
  completeIfAllApproved,
  findApplication,
  loadApplicationOut,
  lockTask,
  requireApplicant,
} from './applications.ts';
import { giveFeedback } from './feedback.ts';
import { requireManageTask } from './tasks.ts';
import { loadVisibleTask } from './visibility.ts';

function notSelected(): Conflict {
  return new Conflict('not_selected', 'Only a selected application is an assignment.');
}

export async function markDone(ctx: Ctx, taskId: number, appId: number): Promise<ApplicationOut> {
  const task = await loadVisibleTask(ctx, taskId);
  const app = await findApplication(task, appId);
  await requireApplicant(ctx, task, app);
  return ctx.db.write(async (t) => {
    const locked = await lockTask(task.id, t);
    if (locked.status !== 'open' && locked.status !== 'assigned') {
      throw new Conflict('task_not_active', `The task is ${locked.status}.`, {
        status: locked.status,
      });
    }
    const [n] = await Application.update(
      { doneAt: new Date() },
      { where: { id: app.id, status: 'selected', doneAt: null }, transaction: t },
    );
    if (n === 0) {
      const current = await app.reload({ transaction: t });
      if (current.status !== 'selected') throw notSelected();
      throw new Conflict('already_done', 'The assignment is already marked done.');
    }
    const [requester, helper] = await Promise.all([
      User.findByPk(locked.createdById, { transaction: t }),
      User.findByPk(app.userId, { transaction: t }),
    ]);
    if (requester) {
      await enqueueMail(ctx, t, {
        to: requester.email,
        lang: requester.lang,
        template: 'marked_done',
        data: { taskId: locked.id, taskTitle: locked.title, helperName: helper?.name ?? '' },
      });
    }
    return loadApplicationOut(app.id, t);
  });
}

export async function approveAssignment(
  ctx: Ctx,
  taskId: number,
  appId: number,
  input: z.output<typeof AssignmentApprove>,
): Promise<ApplicationOut> {
  const task = await loadVisibleTask(ctx, taskId);
  await requireManageTask(ctx, task);
  return ctx.db.write(async (t) => {
    // The task row lock makes the last two approvals see each other, so one completes the task.
    const locked = await lockTask(task.id, t);
    const app = await findApplication(locked, appId, t);
    if (app.status !== 'selected') throw notSelected();
    if (!app.doneAt) {
      throw new Conflict('not_done', 'The helper has not marked the assignment done yet.');
    }
    const [n] = await Application.update(
      { approvedAt: new Date(), actualHours: input.actualHours },
      {
        where: { id: app.id, status: 'selected', doneAt: { [Op.ne]: null }, approvedAt: null },
        transaction: t,
      },
    );
    if (n === 0) throw new Conflict('already_approved', 'The assignment is already approved.');
    if (input.feedback) {
      // A secret key speaks for its organisation; the feedback is then the requester's.
      const from = currentUserId(ctx) ?? locked.createdById;
      await giveFeedback(ctx, t, locked, app, 'to_helper', from, input.feedback);
    }
    await completeIfAllApproved(locked, t);
    return loadApplicationOut(appId, t);
  });
}

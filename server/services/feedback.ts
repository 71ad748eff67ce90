/**
 * Feedback on an assignment, both ways: the requesting organisation rates the helper, the helper
 * rates the requester. One each way per assignment; it shows on the receiver's public profile.
 */
import { UniqueConstraintError, type Transaction } from 'sequelize';
import type { z } from 'zod';
import type { FeedbackCreate, FeedbackInput } from '../../sdk/schemas/tasks.ts';
import type { Feedback as FeedbackOut } from '../../sdk/schemas/users.ts';
import type { Ctx } from '../context.ts';
import { Application, Feedback, type Task, User } from '../db/models/index.ts';
import { Conflict, NotFound } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { currentUserId, orgRole } from './access.ts';
import { findApplication, lockTask } from './applications.ts';
import { presentFeedback } from './profiles.ts';
import { loadVisibleTask } from './visibility.ts';

export type FeedbackDirection = 'to_helper' | 'to_requester';
type FeedbackWithUsers = Feedback & { from: User; to: User };

export function toFeedback(f: FeedbackWithUsers): FeedbackOut {
  return presentFeedback(f, f.from, f.to);
}

const withUsers = [
  { model: User, as: 'from' },
  { model: User, as: 'to' },
];

async function loadFeedbackOut(id: number, t: Transaction): Promise<FeedbackOut> {
  const f = (await Feedback.findByPk(id, {
    include: withUsers,
    transaction: t,
  })) as FeedbackWithUsers;
  return toFeedback(f);
}

function feedbackExists(): Conflict {
  return new Conflict('feedback_exists', 'Feedback has already been given this way.');
}

/**
 * Writes one feedback and emails the receiver, inside the caller's transaction. The unique key
 * (application, direction) turns a second one into `feedback_exists`, whatever the race.
 */
export async function giveFeedback(
  ctx: Pick<Ctx, 'config'>,
  t: Transaction,
  task: Task,
  app: Application,
  direction: FeedbackDirection,
  fromUserId: number,
  input: z.output<typeof FeedbackInput>,
): Promise<number> {
  const toUserId = direction === 'to_helper' ? app.userId : task.createdById;
  const existing = await Feedback.findOne({
    where: { applicationId: app.id, direction },
    transaction: t,
  });
  if (existing) throw feedbackExists();
  let created: Feedback;
  try {
    created = await Feedback.create(
      {
        taskId: task.id,
        applicationId: app.id,
        direction,
        fromUserId,
        toUserId,
        rating: input.rating,
        text: input.text,
      },
      { transaction: t },
    );
  } catch (err) {
    if (err instanceof UniqueConstraintError) throw feedbackExists();
    throw err;
  }
  const [from, to] = await Promise.all([
    User.findByPk(fromUserId, { transaction: t }),
    User.findByPk(toUserId, { transaction: t }),
  ]);
  if (to) {
    await enqueueMail(ctx, t, {
      to: to.email,
      lang: to.lang,
      template: 'feedback_received',
      data: {
        taskId: task.id,
        taskTitle: task.title,
        fromName: from?.name ?? '',
        rating: input.rating,
        text: input.text,
        recipientId: to.id,
      },
    });
  }
  return created.id;
}

function notDone(): Conflict {
  return new Conflict('not_done', 'Feedback is given once the helper has marked the task done.');
}

export async function createFeedback(
  ctx: Ctx,
  taskId: number,
  input: z.output<typeof FeedbackCreate>,
): Promise<FeedbackOut> {
  const userId = currentUserId(ctx)!;
  const task = await loadVisibleTask(ctx, taskId);
  const app = await findApplication(task, input.applicationId);
  let direction: FeedbackDirection;
  if (app.userId === userId) direction = 'to_requester';
  else if (await orgRole(ctx, task.organisationId)) direction = 'to_helper';
  // Applications are private to the applicant and the requesting organisation.
  else throw new NotFound('application');

  return ctx.db.write(async (t) => {
    // Task row first, as everywhere else: the feedback row's key on the task would otherwise
    // wait for it while holding the application, and deadlock with an approval.
    await lockTask(task.id, t);
    const current = await Application.findByPk(app.id, { transaction: t, lock: t.LOCK.UPDATE });
    if (!current || current.status !== 'selected' || !current.doneAt) throw notDone();
    const id = await giveFeedback(ctx, t, task, current, direction, userId, input);
    return loadFeedbackOut(id, t);
  });
}

/** A task's feedback, oldest first: public, like the profiles it shows on. */
export async function listFeedback(ctx: Ctx, taskId: number): Promise<{ data: FeedbackOut[] }> {
  const task = await loadVisibleTask(ctx, taskId);
  const rows = (await Feedback.findAll({
    where: { taskId: task.id },
    include: withUsers,
    order: [['id', 'ASC']],
  })) as FeedbackWithUsers[];
  return { data: rows.map(toFeedback) };
}

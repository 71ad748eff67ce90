/**
 * Contact once matched: the requester and the selected helpers of a task, and how to reach them.
 *
 * The rule: only the two sides of a match see contact details, and only signed-in people (never
 * a key alone). The requesting organisation's members see every selected helper's email and
 * phone; a selected helper sees the requester's, and their own, but not the other helpers'.
 * Details are shared from the selection on, stay shared after the task is completed (feedback and
 * follow-up come after the work), and are withdrawn when the task is cancelled. Everyone else is
 * refused as for the chat: 404 when they may not see the task, 403 when they may.
 */
import type { Participant, TaskParticipants } from '../../sdk/schemas/chat.ts';
import type { Ctx } from '../context.ts';
import { Application, Organisation, User } from '../db/models/index.ts';
import { NotFound } from '../errors.ts';
import { currentUserId } from './access.ts';
import { assignmentStatus } from './applications.ts';
import { requireChatSide } from './messages.ts';
import { loadVisibleTask } from './visibility.ts';

function person(user: User, showContact: boolean): Participant {
  return {
    id: user.id,
    name: user.name,
    contact: showContact && !user.erasedAt ? { email: user.email, phone: user.phone } : null,
  };
}

export async function getParticipants(ctx: Ctx, taskId: number): Promise<TaskParticipants> {
  const task = await loadVisibleTask(ctx, taskId);
  const side = await requireChatSide(ctx, task);
  const me = currentUserId(ctx);
  const shared = task.status !== 'cancelled';
  const [organisation, requester, selected] = await Promise.all([
    Organisation.findByPk(task.organisationId),
    User.findByPk(task.createdById),
    Application.findAll({
      where: { taskId: task.id, status: 'selected' },
      include: [{ model: User, as: 'user' }],
      order: [['id', 'ASC']],
    }) as Promise<(Application & { user: User })[]>,
  ]);
  if (!organisation || !requester) throw new NotFound('task');
  return {
    taskId: task.id,
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    requester: person(requester, shared),
    helpers: selected.map((app) => ({
      ...person(app.user, shared && (side === 'organisation' || app.userId === me)),
      applicationId: app.id,
      assignment: assignmentStatus(app),
    })),
    viewerSide: side,
    contactsShared: shared,
  };
}

/**
 * The chat of a task: between the requesting organisation's members and the selected helpers.
 * Everyone in the requesting organisation sees the whole thread.
 */
import { Op, UniqueConstraintError } from 'sequelize';
import type { z } from 'zod';
import type { PageOf } from '../../sdk/schemas/common.ts';
import type { ReadState } from '../../sdk/schemas/chat.ts';
import type {
  Message as MessageOut,
  MessageCreate,
  MessageListQuery,
} from '../../sdk/schemas/tasks.ts';
import type { Ctx } from '../context.ts';
import { Application, Message, MessageRead, type Task, User } from '../db/models/index.ts';
import { Forbidden } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { currentUserId, orgRole } from './access.ts';
import { encodeCursor, idCursor } from './cursor.ts';
import { loadVisibleTask } from './visibility.ts';

export type Side = 'organisation' | 'helper';
type MessageWithAuthor = Message & { author: User };

function toMessage(m: MessageWithAuthor): MessageOut {
  return {
    id: m.id,
    taskId: m.taskId,
    author: { id: m.author.id, name: m.author.name },
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  };
}

/** Which side of the chat the caller is on; applicants who were not selected are on neither. */
export async function requireChatSide(ctx: Ctx, task: Task): Promise<Side> {
  if (await orgRole(ctx, task.organisationId)) return 'organisation';
  const userId = currentUserId(ctx);
  if (userId !== null) {
    const selected = await Application.count({
      where: { taskId: task.id, userId, status: 'selected' },
    });
    if (selected > 0) return 'helper';
  }
  throw new Forbidden(
    'The chat is for the requesting organisation and the selected helpers.',
    'not_in_chat',
  );
}

export async function listMessages(
  ctx: Ctx,
  taskId: number,
  query: z.output<typeof MessageListQuery>,
): Promise<PageOf<MessageOut>> {
  const task = await loadVisibleTask(ctx, taskId);
  await requireChatSide(ctx, task);
  // `after` is for polling a thread, `cursor` for paging it; both are "ids above this one".
  const after = Math.max(query.after ?? 0, idCursor(query.cursor) ?? 0);
  const rows = (await Message.findAll({
    where: { taskId: task.id, id: { [Op.gt]: after } },
    include: [{ model: User, as: 'author' }],
    order: [['id', 'ASC']],
    limit: query.limit + 1,
  })) as MessageWithAuthor[];
  const page = rows.slice(0, query.limit);
  return {
    data: page.map(toMessage),
    nextCursor: rows.length > query.limit ? encodeCursor(page.at(-1)!.id) : null,
  };
}

export async function createMessage(
  ctx: Ctx,
  taskId: number,
  input: z.output<typeof MessageCreate>,
): Promise<MessageOut> {
  const authorId = currentUserId(ctx)!;
  const task = await loadVisibleTask(ctx, taskId);
  const side = await requireChatSide(ctx, task);
  return ctx.db.write(async (t) => {
    const message = await Message.create(
      { taskId: task.id, authorId, body: input.body },
      { transaction: t },
    );
    // The other side hears of it: a helper's message goes to the requester, the organisation's
    // to every selected helper.
    let recipients: User[];
    if (side === 'helper') {
      const requester = await User.findByPk(task.createdById, { transaction: t });
      recipients = requester ? [requester] : [];
    } else {
      const helpers = (await Application.findAll({
        where: { taskId: task.id, status: 'selected' },
        include: [{ model: User, as: 'user' }],
        transaction: t,
      })) as (Application & { user: User })[];
      recipients = helpers.map((a) => a.user);
    }
    const author = await User.findByPk(authorId, { transaction: t });
    for (const to of recipients) {
      if (to.id === authorId) continue;
      await enqueueMail(ctx, t, {
        to: to.email,
        lang: to.lang,
        template: 'new_message',
        data: {
          taskId: task.id,
          taskTitle: task.title,
          authorName: author?.name ?? '',
          body: input.body,
        },
      });
    }
    const created = (await Message.findByPk(message.id, {
      include: [{ model: User, as: 'author' }],
      transaction: t,
    })) as MessageWithAuthor;
    return toMessage(created);
  });
}

// ---------------------------------------------------------------------------------------------
// How far each reader has read: one row per person and task, so it follows them across devices.

async function readStateOf(taskId: number, userId: number): Promise<ReadState> {
  const row = await MessageRead.findOne({ where: { userId, taskId } });
  const lastReadId = row?.lastReadId ?? null;
  const unread = await Message.count({
    where: {
      taskId,
      authorId: { [Op.ne]: userId },
      ...(lastReadId === null ? {} : { id: { [Op.gt]: lastReadId } }),
    },
  });
  return { lastReadId, unread };
}

export async function getReadState(ctx: Ctx, taskId: number): Promise<ReadState> {
  const task = await loadVisibleTask(ctx, taskId);
  await requireChatSide(ctx, task);
  return readStateOf(task.id, currentUserId(ctx)!);
}

/**
 * Moves the reader's mark forward to `lastReadId`, never back (another device may have read
 * further). An id past the thread's end marks the whole thread read; nothing is stored while the
 * thread is empty.
 */
export async function markRead(
  ctx: Ctx,
  taskId: number,
  input: { lastReadId: number },
): Promise<ReadState> {
  const task = await loadVisibleTask(ctx, taskId);
  await requireChatSide(ctx, task);
  const userId = currentUserId(ctx)!;
  const newest = await Message.max<number | null, Message>('id', {
    where: { taskId: task.id, id: { [Op.lte]: input.lastReadId } },
  });
  if (newest) {
    // A conditional update first, then an insert; two devices racing to insert meet the primary
    // key, and the loser's update then applies only if it reads further.
    const forward = () =>
      MessageRead.update(
        { lastReadId: newest },
        { where: { userId, taskId: task.id, lastReadId: { [Op.lt]: newest } } },
      );
    const exists = await MessageRead.count({ where: { userId, taskId: task.id } });
    if (exists) await forward();
    else {
      try {
        await MessageRead.create({ userId, taskId: task.id, lastReadId: newest });
      } catch (error) {
        if (!(error instanceof UniqueConstraintError)) throw error;
        await forward();
      }
    }
  }
  return readStateOf(task.id, userId);
}

/**
 * Tasks: who may manage one, and posting, editing and cancelling. Who may see one is in
 * visibility.ts, its response shape in task-shape.ts, the feed (lists and filters) in feed.ts.
 */
import { Op, type InferCreationAttributes, type Transaction, type WhereOptions } from 'sequelize';
import type { z } from 'zod';
import type { Lang } from '../../sdk/schemas/common.ts';
import type {
  Task as TaskShape,
  TaskCancel,
  TaskCreate,
  TaskUpdate,
} from '../../sdk/schemas/tasks.ts';
import type { Ctx } from '../context.ts';
import { Application, Group, GroupMember, Organisation, Task, User } from '../db/models/index.ts';
import { Conflict, fieldError, Forbidden, NotFound, Unauthenticated } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { alertSettingsOf } from './alerts.ts';
import { myGroupIds, myRoles, requireOrgMember } from './access.ts';
import { contentColumns, mailFacts, placeColumns, scheduleColumns } from './task-content.ts';
import { toTask } from './task-shape.ts';
import { loadVisibleTask } from './visibility.ts';
import { createVisitorTask, rejectFilledHoneypot } from './visitors.ts';

type TaskCreateInput = z.output<typeof TaskCreate>;
type TaskUpdateInput = z.output<typeof TaskUpdate>;
type TaskCancelInput = z.output<typeof TaskCancel>;

/** Statuses a requester may still cancel from. */
const CANCELLABLE = ['pending_verification', 'open', 'assigned'] as const;

// ---------------------------------------------------------------------------------------------
// Who may manage a task

/** Members of the requesting organisation, or its secret key. */
export async function canManageTask(ctx: Ctx, task: Task): Promise<boolean> {
  return (await myRoles(ctx)).has(task.organisationId);
}

/** For a caller who may see the task: 403 unless they may also manage it. */
export async function requireManageTask(ctx: Ctx, task: Task): Promise<void> {
  if (!(await canManageTask(ctx, task))) {
    throw new Forbidden('Only the requesting organisation may do that.', 'forbidden');
  }
}

// ---------------------------------------------------------------------------------------------
// Posting

/** Which organisation a user posts for: the one named, or their only one. */
async function postingOrganisation(ctx: Ctx, organisationId: number | undefined): Promise<number> {
  const actor = ctx.actor;
  if (actor.kind === 'secret_key') {
    if (organisationId !== undefined && organisationId !== actor.organisationId) {
      throw new Forbidden('A secret key posts only for its own organisation.', 'forbidden');
    }
    return actor.organisationId;
  }
  if (organisationId !== undefined) {
    await requireOrgMember(ctx, organisationId);
    return organisationId;
  }
  const orgIds = [...(await myRoles(ctx)).keys()];
  if (orgIds.length === 0) {
    throw new Forbidden('Only members of an organisation may post tasks.', 'not_a_member');
  }
  if (orgIds.length > 1) {
    throw fieldError({
      field: 'organisationId',
      message: 'You belong to several organisations: say which one asks (organisationId).',
      issue: 'required',
      code: 'organisation_required',
    });
  }
  return orgIds[0]!;
}

/** The group a task targets: its members, or its organisation's members, may post to it. */
async function targetGroup(ctx: Ctx, code: string): Promise<Group> {
  const group = await Group.findOne({ where: { code } });
  if (!group) {
    throw fieldError({
      field: 'groupCode',
      message: 'No group has that code.',
      issue: 'no such group',
      code: 'unknown_group_code',
    });
  }
  const inGroup = (await myGroupIds(ctx)).includes(group.id);
  const inOwner = (await myRoles(ctx)).has(group.organisationId);
  if (!inGroup && !inOwner) {
    throw new Forbidden('Only the group’s members may post tasks to it.', 'not_a_group_member');
  }
  return group;
}

/** The language to write to an address in: the account's, or Finnish when there is none. */
async function langsOf(emails: string[], t: Transaction): Promise<Map<string, Lang>> {
  if (emails.length === 0) return new Map();
  const users = await User.findAll({
    where: { email: emails },
    attributes: ['email', 'lang'],
    transaction: t,
  });
  return new Map(users.map((u) => [u.email, u.lang]));
}

/**
 * Posts a task: open at once, confirmed to the requester, announced to a target group.
 * Through a publishable key, someone who is not signed in, or not a member of the key's
 * organisation, sends a help request instead (visitors.ts); a member posts as usual, for the
 * key's organisation unless they name another.
 */
export async function createTask(ctx: Ctx, input: TaskCreateInput): Promise<TaskShape> {
  const actor = ctx.actor;
  const key = ctx.publishableKey;
  rejectFilledHoneypot(input);
  if (actor.kind === 'anonymous') {
    if (key) return createVisitorTask(ctx, key, input);
    throw new Unauthenticated();
  }
  const forKey =
    actor.kind === 'user' &&
    key !== null &&
    (input.organisationId === undefined || input.organisationId === key.organisationId);
  if (forKey && !(await myRoles(ctx)).has(key.organisationId)) {
    return createVisitorTask(ctx, key, input, actor.user);
  }
  const organisationId = forKey
    ? key.organisationId
    : await postingOrganisation(ctx, input.organisationId);
  const group = input.groupCode ? await targetGroup(ctx, input.groupCode) : null;
  const content = contentColumns(input);
  const createdById = actor.kind === 'secret_key' ? actor.key.createdById : actor.user.id;
  // Whole seconds: MySQL DATETIME keeps no fractions, and the feed's cursor compares this value.
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);

  return ctx.db.write(async (t) => {
    const created = await Task.create(
      {
        organisationId,
        createdById,
        apiKeyId: actor.kind === 'secret_key' ? actor.key.id : null,
        status: 'open',
        ...content,
        groupId: group?.id ?? null,
        publishedAt: now,
      },
      { transaction: t },
    );
    await created.reload({ transaction: t });

    const [organisation, requester] = await Promise.all([
      Organisation.findByPk(organisationId, { attributes: ['name'], transaction: t }),
      User.findByPk(createdById, { attributes: ['email', 'lang'], transaction: t }),
    ]);
    const facts = mailFacts(created, organisation?.name ?? '');
    if (requester) {
      await enqueueMail(ctx, t, {
        to: requester.email,
        lang: requester.lang,
        template: 'task_confirmation',
        data: { ...facts, groupName: group?.name ?? null },
      });
    }
    if (group) {
      const members = await GroupMember.findAll({
        where: { groupId: group.id },
        attributes: ['email'],
        order: [['id', 'ASC']],
        transaction: t,
      });
      const everyone = members.map((m) => m.email).filter((e) => e !== requester?.email);
      // Told at once unless they chose a digest (server/jobs/alerts.ts) or nothing.
      const settings = await alertSettingsOf(everyone, t);
      const emails = everyone.filter(
        (e) => settings.get(e.toLowerCase())?.groupTasks === 'immediate',
      );
      const langs = await langsOf(emails, t);
      for (const email of emails) {
        await enqueueMail(ctx, t, {
          to: email,
          lang: langs.get(email) ?? 'fi',
          template: 'group_task_posted',
          data: { ...facts, groupName: group.name },
          unsubscribe: 'groupTasks',
        });
      }
    }
    return toTask(ctx, created, { transaction: t });
  });
}

// ---------------------------------------------------------------------------------------------
// Editing and cancelling

/** Edits an open task. Only the requesting organisation; never below the helpers already chosen. */
export async function updateTask(ctx: Ctx, id: number, input: TaskUpdateInput): Promise<TaskShape> {
  const task = await loadVisibleTask(ctx, id);
  await requireManageTask(ctx, task);
  if (task.status !== 'open') throw taskNotOpen();

  const changes: Partial<InferCreationAttributes<Task>> = {};
  if (input.category !== undefined) changes.category = input.category;
  if (input.title !== undefined) changes.title = input.title;
  if (input.details !== undefined) changes.details = input.details;
  if (input.accountingReference !== undefined) {
    changes.accountingReference = input.accountingReference;
  }
  if (input.remote !== undefined) changes.remote = input.remote;
  if (input.estimatedHours !== undefined) changes.estimatedHours = input.estimatedHours;
  if (input.helpersWanted !== undefined) changes.helpersWanted = input.helpersWanted;
  if (input.schedule !== undefined) Object.assign(changes, scheduleColumns(input.schedule));
  if (input.postalCode !== undefined && input.postalCode !== task.postalCode) {
    Object.assign(changes, placeColumns(input.postalCode));
  }
  const remote = changes.remote ?? task.remote;
  const postalCode = 'postalCode' in changes ? changes.postalCode : task.postalCode;
  if (!remote && !postalCode) {
    throw fieldError({
      field: 'postalCode',
      message: 'A task that cannot be done remotely needs a postal code.',
      issue: 'required',
      code: 'postal_code_required',
    });
  }

  return ctx.db.write(async (t) => {
    const where: WhereOptions<Task> = { id, status: 'open' };
    // The database checks that no helper already chosen is written out of the task.
    if (changes.helpersWanted !== undefined) {
      Object.assign(where, { selectedCount: { [Op.lte]: changes.helpersWanted } });
    }
    const [affected] = await Task.update(changes, { where, transaction: t });
    const fresh = await Task.findByPk(id, { transaction: t, lock: t.LOCK.UPDATE });
    if (!fresh) throw new NotFound('task');
    if (affected === 0) {
      if (fresh.status !== 'open') throw taskNotOpen();
      throw new Conflict(
        'helpers_below_selected',
        `${fresh.selectedCount} helpers are already selected: helpersWanted cannot be fewer.`,
        { selectedCount: fresh.selectedCount },
      );
    }
    return toTask(ctx, fresh, { transaction: t });
  });
}

function taskNotOpen(): Conflict {
  return new Conflict('task_not_open', 'The task is no longer open.');
}

/**
 * Cancels a task that is waiting, open or assigned. Pending applications are declined, and the
 * selected helpers and pending applicants are told.
 */
export async function cancelTask(ctx: Ctx, id: number, input: TaskCancelInput): Promise<TaskShape> {
  const task = await loadVisibleTask(ctx, id);
  await requireManageTask(ctx, task);

  return ctx.db.write(async (t) => {
    const now = new Date();
    // Conditional on the status, so that a task completed meanwhile is never cancelled.
    const [affected] = await Task.update(
      { status: 'cancelled', cancelledAt: now, cancelReason: input.reason ?? null },
      { where: { id, status: [...CANCELLABLE] }, transaction: t },
    );
    if (affected === 0) {
      throw new Conflict(
        'task_not_cancellable',
        'Only a waiting, open or assigned task can be cancelled.',
      );
    }
    const told = await Application.findAll({
      where: { taskId: id, status: ['pending', 'selected'] },
      include: [{ model: User, as: 'user', attributes: ['email', 'lang'] }],
      order: [['id', 'ASC']],
      transaction: t,
    });
    await Application.update(
      { status: 'declined' },
      { where: { taskId: id, status: 'pending' }, transaction: t },
    );
    const organisation = await Organisation.findByPk(task.organisationId, {
      attributes: ['name'],
      transaction: t,
    });
    for (const application of told) {
      const user = (application as Application & { user: User | null }).user;
      if (!user) continue;
      await enqueueMail(ctx, t, {
        to: user.email,
        lang: user.lang,
        template: 'task_cancelled',
        data: {
          taskId: id,
          title: task.title,
          organisation: organisation?.name ?? '',
          reason: input.reason ?? null,
          selected: application.status === 'selected',
        },
      });
    }
    const fresh = await Task.findByPk(id, { transaction: t });
    if (!fresh) throw new NotFound('task');
    return toTask(ctx, fresh, { transaction: t });
  });
}

/** GET /tasks/:id */
export async function getTask(ctx: Ctx, id: number): Promise<TaskShape> {
  return toTask(ctx, await loadVisibleTask(ctx, id), { listed: true });
}

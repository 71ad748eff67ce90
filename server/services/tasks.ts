/**
 * Tasks: who may see and manage one, its response shape, and posting, editing and cancelling.
 * The feed (lists and filters) is in feed.ts.
 */
import {
  Op,
  literal,
  type InferCreationAttributes,
  type Transaction,
  type WhereOptions,
} from 'sequelize';
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
import type { Validation } from '../errors.ts';
import { Conflict, fieldError, Forbidden, NotFound, Unauthenticated } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { alertSettingsOf } from './alerts.ts';
import type { TaskMailFacts } from '../mail/templates/tasks.ts';
import { currentUserId, myGroupIds, myRoles, requireOrgMember } from './access.ts';
import { lookupPlace, toPlace, type PlaceInfo } from './places.ts';
import { inKeyView } from './publishable-keys.ts';
import { createVisitorTask, rejectFilledHoneypot } from './visitors.ts';

type TaskCreateInput = z.output<typeof TaskCreate>;
type TaskUpdateInput = z.output<typeof TaskUpdate>;
type TaskCancelInput = z.output<typeof TaskCancel>;

/** Statuses a requester may still cancel from. */
const CANCELLABLE = ['pending_verification', 'open', 'assigned'] as const;

// ---------------------------------------------------------------------------------------------
// Who may see and manage a task

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

/**
 * Whether the caller may see the task (within a publishable key's view, when the request carries
 * one): the requesting organisation always; nobody else while it
 * waits for verification; an applicant always; a group's task only its members; others are public.
 */
export async function canSeeTask(ctx: Ctx, task: Task, t?: Transaction): Promise<boolean> {
  // A publishable key narrows every read to its organisation's view, whoever the caller is.
  if (ctx.publishableKey && !(await inKeyView(ctx, task.id, t))) return false;
  if (await canManageTask(ctx, task)) return true;
  if (task.status === 'pending_verification') return false;
  if (task.groupId === null || task.groupId === undefined) return true;
  if ((await myGroupIds(ctx)).includes(task.groupId)) return true;
  const userId = currentUserId(ctx);
  if (userId === null) return false;
  const applied = await Application.count({
    where: { taskId: task.id, userId },
    transaction: t,
  });
  return applied > 0;
}

/** The task, or 404 when it does not exist or the caller may not see it (existence is not told). */
export async function loadVisibleTask(ctx: Ctx, id: number, t?: Transaction): Promise<Task> {
  const task = await Task.findByPk(id, { transaction: t });
  if (!task || !(await canSeeTask(ctx, task, t))) throw new NotFound('task');
  return task;
}

/**
 * The same rule as `canSeeTask`, as a WHERE clause over `tasks`, so that lists filter in the
 * database and paginate correctly.
 */
export async function visibleTasksWhere(ctx: Ctx): Promise<WhereOptions<Task>> {
  // Both at once: two round trips to the database in one.
  const [roles, groupIds] = await Promise.all([myRoles(ctx), myGroupIds(ctx)]);
  const orgIds = [...roles.keys()];
  const userId = currentUserId(ctx);
  const seenByOthers: WhereOptions<Task>[] = [{ groupId: null }];
  if (groupIds.length > 0) seenByOthers.push({ groupId: { [Op.in]: groupIds } });
  if (userId !== null) {
    seenByOthers.push({
      id: {
        [Op.in]: literal(`(SELECT task_id FROM applications WHERE user_id = ${Number(userId)})`),
      },
    });
  }
  const visible: WhereOptions<Task>[] = [
    { status: { [Op.ne]: 'pending_verification' }, [Op.or]: seenByOthers },
  ];
  if (orgIds.length > 0) visible.push({ organisationId: { [Op.in]: orgIds } });
  return { [Op.or]: visible };
}

// ---------------------------------------------------------------------------------------------
// Response shape

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

export interface ToTaskOptions {
  /** Distance in km per task id, when the list was searched around a place. */
  distances?: Map<number, number | null>;
  transaction?: Transaction;
}

/** What `toTask` reads of a task: a model instance, or a plain row of the feed's raw query. */
export type TaskRow = Pick<
  Task,
  | 'id'
  | 'status'
  | 'organisationId'
  | 'groupId'
  | 'createdById'
  | 'category'
  | 'title'
  | 'details'
  | 'accountingReference'
  | 'postalCode'
  | 'remote'
  | 'scheduleText'
  | 'startsAt'
  | 'endsAt'
  | 'estimatedHours'
  | 'helpersWanted'
  | 'selectedCount'
  | 'applicationsClosedAt'
  | 'createdAt'
  | 'publishedAt'
  | 'cancelledAt'
  | 'cancelReason'
  | 'completedAt'
>;

/** The `Task` response for the caller: internal fields only for the requesting organisation. */
export async function toTask(ctx: Ctx, task: TaskRow, options?: ToTaskOptions): Promise<TaskShape>;
export async function toTask(
  ctx: Ctx,
  tasks: TaskRow[],
  options?: ToTaskOptions,
): Promise<TaskShape[]>;
export async function toTask(
  ctx: Ctx,
  input: TaskRow | TaskRow[],
  options: ToTaskOptions = {},
): Promise<TaskShape | TaskShape[]> {
  const tasks = Array.isArray(input) ? input : [input];
  if (tasks.length === 0) return [];
  const t = options.transaction;
  const unique = (ids: (number | null | undefined)[]) =>
    [...new Set(ids)].filter((id): id is number => typeof id === 'number');
  const userId = currentUserId(ctx);
  const groupIds = unique(tasks.map((x) => x.groupId));
  const [roles, orgs, groups, users, applications] = await Promise.all([
    myRoles(ctx),
    Organisation.findAll({
      where: { id: unique(tasks.map((x) => x.organisationId)) },
      attributes: ['id', 'name', 'kind'],
      transaction: t,
      raw: true,
    }),
    // Most pages hold no group's task: then there is nothing to ask.
    groupIds.length === 0
      ? Promise.resolve([] as Group[])
      : Group.findAll({
          where: { id: groupIds },
          attributes: ['id', 'name'],
          transaction: t,
          raw: true,
        }),
    User.findAll({
      where: { id: unique(tasks.map((x) => x.createdById)) },
      attributes: ['id', 'name'],
      transaction: t,
      raw: true,
    }),
    userId === null
      ? Promise.resolve([] as Application[])
      : Application.findAll({
          where: { userId, taskId: tasks.map((x) => x.id) },
          attributes: ['id', 'taskId', 'status'],
          transaction: t,
          raw: true,
        }),
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const userById = new Map(users.map((u) => [u.id, u]));
  const applicationByTask = new Map(applications.map((a) => [a.taskId, a]));

  const shaped = tasks.map((task): TaskShape => {
    const org = orgById.get(task.organisationId);
    if (!org) throw new Error(`task ${task.id} has no organisation`);
    const group = task.groupId ? groupById.get(task.groupId) : undefined;
    const requester = userById.get(task.createdById);
    const application = applicationByTask.get(task.id);
    const canManage = roles.has(task.organisationId);
    const place = task.postalCode ? lookupPlace(task.postalCode) : null;
    const distance = options.distances?.get(task.id);
    return {
      id: task.id,
      status: task.status,
      organisation: { id: org.id, name: org.name, kind: org.kind },
      category: task.category as TaskShape['category'],
      title: task.title,
      details: task.details,
      accountingReference: canManage ? (task.accountingReference ?? null) : null,
      location: place ? toPlace(place) : null,
      remote: Boolean(task.remote),
      schedule: {
        text: task.scheduleText ?? null,
        startsAt: iso(task.startsAt),
        endsAt: iso(task.endsAt),
      },
      estimatedHours: Number(task.estimatedHours),
      helpersWanted: task.helpersWanted,
      selectedCount: task.selectedCount,
      applicationsOpen: task.status === 'open' && !task.applicationsClosedAt,
      group: group ? { id: group.id, name: group.name } : null,
      requester: requester ? { id: requester.id, name: requester.name } : null,
      ...(distance === undefined ? {} : { distanceKm: distance }),
      viewer: {
        canManage,
        application: application ? { id: application.id, status: application.status } : null,
      },
      createdAt: task.createdAt.toISOString(),
      publishedAt: iso(task.publishedAt),
      cancelledAt: iso(task.cancelledAt),
      cancelReason: canManage || application ? (task.cancelReason ?? null) : null,
      completedAt: iso(task.completedAt),
    };
  });
  return Array.isArray(input) ? shaped : shaped[0]!;
}

// ---------------------------------------------------------------------------------------------
// Posting

function unknownPostalCode(): Validation {
  return fieldError({
    field: 'postalCode',
    message: 'Unknown postal code.',
    issue: 'no such postal code',
    code: 'unknown_postal_code',
  });
}

/** Place columns stored on the row, so that the feed filters by plain columns. */
function placeColumns(postalCode: string | null | undefined) {
  if (!postalCode) {
    return { postalCode: null, municipalityCode: null, regionCode: null, lat: null, lng: null };
  }
  const place: PlaceInfo | null = lookupPlace(postalCode);
  if (!place) throw unknownPostalCode();
  return {
    postalCode,
    municipalityCode: place.municipality.code,
    regionCode: place.region.code,
    lat: place.lat,
    lng: place.lng,
  };
}

function scheduleColumns(schedule: TaskCreateInput['schedule']) {
  return {
    scheduleText: schedule.text ?? null,
    startsAt: schedule.startsAt ? new Date(schedule.startsAt) : null,
    endsAt: schedule.endsAt ? new Date(schedule.endsAt) : null,
  };
}

/** The columns a task's own content fills, as posted: what it is, where, when and how much. */
export function contentColumns(input: TaskCreateInput) {
  return {
    category: input.category,
    title: input.title,
    details: input.details,
    accountingReference: input.accountingReference ?? null,
    ...placeColumns(input.postalCode),
    remote: input.remote,
    ...scheduleColumns(input.schedule),
    estimatedHours: input.estimatedHours,
    helpersWanted: input.helpersWanted,
  };
}

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

export function mailFacts(task: Task, organisation: string): TaskMailFacts {
  return {
    taskId: task.id,
    title: task.title,
    details: task.details,
    category: task.category,
    organisation,
    estimatedHours: Number(task.estimatedHours),
    schedule: {
      text: task.scheduleText ?? null,
      startsAt: iso(task.startsAt),
      endsAt: iso(task.endsAt),
    },
    postedAt: (task.publishedAt ?? task.createdAt).toISOString(),
  };
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
  return toTask(ctx, await loadVisibleTask(ctx, id));
}

/**
 * A task as the API answers it (`Task` of the contract), for whoever asks: the requesting
 * organisation's internal fields only for it, and the caller's own application.
 */
import type { Transaction } from 'sequelize';
import type { Task as TaskShape } from '../../sdk/schemas/tasks.ts';
import type { Ctx } from '../context.ts';
import {
  Application,
  DirectoryListing,
  Group,
  Organisation,
  User,
  type Task,
} from '../db/models/index.ts';
import { currentUserId, myRoles } from './access.ts';
import { lookupPlace, toPlace } from './places.ts';

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

export interface ToTaskOptions {
  /** Distance in km per task id, when the list was searched around a place. */
  distances?: Map<number, number | null>;
  transaction?: Transaction;
  /** Say whether the requesting organisation has a directory listing (one task's page). */
  listed?: boolean;
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
  const [roles, orgs, groups, users, applications, listings] = await Promise.all([
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
    options.listed
      ? DirectoryListing.findAll({
          where: { organisationId: unique(tasks.map((x) => x.organisationId)) },
          attributes: ['organisationId'],
          transaction: t,
          raw: true,
        })
      : Promise.resolve(null),
  ]);
  const listed = listings && new Set(listings.map((l) => l.organisationId));
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
      organisation: {
        id: org.id,
        name: org.name,
        kind: org.kind,
        ...(listed ? { listed: listed.has(org.id) } : {}),
      },
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

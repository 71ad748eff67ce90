/**
 * The task feed: GET /tasks with its filters, and a helper's own feed, /me/opportunities.
 * Every condition, visibility included, is part of the SQL WHERE, so pages are exact; pages are
 * keyset-paginated newest first on (published_at, id).
 */
import type { CodeOf } from '../../sdk/error-codes.ts';
import { Op, literal, type WhereOptions } from 'sequelize';
import type { PageOf } from '../../sdk/schemas/common.ts';
import type { Task as TaskShape, TaskListQuery, TaskStatus } from '../../sdk/schemas/tasks.ts';
import type { Ctx } from '../context.ts';
import { Task, type User } from '../db/models/index.ts';
import type { Validation } from '../errors.ts';
import { fieldError } from '../errors.ts';
import { currentUserId, myOrganisationIds } from './access.ts';
import {
  KM_PER_DEGREE,
  distanceKm,
  findMunicipalityCode,
  findRegionCode,
  lookupPlace,
  type PlaceInfo,
} from './places.ts';
import { decodeCursor, encodeCursor, isId } from './cursor.ts';
import { programmeFilter } from './pro-bono.ts';
import { toTask, type TaskRow } from './task-shape.ts';
import { keyViewWhere, scopeSql, visibleTasksWhere } from './visibility.ts';

type Where = WhereOptions<Task>;

// ---------------------------------------------------------------------------------------------
// Regions and municipalities by code or by name (Finnish or Swedish), from the postal code data

function unknownFilter(field: string, code: CodeOf<422>, what: string): Validation {
  return fieldError({
    field,
    message: `Unknown ${what}.`,
    issue: `no such ${what}`,
    code,
    in: 'query',
  });
}

function regionCode(input: string): string {
  const code = findRegionCode(input);
  if (!code) throw unknownFilter('region', 'unknown_region', 'region');
  return code;
}

function municipalityCode(input: string): string {
  const code = findMunicipalityCode(input);
  if (!code) throw unknownFilter('municipality', 'unknown_municipality', 'municipality');
  return code;
}

function searchPlace(postalCode: string): PlaceInfo {
  const place = lookupPlace(postalCode);
  if (!place) throw unknownFilter('postalCode', 'unknown_postal_code', 'postal code');
  return place;
}

// ---------------------------------------------------------------------------------------------
// Conditions

/**
 * Tasks within `radiusKm` of a place. Distance is the equirectangular approximation in plain SQL
 * arithmetic (no trigonometry or square roots, which SQLite may lack), behind a bounding box the
 * indexes can use. A task whose postal code has no coordinates matches only in the same
 * municipality; so does every task when the place itself has none.
 */
function withinRadius(place: PlaceInfo, radiusKm: number): Where {
  const sameMunicipality = { municipalityCode: place.municipality.code };
  if (place.lat === null || place.lng === null) return sameMunicipality;
  const lat0 = place.lat;
  const lng0 = place.lng;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLng = radiusKm / (KM_PER_DEGREE * k);
  const squared = `((lng - (${lng0})) * ${k}) * ((lng - (${lng0})) * ${k}) + (lat - (${lat0})) * (lat - (${lat0}))`;
  return {
    [Op.or]: [
      {
        [Op.and]: [
          { lat: { [Op.between]: [lat0 - dLat, lat0 + dLat] } },
          { lng: { [Op.between]: [lng0 - dLng, lng0 + dLng] } },
          literal(`${squared} <= ${dLat * dLat}`),
        ],
      },
      { lat: null, ...sameMunicipality },
    ],
  };
}

/** `q` over title and details; the wildcards of LIKE in the text are taken literally. */
function textMatches(ctx: Ctx, q: string): Where {
  const pattern = ctx.db.sequelize.escape(`%${q.replace(/[!%_]/g, (c) => `!${c}`)}%`);
  return literal(`(title LIKE ${pattern} ESCAPE '!' OR details LIKE ${pattern} ESCAPE '!')`);
}

/** The explicit filters of TaskListQuery (status and paging apart), each narrowing the list. */
function filterConditions(ctx: Ctx, query: TaskListQuery): Where[] {
  const where: Where[] = [];
  if (query.category?.length) where.push({ category: { [Op.in]: query.category } });
  if (query.remote !== undefined) where.push({ remote: query.remote });
  if (query.region) where.push({ regionCode: regionCode(query.region) });
  if (query.municipality) where.push({ municipalityCode: municipalityCode(query.municipality) });
  if (query.postalCode) {
    const place = searchPlace(query.postalCode);
    where.push(
      query.radiusKm === undefined
        ? { postalCode: query.postalCode }
        : withinRadius(place, query.radiusKm),
    );
  }
  if (query.organisationId) where.push({ organisationId: query.organisationId });
  if (query.groupId) where.push({ groupId: query.groupId });
  if (query.q) where.push(textMatches(ctx, query.q));
  return where;
}

// ---------------------------------------------------------------------------------------------
// Keyset pagination

interface Cursor {
  publishedAt: Date | null;
  id: number;
}

function cursorOf(task: FeedRow): string {
  return encodeCursor([task.publishedAt ? task.publishedAt.toISOString() : null, task.id]);
}

/** `[published_at as ISO text or null, id]`, the time exactly as this server writes it. */
function isTaskKey(key: unknown): key is [string | null, number] {
  if (!Array.isArray(key) || key.length !== 2 || !isId(key[1])) return false;
  const [at] = key as unknown[];
  if (at === null) return true;
  if (typeof at !== 'string') return false;
  const time = new Date(at);
  return !Number.isNaN(time.getTime()) && time.toISOString() === at;
}

function decodeTaskCursor(cursor: string): Cursor {
  const [at, id] = decodeCursor(cursor, isTaskKey);
  return { publishedAt: at === null ? null : new Date(at), id };
}

/**
 * Rows after the cursor in (published_at DESC, id DESC) order; NULL sorts last in both dialects.
 * Written so that the index on (status, published_at, id) seeks to the cursor: the outer
 * `published_at <= t` is a range the index can start from (MariaDB reads from the top for the
 * plain `published_at < t OR (published_at = t AND id < i)`); the inner OR only drops the rows
 * at exactly `t` already shown.
 */
function afterCursor(cursor: Cursor): Where {
  if (cursor.publishedAt === null) return { publishedAt: null, id: { [Op.lt]: cursor.id } };
  const at = cursor.publishedAt;
  return {
    [Op.or]: [
      {
        [Op.and]: [
          { publishedAt: { [Op.lte]: at } },
          { [Op.or]: [{ publishedAt: { [Op.lt]: at } }, { id: { [Op.lt]: cursor.id } }] },
        ],
      },
      { publishedAt: null },
    ],
  };
}

type FeedRow = TaskRow & Pick<Task, 'lat' | 'lng'>;

const DATES = [
  'startsAt',
  'endsAt',
  'applicationsClosedAt',
  'createdAt',
  'publishedAt',
  'cancelledAt',
  'completedAt',
] as const;

/** A raw row as a model would give it: dates as Dates (SQLite gives text), numbers as numbers. */
function feedRow(row: Record<string, unknown>): FeedRow {
  for (const key of DATES) {
    const value = row[key];
    if (value !== null && value !== undefined && !(value instanceof Date))
      row[key] = new Date(value as string);
  }
  return row as unknown as FeedRow;
}

async function page(
  ctx: Ctx,
  conditions: Where[],
  query: TaskListQuery,
  origin: PlaceInfo | null,
): Promise<PageOf<TaskShape>> {
  const where: Where[] = [...conditions];
  if (query.cursor !== undefined) where.push(afterCursor(decodeTaskCursor(query.cursor)));
  // Plain rows, not model instances: building instances was a good part of a page's time.
  const raw = (await Task.findAll({
    where: { [Op.and]: where },
    order: [
      ['publishedAt', 'DESC'],
      ['id', 'DESC'],
    ],
    limit: query.limit + 1,
    raw: true,
  })) as unknown as Record<string, unknown>[];
  const rows = raw.map(feedRow);
  const more = rows.length > query.limit;
  const tasks = more ? rows.slice(0, query.limit) : rows;
  let distances: Map<number, number | null> | undefined;
  if (origin) {
    distances = new Map(
      tasks.map((task) => [
        task.id,
        origin.lat !== null && origin.lng !== null && task.lat !== null && task.lng !== null
          ? Math.round(distanceKm(origin.lat, origin.lng, task.lat, task.lng) * 10) / 10
          : null,
      ]),
    );
  }
  return {
    data: await toTask(ctx, tasks, { distances }),
    nextCursor: more ? cursorOf(tasks[tasks.length - 1]!) : null,
  };
}

/** The `proBonoOf` filter: the tasks company `organisationId`'s programme chooses. */
async function proBonoCondition(ctx: Ctx, organisationId: number): Promise<Where> {
  const scope = await programmeFilter(organisationId);
  return literal(scopeSql(scope, (v) => ctx.db.sequelize.escape(v), '`Task`'));
}

function statusCondition(statuses: TaskStatus[]): Where {
  return { status: { [Op.in]: statuses } };
}

// ---------------------------------------------------------------------------------------------
// The two feeds

/** GET /tasks: the tasks the caller may see, open ones unless other statuses are asked for. */
export async function listTasks(ctx: Ctx, query: TaskListQuery): Promise<PageOf<TaskShape>> {
  const conditions: Where[] = [
    await visibleTasksWhere(ctx),
    statusCondition(query.status?.length ? query.status : ['open']),
    ...filterConditions(ctx, query),
  ];
  if (query.proBonoOf) conditions.push(await proBonoCondition(ctx, query.proBonoOf));
  // A publishable key narrows the list to its organisation's view; the filters only narrow more.
  const view = await keyViewWhere(ctx);
  if (view) conditions.push(view);
  const origin = query.postalCode ? searchPlace(query.postalCode) : null;
  return page(ctx, conditions, query, origin);
}

/**
 * GET /me/opportunities: open tasks for this helper. Their chosen categories (all when none
 * chosen), remote or within their radius of their postal code (only remote ones when they gave
 * none), not their own organisations' tasks and not the ones they already applied to. The
 * explicit filters narrow it further.
 */
export async function listOpportunities(
  ctx: Ctx,
  user: User,
  query: TaskListQuery,
): Promise<PageOf<TaskShape>> {
  const statuses = (query.status ?? ['open']).filter((s) => s === 'open');
  if (statuses.length === 0) return { data: [], nextCursor: null };

  const home = user.postalCode ? lookupPlace(user.postalCode) : null;
  const conditions: Where[] = [
    ...(await fitsHelperWhere(ctx, user)),
    ...filterConditions(ctx, query),
  ];
  if (query.proBonoOf) conditions.push(await proBonoCondition(ctx, query.proBonoOf));
  const view = await keyViewWhere(ctx);
  if (view) conditions.push(view);
  const origin = query.postalCode ? searchPlace(query.postalCode) : home;
  return page(ctx, conditions, query, origin);
}

/**
 * The open tasks that fit a helper, as conditions: what they may see, their chosen categories
 * (all when none chosen), remote or within their radius of their postal code (only remote ones
 * when they gave none), not their own organisations' tasks and not the ones they applied to.
 * Their feed and their alerts and digests (server/jobs/alerts.ts) both use it.
 */
export async function fitsHelperWhere(ctx: Ctx, user: User): Promise<Where[]> {
  const home = user.postalCode ? lookupPlace(user.postalCode) : null;
  const conditions: Where[] = [
    await visibleTasksWhere(ctx),
    statusCondition(['open']),
    home ? { [Op.or]: [{ remote: true }, withinRadius(home, user.radiusKm)] } : { remote: true },
  ];
  if (user.interestedCategories.length > 0) {
    conditions.push({ category: { [Op.in]: user.interestedCategories } });
  }
  const ownOrganisations = await myOrganisationIds(ctx);
  if (ownOrganisations.length > 0) {
    conditions.push({ organisationId: { [Op.notIn]: ownOrganisations } });
  }
  const userId = currentUserId(ctx) ?? user.id;
  conditions.push({
    id: {
      [Op.notIn]: literal(`(SELECT task_id FROM applications WHERE user_id = ${Number(userId)})`),
    },
  });
  return conditions;
}

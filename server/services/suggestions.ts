/**
 * Suggested helpers: the people a requester could invite to apply to an open task, best first,
 * and the invitation itself (an email, once per person per task, at most INVITATIONS_PER_TASK
 * per task). How the score is made is told in the README ("Suggested helpers"); the weights are
 * the constants below.
 *
 * Who is suggested at all (each rule is a hard filter, never a low score):
 * - said they are available (`availableToHelp`) and did not turn invitations off;
 * - may see the task — asked of `canSeeTask` as that person, the rule every page uses; a group's
 *   task therefore only ever suggests the group's members;
 * - the task fits them as their own feed says: its category is one they chose (or they chose
 *   none), and it is remote or within their radius of their postal code;
 * - not a member of the requesting organisation, not the requester, not erased, and not already
 *   applied or invited.
 */
import { Op, QueryTypes, UniqueConstraintError, literal, type Transaction } from 'sequelize';
import type { Lang } from '../../sdk/schemas/common.ts';
import type {
  InvitationAllowance,
  InvitationResult,
  SuggestedHelper,
  SuggestedHelpers,
  TaskInvitation as TaskInvitationShape,
} from '../../sdk/schemas/suggestions.ts';
import type { HelperType } from '../../sdk/schemas/users.ts';
import type { Ctx } from '../context.ts';
import { Organisation, Task, TaskInvitation, User } from '../db/models/index.ts';
import { Conflict } from '../errors.ts';
import { actingAs } from '../jobs/acting-as.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { currentUserId } from './access.ts';
import { alertIs } from './alerts.ts';
import { helperStats, lockTask, type HelperStats } from './applications.ts';
import { terms } from './finnish-stem.ts';
import { distanceKm, lookupPlace } from './places.ts';
import { mailFacts } from './task-content.ts';
import { requireManageTask } from './tasks.ts';
import { canSeeTask, loadVisibleTask } from './visibility.ts';

// ---------------------------------------------------------------------------------------------
// The score: at most 100 points

export const WEIGHTS = {
  /** The task's category is one they chose. */
  categoryChosen: 25,
  /** They chose no categories (every category fits them). */
  categoryAny: 10,
  /** Per skill of theirs that the task's title or details mention, at most `skillsMax`. */
  skill: 10,
  skillsMax: 20,
  /** Remote task, or at the task's place; falls linearly to 0 at the edge of their radius. */
  distance: 15,
  /** They listed the requester's language. */
  language: 10,
  /** Feedback, as a share of the way from 1 to 5 stars after the prior below. */
  feedback: 15,
  /** Per completed (approved) task, at most `completedMax`. */
  completed: 1,
  completedMax: 10,
  /** Active in the last 30 days; falls linearly to 0 at 180 days. */
  activity: 5,
} as const;

/**
 * The small-sample prior of the feedback average: as if everyone had already had
 * `PRIOR_COUNT` ratings of `PRIOR_MEAN` stars, so that one five-star rating does not beat forty
 * ratings that average 4.8.
 */
export const PRIOR_MEAN = 4;
export const PRIOR_COUNT = 3;
/** The most recently active people scored per request, so a request costs the same at any size. */
export const POOL_MAX = 2000;

const DAY_MS = 86_400_000;
const ACTIVE_FULL_DAYS = 30;
const ACTIVE_NONE_DAYS = 180;

/** How each language may be written in a profile's free-text language list. */
const LANGUAGE_NAMES: Record<Lang, string[]> = {
  fi: ['suomi', 'finska', 'finnish', 'fi', 'suomen kieli'],
  sv: ['ruotsi', 'svenska', 'swedish', 'sv', 'ruotsin kieli'],
  en: ['englanti', 'engelska', 'english', 'en', 'englannin kieli'],
};

export function speaks(languages: string[], lang: Lang): boolean {
  return languages.some((entry) => {
    const e = entry.trim().toLowerCase();
    return LANGUAGE_NAMES[lang].some(
      (name) => e === name || e.startsWith(`${name} `) || e.startsWith(`${name}(`),
    );
  });
}

/**
 * Two stems are one word when they are equal, when one (of at least four letters) begins the
 * other, or when they differ only in their last letter (consonant gradation the stemmer leaves:
 * kirjanpit-o / kirjanpid-on).
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  // Short stems ("ja", "it") only as whole words: "ja" must not find "jakelu".
  if (shorter < 4) return false;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (shorter < 6) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= shorter - 1;
}

/** The skills whose every word the text mentions (in any inflected form). */
export function skillsMentioned(skills: string[], text: string): string[] {
  const stems = terms(text);
  return skills.filter((skill) => {
    const words = terms(skill);
    return words.length > 0 && words.every((w) => stems.some((s) => sameWord(w, s)));
  });
}

/** Bayesian average of a person's stars: `PRIOR_COUNT` ratings of `PRIOR_MEAN` added. */
export function feedbackAverage(average: number | null, count: number): number {
  return (PRIOR_COUNT * PRIOR_MEAN + (average ?? 0) * count) / (PRIOR_COUNT + count);
}

interface Candidate {
  id: number;
  name: string;
  email: string;
  lang: Lang;
  helperType: string | null;
  postalCode: string | null;
  radiusKm: number;
  languages: string[];
  skills: string[];
  interestedCategories: string[];
  lastActiveAt: Date | null;
}

interface Scored {
  candidate: Candidate;
  stats: HelperStats;
  suggestion: SuggestedHelper;
}

/** Where the person is from the task, or why the task does not fit them there. */
function placeFit(
  task: Task,
  c: Candidate,
): { fits: boolean; distanceKm: number | null; share: number } {
  if (task.remote) return { fits: true, distanceKm: null, share: 1 };
  const home = c.postalCode ? lookupPlace(c.postalCode) : null;
  if (!home) return { fits: false, distanceKm: null, share: 0 };
  if (home.lat !== null && home.lng !== null && task.lat !== null && task.lng !== null) {
    const d = distanceKm(home.lat, home.lng, task.lat, task.lng);
    if (d > c.radiusKm) return { fits: false, distanceKm: null, share: 0 };
    return {
      fits: true,
      distanceKm: Math.round(d),
      share: c.radiusKm > 0 ? 1 - d / c.radiusKm : 1,
    };
  }
  // Without coordinates the feed matches within the municipality: so do suggestions, at half.
  const same = task.municipalityCode !== null && task.municipalityCode === home.municipality.code;
  return { fits: same, distanceKm: null, share: 0.5 };
}

function score(
  task: Task,
  requesterLang: Lang,
  c: Candidate,
  stats: HelperStats,
  now: Date,
): SuggestedHelper | null {
  const place = placeFit(task, c);
  if (!place.fits) return null;
  const chosen = c.interestedCategories.includes(task.category);
  if (!chosen && c.interestedCategories.length > 0) return null;
  const skills = skillsMentioned(c.skills, `${task.title}\n${task.details}`);
  const speaksRequester = speaks(c.languages, requesterLang);
  const idleDays = c.lastActiveAt ? (now.getTime() - c.lastActiveAt.getTime()) / DAY_MS : null;
  const activity =
    idleDays === null
      ? 0
      : Math.max(
          0,
          Math.min(1, (ACTIVE_NONE_DAYS - idleDays) / (ACTIVE_NONE_DAYS - ACTIVE_FULL_DAYS)),
        );
  const points =
    (chosen ? WEIGHTS.categoryChosen : WEIGHTS.categoryAny) +
    Math.min(WEIGHTS.skillsMax, WEIGHTS.skill * skills.length) +
    WEIGHTS.distance * Math.max(0, Math.min(1, place.share)) +
    (speaksRequester ? WEIGHTS.language : 0) +
    (WEIGHTS.feedback * (feedbackAverage(stats.rating.average, stats.rating.count) - 1)) / 4 +
    Math.min(WEIGHTS.completedMax, WEIGHTS.completed * stats.completedTasks) +
    WEIGHTS.activity * activity;
  const place0 = c.postalCode ? lookupPlace(c.postalCode) : null;
  return {
    user: {
      id: c.id,
      name: c.name,
      helperType: c.helperType as HelperType | null,
      municipality: place0?.municipality.name ?? null,
      completedTasks: stats.completedTasks,
      rating: stats.rating,
    },
    score: Math.round(points * 10) / 10,
    reasons: {
      category: chosen ? 'chosen' : 'any',
      skills,
      distanceKm: place.distanceKm,
      remote: task.remote,
      languages: c.languages,
      speaksRequesterLanguage: speaksRequester,
      activeRecently: idleDays !== null && idleDays <= ACTIVE_FULL_DAYS,
    },
  };
}

/** Best first; equal scores by the lower user id, so the order never depends on the database. */
function byScore(a: Scored, b: Scored): number {
  return b.suggestion.score - a.suggestion.score || a.candidate.id - b.candidate.id;
}

const parseList = (raw: unknown): string[] => {
  if (Array.isArray(raw)) return raw as string[];
  try {
    const list = JSON.parse(String(raw ?? '[]')) as unknown;
    return Array.isArray(list) ? (list as string[]) : [];
  } catch {
    return [];
  }
};

/**
 * The people the hard rules allow (but visibility, checked afterwards), most recently active
 * first, at most `POOL_MAX`; or only `onlyUserId` when given.
 */
async function pool(task: Task, onlyUserId: number | null, t?: Transaction): Promise<Candidate[]> {
  const conditions = [
    'u.available_to_help = 1',
    'u.erased_at IS NULL',
    'u.id <> :creator',
    `(u.interested_categories = '[]' OR u.interested_categories LIKE :category)`,
    alertIs('u', 'invitations', 'immediate'),
    'NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.organisation_id = :org)',
    'NOT EXISTS (SELECT 1 FROM applications a WHERE a.task_id = :task AND a.user_id = u.id)',
    'NOT EXISTS (SELECT 1 FROM task_invitations i WHERE i.task_id = :task AND i.user_id = u.id)',
  ];
  if (!task.remote) conditions.push('u.postal_code IS NOT NULL');
  // Only the group's members could see it: no need to read anyone else.
  if (task.groupId !== null) {
    conditions.push(
      'EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = :group AND gm.email = u.email)',
    );
  }
  if (onlyUserId !== null) conditions.push('u.id = :only');
  const rows = await User.sequelize!.query<Record<string, unknown>>(
    `SELECT u.id, u.name, u.email, u.lang, u.helper_type, u.postal_code, u.radius_km,
            u.languages, u.skills, u.interested_categories, u.last_active_at
       FROM users u
      WHERE ${conditions.join(' AND ')}
      ORDER BY u.last_active_at DESC, u.id ASC
      LIMIT ${POOL_MAX}`,
    {
      type: QueryTypes.SELECT,
      transaction: t,
      replacements: {
        creator: task.createdById,
        category: `%"${task.category}"%`,
        org: task.organisationId,
        task: task.id,
        group: task.groupId,
        only: onlyUserId,
      },
    },
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: String(r.name ?? ''),
    email: String(r.email),
    lang: (r.lang as Lang) ?? 'fi',
    helperType: (r.helper_type as string | null) ?? null,
    postalCode: (r.postal_code as string | null) ?? null,
    radiusKm: Number(r.radius_km ?? 0),
    languages: parseList(r.languages),
    skills: parseList(r.skills),
    interestedCategories: parseList(r.interested_categories),
    lastActiveAt: r.last_active_at ? new Date(r.last_active_at as string) : null,
  }));
}

async function statsOf(ids: number[], t?: Transaction): Promise<Map<number, HelperStats>> {
  const all = new Map<number, HelperStats>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const [id, s] of await helperStats(ids.slice(i, i + 500), t)) all.set(id, s);
  }
  return all;
}

/**
 * The ranked candidates for `task`, best first, at most `limit`, each checked with the task's
 * own visibility rule as that person (the last word: what the SQL above narrows, this decides).
 */
async function rank(
  ctx: Ctx,
  task: Task,
  options: { limit: number; onlyUserId?: number; t?: Transaction },
): Promise<Scored[]> {
  const t = options.t;
  const candidates = await pool(task, options.onlyUserId ?? null, t);
  if (candidates.length === 0) return [];
  const [stats, requester] = await Promise.all([
    statsOf(
      candidates.map((c) => c.id),
      t,
    ),
    User.findByPk(task.createdById, { attributes: ['id', 'lang'], transaction: t }),
  ]);
  const now = ctx.clock.now();
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const s = stats.get(candidate.id)!;
    const suggestion = score(task, requester?.lang ?? 'fi', candidate, s, now);
    if (suggestion) scored.push({ candidate, stats: s, suggestion });
  }
  scored.sort(byScore);
  const out: Scored[] = [];
  for (const entry of scored) {
    if (out.length >= options.limit) break;
    const person = User.build(
      { id: entry.candidate.id, email: entry.candidate.email },
      { isNewRecord: false },
    );
    if (await canSeeTask(actingAs(ctx, person), task, t)) out.push(entry);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Invitations

function allowance(ctx: Ctx, task: Task): InvitationAllowance {
  const limit = ctx.config.invitationsPerTask;
  const sent = task.invitationsSent;
  return { sent, limit, remaining: Math.max(0, limit - sent) };
}

async function toInvitations(
  rows: TaskInvitation[],
  t?: Transaction,
): Promise<TaskInvitationShape[]> {
  if (rows.length === 0) return [];
  const ids = [
    ...new Set(rows.flatMap((r) => [r.userId, r.invitedById]).filter((id) => id !== null)),
  ];
  const users = await User.findAll({
    where: { id: ids },
    attributes: ['id', 'name'],
    transaction: t,
    raw: true,
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    taskId: r.taskId,
    user: { id: r.userId, name: names.get(r.userId) ?? '' },
    invitedBy:
      r.invitedById === null ? null : { id: r.invitedById, name: names.get(r.invitedById) ?? '' },
    createdAt: r.createdAt.toISOString(),
    acceptedAt: r.acceptedAt ? r.acceptedAt.toISOString() : null,
  }));
}

const isOpen = (task: Task) => task.status === 'open' && task.applicationsClosedAt === null;

/**
 * GET /tasks/:id/suggested-helpers: for the requesting organisation's members. A task that no
 * longer takes applications has no suggestions, but still lists whom it invited.
 */
export async function suggestedHelpers(
  ctx: Ctx,
  taskId: number,
  query: { limit: number },
): Promise<SuggestedHelpers> {
  const task = await loadVisibleTask(ctx, taskId);
  await requireManageTask(ctx, task);
  const [ranked, invited] = await Promise.all([
    isOpen(task) ? rank(ctx, task, { limit: query.limit }) : Promise.resolve([]),
    TaskInvitation.findAll({ where: { taskId: task.id }, order: [['id', 'ASC']] }),
  ]);
  return {
    data: ranked.map((r) => r.suggestion),
    invitations: allowance(ctx, task),
    invited: await toInvitations(invited),
  };
}

function notInvitable(): Conflict {
  return new Conflict('not_invitable', 'This person cannot be invited to this task.');
}

/**
 * POST /tasks/:id/invitations: invites one person the suggestions would show. Idempotent by
 * (task, person): asking again answers the first invitation and sends nothing. The cap is a
 * conditional update of the task's counter, under the task's row lock, in the transaction that
 * writes the invitation and its email: parallel requests never pass it, on either database.
 */
export async function inviteHelper(
  ctx: Ctx,
  taskId: number,
  userId: number,
): Promise<InvitationResult> {
  const task = await loadVisibleTask(ctx, taskId);
  await requireManageTask(ctx, task);
  const inviterId = currentUserId(ctx);
  const already = async (t?: Transaction): Promise<InvitationResult | null> => {
    const row = await TaskInvitation.findOne({ where: { taskId, userId }, transaction: t });
    if (!row) return null;
    const fresh = await Task.findByPk(taskId, { transaction: t });
    return {
      invitation: (await toInvitations([row], t))[0]!,
      created: false,
      invitations: allowance(ctx, fresh ?? task),
    };
  };
  try {
    return await ctx.db.write(async (t) => {
      const locked = await lockTask(task.id, t);
      const existing = await already(t);
      if (existing) return existing;
      if (!isOpen(locked)) {
        throw new Conflict('task_not_open', 'The task does not take applications any more.');
      }
      const [candidate] = await rank(ctx, locked, { limit: 1, onlyUserId: userId, t });
      if (!candidate) throw notInvitable();
      const limit = ctx.config.invitationsPerTask;
      const [counted] = await Task.update(
        { invitationsSent: literal('invitations_sent + 1') },
        { where: { id: locked.id, invitationsSent: { [Op.lt]: limit } }, transaction: t },
      );
      if (counted === 0) {
        throw new Conflict(
          'invitation_limit',
          `The task has sent all its ${limit} invitations to apply.`,
          { limit },
        );
      }
      const row = await TaskInvitation.create(
        { taskId: locked.id, userId, invitedById: inviterId },
        { transaction: t },
      );
      const [organisation, inviter] = await Promise.all([
        Organisation.findByPk(locked.organisationId, { attributes: ['name'], transaction: t }),
        inviterId === null
          ? null
          : User.findByPk(inviterId, { attributes: ['name'], transaction: t }),
      ]);
      await enqueueMail(ctx, t, {
        to: candidate.candidate.email,
        lang: candidate.candidate.lang,
        template: 'apply_invitation',
        data: { ...mailFacts(locked, organisation?.name ?? ''), inviter: inviter?.name ?? '' },
        unsubscribe: 'invitations',
      });
      await locked.reload({ transaction: t });
      return {
        invitation: (await toInvitations([row], t))[0]!,
        created: true,
        invitations: allowance(ctx, locked),
      };
    });
  } catch (err) {
    // The unique key (task, user) settles a race the check above cannot see (two first clicks).
    if (err instanceof UniqueConstraintError) {
      const existing = await already();
      if (existing) return existing;
    }
    throw err;
  }
}

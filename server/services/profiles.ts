/**
 * Public profiles: what anyone may see of a user. Never the email or the phone; the CV only when
 * the user shares it (or to the user). The rating here is over all feedback the person received,
 * as a helper and as a requester.
 */
import { Op, col, fn, literal, type Transaction } from 'sequelize';
import type { Feedback as FeedbackShape, PublicProfile } from '../../sdk/schemas/users.ts';
import type { Ctx } from '../context.ts';
import { Application, Feedback, Membership, Organisation, User } from '../db/models/index.ts';
import { NotFound } from '../errors.ts';
import { currentUserId } from './access.ts';
import { lookupPlace } from './places.ts';

/** How many feedback entries a profile shows, newest first. */
const FEEDBACK_ON_PROFILE = 10;

export interface Rating {
  average: number | null;
  count: number;
}

/** Approved assignments per user: a task counts as completed once the requester approved it. */
export async function completedTaskCounts(
  userIds: number[],
  t?: Transaction,
): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const rows = (await Application.findAll({
    attributes: ['userId', [fn('COUNT', col('id')), 'n']],
    where: { userId: { [Op.in]: userIds }, approvedAt: { [Op.ne]: null } },
    group: ['userId'],
    raw: true,
    transaction: t,
  })) as unknown as { userId: number; n: number | string }[];
  return new Map(rows.map((r) => [Number(r.userId), Number(r.n)]));
}

/** Average rating (two decimals) and count of the feedback each user received, both directions. */
export async function ratings(userIds: number[], t?: Transaction): Promise<Map<number, Rating>> {
  const result = new Map<number, Rating>(userIds.map((id) => [id, { average: null, count: 0 }]));
  if (userIds.length === 0) return result;
  const rows = (await Feedback.findAll({
    attributes: ['toUserId', [fn('SUM', col('rating')), 'total'], [fn('COUNT', col('id')), 'n']],
    where: { toUserId: { [Op.in]: userIds } },
    group: ['toUserId'],
    raw: true,
    transaction: t,
  })) as unknown as { toUserId: number; total: number | string; n: number | string }[];
  for (const r of rows) {
    const count = Number(r.n);
    result.set(Number(r.toUserId), {
      average: count > 0 ? Math.round((Number(r.total) / count) * 100) / 100 : null,
      count,
    });
  }
  return result;
}

export function presentFeedback(f: Feedback, from: User, to: User): FeedbackShape {
  return {
    id: f.id,
    taskId: f.taskId,
    applicationId: f.applicationId,
    direction: f.direction,
    rating: f.rating,
    text: f.text,
    from: { id: from.id, name: from.name },
    to: { id: to.id, name: to.name },
    createdAt: f.createdAt.toISOString(),
  };
}

export async function getPublicProfile(ctx: Ctx, id: number): Promise<PublicProfile> {
  const user = await User.findByPk(id);
  // An erased account has no profile: its records elsewhere name "a former user".
  if (!user || user.erasedAt) throw new NotFound('user');
  const [memberships, completed, rating, feedback] = await Promise.all([
    Membership.findAll({
      where: { userId: id },
      include: [{ model: Organisation, as: 'organisation' }],
      order: [['id', 'ASC']],
    }),
    completedTaskCounts([id]),
    ratings([id]),
    // Feedback on a group-only task would tell the public that the task exists and who did it:
    // such entries are left out of the list (they still count in the rating, which names no task).
    Feedback.findAll({
      where: {
        toUserId: id,
        taskId: { [Op.notIn]: literal('(SELECT id FROM tasks WHERE group_id IS NOT NULL)') },
      },
      include: [{ model: User, as: 'from' }],
      order: [
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: FEEDBACK_ON_PROFILE,
    }),
  ]);
  const place = user.postalCode ? lookupPlace(user.postalCode) : null;
  const showCv = user.cvPublic || currentUserId(ctx) === user.id;
  return {
    id: user.id,
    name: user.name,
    helperType: user.helperType as PublicProfile['helperType'],
    bio: user.bio,
    postalCode: user.postalCode,
    municipality: place?.municipality.name ?? null,
    region: place?.region.name ?? null,
    organisations: memberships.map((m) => {
      const org = (m as Membership & { organisation: Organisation }).organisation;
      return { id: org.id, name: org.name, kind: org.kind };
    }),
    completedTasks: completed.get(id) ?? 0,
    rating: rating.get(id)!,
    feedback: feedback.map((f) => presentFeedback(f, (f as Feedback & { from: User }).from, user)),
    cv: showCv
      ? {
          languages: user.languages,
          skills: user.skills,
          experience: user.experience,
          videoUrl: user.videoUrl,
          linkedinUrl: user.linkedinUrl,
        }
      : null,
  };
}

import * as z from 'zod';
import { Id, Timestamp, UserRef } from './common.ts';
import { ApplicationStatus, AssignmentStatus, Task } from './tasks.ts';
import { Feedback } from './users.ts';

/** How many closed items (history, declined and withdrawn applications) each list keeps: the newest. */
export const WORK_HISTORY_LIMIT = 50;

const Assignment = z.object({
  status: AssignmentStatus,
  doneAt: Timestamp.nullable(),
  approvedAt: Timestamp.nullable(),
  actualHours: z.number().nullable(),
});

/**
 * What the helper is expected to do next: `mark_done` once the work is done, `give_feedback` to
 * the requester once approved; the rest only wait (`wait_for_selection`, `wait_for_approval`) or
 * are over (`none`).
 */
export const HelperNext = z.enum([
  'wait_for_selection',
  'mark_done',
  'wait_for_approval',
  'give_feedback',
  'none',
]);
export type HelperNext = z.infer<typeof HelperNext>;

/** One of my applications, with its task and, once selected, the assignment and its feedback. */
export const HelperWorkItem = z.object({
  task: Task,
  application: z.object({
    id: Id,
    status: ApplicationStatus,
    message: z.string(),
    createdAt: Timestamp,
  }),
  assignment: Assignment.nullable(),
  next: HelperNext,
  /** From the requester to me. */
  feedbackReceived: Feedback.nullable(),
  /** From me to the requester. */
  feedbackGiven: Feedback.nullable(),
});
export type HelperWorkItem = z.infer<typeof HelperWorkItem>;

/**
 * What a task of my organisation needs from us: applicants to review, applications to close
 * (someone is selected and the task still takes applications), work marked done to approve, and
 * feedback to give a helper whose work was approved without it.
 */
export const RequesterNeed = z.enum([
  'review_applicants',
  'close_applications',
  'approve',
  'give_feedback',
]);
export type RequesterNeed = z.infer<typeof RequesterNeed>;

/** A task of one of my organisations, with its applicant numbers and its selected helpers. */
export const RequesterWorkItem = z.object({
  task: Task,
  pendingApplications: z.number().int().nonnegative(),
  helpers: z.array(
    z.object({
      applicationId: Id,
      helper: UserRef,
      assignment: Assignment,
      /** From us to the helper. */
      feedbackGiven: Feedback.nullable(),
      /** From the helper to us. */
      feedbackReceived: Feedback.nullable(),
    }),
  ),
  needs: z.array(RequesterNeed),
});
export type RequesterWorkItem = z.infer<typeof RequesterWorkItem>;

const count = z.number().int().nonnegative();

/**
 * Everything the signed-in user has going on, both roles, in one answer: Meneillään, Historia and
 * what Etusivu shows as needing attention. Items are newest first; each is in one list only.
 */
export const MyWork = z.object({
  helper: z.object({
    /** Applications not (or not yet) selected: all pending ones, the newest declined and withdrawn. */
    applications: z.array(HelperWorkItem),
    /** Selected, not yet approved, on a task that goes on. */
    assignments: z.array(HelperWorkItem),
    /** Approved, or on a task that was cancelled; the newest. */
    history: z.array(HelperWorkItem),
  }),
  requester: z.object({
    /** Tasks of my organisations that are waiting for verification, open or assigned. */
    ongoing: z.array(RequesterWorkItem),
    /** Completed and cancelled tasks of my organisations; the newest. */
    history: z.array(RequesterWorkItem),
  }),
  /** How many items need the user's action, by what they need: Etusivu's badges. */
  counts: z.object({
    helper: z.object({ markDone: count, giveFeedback: count }),
    requester: z.object({
      reviewApplicants: count,
      closeApplications: count,
      approve: count,
      giveFeedback: count,
    }),
    /** Every item that needs an action, counted once. */
    attention: count,
  }),
});
export type MyWork = z.infer<typeof MyWork>;

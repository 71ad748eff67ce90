import * as z from 'zod';
import { Id, Rating, Timestamp, UserRef } from './common.ts';
import { HelperType } from './users.ts';

/** How many suggestions to answer (the best first); at most 20. */
export const SuggestedHelpersQuery = z.object({
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
export type SuggestedHelpersQuery = z.input<typeof SuggestedHelpersQuery>;

/**
 * Why a person fits the task: the facts each factor of the score was computed from, so that a
 * page can say it in a line ("Kirjanpito · 12 km · suomi, ruotsi · ★ 4.8").
 */
export const SuggestionReasons = z.object({
  /** `chosen`: the task's category is one they chose; `any`: they chose none (all fit). */
  category: z.enum(['chosen', 'any']),
  /** Their skills that the task's title or details mention. */
  skills: z.array(z.string()),
  /** Kilometres from their postal code to the task's; null when remote or not known. */
  distanceKm: z.number().nullable(),
  /** The task may be done remotely. */
  remote: z.boolean(),
  /** The languages they listed. */
  languages: z.array(z.string()),
  /** Whether they listed the requester's language. */
  speaksRequesterLanguage: z.boolean(),
  /** Signed in or used the service in the last 30 days. */
  activeRecently: z.boolean(),
});
export type SuggestionReasons = z.infer<typeof SuggestionReasons>;

/** One suggested helper: what a requester needs to decide whether to invite them. */
export const SuggestedHelper = z.object({
  user: z.object({
    id: Id,
    name: z.string(),
    helperType: HelperType.nullable(),
    municipality: z.string().nullable(),
    completedTasks: z.number().int().nonnegative(),
    rating: Rating,
  }),
  /** 0–100, higher fits better (README, "Suggested helpers", says how it is computed). */
  score: z.number(),
  reasons: SuggestionReasons,
});
export type SuggestedHelper = z.infer<typeof SuggestedHelper>;

/** How many invitations the task may still send. */
export const InvitationAllowance = z.object({
  sent: z.number().int().nonnegative(),
  limit: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative(),
});
export type InvitationAllowance = z.infer<typeof InvitationAllowance>;

/** An invitation to apply, as the requesting organisation sees it. */
export const TaskInvitation = z.object({
  id: Id,
  taskId: Id,
  user: UserRef,
  invitedBy: UserRef.nullable(),
  createdAt: Timestamp,
  /** When the invited person applied; null until they do. */
  acceptedAt: Timestamp.nullable(),
});
export type TaskInvitation = z.infer<typeof TaskInvitation>;

export const SuggestedHelpers = z.object({
  data: z.array(SuggestedHelper),
  invitations: InvitationAllowance,
  /** Everyone already invited to this task, first invited first. */
  invited: z.array(TaskInvitation),
});
export type SuggestedHelpers = z.infer<typeof SuggestedHelpers>;

export const InvitationCreate = z.object({ userId: Id }).strict();
export type InvitationCreate = z.infer<typeof InvitationCreate>;

export const InvitationResult = z.object({
  invitation: TaskInvitation,
  /** False when this person had been invited already: nothing was sent again. */
  created: z.boolean(),
  invitations: InvitationAllowance,
});
export type InvitationResult = z.infer<typeof InvitationResult>;

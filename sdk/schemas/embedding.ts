/**
 * Using Tehostamo from other sites: pro bono programmes, confirming a visitor's help request, and
 * the requests to join an organisation that visitors leave behind.
 */
import * as z from 'zod';
import { CategorySlug } from './categories.ts';
import { Id, OrganisationRef, Timestamp } from './common.ts';
import { Task, VerificationReference } from './tasks.ts';

/**
 * A company's pro bono programme: what its employees' feed (and its publishable key) shows.
 * A requesting organisation is in when it is listed in `organisations` OR its sector is listed in
 * `sectors`; the task must then also be in one of `categories` and located in one of `regions`.
 * An empty list leaves that dimension unrestricted (both organisation lists empty: every
 * organisation). Tasks targeted at the company's groups are shown besides, to those who may see
 * them (the group's members).
 */
export const ProBonoProgramme = z.object({
  organisation: OrganisationRef,
  /** Sectors (toimiala) of requesting organisations, as organisations spell them. */
  sectors: z.array(z.string()),
  organisations: z.array(OrganisationRef),
  categories: z.array(CategorySlug),
  /** Regions (maakunta) where tasks are located; a task with no postal code is in none. */
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Why the company aims its help so: a public statement. */
  justification: z.string(),
  /** The company's pro bono group: employees join it by invitation or its code. */
  group: z
    .object({ id: Id, name: z.string(), memberCount: z.number().int().nonnegative() })
    .nullable(),
  /** Null until the company first states its programme. */
  updatedAt: Timestamp.nullable(),
});
export type ProBonoProgramme = z.infer<typeof ProBonoProgramme>;

const unique = <T>(list: T[]) => [...new Set(list)];

/** The whole programme, replaced at once. */
export const ProBonoUpdate = z
  .object({
    sectors: z.array(z.string().trim().min(1).max(100)).max(50).default([]).transform(unique),
    organisationIds: z.array(Id).max(500).default([]).transform(unique),
    categories: z.array(CategorySlug).max(50).default([]).transform(unique),
    /** Region codes or names, Finnish or Swedish ("FI1B1", "Helsinki-Uusimaa", "Helsingfors-Nyland"). */
    regions: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
    justification: z.string().trim().max(5000).default(''),
    /** A group the company owns; null for none. */
    groupId: Id.nullable().default(null),
  })
  .strict();
export type ProBonoUpdate = z.input<typeof ProBonoUpdate>;

/**
 * The organisation behind the publishable key a request carries, and which view its key gives:
 * `pro_bono` (a company's programme), `umbrella` (its own and its member organisations' tasks)
 * or `own` (its own tasks). A site uses it to say whose requests it shows or sends.
 */
export const PublishableKeyInfo = z.object({
  organisation: OrganisationRef,
  view: z.enum(['pro_bono', 'umbrella', 'own']),
  /** Whether a visitor who confirms a request becomes a member at once (else an admin decides). */
  autoJoin: z.boolean(),
});
export type PublishableKeyInfo = z.infer<typeof PublishableKeyInfo>;

/**
 * The six-digit code emailed to a visitor who asked for help, and the request's reference (the
 * `verificationReference` of the answer that created it, also in the emailed link): without the
 * right reference nobody reaches the code, so a stranger cannot spend the visitor's tries.
 */
export const TaskVerify = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'the code is six digits'),
    reference: VerificationReference.optional(),
  })
  .strict();

export const VisitorVerification = z.object({
  /** The task, now published. */
  task: Task,
  /**
   * Where the visitor now stands with the organisation: a `member` (they were, or the key lets
   * visitors join at once), `pending_approval` (an admin decides), or `not_member` (an admin
   * declined an earlier request).
   */
  membership: z.enum(['member', 'pending_approval', 'not_member']),
});
export type VisitorVerification = z.infer<typeof VisitorVerification>;

export const JoinRequestStatus = z.enum(['pending', 'approved', 'declined']);

export const JoinRequest = z.object({
  id: Id,
  organisationId: Id,
  user: z.object({ id: Id, name: z.string(), email: z.string() }),
  status: JoinRequestStatus,
  /** The help request the person sent when they asked. */
  task: z.object({ id: Id, title: z.string() }).nullable(),
  createdAt: Timestamp,
  decidedAt: Timestamp.nullable(),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

export const JoinRequestListQuery = z.object({
  status: JoinRequestStatus.default('pending'),
});

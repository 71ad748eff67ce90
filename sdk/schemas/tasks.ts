import * as z from 'zod';
import { CategorySlug } from './categories.ts';
import {
  Email,
  Id,
  IdParam,
  Lang,
  OrganisationRef,
  PageQuery,
  Place,
  PostalCode,
  SearchText,
  Timestamp,
  UserRef,
} from './common.ts';
import { GroupCode } from './groups.ts';
import { ApplicantSummary } from './users.ts';

export const TaskStatus = z.enum([
  'pending_verification',
  'open',
  'assigned',
  'completed',
  'cancelled',
  /** Closed by the service: its schedule passed long ago and nobody was selected. */
  'expired',
]);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** Estimated or actual hours: at least half an hour, in half-hour steps. */
export const Hours = z
  .number()
  .min(0.5)
  .max(1000)
  .refine((h) => Number.isInteger(h * 2), 'hours go in steps of 0.5');

export const Schedule = z
  .object({
    text: z.string().trim().min(1).max(200).nullable().optional(),
    startsAt: Timestamp.nullable().optional(),
    endsAt: Timestamp.nullable().optional(),
  })
  .strict()
  .refine((s) => Boolean(s.text) || Boolean(s.startsAt), {
    message: 'give the schedule as text or as a start time',
  })
  .refine((s) => !s.startsAt || !s.endsAt || s.startsAt <= s.endsAt, {
    message: 'the end is before the start',
    path: ['endsAt'],
  });

export const Task = z.object({
  id: Id,
  status: TaskStatus,
  organisation: OrganisationRef.extend({
    /** On one task's page (`GET /tasks/:id`): whether it has a listing in the directory. */
    listed: z.boolean().optional(),
  }),
  category: CategorySlug,
  title: z.string(),
  details: z.string(),
  /** Internal to the requesting organisation: null for everyone else. */
  accountingReference: z.string().nullable(),
  location: Place.nullable(),
  remote: z.boolean(),
  schedule: z.object({
    text: z.string().nullable(),
    startsAt: Timestamp.nullable(),
    endsAt: Timestamp.nullable(),
  }),
  estimatedHours: z.number(),
  helpersWanted: z.number().int().positive(),
  selectedCount: z.number().int().nonnegative(),
  applicationsOpen: z.boolean(),
  group: z.object({ id: Id, name: z.string() }).nullable(),
  requester: UserRef.nullable(),
  /** Kilometres from the point the feed was searched around, when it was. */
  distanceKm: z.number().nullable().optional(),
  viewer: z.object({
    canManage: z.boolean(),
    application: z.object({ id: Id, status: z.string() }).nullable(),
  }),
  createdAt: Timestamp,
  publishedAt: Timestamp.nullable(),
  cancelledAt: Timestamp.nullable(),
  /** Why it was cancelled: for the requesting organisation and the people who applied. */
  cancelReason: z.string().nullable().default(null),
  completedAt: Timestamp.nullable(),
  /**
   * Only in the answer that created a visitor's help request: the unguessable reference that
   * confirming it needs (`POST /tasks/:id/verify`), besides the emailed code.
   */
  verificationReference: z.string().optional(),
});
export type Task = z.infer<typeof Task>;

/** A visitor's help request's reference: 24 characters of base64url. */
export const VerificationReference = z.string().regex(/^[A-Za-z0-9_-]{16,32}$/, 'not a reference');

/** A person who is not signed in, asking through an organisation's publishable key. */
export const Visitor = z
  .object({
    email: Email,
    name: z.string().trim().min(1).max(120),
    /** Language of the confirmation email; Finnish when not given. */
    lang: Lang.optional(),
  })
  .strict();
export type Visitor = z.input<typeof Visitor>;

const taskFields = {
  category: CategorySlug,
  title: z.string().trim().min(5).max(140),
  details: z.string().trim().max(5000).default(''),
  accountingReference: z.string().trim().max(60).nullable().optional(),
  postalCode: PostalCode.nullable().optional(),
  remote: z.boolean().default(true),
  schedule: Schedule,
  estimatedHours: Hours,
  helpersWanted: z.number().int().min(1).max(50).default(1),
};

export const TaskCreate = z
  .object({
    ...taskFields,
    /** Which organisation asks; may be left out when the caller belongs to exactly one. */
    organisationId: Id.optional(),
    /** Target a group by its join code: then only the group sees the task. */
    groupCode: GroupCode.nullable().optional(),
    /**
     * Who asks, when nobody is signed in and the call carries a publishable key: the task waits
     * for this address to confirm an emailed code. Ignored for a signed-in user.
     */
    visitor: Visitor.optional(),
    /** Leave empty. A form field people never see; one that comes filled was filled by a bot. */
    website: z.string().max(500).optional(),
  })
  .strict()
  .refine((t) => t.remote || Boolean(t.postalCode), {
    message: 'a task that cannot be done remotely needs a postal code',
    path: ['postalCode'],
  });
export type TaskCreate = z.input<typeof TaskCreate>;

export const TaskUpdate = z
  .object({
    category: taskFields.category,
    title: taskFields.title,
    details: z.string().trim().max(5000),
    accountingReference: taskFields.accountingReference,
    postalCode: taskFields.postalCode,
    remote: z.boolean(),
    schedule: Schedule,
    estimatedHours: Hours,
    // No default here: zod fills defaults even in optional fields, so an edit of anything
    // else would reset the number of helpers to 1.
    helpersWanted: z.number().int().min(1).max(50),
  })
  .partial()
  .strict();
export type TaskUpdate = z.input<typeof TaskUpdate>;

const bool = z.stringbool();
const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(20));

/** Filters of the task feed. Query-string form: the server parses, the SDK serialises. */
export const TaskListQuery = PageQuery.extend({
  category: csv(CategorySlug).optional(),
  remote: bool.optional(),
  region: z.string().trim().min(1).max(60).optional(),
  municipality: z.string().trim().min(1).max(60).optional(),
  postalCode: PostalCode.optional(),
  radiusKm: z.coerce.number().int().min(0).max(1000).optional(),
  organisationId: IdParam.optional(),
  groupId: IdParam.optional(),
  /** Only the tasks company N's pro bono programme shows (what its publishable key gives). */
  proBonoOf: IdParam.optional(),
  q: SearchText(100).optional(),
  status: csv(TaskStatus).optional(),
}).refine((q) => q.radiusKm === undefined || q.postalCode !== undefined, {
  message: 'a radius needs a postal code',
  path: ['radiusKm'],
});
export type TaskListQuery = z.output<typeof TaskListQuery>;
export type TaskListFilter = Partial<TaskListQuery>;

export const TaskCancel = z.object({ reason: z.string().trim().max(1000).optional() }).strict();

export const ApplicationStatus = z.enum(['pending', 'selected', 'declined', 'withdrawn']);
export const AssignmentStatus = z.enum(['selected', 'done', 'approved']);

export const Application = z.object({
  id: Id,
  taskId: Id,
  status: ApplicationStatus,
  message: z.string(),
  applicant: ApplicantSummary,
  assignment: z
    .object({
      status: AssignmentStatus,
      doneAt: Timestamp.nullable(),
      approvedAt: Timestamp.nullable(),
      actualHours: z.number().nullable(),
    })
    .nullable(),
  createdAt: Timestamp,
});
export type Application = z.infer<typeof Application>;

export const ApplicationCreate = z.object({ message: z.string().trim().min(1).max(2000) }).strict();

export const SelectResult = z.object({
  application: Application,
  task: Task,
  /** Whether the task still takes more helpers: the "select more?" question. */
  canSelectMore: z.boolean(),
});

export const CloseResult = z.object({ task: Task, thanked: z.number().int().nonnegative() });

export const FeedbackInput = z.object({
  rating: z.number().int().min(1).max(5),
  text: z.string().trim().max(2000).default(''),
});

export const AssignmentApprove = z
  .object({ actualHours: Hours, feedback: FeedbackInput.strict().optional() })
  .strict();

export const FeedbackCreate = FeedbackInput.extend({ applicationId: Id }).strict();

export const Message = z.object({
  id: Id,
  taskId: Id,
  author: UserRef,
  body: z.string(),
  createdAt: Timestamp,
});
export type Message = z.infer<typeof Message>;

export const MessageCreate = z.object({ body: z.string().trim().min(1).max(5000) }).strict();
export const MessageListQuery = PageQuery.extend({
  /** Messages after this id, oldest first: for polling a thread. */
  after: z.coerce.number().int().nonnegative().optional(),
});

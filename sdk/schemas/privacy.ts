import * as z from 'zod';
import { Id, Page, PageQuery, Timestamp } from './common.ts';

/** Security-relevant events the audit log records. */
export const AuditKind = z.enum([
  'signed_in',
  'signed_out',
  'member_added',
  'member_removed',
  'role_changed',
  'api_key_created',
  'api_key_rotated',
  'api_key_revoked',
  'data_exported',
  'organisation_exported',
  'erasure_requested',
  'account_erased',
  'closure_requested',
  'organisation_closed',
  'inactivity_warned',
]);
export type AuditKind = z.infer<typeof AuditKind>;

/**
 * One event of the audit log. `userId` is the person it concerns, `organisationId` the
 * organisation; `actor` who did it (a person, an organisation's secret key, or the service
 * itself). `details` holds ids and kinds only, never names or addresses.
 */
export const AuditEvent = z.object({
  id: Id,
  kind: AuditKind,
  userId: Id.nullable(),
  organisationId: Id.nullable(),
  actor: z.object({
    kind: z.enum(['user', 'secret_key', 'service']),
    userId: Id.nullable(),
    keyId: Id.nullable(),
  }),
  /** The client's IP address, for events a person caused (sign-ins above all). */
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  createdAt: Timestamp,
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditQuery = PageQuery;
export const AuditPage = Page(AuditEvent);

/** One stored record, every column of it that is about the person (never hashes or locks). */
const Row = z.record(z.string(), z.unknown());
const Rows = z.array(Row);

/**
 * Everything stored about the signed-in person (GDPR Art. 15 and 20), as one JSON document.
 * Each section is a list of records with their stored fields; other people appear only by the
 * id and name their public profile shows anyway.
 */
export const PersonalExport = z.object({
  format: z.literal('tehostamo-personal-export/1'),
  exportedAt: Timestamp,
  profile: Row,
  organisations: Rows,
  groups: Rows,
  joinRequests: Rows,
  tasksPosted: Rows,
  applications: Rows,
  assignments: Rows,
  hours: z.object({ approvedAssignments: z.number().int(), actualHours: z.number() }),
  messages: Rows,
  /** How far the person has read each task's chat. */
  chatReadMarks: Rows,
  feedbackGiven: Rows,
  feedbackReceived: Rows,
  signIns: Rows,
  sessions: Rows,
  emails: Rows,
  visitorRequests: Rows,
  apiKeysCreated: Rows,
  /** Emailed links to edit an organisation's directory listing, sent to the person's address. */
  directoryEditLinks: Rows,
  /** Which alerts the person gets, and how often. */
  alertSettings: Rows,
  /** Requesters' invitations to apply to a task. */
  taskInvitations: Rows,
  audit: Rows,
});
export type PersonalExport = z.infer<typeof PersonalExport>;

/** Everything stored about an organisation, for its admins. */
export const OrganisationExport = z.object({
  format: z.literal('tehostamo-organisation-export/1'),
  exportedAt: Timestamp,
  organisation: Row,
  members: Rows,
  umbrellas: Rows,
  memberOrganisations: Rows,
  apiKeys: Rows,
  groups: Rows,
  proBono: Row.nullable(),
  tasks: Rows,
  applications: Rows,
  messages: Rows,
  feedback: Rows,
  joinRequests: Rows,
  visitorRequests: Rows,
  /** The organisation's directory listing (its private contact too), services and edit links. */
  directory: z.object({ listing: Row.nullable(), services: Rows, editLinks: Rows }),
  audit: Rows,
});
export type OrganisationExport = z.infer<typeof OrganisationExport>;

/** A confirmation code was emailed to the signed-in person's address. */
export const ConfirmationRequested = z.object({ expiresInSeconds: z.number().int() });

export const ConfirmWithCode = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'the code is six digits'),
  })
  .strict();
export type ConfirmWithCode = z.input<typeof ConfirmWithCode>;

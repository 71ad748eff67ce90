/**
 * Every model that names a person (by id, address, phone or IP), and what the export, the
 * erasure and retention do with it. A test (test/server/privacy.test.ts) fails when a model with
 * such a column is missing here: whoever adds a table that holds personal data decides, in this
 * one place, how a person gets it out and how it goes away, and then makes exports.ts,
 * erasure.ts and jobs/retention.ts do so.
 */
export interface PersonalDataRule {
  /** Where `GET /me/export` has it, or why it does not. */
  export: string;
  /** What erasing the person does to it. */
  erasure: string;
  /** When it goes anyway, if it does. */
  retention?: string;
}

export const PERSONAL_DATA: Record<string, PersonalDataRule> = {
  User: { export: 'profile', erasure: 'emptied; a placeholder address, "a former user"' },
  AuthCode: {
    export: 'not exported: hashed codes valid ten minutes',
    erasure: 'deleted',
    retention: 'once expired or used',
  },
  ConfirmationCode: {
    export: 'not exported: hashed codes valid ten minutes',
    erasure: 'deleted',
    retention: 'once expired or used',
  },
  AccessToken: { export: 'sessions', erasure: 'deleted', retention: 'once expired or revoked' },
  Membership: { export: 'organisations', erasure: 'deleted' },
  AffiliationInvitation: {
    export: "not exported: the organisation's record; names the inviting admin by id only",
    erasure: 'kept (id only)',
  },
  ApiKey: { export: 'apiKeysCreated', erasure: "kept: the organisation's key (creator by id)" },
  Group: { export: 'groups (the group)', erasure: 'kept (creator by id)' },
  GroupMember: { export: 'groups', erasure: 'deleted (by address)' },
  Task: {
    export: 'tasksPosted',
    erasure: 'open ones pass to an admin of the organisation; others keep "a former user"',
  },
  Application: {
    export: 'applications, assignments, hours',
    erasure: 'texts emptied; pending withdrawn; unapproved assignments released',
  },
  Feedback: {
    export: 'feedbackGiven, feedbackReceived',
    erasure: 'texts they gave emptied (ratings stay); received stays',
  },
  Message: { export: 'messages', erasure: 'replaced by a notice' },
  MessageRead: { export: 'chatReadMarks', erasure: 'deleted' },
  OutboxMessage: {
    export: 'emails (no bodies: codes)',
    erasure: 'mail to them and sent copies quoting them deleted',
    retention: 'sent, failed or uncertain: after OUTBOX_RETENTION_DAYS',
  },
  VisitorRequest: {
    export: 'visitorRequests',
    erasure: 'deleted, unconfirmed ones with their tasks',
    retention: 'unconfirmed: when they expire',
  },
  JoinRequest: { export: 'joinRequests', erasure: 'deleted' },
  ProBonoProgramme: {
    export: "not exported: the company's record",
    erasure: 'kept (editor by id)',
  },
  DirectoryListing: {
    export: "not exported: the organisation's listing (in its export)",
    erasure: 'their address removed as contact or internal contact',
  },
  DirectoryEditLink: {
    export: 'directoryEditLinks',
    erasure: 'deleted',
    retention: 'once expired or used',
  },
  AlertSetting: { export: 'alertSettings', erasure: 'deleted (by address)' },
  TaskInvitation: {
    export: 'taskInvitations (received)',
    erasure: 'those to them deleted; those they sent kept (inviter by id)',
  },
  AuditEvent: {
    export: 'audit, signIns',
    erasure: 'their own deleted; the erasure itself recorded by id',
    retention: 'after AUDIT_RETENTION_DAYS',
  },
};

/** Column names that make a model hold personal data. */
export const PERSONAL_COLUMN =
  /^(email|toEmail|phone|ip|internalContact)$|(UserId|userId|ById|authorId)$/;

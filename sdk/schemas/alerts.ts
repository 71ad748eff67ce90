import * as z from 'zod';

/** How often a person hears of something: at once, in a daily or weekly digest, or never. */
export const AlertFrequency = z.enum(['immediate', 'daily', 'weekly', 'never']);
export type AlertFrequency = z.infer<typeof AlertFrequency>;

/** For the kinds that come one at a time, never in a digest: on or off. */
export const AlertSwitch = z.enum(['immediate', 'never']);
export type AlertSwitch = z.infer<typeof AlertSwitch>;

/**
 * What a person is told, per kind of message. Each kind is one unsubscribe link's worth: the link
 * in an email turns off exactly its own kind (sets it to `never`).
 * - `newTasks`: public tasks that fit the helper (categories, remote or within their radius);
 * - `groupTasks`: tasks posted to a group they belong to;
 * - `invitations`: a requester inviting them to apply (off: they are never suggested at all);
 * - the reminders to act on a task: `applicantsWaiting` (applicants not reviewed),
 *   `applicationsOverdue` (applications still open after the schedule), `doneOverdue` (a selected
 *   helper has not marked done), `approvalOverdue` (done, not approved), `noApplicants`.
 */
export const AlertSettings = z.object({
  newTasks: AlertFrequency,
  groupTasks: AlertFrequency,
  invitations: AlertSwitch,
  applicantsWaiting: AlertSwitch,
  applicationsOverdue: AlertSwitch,
  doneOverdue: AlertSwitch,
  approvalOverdue: AlertSwitch,
  noApplicants: AlertSwitch,
});
export type AlertSettings = z.infer<typeof AlertSettings>;
export type AlertKind = keyof AlertSettings;
export const ALERT_KINDS = Object.keys(AlertSettings.shape) as AlertKind[];

/** What a person gets before they choose anything. */
export const DEFAULT_ALERTS: AlertSettings = {
  newTasks: 'daily',
  groupTasks: 'immediate',
  invitations: 'immediate',
  applicantsWaiting: 'immediate',
  applicationsOverdue: 'immediate',
  doneOverdue: 'immediate',
  approvalOverdue: 'immediate',
  noApplicants: 'immediate',
};

/**
 * A user's private calendar feed (iCalendar). The address holds its own secret token: it is
 * answered only when made (`POST /me/calendar`), since the server keeps only a hash of it.
 */
export const CalendarFeed = z.object({
  /** The new address, in the answer that made it; otherwise null. */
  url: z.string().nullable(),
  /** Whether an address is in use (making a new one stops the one before). */
  active: z.boolean(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;

/**
 * Who is on a task's chat, with their contact details for those allowed, and how far each reader
 * has read the thread.
 */
import * as z from 'zod';
import { Id, OrganisationRef } from './common.ts';
import { AssignmentStatus } from './tasks.ts';

/** How to reach a person: given only to the other side of a match (see `TaskParticipants`). */
export const Contact = z.object({ email: z.string(), phone: z.string().nullable() });
export type Contact = z.infer<typeof Contact>;

export const Participant = z.object({
  id: Id,
  name: z.string(),
  /** `null` where the caller may not see it. */
  contact: Contact.nullable(),
});
export type Participant = z.infer<typeof Participant>;

/**
 * The people on a task once helpers are selected. The requesting organisation's members see every
 * selected helper's contact; a selected helper sees the requester's (and their own). Contact
 * details are shared from the selection on, also after the task is completed, and withdrawn when
 * the task is cancelled (`contactsShared: false`, every `contact` null).
 */
export const TaskParticipants = z.object({
  taskId: Id,
  organisation: OrganisationRef,
  /** The member who posted the task. */
  requester: Participant,
  helpers: z.array(Participant.extend({ applicationId: Id, assignment: AssignmentStatus })),
  /** Which side of the match the caller is on. */
  viewerSide: z.enum(['organisation', 'helper']),
  contactsShared: z.boolean(),
});
export type TaskParticipants = z.infer<typeof TaskParticipants>;

/** How far the signed-in reader has read a task's thread, kept per person and task. */
export const ReadState = z.object({
  /** The last message the reader has seen; `null` before they have seen any. */
  lastReadId: Id.nullable(),
  /** Messages after it written by others. */
  unread: z.number().int().nonnegative(),
});
export type ReadState = z.infer<typeof ReadState>;

export const ReadStateUpdate = z.object({ lastReadId: Id }).strict();

/**
 * Every public event of the widgets, in one typed map. Domain events are `tehostamo-*`
 * CustomEvents that bubble and are composed, so a page can listen on any ancestor, through
 * shadow roots. Form controls inside the widgets fire the native `input` and `change` events.
 */
import type { Group, GroupMember } from '../sdk/schemas/groups.ts';
import type { DirectoryService, EditableListing } from '../sdk/schemas/directory.ts';
import type { MyWork } from '../sdk/schemas/work.ts';
import type { Application, Message, Task } from '../sdk/schemas/tasks.ts';
import type { TaskInvitation } from '../sdk/schemas/suggestions.ts';
import type { Feedback, Me } from '../sdk/schemas/users.ts';
import type { TehostamoClient } from './context.ts';

export interface TehostamoEventMap {
  /** A task was opened from the list. */
  'tehostamo-task-select': { task: Task };
  /** An application was sent from a task's details. */
  'tehostamo-application-sent': { task: Task; application: Application };
  /** The request form published a task. */
  'tehostamo-task-created': { task: Task };
  /** The request form moved to another step (1, 2 or 3). */
  'tehostamo-step-change': { step: number };
  /** An applicant was selected; `canSelectMore` is the answer to "select more?". */
  'tehostamo-applicant-selected': { task: Task; application: Application; canSelectMore: boolean };
  /** A pending applicant was declined; they got a thank-you note. */
  'tehostamo-applicant-declined': { task: Task; application: Application };
  /** Applications were closed; `thanked` applicants got a thank-you note. */
  'tehostamo-applications-closed': { task: Task; thanked: number };
  /**
   * Someone signed in inline. `<tehostamo-provider>` hands the signed-in client to every widget;
   * a page that provides its own client can take `client` over.
   */
  'tehostamo-sign-in': { user: Me; client: TehostamoClient };
  /** The user signed out. */
  'tehostamo-sign-out': Record<string, never>;
  /** A `<tehostamo-dialog>` closed; cancelling the event says the listener placed the focus. */
  'tehostamo-dialog-close': { returnValue: string };
  /** The task page loaded its task (again): whose page it is shows in `detail.task.viewer`. */
  'tehostamo-task-loaded': { task: Task };
  /** The task page saved an edit of the task. */
  'tehostamo-task-updated': { task: Task };
  /** The task was cancelled; `reason` was sent to its applicants and selected helpers. */
  'tehostamo-task-cancelled': { task: Task; reason: string };
  /** A selected helper marked their assignment done. */
  'tehostamo-assignment-done': { task: Task; application: Application };
  /** The requester approved an assignment with the actual hours (and feedback). */
  'tehostamo-assignment-approved': { task: Task; application: Application };
  /** Feedback was given on an assignment, either way. */
  'tehostamo-feedback-sent': { task: Task; feedback: Feedback };
  /** The applicant withdrew a pending application. */
  'tehostamo-application-withdrawn': { task: Task; application: Application };
  /** `<tehostamo-my-work>` loaded the person's work: what needs them, by kind (Etusivu's badges). */
  'tehostamo-work-loaded': { counts: MyWork['counts'] };
  /** `<tehostamo-chat>` sent a message and the server stored it (once, even after retries). */
  'tehostamo-message-sent': { taskId: number; message: Message };
  /** `<tehostamo-my-data>` downloaded the person's data. */
  'tehostamo-data-exported': { format: 'json' | 'html' };
  /** `<tehostamo-my-data>` erased the person's account (a `tehostamo-sign-out` follows). */
  'tehostamo-account-erased': Record<string, never>;
  /** `<tehostamo-groups>` created a group. */
  'tehostamo-group-created': { group: Group };
  /** The person joined a group with its code. */
  'tehostamo-group-joined': { group: Group };
  /** The person left a group. */
  'tehostamo-group-left': { group: Group };
  /** Members were added to a group (each got an invitation). */
  'tehostamo-group-members-added': { group: Group; members: GroupMember[] };
  /** A member was removed from a group by its organisation. */
  'tehostamo-group-member-removed': { group: Group; member: GroupMember };
  /** `<tehostamo-organisation>` saved a change: `what` names it (`details`, `members`, `pro-bono` …). */
  'tehostamo-organisation-changed': { organisationId: number; what: string };
  /**
   * The signed-in user's profile changed (the profile editor saved, the onboarding named them):
   * `<tehostamo-provider>` hands the new `user` to every widget.
   */
  'tehostamo-user-updated': { user: Me };
  /** `<tehostamo-onboarding>` is done: the person may go on where they were heading. */
  'tehostamo-onboarding-done': { user: Me };
  /** `<tehostamo-directory>` opened an organisation's listing (from a service card). */
  'tehostamo-listing-open': { organisationId: number; service?: DirectoryService };
  /** `<tehostamo-listing-editor>` saved the listing (`byLink`: with an emailed link, now used). */
  'tehostamo-listing-saved': { listing: EditableListing; byLink: boolean };
  /** The task page's suggested helpers sent an invitation to apply. */
  'tehostamo-helper-invited': { taskId: number; invitation: TaskInvitation };
  /** A call failed; the widget shows the error too. `action` names what was being done. */
  'tehostamo-error': { action: string; code: string; message: string };
}

export type TehostamoEventName = keyof TehostamoEventMap;
export type TehostamoEvent<K extends TehostamoEventName> = CustomEvent<TehostamoEventMap[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'tehostamo-task-select': TehostamoEvent<'tehostamo-task-select'>;
    'tehostamo-application-sent': TehostamoEvent<'tehostamo-application-sent'>;
    'tehostamo-task-created': TehostamoEvent<'tehostamo-task-created'>;
    'tehostamo-helper-invited': TehostamoEvent<'tehostamo-helper-invited'>;
    'tehostamo-step-change': TehostamoEvent<'tehostamo-step-change'>;
    'tehostamo-applicant-selected': TehostamoEvent<'tehostamo-applicant-selected'>;
    'tehostamo-applicant-declined': TehostamoEvent<'tehostamo-applicant-declined'>;
    'tehostamo-applications-closed': TehostamoEvent<'tehostamo-applications-closed'>;
    'tehostamo-sign-in': TehostamoEvent<'tehostamo-sign-in'>;
    'tehostamo-sign-out': TehostamoEvent<'tehostamo-sign-out'>;
    'tehostamo-dialog-close': TehostamoEvent<'tehostamo-dialog-close'>;
    'tehostamo-task-loaded': TehostamoEvent<'tehostamo-task-loaded'>;
    'tehostamo-task-updated': TehostamoEvent<'tehostamo-task-updated'>;
    'tehostamo-task-cancelled': TehostamoEvent<'tehostamo-task-cancelled'>;
    'tehostamo-assignment-done': TehostamoEvent<'tehostamo-assignment-done'>;
    'tehostamo-assignment-approved': TehostamoEvent<'tehostamo-assignment-approved'>;
    'tehostamo-feedback-sent': TehostamoEvent<'tehostamo-feedback-sent'>;
    'tehostamo-application-withdrawn': TehostamoEvent<'tehostamo-application-withdrawn'>;
    'tehostamo-work-loaded': TehostamoEvent<'tehostamo-work-loaded'>;
    'tehostamo-message-sent': TehostamoEvent<'tehostamo-message-sent'>;
    'tehostamo-group-created': TehostamoEvent<'tehostamo-group-created'>;
    'tehostamo-group-joined': TehostamoEvent<'tehostamo-group-joined'>;
    'tehostamo-group-left': TehostamoEvent<'tehostamo-group-left'>;
    'tehostamo-group-members-added': TehostamoEvent<'tehostamo-group-members-added'>;
    'tehostamo-group-member-removed': TehostamoEvent<'tehostamo-group-member-removed'>;
    'tehostamo-organisation-changed': TehostamoEvent<'tehostamo-organisation-changed'>;
    'tehostamo-user-updated': TehostamoEvent<'tehostamo-user-updated'>;
    'tehostamo-onboarding-done': TehostamoEvent<'tehostamo-onboarding-done'>;
    'tehostamo-error': TehostamoEvent<'tehostamo-error'>;
  }
}

/** Dispatches a typed, bubbling, composed event from `target`; returns false if cancelled. */
export function emit<K extends TehostamoEventName>(
  target: EventTarget,
  name: K,
  detail: TehostamoEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }),
  );
}

import { endpoints as e } from '../endpoints.ts';

/** Help requests and everything on them: applications, assignments, chat and feedback. */
export const tasks = {
  /** Tasks you may see, newest first. A list: await a page or `for await` every task. */
  list: e.listTasks,
  /** Post a help request. Safe to retry: it carries an idempotency key. */
  create: e.createTask,
  get: e.getTask,
  /** Confirm a visitor's help request with the emailed six-digit code: the task is published. */
  verify: e.verifyTask,
  /** Edit a task while it is open. */
  update: e.updateTask,
  cancel: e.cancelTask,
  /** Close applications: the task is assigned and the remaining applicants are thanked. */
  closeApplications: e.closeApplications,
  /** Helpers who fit an open task, best first, and the invitations it has sent (requesters). */
  suggestedHelpers: e.listSuggestedHelpers,
  /** Invite a suggested helper to apply: an email to them. Once per person; at most N per task. */
  invitations: {
    create: e.createInvitation,
  },
  applications: {
    list: e.listApplications,
    /** Apply to a task with a short message. */
    create: e.createApplication,
    withdraw: e.withdrawApplication,
    /** Select an applicant; the answer says whether more can be selected. */
    select: e.selectApplication,
    decline: e.declineApplication,
  },
  /** A selected application is an assignment. */
  assignments: {
    /** The selected helper marks the work done. */
    done: e.markDone,
    /** The requester approves with the actual hours (and may give feedback). */
    approve: e.approveAssignment,
  },
  feedback: {
    list: e.listFeedback,
    create: e.createFeedback,
  },
  /** The task's chat between the requesting organisation and the selected helpers. */
  messages: {
    list: e.listMessages,
    create: e.createMessage,
    /** How far you have read the thread, and how many messages are unread. */
    readState: e.getReadState,
    /** Mark the thread read up to a message; the mark only moves forward. */
    markRead: e.markRead,
  },
  /** The requester and the selected helpers, with contact details for the other side. */
  participants: e.getParticipants,
};

import type { MyWorkStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: MyWorkStrings = {
  heading: { ongoing: 'Ongoing', history: 'History', attention: 'Waiting for you' },
  asHelper: 'As a helper',
  asRequester: 'As a requester',
  signInToSee: 'Sign in to see your applications and tasks.',
  error: 'Your tasks could not be loaded.',
  groups: {
    markDone: 'Mark as done',
    awaitingApproval: 'Waiting for the requester’s approval',
    helperFeedback: 'Give the requester feedback',
    applications: 'My applications',
    reviewApplicants: 'New applicants',
    closeApplications: 'Applications to close',
    approve: 'Done – approve the hours',
    requesterFeedback: 'Give the helper feedback',
    waiting: 'Waiting for applicants or helpers',
    helperHistory: 'Tasks I have done',
    requesterHistory: 'Our organisation’s closed tasks',
  },
  itemCount: (n) => plural(n, '1 task', `${n} tasks`),
  applicationStatus: {
    pending: 'Waiting for selection',
    selected: 'Selected',
    declined: 'Not selected',
    withdrawn: 'Withdrawn',
  },
  next: {
    markDone: 'Mark the task done when the work is finished.',
    waitForApproval: (date) =>
      `You marked it done on ${date}. The requester approves the actual hours.`,
    giveFeedback: 'The requester approved the work. Give them feedback.',
    waitForSelection: 'The requester chooses helpers among the applicants.',
  },
  pendingApplicants: (n) => plural(n, '1 new applicant', `${n} new applicants`),
  helperStatus: { selected: 'working', done: 'marked done', approved: 'approved' },
  taskStatus: {
    waiting: 'Waiting for confirmation',
    open: 'Open',
    assigned: 'Helpers chosen',
    completed: 'Completed',
    cancelled: 'Cancelled',
    expired: 'Expired',
  },
  approvedOn: (date) => `Approved on ${date}`,
  feedbackReceived: 'Feedback received',
  feedbackGiven: 'Feedback given',
  rating: (n) => `${n}/5`,
  helperTotal: (n, hours) =>
    `You have helped with ${plural(n, '1 task', `${n} tasks`)}, ${hours} in all.`,
  helpValue: (value, perHour) => `Reckoned value ${value} (${perHour}/h).`,
  requesterTotal: (n, hours) =>
    `Your organisation has had help with ${plural(n, '1 task', `${n} tasks`)}, ${hours} in all.`,
  empty: {
    helper: 'You have no applications or tasks going on.',
    requester: 'Your organisation has no tasks going on.',
    history: 'Tasks show here once they are done and approved.',
    attention: 'Nothing is waiting for you right now.',
  },
  findTasks: 'See opportunities',
  askForHelp: 'Ask for help',
  attention: (n) => plural(n, '1 thing is waiting for you.', `${n} things are waiting for you.`),
  loaded: (n) => plural(n, '1 task shown.', `${n} tasks shown.`),
};

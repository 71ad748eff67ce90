import type { PickerStrings } from '../strings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: PickerStrings = {
  heading: 'Applicants',
  count: (n) => plural(n, '1 applicant', `${n} applicants`),
  empty: 'No one has applied yet. You will get an email when someone does.',
  error: 'The applicants could not be loaded.',
  signInToSee: "Sign in to see the task's applicants.",
  notAllowed: 'Only members of the organisation that asked for help can see the applicants.',
  helperType: 'Helper type',
  skills: 'Skills',
  languages: 'Languages',
  experience: 'Experience',
  message: "Applicant's message",
  completedTasks: (n) => plural(n, '1 completed task', `${n} completed tasks`),
  rating: (avg, n) => `Average feedback ${avg}/5 (${plural(n, '1 rating', `${n} ratings`)})`,
  noRating: 'No feedback yet',
  select: 'Select as helper',
  confirmSelectHeading: 'Confirm your choice',
  confirmSelect: (name) =>
    `Select ${name} as a helper? This cannot be undone: the helper can only be changed by cancelling the task and posting it again.`,
  confirmSelectYes: 'Yes, select',
  selected: (name) => `${name} has been selected as a helper and has been told.`,
  selectMoreHeading: 'Select more helpers?',
  selectMore: 'Do you want to select more helpers for this task?',
  selectMoreYes: 'Yes, select more',
  selectMoreNo: 'No, close applications',
  full: 'All the helpers needed have been selected.',
  closeApplications: 'Close applications',
  confirmCloseHeading: 'Close applications?',
  confirmClose: (n) =>
    n === 0
      ? 'No one can apply to the task any more.'
      : `No one can apply to the task any more, and ${plural(n, 'the applicant not selected gets', `the ${n} applicants not selected get`)} a thank-you note.`,
  confirmCloseYes: 'Yes, close applications',
  closed: (n) =>
    n === 0
      ? 'Applications are closed.'
      : `Applications are closed. ${plural(n, '1 applicant was', `${n} applicants were`)} thanked.`,
  closedAlready: 'Applications have closed.',
  decline: 'Thank and decline',
  confirmDeclineHeading: 'Decline the application?',
  confirmDecline: (name) =>
    `${name} gets a thank-you note and can no longer be selected for this task.`,
  confirmDeclineYes: 'Yes, decline',
  declined: (name) => `${name} got a thank-you note.`,
  status: {
    pending: 'Pending',
    selected: 'Selected',
    declined: 'Not selected, thanked',
    withdrawn: 'Withdrawn',
  },
};

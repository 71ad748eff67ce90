import { endpoints as e } from '../endpoints.ts';

/** The signed-in user. */
export const me = {
  /** Your profile, memberships and groups. */
  get: e.getMe,
  /** Update your own profile. */
  update: e.updateMe,
  /** Your feed: open tasks in your categories, remote or within your radius. A list. */
  opportunities: e.listOpportunities,
  /** Your applications and assignments, newest first. A list. */
  applications: e.listMyApplications,
  /** Your applications, assignments and your organisations' tasks, grouped, with what needs you. */
  work: e.getMyWork,
};

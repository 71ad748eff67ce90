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
  /** Your private calendar feed (iCalendar) address; `create` makes a new one, `revoke` stops it. */
  calendar: e.getMyCalendar,
  createCalendar: e.createMyCalendar,
  revokeCalendar: e.revokeMyCalendar,
  /** Everything stored about you, as one JSON document (GDPR Art. 15 and 20). */
  export: e.exportMe,
  /** Email yourself the code that confirms erasing your account. */
  requestErasureCode: e.requestErasureCode,
  /** Erase your account with the emailed code. Cannot be undone; the token stops working. */
  erase: e.eraseMe,
  /** Security events about you (sign-ins, role changes, exports), newest first. A list. */
  audit: e.listMyAudit,
};

import { endpoints as e } from '../endpoints.ts';

/** Reports for umbrella organisations. */
export const reports = {
  /** Where help is needed: counts and hours by category and region. */
  needs: e.getNeedsReport,
  /** Every measure, grouped and filtered; suppressed public cells under 3 tasks. */
  needsInsight: e.getNeedsInsight,
  /** Hours given and received by month: your own, your organisation's or your umbrella's. */
  hours: e.getHoursReport,
};

import { endpoints as e } from '../endpoints.ts';

/** Reports for umbrella organisations. */
export const reports = {
  /** Where help is needed: counts and hours by category and region. */
  needs: e.getNeedsReport,
};

import { retentionJobs } from './retention.ts';
import { digests, taskAlerts } from './alerts.ts';
import { nudges } from './nudges.ts';
import { staleListings } from './directory-stale.ts';
import type { Job } from './scheduler.ts';

export { createScheduler, defineJob, type Job, type JobItem, type Scheduler } from './scheduler.ts';

/** Every scheduled job the server runs, in the order a tick runs them. Add new jobs here. */
export const jobs: Job<never>[] = [
  ...(retentionJobs as Job<never>[]),
  ...([taskAlerts, digests, ...nudges, staleListings] as Job<never>[]),
];

/**
 * What the task page derives from a task: whose view it is, how far the task has come, and
 * hours as people type them.
 */
import type { Application, Task } from '../../sdk/schemas/tasks.ts';
import { parseDecimal } from '../shared/number.ts';

/** Whose view: the requesting organisation, a selected helper, an applicant, or anyone else. */
export type Role = 'manager' | 'helper' | 'applicant' | 'visitor';

export function roleOf(task: Task): Role {
  if (task.viewer.canManage) return 'manager';
  const application = task.viewer.application;
  if (application?.status === 'selected') return 'helper';
  if (application) return 'applicant';
  return 'visitor';
}

/**
 * The last step reached, as an index of posted → applications → selected → done → approved →
 * completed (-1 while a visitor's request waits for confirmation), and whether it was cancelled.
 * `selected` is what the viewer may see of the assignments: all of them for the requesting
 * organisation, the helper's own for a helper, none for others.
 */
export function progressOf(
  task: Task,
  selected: Application[],
): { reached: number; cancelled: boolean } {
  // An expired task ended like a cancelled one: the timeline stops where it was.
  const cancelled = task.status === 'cancelled' || task.status === 'expired';
  if (task.status === 'completed') return { reached: 5, cancelled };
  if (task.status === 'pending_verification' || !task.publishedAt)
    return { reached: -1, cancelled };
  let reached = 1;
  if (task.selectedCount > 0) reached = 2;
  const assignments = selected.map((a) => a.assignment);
  if (reached === 2 && assignments.length > 0) {
    if (assignments.every((a) => a?.doneAt)) reached = 3;
    if (assignments.every((a) => a?.approvedAt)) reached = 4;
  }
  return { reached, cancelled };
}

/**
 * Hours as people type them ("1,5" or "1.5" is one and a half, read by the widgets' one number
 * parser): at least half an hour, in half-hour steps, at most 1000 (the contract's `Hours`).
 * `null` when it is not that.
 */
export function parseHours(text: string): number | null {
  const hours = parseDecimal(text);
  if (hours === null || hours < 0.5 || hours > 1000 || !Number.isInteger(hours * 2)) return null;
  return hours;
}

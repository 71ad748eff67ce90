/**
 * Type-level checks, run by `tsc --noEmit` (not by the browser): the SDK's client is what the
 * widgets consume, and the event map types every detail.
 */
import type { Client } from '../../sdk/client.ts';
import type { TehostamoClient } from '../../widgets/context.ts';
import { emit } from '../../widgets/events.ts';
import { TASKS } from '../../stories/support/data.ts';

// A client from createClient() can be given to the provider or put into clientContext as is.
export const sdkClientFits = (client: Client): TehostamoClient => client;

export function eventsAreTyped(target: HTMLElement) {
  emit(target, 'tehostamo-task-select', { task: TASKS[0]! });
  // @ts-expect-error the detail of tehostamo-task-select is { task }, not a bare id
  emit(target, 'tehostamo-task-select', { id: 1 });
  // @ts-expect-error there is no such event
  emit(target, 'tehostamo-task-deleted', {});
  target.addEventListener('tehostamo-applications-closed', (event) => {
    const thanked: number = event.detail.thanked;
    // @ts-expect-error detail.thanked is a number
    const wrong: string = event.detail.thanked;
    return [thanked, wrong];
  });
}

/**
 * A task's own content as posted (what, where, when, how much) as the columns it is stored in,
 * and as the facts its emails tell.
 */
import type { z } from 'zod';
import type { TaskCreate } from '../../sdk/schemas/tasks.ts';
import type { Task } from '../db/models/index.ts';
import { fieldError, type Validation } from '../errors.ts';
import type { TaskMailFacts } from '../mail/templates/tasks.ts';
import { lookupPlace, type PlaceInfo } from './places.ts';

type TaskCreateInput = z.output<typeof TaskCreate>;

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

function unknownPostalCode(): Validation {
  return fieldError({
    field: 'postalCode',
    message: 'Unknown postal code.',
    issue: 'no such postal code',
    code: 'unknown_postal_code',
  });
}

/** Place columns stored on the row, so that the feed filters by plain columns. */
export function placeColumns(postalCode: string | null | undefined) {
  if (!postalCode) {
    return { postalCode: null, municipalityCode: null, regionCode: null, lat: null, lng: null };
  }
  const place: PlaceInfo | null = lookupPlace(postalCode);
  if (!place) throw unknownPostalCode();
  return {
    postalCode,
    municipalityCode: place.municipality.code,
    regionCode: place.region.code,
    lat: place.lat,
    lng: place.lng,
  };
}

export function scheduleColumns(schedule: TaskCreateInput['schedule']) {
  return {
    scheduleText: schedule.text ?? null,
    startsAt: schedule.startsAt ? new Date(schedule.startsAt) : null,
    endsAt: schedule.endsAt ? new Date(schedule.endsAt) : null,
  };
}

/** The columns a task's own content fills, as posted: what it is, where, when and how much. */
export function contentColumns(input: TaskCreateInput) {
  return {
    category: input.category,
    title: input.title,
    details: input.details,
    accountingReference: input.accountingReference ?? null,
    ...placeColumns(input.postalCode),
    remote: input.remote,
    ...scheduleColumns(input.schedule),
    estimatedHours: input.estimatedHours,
    helpersWanted: input.helpersWanted,
  };
}

export function mailFacts(task: Task, organisation: string): TaskMailFacts {
  return {
    taskId: task.id,
    title: task.title,
    details: task.details,
    category: task.category,
    organisation,
    estimatedHours: Number(task.estimatedHours),
    schedule: {
      text: task.scheduleText ?? null,
      startsAt: iso(task.startsAt),
      endsAt: iso(task.endsAt),
    },
    postedAt: (task.publishedAt ?? task.createdAt).toISOString(),
  };
}

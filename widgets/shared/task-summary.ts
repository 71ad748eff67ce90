import { html, nothing } from 'lit';
import type { Task } from '../../sdk/schemas/tasks.ts';
import {
  categoryName,
  formatDateTime,
  formatNumber,
  type Lang,
  type Strings,
} from '../i18n/index.ts';

/** The schedule as people say it: the free text, or the exact start (and end). */
export function scheduleText(task: Pick<Task, 'schedule'>, lang: Lang): string {
  const { text, startsAt, endsAt } = task.schedule;
  if (text) return text;
  if (startsAt && endsAt)
    return `${formatDateTime(startsAt, lang)} – ${formatDateTime(endsAt, lang)}`;
  if (startsAt) return formatDateTime(startsAt, lang);
  return '';
}

export function placeText(task: Task, t: Strings): string {
  const where = task.location
    ? `${task.location.placeName === task.location.municipality.name ? task.location.municipality.name : `${task.location.placeName}, ${task.location.municipality.name}`}`
    : '';
  if (task.remote && where) return `${t.task.remoteOrOnSite} · ${where}`;
  if (task.remote) return t.task.remote;
  return where ? `${t.task.onSite} · ${where}` : t.task.onSite;
}

/** The facts of a task as a description list: shared by the list's details and the form's review. */
export function taskFacts(task: Task, t: Strings, lang: Lang) {
  const schedule = scheduleText(task, lang);
  return html`<dl class="facts" part="facts">
    <div>
      <dt>${t.task.category}</dt>
      <dd>${categoryName(task.category, lang)}</dd>
    </div>
    <div>
      <dt>${t.task.organisation}</dt>
      <dd>${task.organisation.name}</dd>
    </div>
    <div>
      <dt>${t.task.location}</dt>
      <dd>
        ${placeText(task, t)}${task.distanceKm != null ? html` (${t.task.distance(formatNumber(task.distanceKm, lang))})` : nothing}
      </dd>
    </div>
    ${
      schedule
        ? html`<div>
            <dt>${t.task.schedule}</dt>
            <dd>${schedule}</dd>
          </div>`
        : nothing
    }
    <div>
      <dt>${t.requestForm.hours}</dt>
      <dd>${t.common.hours(formatNumber(task.estimatedHours, lang))}</dd>
    </div>
    <div>
      <dt>${t.requestForm.helpersWanted}</dt>
      <dd>${task.helpersWanted}</dd>
    </div>
    ${
      task.group
        ? html`<div>
            <dt>${t.requestForm.groupCode}</dt>
            <dd>${t.task.group(task.group.name)}</dd>
          </div>`
        : nothing
    }
  </dl>`;
}

import type { Draft, Saved } from '../../widgets/request-form/draft.ts';
import { emptyDraft } from '../../widgets/request-form/draft.ts';
import { LONG_TASK } from './data.ts';

/** A request form's draft as if someone had typed it, put where the form will find it. */
export function seedDraft(
  key: string,
  step: number,
  draft: Partial<Draft>,
  pending: Saved['pending'] = null,
): void {
  const saved: Saved = {
    version: 1,
    step,
    draft: { ...emptyDraft(), ...draft },
    attempt: null,
    pending,
  };
  localStorage.setItem(`tehostamo:request-form:${key}`, JSON.stringify(saved));
}

export function clearDraft(key: string): void {
  localStorage.removeItem(`tehostamo:request-form:${key}`);
}

export const FILLED: Partial<Draft> = {
  category: 'kirjanpito-talous',
  title: 'Tilinpäätöksen tarkistus ennen kevätkokousta',
  details: 'Kirjanpito on tehty taulukkolaskennalla. Tarvitsemme toisen silmäparin.',
  scheduleText: 'tämän kuun aikana',
  estimatedHours: '3',
  helpersWanted: '1',
  remote: true,
};

export const LONG: Partial<Draft> = {
  ...FILLED,
  category: 'rahoitushakemukset',
  title: LONG_TASK.title.slice(0, 140),
  details: LONG_TASK.details,
  accountingReference: 'Toiminta-avustushanke 2025 / kustannuspaikka 4410',
  scheduleText: LONG_TASK.schedule.text!,
  estimatedHours: '12.5',
  helpersWanted: '3',
};

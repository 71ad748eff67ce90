/** Digest periods, in Finnish time: a day starts at 07:00, a week on Monday at 07:00. */
export type Period = 'daily' | 'weekly';

export const DAY_MS = 24 * 60 * 60_000;
export const PERIOD_MS: Record<Period, number> = { daily: DAY_MS, weekly: 7 * DAY_MS };
const ZONE = 'Europe/Helsinki';
const HOUR = 7;

/** Helsinki's offset from UTC at `at`, in milliseconds (+2 h in winter, +3 h in summer). */
function offsetMs(at: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')!.value; // "GMT+02:00"
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** The latest start of a period (07:00 Helsinki; Mondays for `weekly`) at or before `now`. */
export function periodStart(now: Date, period: Period): Date {
  // The local calendar date and weekday at `now`, then 07:00 of it back in UTC.
  const local = new Date(now.getTime() + offsetMs(now));
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const at = (d: number) => {
    const guess = d + HOUR * 3_600_000;
    return guess - offsetMs(new Date(guess - offsetMs(new Date(guess))));
  };
  if (at(day) > now.getTime()) day -= DAY_MS;
  if (period === 'weekly') {
    const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
    day -= sinceMonday * DAY_MS;
  }
  return new Date(at(day));
}

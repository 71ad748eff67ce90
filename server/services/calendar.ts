/**
 * A person's private calendar feed (iCalendar, RFC 5545): their assignments and their
 * organisations' tasks that have an exact schedule. The address carries a random token of its
 * own (never the bearer token); only its SHA-256 is stored, and making a new one stops the old.
 */
import { Op } from 'sequelize';
import type { CalendarFeed } from '../../sdk/schemas/alerts.ts';
import { randomSecret, sha256 } from '../auth/tokens.ts';
import type { Config } from '../config.ts';
import { Application, Membership, Organisation, Task, User } from '../db/models/index.ts';
import { pages } from '../mail/templates/types.ts';

const PREFIX = 'cal_';

export function calendarUrl(config: Pick<Config, 'publicUrl'>, token: string): string {
  return `${config.publicUrl.replace(/\/$/, '')}/calendar/${token}.ics`;
}

/** The address is shown only when made: what is stored cannot give it back. */
export async function getCalendar(user: User): Promise<CalendarFeed> {
  return { url: null, active: user.calendarTokenHash !== null };
}

export async function createCalendar(config: Config, user: User): Promise<CalendarFeed> {
  const token = randomSecret(PREFIX, 24);
  await user.update({ calendarTokenHash: sha256(token) });
  return { url: calendarUrl(config, token), active: true };
}

export async function revokeCalendar(user: User): Promise<void> {
  await user.update({ calendarTokenHash: null });
}

// --- RFC 5545 text ---------------------------------------------------------------------------

/** TEXT values: backslash, semicolon, comma and newline escaped (3.3.11). */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** UTC DATE-TIME, `20261128T070000Z` (3.3.5, form #2). */
function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Content lines folded at 75 octets, never inside a UTF-8 character, CRLF-terminated (3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return `${line}\r\n`;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Back off continuation bytes (10xxxxxx) so that a character is never split.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // continuation lines begin with one space
  }
  return `${parts.join('\r\n ')}\r\n`;
}

interface Event {
  task: Task;
  organisation: string;
  role: 'assignment' | 'organisation';
}

function vevent(config: Config, host: string, now: Date, e: Event): string[] {
  const { task } = e;
  const start = task.startsAt!;
  const end =
    task.endsAt && task.endsAt > start
      ? task.endsAt
      : new Date(start.getTime() + Math.max(0.5, Number(task.estimatedHours)) * 3_600_000);
  const url = `${config.publicUrl.replace(/\/$/, '')}${pages.task(task.id)}`;
  const status =
    task.status === 'cancelled'
      ? 'CANCELLED'
      : task.status === 'open' && e.role === 'organisation'
        ? 'TENTATIVE'
        : 'CONFIRMED';
  return [
    'BEGIN:VEVENT',
    `UID:task-${task.id}@${host}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(start)}`,
    `DTEND:${utc(end)}`,
    `SUMMARY:${text(task.title)}`,
    `DESCRIPTION:${text(
      [e.organisation, task.scheduleText, task.details, url].filter(Boolean).join('\n\n'),
    )}`,
    `URL:${url}`,
    `STATUS:${status}`,
    `LAST-MODIFIED:${utc(task.updatedAt)}`,
    'END:VEVENT',
  ];
}

/** The feed for a token, or null when no one has it (made anew, revoked, or never made). */
export async function calendarFor(
  config: Config,
  token: string,
  now: Date,
): Promise<string | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const user = await User.findOne({ where: { calendarTokenHash: sha256(token) } });
  if (!user) return null;
  const [assignments, memberships] = await Promise.all([
    Application.findAll({
      where: { userId: user.id, status: 'selected' },
      attributes: ['taskId'],
    }),
    Membership.findAll({ where: { userId: user.id }, attributes: ['organisationId'] }),
  ]);
  const assigned = new Set(assignments.map((a) => a.taskId));
  const orgIds = memberships.map((m) => m.organisationId);
  // What they may see: their own assignments, and every task of their organisations.
  const tasks = await Task.findAll({
    where: {
      startsAt: { [Op.ne]: null },
      status: { [Op.in]: ['open', 'assigned', 'completed', 'cancelled'] },
      [Op.or]: [
        { id: { [Op.in]: [...assigned] } },
        ...(orgIds.length ? [{ organisationId: { [Op.in]: orgIds } }] : []),
      ],
    },
    order: [
      ['startsAt', 'ASC'],
      ['id', 'ASC'],
    ],
    limit: 2000,
  });
  const organisations = await Organisation.findAll({
    where: { id: [...new Set(tasks.map((t) => t.organisationId))] },
    attributes: ['id', 'name'],
  });
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  let host = 'tehostamo.local';
  try {
    host = new URL(config.publicUrl).hostname || host;
  } catch {
    // keep the default
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tehostamo//Tehostamo//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(`Tehostamo – ${user.name || user.email}`)}`,
    ...tasks.flatMap((task) =>
      vevent(config, host, now, {
        task,
        organisation: names.get(task.organisationId) ?? '',
        role: assigned.has(task.id) ? 'assignment' : 'organisation',
      }),
    ),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('');
}

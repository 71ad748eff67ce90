/**
 * What each person wants to be told, per kind of alert (`AlertSettings` in the contract), stored
 * by email address: a row only for a choice that differs from nothing chosen yet.
 */
import { Op, type Transaction } from 'sequelize';
import {
  ALERT_KINDS,
  DEFAULT_ALERTS,
  type AlertKind,
  type AlertSettings,
} from '../../sdk/schemas/alerts.ts';
import { AlertSetting } from '../db/models/index.ts';

const normal = (email: string) => email.trim().toLowerCase();

/** Each address's settings, defaults filled in. */
export async function alertSettingsOf(
  emails: string[],
  t?: Transaction,
): Promise<Map<string, AlertSettings>> {
  const wanted = [...new Set(emails.map(normal))];
  const settings = new Map(wanted.map((e) => [e, { ...DEFAULT_ALERTS }]));
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await AlertSetting.findAll({
      where: { email: { [Op.in]: wanted.slice(i, i + 500) } },
      transaction: t,
    });
    for (const row of rows) {
      const s = settings.get(row.email);
      if (s && (ALERT_KINDS as string[]).includes(row.kind)) {
        (s as Record<string, string>)[row.kind] = row.frequency;
      }
    }
  }
  return settings;
}

export async function alertSettingsFor(email: string, t?: Transaction): Promise<AlertSettings> {
  return (await alertSettingsOf([email], t)).get(normal(email))!;
}

/** Sets the kinds given, leaving the others as they were. */
export async function setAlertSettings(
  email: string,
  changes: Partial<AlertSettings>,
  t?: Transaction,
): Promise<void> {
  for (const [kind, frequency] of Object.entries(changes) as [AlertKind, string][]) {
    if (frequency === undefined) continue;
    const where = { email: normal(email), kind };
    // Update first, insert when there was nothing: two writers racing lose nothing, since the
    // unique key (email, kind) turns the loser's insert into an update on the next try.
    const [updated] = await AlertSetting.update(
      { frequency, updatedAt: new Date() },
      { where, transaction: t },
    );
    if (updated === 0) {
      await AlertSetting.findOrCreate({
        where,
        defaults: { ...where, frequency },
        transaction: t,
      }).then(([row, created]) => (created ? row : row.update({ frequency }, { transaction: t })));
    }
  }
}

/**
 * SQL that is true when a user row (`users` as `alias`) has `kind` set to `frequency`, defaults
 * counted: for queries that pick the people due for a digest.
 */
export function alertIs(alias: string, kind: AlertKind, frequency: string): string {
  const isDefault = DEFAULT_ALERTS[kind] === frequency;
  const row = `(SELECT s.frequency FROM alert_settings s WHERE s.email = ${alias}.email AND s.kind = '${kind}')`;
  return isDefault ? `(${row} = '${frequency}' OR ${row} IS NULL)` : `${row} = '${frequency}'`;
}

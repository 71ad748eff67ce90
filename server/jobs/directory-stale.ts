/**
 * Listings not checked for 12 months: their editors are told by email, once per staleness period
 * (a listing still unchecked a year later is flagged again; a save checks it and starts over).
 * The public answers mark it `stale` by themselves (`services/directory.ts`).
 *
 * Its editors: the organisation's admins, who check it in the app's settings, and the listing's
 * contact address (where edit links go: the internal contact's email, else the public one), which
 * is asked to fetch an edit link from the listing's page. Members who are not admins are not
 * mailed, so that a large association's every member does not get the same reminder.
 */
import { Op } from 'sequelize';
import type { Lang } from '../../sdk/schemas/common.ts';
import { DirectoryListing, Membership, Organisation, User } from '../db/models/index.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { pages } from '../mail/templates/types.ts';
import { STALE_AFTER_MS } from '../services/directory.ts';
import { defineJob } from './scheduler.ts';

/** Which staleness period `now` is in for a listing checked at `checkedAt` (1: 12–24 months …). */
export function stalePeriod(checkedAt: Date, now: Date): number {
  return Math.floor((now.getTime() - checkedAt.getTime()) / STALE_AFTER_MS);
}

export const staleListings = defineJob({
  name: 'directory-stale-listings',
  everyMs: 60 * 60_000,
  async due(_deps, now) {
    const listings = await DirectoryListing.findAll({
      attributes: ['organisationId', 'checkedAt'],
      where: { checkedAt: { [Op.lte]: new Date(now.getTime() - STALE_AFTER_MS) } },
    });
    // The check time is in the key, so a listing checked again and gone stale again is new work.
    return listings.map((l) => ({
      key: `listing:${l.organisationId}:${l.checkedAt.getTime()}:${stalePeriod(l.checkedAt, now)}`,
      organisationId: l.organisationId,
      checkedAt: l.checkedAt.getTime(),
    }));
  },
  async run(deps, { organisationId, checkedAt }, t) {
    const listing = await DirectoryListing.findByPk(organisationId, { transaction: t });
    const org = await Organisation.findByPk(organisationId, { transaction: t });
    // Checked meanwhile, or gone: nothing to say.
    if (!listing || !org || org.closedAt || listing.checkedAt.getTime() !== checkedAt) return;
    const admins = await Membership.findAll({
      where: { organisationId, role: 'admin' },
      attributes: ['userId'],
      transaction: t,
    });
    const users =
      admins.length === 0
        ? []
        : await User.findAll({ where: { id: admins.map((m) => m.userId) }, transaction: t });
    const data = { organisation: org.name, checkedAt: listing.checkedAt.toISOString() };
    const told = new Set<string>();
    for (const user of users) {
      told.add(user.email.toLowerCase());
      await enqueueMail(deps, t, {
        template: 'directory_listing_stale',
        to: user.email,
        lang: user.lang as Lang,
        data: { ...data, path: pages.organisation, member: true },
      });
    }
    const contact = listing.internalContact?.email ?? listing.email;
    if (contact && !told.has(contact.toLowerCase())) {
      await enqueueMail(deps, t, {
        template: 'directory_listing_stale',
        to: contact,
        lang: 'fi',
        data: { ...data, path: `/directory/listings/${organisationId}`, member: false },
      });
    }
  },
});

/**
 * Emailed one-time links to edit a listing, for organisations with no account (the VeKe model).
 *
 * - The link goes only to the listing's stored contact address (the internal contact's email,
 *   else the public email): the request names the listing, never an address, so nobody can have
 *   a link sent to an address of their choosing.
 * - It expires (DIRECTORY_LINK_HOURS, 24 h) and saves once: the save claims the link with one
 *   conditional UPDATE (unused and unexpired → used) in the same transaction as the change, so
 *   two saves racing with one link cannot both win, and a save refused as invalid (422) rolls
 *   the claim back and leaves the link usable.
 * - Requests are limited per listing and per client address; opening and saving per client
 *   address. The secret is 32 random bytes kept as a SHA-256 digest, so wrong guesses do not
 *   name a row whose tries could be counted: the per-address limit is what bounds guessing.
 */
import { Op } from 'sequelize';
import type { z } from 'zod';
import type { DirectoryListingInput, EditableListing } from '../../sdk/schemas/directory.ts';
import type { Lang } from '../../sdk/schemas/common.ts';
import { randomSecret, sha256 } from '../auth/tokens.ts';
import type { Ctx } from '../context.ts';
import { DirectoryEditLink, DirectoryListing, Organisation } from '../db/models/index.ts';
import type { HttpError } from '../errors.ts';
import { NotFound, Validation, apiError } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { editableListing, writeListing } from './directory.ts';
import { hit } from './rate-limit.ts';

export const LINK_HOURS = 24;
const LINKS_PER_LISTING_PER_HOUR = 3;
const LINKS_PER_IP_PER_HOUR = 10;
const OPENS_PER_IP_PER_15_MIN = 60;

/** `a…@example.fi`: enough to recognise one's own address, not to learn someone else's. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}…@${domain}`;
}

function invalidLink(): HttpError {
  return apiError(
    'edit_link_invalid',
    'The edit link is unknown, used or expired; ask for a new one.',
  );
}

export async function requestEditLink(
  ctx: Ctx,
  organisationId: number,
  lang: Lang | undefined,
): Promise<{ sentTo: string; expiresInMinutes: number }> {
  const listing = await DirectoryListing.findByPk(organisationId);
  const org = listing && (await Organisation.findByPk(organisationId));
  if (!listing || !org) throw new NotFound('listing');
  const to = listing.internalContact?.email ?? listing.email;
  if (!to) {
    throw new Validation(
      'The listing has no contact address to send an edit link to.',
      undefined,
      'no_contact_address',
    );
  }
  const now = ctx.clock.now();
  const token = randomSecret('tel_');
  await ctx.db.write(async (t) => {
    const message = 'Too many edit links asked for; try again later.';
    await hit(t, `dirlink:org:${organisationId}`, LINKS_PER_LISTING_PER_HOUR, 3600, message);
    await hit(t, `dirlink:ip:${ctx.ip}`, LINKS_PER_IP_PER_HOUR, 3600, message);
    await DirectoryEditLink.create(
      {
        organisationId,
        tokenHash: sha256(token),
        email: to,
        expiresAt: new Date(now.getTime() + LINK_HOURS * 3_600_000),
        createdAt: now,
      },
      { transaction: t },
    );
    await enqueueMail(ctx, t, {
      template: 'directory_edit_link',
      to,
      lang: lang ?? 'fi',
      data: { organisation: org.name, path: `/directory/edit#${token}`, hours: LINK_HOURS },
    });
  });
  return { sentTo: maskEmail(to), expiresInMinutes: LINK_HOURS * 60 };
}

async function limitOpens(ctx: Ctx): Promise<void> {
  await ctx.db.write((t) =>
    hit(t, `dirlink:open:${ctx.ip}`, OPENS_PER_IP_PER_15_MIN, 900, 'Too many tries; wait a while.'),
  );
}

/** The listing a valid link edits, with its private fields; the link stays unused. */
export async function openEditLink(ctx: Ctx, token: string): Promise<EditableListing> {
  await limitOpens(ctx);
  const link = await DirectoryEditLink.findOne({
    where: { tokenHash: sha256(token), usedAt: null, expiresAt: { [Op.gt]: ctx.clock.now() } },
  });
  if (!link) throw invalidLink();
  return editableListing(ctx, link.organisationId);
}

/** Saves the listing with a valid link, using the link up. */
export async function saveWithEditLink(
  ctx: Ctx,
  token: string,
  input: z.output<typeof DirectoryListingInput>,
): Promise<EditableListing> {
  await limitOpens(ctx);
  const now = ctx.clock.now();
  return ctx.db.write(async (t) => {
    const tokenHash = sha256(token);
    const [claimed] = await DirectoryEditLink.update(
      { usedAt: now },
      { where: { tokenHash, usedAt: null, expiresAt: { [Op.gt]: now } }, transaction: t },
    );
    if (claimed !== 1) throw invalidLink();
    const link = await DirectoryEditLink.findOne({ where: { tokenHash }, transaction: t });
    if (!link) throw invalidLink();
    await writeListing(ctx, t, link.organisationId, input);
    return editableListing(ctx, link.organisationId, t);
  });
}

/**
 * The directory (hyvinvointitarjotin): listings, their services, and who may write them.
 *
 * A listing belongs to an organisation (its id is the organisation's) and is written whole, with
 * its services, by the organisation's members or through an emailed edit link. Private fields
 * (the internal contact, notes for the keepers) are kept apart in the shapes below: the public
 * shape is built from an allow-list, so a new private column stays private unless added there.
 *
 * Every save rewrites the service's search columns and its rows in `directory_terms` and
 * `directory_service_areas` in the same transaction (see `directory-search.ts`).
 */
import type { Transaction } from 'sequelize';
import type { z } from 'zod';
import type {
  Areas,
  AreasInput,
  ChannelOut,
  DirectoryListing as ListingShape,
  DirectoryListingInput,
  DirectoryService as ServiceShape,
  EditableListing,
} from '../../sdk/schemas/directory.ts';
import {
  languageLabels,
  targetGroupLabels,
  themeLabels,
  type Label,
} from '../../sdk/schemas/directory.ts';
import type { Ctx } from '../context.ts';
import {
  Application,
  DirectoryListing,
  DirectoryService,
  DirectoryServiceArea,
  DirectoryTerm,
  Membership,
  Organisation,
  Task,
} from '../db/models/index.ts';
import type { AreasValue, ChannelValue } from '../db/models/directory.ts';
import { fieldError, NotFound } from '../errors.ts';
import { requireOrgMember } from './access.ts';
import { terms } from './finnish-stem.ts';
import {
  findMunicipalityCode,
  findRegionCode,
  lookupPlace,
  municipalityName,
  regionName,
} from './places.ts';

type ListingInput = z.output<typeof DirectoryListingInput>;
type AreasIn = z.output<typeof AreasInput>;

/** A listing or service not checked for this long (12 months) is stale: marked so, and flagged. */
export const STALE_AFTER_MS = 365 * 86_400_000;
const YEAR_MS = STALE_AFTER_MS;

/** One bit per value of a vocabulary, in the order the contract lists them. */
function bits(labels: Record<string, Label>) {
  const codes = Object.keys(labels);
  return {
    codes,
    mask: (values: readonly string[]) =>
      values.reduce((m, v) => (codes.includes(v) ? m | (1 << codes.indexOf(v)) : m), 0),
  };
}
export const targetBits = bits(targetGroupLabels);
export const themeBits = bits(themeLabels);
export const languageBits = bits(languageLabels);

/** Regions and municipalities by code or name → codes; unknown ones are a 422. */
export function resolveAreas(input: AreasIn, path: string): AreasValue {
  const regions = input.regions.map((r, i) => {
    const code = findRegionCode(r);
    if (!code) {
      throw fieldError({
        field: `${path}.regions.${i}`,
        message: `No such region: ${r}.`,
        issue: 'no such region',
        code: 'unknown_region',
      });
    }
    return code;
  });
  const municipalities = input.municipalities.map((m, i) => {
    const code = findMunicipalityCode(m);
    if (!code) {
      throw fieldError({
        field: `${path}.municipalities.${i}`,
        message: `No such municipality: ${m}.`,
        issue: 'no such municipality',
        code: 'unknown_municipality',
      });
    }
    return code;
  });
  return {
    wholeCountry: input.wholeCountry,
    regions: [...new Set(regions)],
    municipalities: [...new Set(municipalities)],
  };
}

function areasOut(a: AreasValue): Areas {
  return {
    wholeCountry: a.wholeCountry,
    regions: a.regions.map((code) => ({ code, name: regionName(code) ?? code })),
    municipalities: a.municipalities.map((code) => ({
      code,
      name: municipalityName(code) ?? code,
    })),
  };
}

/** The area keys a service is found by: `FI`, `R:<region>`, `M:<municipality>`. */
export function areaKeys(areas: AreasValue, listingPostalCode: string | null): string[] {
  const keys: string[] = [];
  if (areas.wholeCountry) keys.push('FI');
  for (const r of areas.regions) keys.push(`R:${r}`);
  for (const m of areas.municipalities) keys.push(`M:${m}`);
  if (keys.length === 0 && listingPostalCode) {
    // No area given: the municipality the listing is in.
    const place = lookupPlace(listingPostalCode);
    if (place) keys.push(`M:${place.municipality.code}`);
  }
  return [...new Set(keys)];
}

function channelsOut(channels: ChannelValue[]): ChannelOut[] {
  return channels.map((c) => {
    if (c.kind === 'place') {
      const place = lookupPlace(String(c.postalCode));
      return {
        ...(c as unknown as Extract<ChannelOut, { kind: 'place' }>),
        placeName: place?.placeName ?? null,
        municipality: place?.municipality.name ?? null,
      };
    }
    return c as unknown as ChannelOut;
  });
}

interface OrgInfo {
  id: number;
  name: string;
  kind: Organisation['kind'];
  businessId: string | null;
}

export function toService(
  s: DirectoryService,
  listing: Pick<DirectoryListing, 'areas' | 'languages'>,
  org: OrgInfo,
  now: Date,
): ServiceShape {
  return {
    id: s.id,
    organisation: { id: org.id, name: org.name, kind: org.kind },
    name: s.name,
    description: s.description,
    targetGroups: s.targetGroups as ServiceShape['targetGroups'],
    themes: s.themes as ServiceShape['themes'],
    keywords: s.keywords,
    channels: channelsOut(s.channels),
    fee: s.fee,
    referralRequired: Boolean(s.referralRequired),
    areas: areasOut(s.areas ?? listing.areas),
    languages: (s.languages ?? listing.languages) as ServiceShape['languages'],
    checkedAt: s.checkedAt.toISOString(),
    stale: now.getTime() - s.checkedAt.getTime() > YEAR_MS,
  };
}

/** What the organisation's members have helped other organisations with: approved assignments. */
export async function helpedOthers(organisationId: number): Promise<ListingShape['helped']> {
  const members = await Membership.findAll({ where: { organisationId }, attributes: ['userId'] });
  if (members.length === 0) return { count: 0, categories: [] };
  const rows = await Application.findAll({
    where: { userId: members.map((m) => m.userId) },
    attributes: ['approvedAt'],
    include: [{ model: Task, as: 'task', attributes: ['category', 'organisationId'] }],
  });
  const counts = new Map<string, number>();
  let count = 0;
  for (const row of rows) {
    const task = (row as unknown as { task?: Task }).task;
    if (!row.approvedAt || !task || task.organisationId === organisationId) continue;
    count++;
    counts.set(task.category, (counts.get(task.category) ?? 0) + 1);
  }
  return {
    count,
    categories: [...counts]
      .map(([category, n]) => ({ category, count: n }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  };
}

export function toListing(
  listing: DirectoryListing,
  services: DirectoryService[],
  org: OrgInfo,
  helped: ListingShape['helped'],
  now: Date,
): ListingShape {
  const place = listing.postalCode ? lookupPlace(listing.postalCode) : null;
  return {
    organisation: { id: org.id, name: org.name, kind: org.kind, businessId: org.businessId },
    description: listing.description,
    email: listing.email,
    phone: listing.phone,
    website: listing.website,
    street: listing.street,
    postalCode: listing.postalCode,
    placeName: place?.placeName ?? null,
    municipality: place?.municipality.name ?? null,
    areas: areasOut(listing.areas),
    languages: listing.languages as ListingShape['languages'],
    services: services.map((s) => toService(s, listing, org, now)),
    checkedAt: listing.checkedAt.toISOString(),
    stale: now.getTime() - listing.checkedAt.getTime() > YEAR_MS,
    helped,
  };
}

function toEditable(
  listing: DirectoryListing,
  services: DirectoryService[],
  org: OrgInfo,
  helped: ListingShape['helped'],
  now: Date,
): EditableListing {
  return {
    ...toListing(listing, services, org, helped, now),
    internalContact: listing.internalContact,
    keeperNotes: listing.keeperNotes,
  };
}

async function load(organisationId: number, t?: Transaction) {
  const org = await Organisation.findByPk(organisationId, { transaction: t });
  const listing = org ? await DirectoryListing.findByPk(organisationId, { transaction: t }) : null;
  if (!org || !listing) return null;
  const services = await DirectoryService.findAll({
    where: { organisationId },
    order: [
      ['position', 'ASC'],
      ['id', 'ASC'],
    ],
    transaction: t,
  });
  return { org, listing, services };
}

/** A listing as the public sees it. */
export async function getListing(ctx: Ctx, organisationId: number): Promise<ListingShape> {
  const found = await load(organisationId);
  if (!found) throw new NotFound('listing');
  return toListing(
    found.listing,
    found.services,
    found.org,
    await helpedOthers(organisationId),
    ctx.clock.now(),
  );
}

/** The listing with its private fields, for an editor; a new organisation gets an empty one. */
export async function editableListing(
  ctx: Ctx,
  organisationId: number,
  t?: Transaction,
): Promise<EditableListing> {
  const found = await load(organisationId, t);
  if (!found) {
    const org = await Organisation.findByPk(organisationId, { transaction: t });
    if (!org) throw new NotFound('organisation');
    const now = ctx.clock.now();
    const empty = DirectoryListing.build({
      organisationId,
      description: { fi: org.description || '' },
      email: null,
      phone: null,
      website: org.website,
      street: null,
      postalCode: org.postalCode,
      areas: { wholeCountry: false, regions: [], municipalities: [] },
      languages: ['fi'],
      internalContact: null,
      keeperNotes: null,
      checkedAt: now,
    });
    return toEditable(empty, [], org, { count: 0, categories: [] }, now);
  }
  return toEditable(
    found.listing,
    found.services,
    found.org,
    await helpedOthers(organisationId),
    ctx.clock.now(),
  );
}

/** For the organisation's members (and its secret key). */
export async function getEditableListing(
  ctx: Ctx,
  organisationId: number,
): Promise<EditableListing> {
  if (!(await Organisation.findByPk(organisationId))) throw new NotFound('organisation');
  await requireOrgMember(ctx, organisationId);
  return editableListing(ctx, organisationId);
}

export async function updateListing(
  ctx: Ctx,
  organisationId: number,
  input: ListingInput,
): Promise<EditableListing> {
  if (!(await Organisation.findByPk(organisationId))) throw new NotFound('organisation');
  await requireOrgMember(ctx, organisationId);
  return ctx.db.write(async (t) => {
    await writeListing(ctx, t, organisationId, input);
    return editableListing(ctx, organisationId, t);
  });
}

function localTexts(...texts: ({ fi: string; sv?: string; en?: string } | undefined)[]): string[] {
  return texts.flatMap((x) => (x ? [x.fi, x.sv ?? '', x.en ?? ''] : []));
}

/** The search columns of a service, from its content, its organisation and its listing. */
export function searchColumns(
  s: Pick<
    DirectoryService,
    'name' | 'description' | 'targetGroups' | 'themes' | 'keywords' | 'fee' | 'languages'
  >,
  listing: Pick<DirectoryListing, 'languages' | 'description'>,
  orgName: string,
) {
  const labels = [
    ...s.targetGroups.map((g) => targetGroupLabels[g as keyof typeof targetGroupLabels]),
    ...s.themes.map((g) => themeLabels[g as keyof typeof themeLabels]),
  ];
  const text = [
    ...localTexts(s.name, s.description),
    ...s.keywords,
    orgName,
    ...labels.flatMap((l) => [l.fi, l.sv, l.en]),
  ]
    .filter(Boolean)
    .join(' \n ');
  return {
    sortKey: (s.name.fi.toLowerCase().trim() || '-').slice(0, 100),
    targetMask: targetBits.mask(s.targetGroups),
    themeMask: themeBits.mask(s.themes),
    languageMask: languageBits.mask(s.languages ?? listing.languages),
    free: s.fee.free,
    searchText: [...localTexts(s.name, s.description), ...s.keywords, orgName]
      .join(' \n ')
      .toLowerCase(),
    terms: terms(`${text} ${localTexts(listing.description).join(' ')}`),
  };
}

/**
 * Replaces the listing and its services with `input`, and their search rows, in transaction `t`.
 * Services are matched by id: those left out are deleted, those without id are created.
 */
export async function writeListing(
  ctx: Ctx,
  t: Transaction,
  organisationId: number,
  input: ListingInput,
): Promise<void> {
  const org = await Organisation.findByPk(organisationId, { transaction: t });
  if (!org) throw new NotFound('organisation');
  const now = ctx.clock.now();
  const areas = resolveAreas(input.areas, 'areas');
  const fields = {
    description: input.description,
    email: input.email ?? null,
    phone: input.phone ?? null,
    website: input.website ?? null,
    street: input.street ?? null,
    postalCode: input.postalCode ?? null,
    areas,
    languages: input.languages,
    internalContact: input.internalContact ?? null,
    keeperNotes: input.keeperNotes ?? null,
    checkedAt: now,
  };
  if (fields.postalCode && !lookupPlace(fields.postalCode)) {
    throw fieldError({
      field: 'postalCode',
      message: 'No such postal code.',
      issue: 'no such postal code',
      code: 'unknown_postal_code',
    });
  }
  let listing = await DirectoryListing.findByPk(organisationId, {
    transaction: t,
    lock: t.LOCK.UPDATE,
  });
  if (listing) await listing.update(fields, { transaction: t });
  else listing = await DirectoryListing.create({ organisationId, ...fields }, { transaction: t });

  const existing = await DirectoryService.findAll({ where: { organisationId }, transaction: t });
  const byId = new Map(existing.map((s) => [s.id, s]));
  const kept = new Set<number>();
  const saved: DirectoryService[] = [];
  for (const [position, si] of input.services.entries()) {
    for (const [i, c] of si.channels.entries()) {
      if (c.kind === 'place' && !lookupPlace(c.postalCode)) {
        throw fieldError({
          field: `services.${position}.channels.${i}.postalCode`,
          message: 'No such postal code.',
          issue: 'no such code',
          code: 'unknown_postal_code',
        });
      }
    }
    const content = {
      organisationId,
      position,
      name: si.name,
      description: si.description,
      targetGroups: [...new Set(si.targetGroups)],
      themes: [...new Set(si.themes)],
      keywords: [...new Set(si.keywords)],
      channels: si.channels as ChannelValue[],
      fee: si.fee,
      referralRequired: si.referralRequired,
      areas: si.areas ? resolveAreas(si.areas, `services.${position}.areas`) : null,
      languages: si.languages ?? null,
      checkedAt: now,
    };
    const { terms: words, ...columns } = searchColumns(content, listing, org.name);
    let service: DirectoryService;
    const old = si.id === undefined ? undefined : byId.get(si.id);
    if (si.id !== undefined && !old) {
      throw fieldError({
        field: `services.${position}.id`,
        message: 'No such service in this listing.',
        issue: 'not a service of this listing',
      });
    }
    if (old) {
      if (kept.has(old.id)) {
        throw fieldError({
          field: `services.${position}.id`,
          message: 'A service is given twice.',
          issue: 'given twice',
        });
      }
      service = await old.update({ ...content, ...columns }, { transaction: t });
      kept.add(old.id);
    } else {
      service = await DirectoryService.create({ ...content, ...columns }, { transaction: t });
    }
    saved.push(service);
    await indexService(t, service.id, words, areaKeys(content.areas ?? areas, fields.postalCode));
  }
  const gone = existing.filter((s) => !kept.has(s.id)).map((s) => s.id);
  if (gone.length > 0) {
    await DirectoryTerm.destroy({ where: { serviceId: gone }, transaction: t });
    await DirectoryServiceArea.destroy({ where: { serviceId: gone }, transaction: t });
    await DirectoryService.destroy({ where: { id: gone }, transaction: t });
  }
}

/** The service's rows in the search tables, replaced. */
export async function indexService(
  t: Transaction,
  serviceId: number,
  words: string[],
  areas: string[],
): Promise<void> {
  await DirectoryTerm.destroy({ where: { serviceId }, transaction: t });
  await DirectoryServiceArea.destroy({ where: { serviceId }, transaction: t });
  if (words.length > 0) {
    await DirectoryTerm.bulkCreate(
      words.map((term) => ({ term, serviceId })),
      { transaction: t },
    );
  }
  if (areas.length > 0) {
    await DirectoryServiceArea.bulkCreate(
      [...new Set(areas)].map((area) => ({ area, serviceId })),
      { transaction: t },
    );
  }
}

/**
 * The directory as open data (JSON and CSV, CC BY 4.0) and the import of a network's existing
 * list of organisations from CSV.
 *
 * The JSON follows `OpenDirectory` in the contract; its JSON Schema is generated from it into
 * `docs/directory.schema.json` (`npm run schema:directory`). README, "Open data", maps it to the
 * public service catalogue's model (PTV): organisation (business id) → service → service channel.
 */
import type { Deps } from '../context.ts';
import type { Ctx } from '../context.ts';
import { DirectoryListing, DirectoryService, Organisation } from '../db/models/index.ts';
import {
  OrganisationImportRow,
  type DirectoryService as ServiceShape,
  type OpenDirectory,
} from '../../sdk/schemas/directory.ts';
import { parseCsvRecords, toCsv } from '../../sdk/examples/csv.ts';
import { toListing } from './directory.ts';
import { lookupPlace } from './places.ts';

export const OPEN_DATA_LICENSE = 'CC-BY-4.0';

/** Every listing with its services, in organisation id order. */
export async function openDirectory(ctx: Pick<Deps, 'clock'>): Promise<OpenDirectory> {
  const listings = await DirectoryListing.findAll({ order: [['organisationId', 'ASC']] });
  const ids = listings.map((l) => l.organisationId);
  const [orgs, services] = await Promise.all([
    Organisation.findAll({ where: { id: ids }, attributes: ['id', 'name', 'kind', 'businessId'] }),
    DirectoryService.findAll({
      where: { organisationId: ids },
      order: [
        ['organisationId', 'ASC'],
        ['position', 'ASC'],
        ['id', 'ASC'],
      ],
    }),
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const servicesOf = new Map<number, DirectoryService[]>();
  for (const s of services) {
    const list = servicesOf.get(s.organisationId) ?? [];
    list.push(s);
    servicesOf.set(s.organisationId, list);
  }
  const now = ctx.clock.now();
  return {
    generatedAt: now.toISOString(),
    license: OPEN_DATA_LICENSE,
    listings: listings.flatMap((l) => {
      const org = orgById.get(l.organisationId);
      if (!org) return [];
      const { helped: _helped, ...listing } = toListing(
        l,
        servicesOf.get(l.organisationId) ?? [],
        org,
        { count: 0, categories: [] },
        now,
      );
      return [listing];
    }),
  };
}

const CSV_COLUMNS = [
  'organisation_id',
  'organisation_name',
  'business_id',
  'service_id',
  'name_fi',
  'name_sv',
  'name_en',
  'description_fi',
  'description_sv',
  'description_en',
  'target_groups',
  'themes',
  'keywords',
  'languages',
  'whole_country',
  'regions',
  'municipalities',
  'free',
  'fee_description',
  'referral_required',
  'phones',
  'emails',
  'web',
  'places',
  'online',
  'checked_at',
] as const;

function serviceRow(s: ServiceShape, businessId: string | null): (string | number | boolean)[] {
  const of = <K extends ServiceShape['channels'][number]['kind']>(kind: K) =>
    s.channels.filter((c): c is Extract<typeof c, { kind: K }> => c.kind === kind);
  return [
    s.organisation.id,
    s.organisation.name,
    businessId ?? '',
    s.id,
    s.name.fi,
    s.name.sv ?? '',
    s.name.en ?? '',
    s.description.fi,
    s.description.sv ?? '',
    s.description.en ?? '',
    s.targetGroups.join(';'),
    s.themes.join(';'),
    s.keywords.join(';'),
    s.languages.join(';'),
    s.areas.wholeCountry,
    s.areas.regions.map((r) => r.name).join(';'),
    s.areas.municipalities.map((m) => m.name).join(';'),
    s.fee.free,
    s.fee.description ?? '',
    s.referralRequired,
    of('phone')
      .map((c) => c.number)
      .join(';'),
    of('email')
      .map((c) => c.email)
      .join(';'),
    of('web')
      .map((c) => c.url)
      .join(';'),
    of('place')
      .map((c) => `${c.street}, ${c.postalCode} ${c.placeName ?? ''}`.trim())
      .join(';'),
    of('online')
      .map((c) => c.url ?? c.description ?? '')
      .join(';'),
    s.checkedAt,
  ];
}

/** One row per service, with its organisation; lists inside a cell are separated by `;`. */
export async function openDirectoryCsv(ctx: Pick<Deps, 'clock'>): Promise<string> {
  const data = await openDirectory(ctx);
  const rows: (string | number | boolean)[][] = [[...CSV_COLUMNS]];
  for (const listing of data.listings) {
    for (const s of listing.services) rows.push(serviceRow(s, listing.organisation.businessId));
  }
  return toCsv(rows);
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; message: string }[];
}

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Imports organisations from CSV (columns `name, businessId, kind, email, phone, website, street,
 * postalCode, description`; Finnish spreadsheets' semicolons are fine). An organisation is the
 * same one when its business id matches, or, without one, its name. Each gets a listing with the
 * row's contact details. Running the same file again changes nothing: a row equal to what is
 * stored is left alone (not even its time stamps move).
 */
export async function importOrganisations(ctx: Ctx, csv: string): Promise<ImportReport> {
  const records = parseCsvRecords(csv);
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, errors: [] };
  const all = await Organisation.findAll({ attributes: ['id', 'name', 'businessId'] });
  const byBusinessId = new Map(all.filter((o) => o.businessId).map((o) => [o.businessId!, o.id]));
  const byName = new Map(all.filter((o) => !o.businessId).map((o) => [key(o.name), o.id]));
  const seen = new Set<string>();
  await ctx.db.write(async (t) => {
    for (const [i, record] of records.entries()) {
      const line = i + 2;
      const trimmed = Object.fromEntries(
        Object.entries(record).flatMap(([k, v]) => (v.trim() === '' ? [] : [[k.trim(), v.trim()]])),
      );
      const parsed = OrganisationImportRow.safeParse(trimmed);
      if (!parsed.success) {
        report.errors.push({
          line,
          message: parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '),
        });
        continue;
      }
      const row = parsed.data;
      if (row.postalCode && !lookupPlace(row.postalCode)) {
        report.errors.push({ line, message: 'postalCode: no such postal code' });
        continue;
      }
      const identity = row.businessId ?? `name:${key(row.name)}`;
      if (seen.has(identity)) {
        report.errors.push({ line, message: 'the same organisation is on an earlier line' });
        continue;
      }
      seen.add(identity);
      const id = row.businessId ? byBusinessId.get(row.businessId) : byName.get(key(row.name));
      const orgFields = {
        name: row.name,
        kind: row.kind,
        businessId: row.businessId ?? null,
        website: row.website ?? null,
        postalCode: row.postalCode ?? null,
      };
      const listingFields = {
        description: { fi: row.description ?? '' },
        email: row.email ?? null,
        phone: row.phone ?? null,
        website: row.website ?? null,
        street: row.street ?? null,
        postalCode: row.postalCode ?? null,
      };
      if (id === undefined) {
        const org = await Organisation.create(
          { ...orgFields, description: row.description ?? '' },
          { transaction: t },
        );
        await DirectoryListing.create(
          {
            organisationId: org.id,
            ...listingFields,
            areas: { wholeCountry: false, regions: [], municipalities: [] },
            languages: ['fi'],
            internalContact: null,
            keeperNotes: null,
            checkedAt: ctx.clock.now(),
          },
          { transaction: t },
        );
        report.created++;
        continue;
      }
      const org = await Organisation.findByPk(id, { transaction: t });
      const listing = await DirectoryListing.findByPk(id, { transaction: t });
      let changed = false;
      if (org) {
        org.set({
          name: orgFields.name,
          kind: orgFields.kind,
          website: orgFields.website,
          postalCode: orgFields.postalCode,
        });
        if (org.changed()) {
          await org.save({ transaction: t });
          changed = true;
        }
      }
      if (listing) {
        const same =
          JSON.stringify(listing.description) === JSON.stringify(listingFields.description) &&
          listing.email === listingFields.email &&
          listing.phone === listingFields.phone &&
          listing.website === listingFields.website &&
          listing.street === listingFields.street &&
          listing.postalCode === listingFields.postalCode;
        if (!same) {
          await listing.update(listingFields, { transaction: t });
          changed = true;
        }
      } else {
        await DirectoryListing.create(
          {
            organisationId: id,
            ...listingFields,
            areas: { wholeCountry: false, regions: [], municipalities: [] },
            languages: ['fi'],
            internalContact: null,
            keeperNotes: null,
            checkedAt: ctx.clock.now(),
          },
          { transaction: t },
        );
        changed = true;
      }
      if (changed) report.updated++;
      else report.unchanged++;
    }
  });
  return report;
}

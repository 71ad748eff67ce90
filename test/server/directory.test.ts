/**
 * The directory: listings written by members or through an emailed link, private fields kept
 * private, search by Finnish word forms, place, need and language with facet counts, open data
 * and the CSV import of organisations.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { directorySchemaJson } from '../../sdk/schemas/directory-json-schema.ts';
import { ManualClock } from '../../server/clock.ts';
import type { Ctx } from '../../server/context.ts';
import { DirectoryListing, Organisation } from '../../server/db/models/index.ts';
import { importOrganisations } from '../../server/services/directory-open-data.ts';
import { call, errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

const put = (s: TestServer, p: string, o: { token?: string; body?: unknown }) =>
  call(s, 'PUT', p, o);

/** A listing with services in Kuopio (Pohjois-Savo), Pohjois-Savo, and the whole country. */
function muistiListing(email = 'toimisto@muisti.example') {
  return {
    description: { fi: 'Tukea muistisairaille ja heidän läheisilleen Pohjois-Savossa.' },
    email,
    phone: '017 123 4567',
    website: 'https://muisti.example',
    street: 'Puijonkatu 1',
    postalCode: '70100',
    areas: { regions: ['Pohjois-Savo'] },
    languages: ['fi'],
    internalContact: { name: 'Salli Salainen', email: 'salli@muisti.example' },
    keeperNotes: 'Jäsenmäärä 412 (ei julkaista)',
    services: [
      {
        name: { fi: 'Muistikahvila', sv: 'Minnescafé' },
        description: { fi: 'Vertaistukiryhmä muistisairaiden omaisille joka toinen tiistai.' },
        targetGroups: ['memory_disorders', 'carers'],
        themes: ['peer_support', 'carer_support'],
        keywords: ['muistikahvila', 'omaiset'],
        channels: [
          {
            kind: 'place',
            street: 'Puijonkatu 1',
            postalCode: '70100',
            openingHours: 'ti 13–15',
          },
          { kind: 'phone', number: '017 123 4567', description: 'muistineuvoja' },
        ],
        fee: { free: true },
        referralRequired: false,
        areas: { municipalities: ['Kuopio'] },
      },
      {
        name: { fi: 'Muistineuvonta' },
        description: { fi: 'Neuvontaa muistiasioissa koko maakunnassa.' },
        targetGroups: ['memory_disorders', 'older_people'],
        themes: ['guidance'],
        channels: [{ kind: 'online', url: 'https://muisti.example/chat' }],
        fee: { free: false, description: '10 € / kerta' },
        referralRequired: true,
        languages: ['fi', 'sv'],
      },
    ],
  };
}

function nationalListing() {
  return {
    description: { fi: 'Valtakunnallinen kriisipuhelin.' },
    email: 'info@kriisi.example',
    areas: { wholeCountry: true },
    languages: ['fi', 'sv', 'en'],
    services: [
      {
        name: { fi: 'Kriisipuhelin', en: 'Crisis line' },
        description: { fi: 'Keskusteluapua kriisissä oleville ja heidän läheisilleen.' },
        targetGroups: ['mental_health', 'everyone'],
        themes: ['crisis_help'],
        channels: [{ kind: 'phone', number: '09 2525 0111' }],
      },
    ],
  };
}

describe(`the directory (${dialectName})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-11-28T08:00:00Z');
  let admin: SignedIn;
  let stranger: SignedIn;
  let muisti = 0;
  let kriisi = 0;
  let lahti = 0;
  let noAccount = 0;

  before(async () => {
    server = await startTestServer({}, { clock });
    admin = await signIn(server, 'admin@muisti.example');
    stranger = await signIn(server, 'stranger@example.fi');
    const org = async (who: SignedIn, name: string) => {
      const r = await post(server, '/organisations', {
        token: who.token,
        body: { name, kind: 'association' },
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.id as number;
    };
    muisti = await org(admin, 'Kuopion Muistiyhdistys ry');
    kriisi = await org(admin, 'Kriisikeskus ry');
    lahti = await org(admin, 'Lahden Omaishoitajat ry');
    for (const [id, body] of [
      [muisti, muistiListing()],
      [kriisi, nationalListing()],
      [
        lahti,
        {
          description: { fi: 'Omaishoitajien tukea Lahdessa.' },
          email: 'lahti@omaiset.example',
          areas: { municipalities: ['Lahti'] },
          services: [
            {
              name: { fi: 'Omaishoitajien vertaisryhmä' },
              description: { fi: 'Muistisairaan puolisoa hoitaville.' },
              targetGroups: ['carers'],
              themes: ['peer_support'],
            },
          ],
        },
      ],
    ] as const) {
      const r = await put(server, `/directory/listings/${id}`, { token: admin.token, body });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
    // An organisation nobody has an account for, as an import brings them.
    const imported = await Organisation.create({
      name: 'Tilitön yhdistys ry',
      kind: 'association',
    });
    noAccount = imported.id;
    await DirectoryListing.create({
      organisationId: noAccount,
      description: { fi: 'Pieni yhdistys ilman tunnuksia.' },
      email: 'yhdistys@tiliton.example',
      phone: null,
      website: null,
      street: null,
      postalCode: '70100',
      areas: { wholeCountry: false, regions: [], municipalities: [] },
      languages: ['fi'],
      internalContact: { email: 'sihteeri@tiliton.example' },
      keeperNotes: 'salainen muistiinpano',
      checkedAt: clock.now(),
    });
  });
  after(() => server.close());

  describe('listings', () => {
    it('the public listing shows the services and never the private fields', async () => {
      const r = await get(server, `/directory/listings/${muisti}`);
      assert.equal(r.status, 200);
      assert.equal(r.body.services.length, 2);
      assert.equal(r.body.services[0].name.sv, 'Minnescafé');
      assert.equal(r.body.services[0].channels[0].municipality, 'Kuopio');
      assert.equal(r.body.services[1].fee.free, false);
      assert.equal(r.body.services[1].areas.regions[0].name, 'Pohjois-Savo');
      const text = JSON.stringify(r.body);
      assert.ok(!text.includes('Salli') && !text.includes('salli@') && !text.includes('412'));
      assert.ok(!('internalContact' in r.body) && !('keeperNotes' in r.body));
    });

    it('members see and write the private fields; others may not', async () => {
      const own = await get(server, `/directory/listings/${muisti}/edit`, { token: admin.token });
      assert.equal(own.status, 200);
      assert.equal(own.body.internalContact.name, 'Salli Salainen');
      const other = await get(server, `/directory/listings/${muisti}/edit`, {
        token: stranger.token,
      });
      assert.equal(other.status, 403);
      assert.equal(errorCode(other), 'not_a_member');
      const anonymous = await get(server, `/directory/listings/${muisti}/edit`);
      assert.equal(anonymous.status, 401);
      const write = await put(server, `/directory/listings/${muisti}`, {
        token: stranger.token,
        body: muistiListing(),
      });
      assert.equal(write.status, 403);
    });

    it('a task’s page says whether its requesting organisation is in the directory', async () => {
      const noListing = await post(server, '/organisations', {
        token: admin.token,
        body: { name: 'Listaamaton ry', kind: 'association' },
      });
      const ids: number[] = [];
      for (const organisationId of [muisti, noListing.body.id]) {
        const task = await post(server, '/tasks', {
          token: admin.token,
          body: {
            organisationId,
            category: 'viestinta',
            title: 'Jäsenkirjeen oikoluku',
            remote: true,
            schedule: { text: 'ensi viikolla' },
            estimatedHours: 1,
          },
        });
        assert.equal(task.status, 201, JSON.stringify(task.body));
        ids.push(task.body.id);
      }
      const listed = await get(server, `/tasks/${ids[0]}`, { token: stranger.token });
      assert.equal(listed.body.organisation.listed, true);
      const unlisted = await get(server, `/tasks/${ids[1]}`, { token: stranger.token });
      assert.equal(unlisted.body.organisation.listed, false);
    });

    it('an unknown region or postal code is a 422 naming the field, and nothing changes', async () => {
      const body = { ...muistiListing(), areas: { regions: ['Atlantis'] } };
      const r = await put(server, `/directory/listings/${muisti}`, { token: admin.token, body });
      assert.equal(r.status, 422);
      assert.equal(errorCode(r), 'unknown_region');
      const after_ = await get(server, `/directory/listings/${muisti}`);
      assert.equal(after_.body.areas.regions[0].name, 'Pohjois-Savo');
    });

    it('search and open data never carry the private fields', async () => {
      const found = await get(server, '/directory/services?q=muisti');
      const open = await get(server, '/directory/open-data.json');
      const csv = await fetch(`${server.api}/directory/open-data.csv`).then((r) => r.text());
      for (const text of [JSON.stringify(found.body), JSON.stringify(open.body), csv]) {
        assert.ok(!/Salli|salli@|sihteeri@|412|salainen muistiinpano/.test(text));
      }
    });
  });

  describe('search', () => {
    const names = (r: { body: { data: { name: { fi: string } }[] } }) =>
      r.body.data.map((s) => s.name.fi).sort();

    it('finds Finnish word forms: "muistisairaus" finds "muistisairaiden"', async () => {
      const r = await get(server, '/directory/services?q=muistisairaus');
      assert.equal(r.status, 200);
      assert.ok(names(r).includes('Muistikahvila'), JSON.stringify(names(r)));
      const carers = await get(server, '/directory/services?q=omaishoitajille');
      // The carers' service by its text; the memory café by its target group, "Omaishoitajat".
      assert.deepEqual(names(carers), ['Muistikahvila', 'Omaishoitajien vertaisryhmä']);
    });

    it('finds by the vocabulary’s words and in Swedish', async () => {
      assert.ok(
        names(await get(server, '/directory/services?q=vertaistukea')).includes('Muistikahvila'),
      );
      assert.deepEqual(names(await get(server, '/directory/services?q=minnescafé')), [
        'Muistikahvila',
      ]);
    });

    it('several words must all match; a quoted phrase must appear as it is', async () => {
      assert.deepEqual(
        names(await get(server, '/directory/services?q=muistikahvila%20kriisi')),
        [],
      );
      const phrase = await get(
        server,
        `/directory/services?q=${encodeURIComponent('"joka toinen tiistai"')}`,
      );
      assert.deepEqual(names(phrase), ['Muistikahvila']);
      const wrongOrder = await get(
        server,
        `/directory/services?q=${encodeURIComponent('"tiistai toinen"')}`,
      );
      assert.deepEqual(names(wrongOrder), []);
    });

    it('a municipality gets its own services, its region’s and the whole country’s', async () => {
      const kuopio = await get(server, '/directory/services?municipality=Kuopio');
      assert.deepEqual(names(kuopio), ['Kriisipuhelin', 'Muistikahvila', 'Muistineuvonta']);
      const iisalmi = await get(server, '/directory/services?municipality=Iisalmi');
      assert.deepEqual(names(iisalmi), ['Kriisipuhelin', 'Muistineuvonta']);
      const lahti_ = await get(server, '/directory/services?municipality=Lahti');
      assert.deepEqual(names(lahti_), ['Kriisipuhelin', 'Omaishoitajien vertaisryhmä']);
      const region = await get(server, '/directory/services?region=Pohjois-Savo');
      assert.deepEqual(names(region), ['Kriisipuhelin', 'Muistikahvila', 'Muistineuvonta']);
      const unknown = await get(server, '/directory/services?municipality=Atlantis');
      assert.equal(errorCode(unknown), 'unknown_municipality');
    });

    it('facets count the matching services by need, theme and language', async () => {
      const r = await get(server, '/directory/services?region=Pohjois-Savo');
      assert.equal(r.body.total, 3);
      const count = (list: { code: string; count: number }[], code: string) =>
        list.find((c) => c.code === code)?.count ?? 0;
      assert.equal(count(r.body.facets.targetGroups, 'memory_disorders'), 2);
      assert.equal(count(r.body.facets.targetGroups, 'carers'), 1);
      assert.equal(count(r.body.facets.targetGroups, 'mental_health'), 1);
      assert.equal(count(r.body.facets.themes, 'peer_support'), 1);
      assert.equal(count(r.body.facets.languages, 'sv'), 2);
      assert.equal(count(r.body.facets.languages, 'fi'), 3);
      assert.equal(r.body.facets.free, 2);
      assert.equal(r.body.facets.referralRequired, 1);
      const filtered = await get(
        server,
        '/directory/services?region=Pohjois-Savo&targetGroup=memory_disorders&language=sv',
      );
      assert.deepEqual(names(filtered), ['Muistineuvonta']);
      assert.equal(filtered.body.total, 1);
    });

    it('pages by keyset in name order, and refuses a cursor it did not hand out', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const q: string = cursor ? `&cursor=${cursor}` : '';
        const r = await get(server, `/directory/services?limit=1${q}`);
        assert.equal(r.status, 200);
        seen.push(...r.body.data.map((s: { name: { fi: string } }) => s.name.fi));
        cursor = r.body.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, [
        'Kriisipuhelin',
        'Muistikahvila',
        'Muistineuvonta',
        'Omaishoitajien vertaisryhmä',
      ]);
      const bad = await get(server, '/directory/services?cursor=bm9wZQ');
      assert.equal(bad.status, 400);
      assert.equal(errorCode(bad), 'invalid_cursor');
    });
  });

  describe('the emailed edit link', () => {
    const tokenIn = async (email: string) => {
      const mail = (await mailTo(email, 'directory_edit_link')).at(-1);
      const token = mail && /\/directory\/edit#(tel_[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      assert.ok(token, 'the link was mailed');
      return token;
    };

    it('goes to the stored contact address only, and cannot be sent elsewhere', async () => {
      const r = await post(server, `/directory/listings/${noAccount}/edit-link`, { body: {} });
      assert.equal(r.status, 202);
      assert.equal(r.body.sentTo, 's…@tiliton.example');
      await tokenIn('sihteeri@tiliton.example');
      const elsewhere = await post(server, `/directory/listings/${noAccount}/edit-link`, {
        body: { email: 'attacker@evil.example' },
      });
      assert.equal(elsewhere.status, 422);
      assert.deepEqual(await mailTo('attacker@evil.example'), []);
    });

    it('opens the listing, saves once and then not', async () => {
      await post(server, `/directory/listings/${noAccount}/edit-link`, { body: {} });
      const token = await tokenIn('sihteeri@tiliton.example');
      const opened = await post(server, '/directory/edit-link/open', { body: { token } });
      assert.equal(opened.status, 200);
      assert.equal(opened.body.keeperNotes, 'salainen muistiinpano');
      const listing = {
        description: { fi: 'Päivitetty kuvaus.' },
        email: 'yhdistys@tiliton.example',
        internalContact: { email: 'sihteeri@tiliton.example' },
        services: [
          {
            name: { fi: 'Päihdetyön ryhmä' },
            description: { fi: 'Tukea päihteiden käyttäjien läheisille.' },
            targetGroups: ['substance_use'],
          },
        ],
      };
      const invalid = await put(server, '/directory/edit-link/listing', {
        body: { token, listing: { ...listing, postalCode: '00000' } },
      });
      assert.equal(invalid.status, 422, 'a refused save leaves the link usable');
      const saved = await put(server, '/directory/edit-link/listing', { body: { token, listing } });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.services[0].name.fi, 'Päihdetyön ryhmä');
      const again = await put(server, '/directory/edit-link/listing', { body: { token, listing } });
      assert.equal(again.status, 410);
      assert.equal(errorCode(again), 'edit_link_invalid');
      const reopen = await post(server, '/directory/edit-link/open', { body: { token } });
      assert.equal(reopen.status, 410);
      const found = await get(server, '/directory/services?q=p%C3%A4ihteet');
      assert.ok(
        found.body.data.some((s: { name: { fi: string } }) => s.name.fi === 'Päihdetyön ryhmä'),
      );
    });

    it('expires', async () => {
      await post(server, `/directory/listings/${kriisi}/edit-link`, { body: {} });
      const token = await tokenIn('info@kriisi.example');
      clock.advance(25 * 3_600_000);
      try {
        const r = await post(server, '/directory/edit-link/open', { body: { token } });
        assert.equal(r.status, 410);
      } finally {
        clock.advance(-25 * 3_600_000);
      }
    });

    it('is limited per listing', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await post(server, `/directory/listings/${lahti}/edit-link`, { body: {} })).status,
        );
      }
      assert.deepEqual(statuses, [202, 202, 202, 429]);
      const wrong = await post(server, '/directory/edit-link/open', {
        body: { token: 'tel_this-is-not-a-real-token-at-all' },
      });
      assert.equal(wrong.status, 410);
    });
  });

  describe('open data and import', () => {
    it('the JSON validates against the schema in the repository', async () => {
      const { default: Ajv } = await import('ajv');
      const file = fs.readFileSync(
        new URL('../../docs/directory.schema.json', import.meta.url),
        'utf8',
      );
      assert.equal(
        file,
        directorySchemaJson(),
        'docs/directory.schema.json is current (npm run schema:directory)',
      );
      const schema = JSON.parse(file);
      const ajv = new Ajv({ allErrors: true });
      const validate = ajv.compile(schema);
      const r = await get(server, '/directory/open-data.json');
      assert.equal(r.status, 200);
      assert.ok(r.body.listings.length >= 4);
      assert.ok(validate(r.body), JSON.stringify(validate.errors));
      assert.ok(!validate({ ...r.body, listings: [{ organisation: 'x' }] }), 'the schema can fail');
      const csv = await fetch(`${server.api}/directory/open-data.csv`);
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      assert.match(await csv.text(), /Muistikahvila/);
    });

    it('importing 1,000 organisations twice changes nothing the second time', async () => {
      const lines = ['name;businessId;email;postalCode;description'];
      for (let i = 0; i < 1000; i++) {
        lines.push(`Tuontiyhdistys ${i} ry;;tuonti${i}@example.fi;70100;Yhdistys numero ${i}`);
      }
      const csv = lines.join('\n');
      const ctx = {
        ...server.deps,
        actor: { kind: 'anonymous' },
        publishableKey: null,
        ip: '127.0.0.1',
        cache: new Map(),
      } as Ctx;
      const first = await importOrganisations(ctx, csv);
      assert.deepEqual(
        { ...first, errors: first.errors.length },
        { created: 1000, updated: 0, unchanged: 0, errors: 0 },
      );
      const snapshot = async () =>
        JSON.stringify(
          (await DirectoryListing.findAll({ order: [['organisationId', 'ASC']] })).map((l) =>
            l.toJSON(),
          ),
        );
      const before_ = await snapshot();
      const orgs = await Organisation.count();
      clock.advance(60_000);
      const second = await importOrganisations(ctx, csv);
      assert.deepEqual(
        { ...second, errors: second.errors.length },
        { created: 0, updated: 0, unchanged: 1000, errors: 0 },
      );
      assert.equal(await snapshot(), before_);
      assert.equal(await Organisation.count(), orgs);
    });
  });
});

/**
 * Pro bono programmes: a company states what its employees' feed shows, and its publishable key
 * yields exactly that feed (plus its groups' tasks for their members), whatever the query says.
 * The last test checks "exactly" over random programmes and tasks against a reference filter.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { Task } from '../../server/db/models/index.ts';
import { lookupPlace } from '../../server/services/places.ts';
import { errorCode, get, post, signIn, type CallOptions, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const SECTORS = ['Sosiaali- ja terveysala', 'Kulttuuri', 'Liikunta ja urheilu'] as const;
/** Sector of each association, by index; null: none given. */
const ORG_SECTORS = [SECTORS[0], SECTORS[0], SECTORS[1], SECTORS[2], null] as const;
const CATEGORIES = ['kirjanpito-talous', 'viestinta', 'tietoturva', 'hankinnat'] as const;
/** null: a remote task with no place. The others are in four different regions. */
const POSTAL_CODES = [null, '00100', '33100', '20100'] as const;
const STATUSES = ['open', 'open', 'open', 'cancelled', 'pending_verification', 'assigned'] as const;

function put(server: TestServer, path: string, options: CallOptions) {
  return fetch(server.api + path, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify(options.body ?? {}),
  }).then(async (res) => ({ status: res.status, body: await res.json(), headers: res.headers }));
}

describe(`pro bono programmes (${dialectName})`, () => {
  let server: TestServer;
  let owner: SignedIn; // admin of the associations
  let companyAdmin: SignedIn;
  let employee: SignedIn; // in the company's pro bono group; member of no organisation
  let orgs: number[] = []; // associations, sectors as ORG_SECTORS
  let company: number;
  let companyGroup: number;
  let otherGroup: number; // owned by orgs[0]
  let key: string; // the company's publishable key
  let association: number;

  const asKey = (extra: CallOptions = {}): CallOptions => ({
    ...extra,
    headers: { 'x-publishable-key': key, ...extra.headers },
  });

  async function ok(reply: { status: number; body: any }, what: string) {
    assert.ok(reply.status < 300, `${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  /** Every id of the feed, page by page. */
  async function feed(query: string, options: CallOptions): Promise<number[]> {
    const seen: number[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const sep = query ? '&' : '';
      const path = `/tasks?limit=3${sep}${query}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await get(server, path, options);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      seen.push(...res.body.data.map((t: { id: number }) => t.id));
      cursor = res.body.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('the feed did not end');
  }

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 1000 });
    owner = await signIn(server, 'omistaja@yhdistykset.fi', { name: 'Olga Omistaja' });
    companyAdmin = await signIn(server, 'hr@ohjelmistotalo.fi', { name: 'Hanna HR' });
    employee = await signIn(server, 'koodari@ohjelmistotalo.fi', { name: 'Kalle Koodari' });
    orgs = [];
    for (const [i, sector] of ORG_SECTORS.entries()) {
      const body = await ok(
        await post(server, '/organisations', {
          token: owner.token,
          body: { name: `Yhdistys ${i} ry`, kind: 'association', sector },
        }),
        'association',
      );
      orgs.push(body.id);
    }
    association = orgs[0]!;
    company = (
      await ok(
        await post(server, '/organisations', {
          token: companyAdmin.token,
          body: { name: 'Ohjelmistotalo Oy', kind: 'company', sector: 'Ohjelmistot' },
        }),
        'company',
      )
    ).id;
    const group = await ok(
      await post(server, '/groups', {
        token: companyAdmin.token,
        body: { organisationId: company, name: 'Ohjelmistotalon pro bono' },
      }),
      'group',
    );
    companyGroup = group.id;
    await ok(
      await post(server, `/groups/${companyGroup}/members`, {
        token: companyAdmin.token,
        body: { emails: [employee.email] },
      }),
      'employee joins',
    );
    otherGroup = (
      await ok(
        await post(server, '/groups', {
          token: owner.token,
          body: { organisationId: association, name: 'Paikallisosastot' },
        }),
        'other group',
      )
    ).id;
    key = (
      await ok(
        await post(server, `/organisations/${company}/api-keys`, {
          token: companyAdmin.token,
          body: {
            kind: 'publishable',
            name: 'Intranet',
            allowedOrigins: ['https://intra.example'],
          },
        }),
        'key',
      )
    ).key;
  });
  after(() => server.close());

  describe('stating a programme', () => {
    it('a company without a programme has an empty one: no restriction', async () => {
      const res = await get(server, `/organisations/${company}/pro-bono`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, {
        organisation: { id: company, name: 'Ohjelmistotalo Oy', kind: 'company' },
        sectors: [],
        organisations: [],
        categories: [],
        regions: [],
        justification: '',
        group: null,
        updatedAt: null,
      });
    });

    it("the company's admin states it; anyone reads it, as a public statement", async () => {
      const res = await put(server, `/organisations/${company}/pro-bono`, {
        token: companyAdmin.token,
        body: {
          sectors: ['sosiaali- ja terveysala'],
          organisationIds: [orgs[2], orgs[2]],
          categories: ['kirjanpito-talous', 'tietoturva'],
          regions: ['Birkaland', 'FI1B1'],
          justification: 'Osaamisemme on taloushallinnossa ja tietoturvassa.',
          groupId: companyGroup,
        },
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(res.body.sectors, ['Sosiaali- ja terveysala'], 'spelt as organisations do');
      assert.deepEqual(
        res.body.organisations.map((o: { id: number }) => o.id),
        [orgs[2]],
      );
      assert.deepEqual(res.body.regions, [
        { code: 'FI197', name: 'Pirkanmaa' },
        { code: 'FI1B1', name: 'Helsinki-Uusimaa' },
      ]);
      assert.deepEqual(res.body.group, {
        id: companyGroup,
        name: 'Ohjelmistotalon pro bono',
        memberCount: 1,
      });
      assert.ok(res.body.updatedAt);
      const read = await get(server, `/organisations/${company}/pro-bono`);
      assert.deepEqual(read.body, res.body);
    });

    it('only the company’s admins may state it', async () => {
      const cases: [string | undefined, number][] = [
        [undefined, 401],
        [employee.token, 403],
        [owner.token, 403],
      ];
      for (const [token, status] of cases) {
        const res = await put(server, `/organisations/${company}/pro-bono`, {
          token,
          body: { justification: 'Kaapattu' },
        });
        assert.equal(res.status, status);
      }
      const keyed = await fetch(`${server.api}/organisations/${company}/pro-bono`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-publishable-key': key },
        body: '{}',
      });
      assert.equal(keyed.status, 401, 'a publishable key never acts as the company');
      const secret = await ok(
        await post(server, `/organisations/${company}/api-keys`, {
          token: companyAdmin.token,
          body: { kind: 'secret', name: 'HR-järjestelmä' },
        }),
        'secret key',
      );
      const byScript = await put(server, `/organisations/${company}/pro-bono`, {
        token: secret.key,
        body: { justification: 'Skriptistä' },
      });
      assert.equal(byScript.status, 200);
    });

    it('only a company has one', async () => {
      const res = await put(server, `/organisations/${association}/pro-bono`, {
        token: owner.token,
        body: {},
      });
      assert.equal(res.status, 422);
      assert.equal(res.body.error.code, 'not_a_company');
      const read = await get(server, `/organisations/${association}/pro-bono`);
      assert.equal(read.status, 422);
      assert.equal((await get(server, '/organisations/999999/pro-bono')).status, 404);
    });

    it('unknown regions and organisations, and groups not its own, are refused', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ regions: ['Atlantis'] }, 'unknown_region'],
        [{ organisationIds: [999999] }, 'unknown_organisation'],
        [{ groupId: otherGroup }, 'group_not_owned'],
        [{ groupId: 999999 }, 'group_not_owned'],
        [{ categories: ['ei-ole'] }, 'validation_failed'],
        [{ sectors: [''] }, 'validation_failed'],
        [{ extra: true }, 'validation_failed'],
      ];
      for (const [body, code] of cases) {
        const res = await put(server, `/organisations/${company}/pro-bono`, {
          token: companyAdmin.token,
          body,
        });
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(res.body.error.code, code, JSON.stringify(res.body));
      }
    });
  });

  describe("the company's key", () => {
    let inside: number; // orgs[0] (listed sector), bookkeeping, Tampere
    let wrongCategory: number; // orgs[0], communications
    let wrongRegion: number; // orgs[0], bookkeeping, Turku
    let wrongOrg: number; // orgs[3], bookkeeping, Tampere
    let groupTask: number; // orgs[3], communications, to the company's group
    let otherGroupTask: number; // orgs[0], bookkeeping, Tampere, to orgs[0]'s group

    async function task(orgIndex: number, category: string, postalCode: string, extra = {}) {
      return (
        await ok(
          await post(server, '/tasks', {
            token: owner.token,
            body: {
              organisationId: orgs[orgIndex],
              category,
              title: `Tehtävä ${category} ${postalCode}`,
              schedule: { text: 'pian' },
              estimatedHours: 1,
              postalCode,
              remote: false,
              ...extra,
            },
          }),
          'task',
        )
      ).id as number;
    }

    before(async () => {
      await ok(
        await put(server, `/organisations/${company}/pro-bono`, {
          token: companyAdmin.token,
          body: {
            sectors: ['Sosiaali- ja terveysala'],
            organisationIds: [orgs[2]],
            categories: ['kirjanpito-talous'],
            regions: ['Pirkanmaa'],
            justification: 'Taloushallintoa Pirkanmaalle.',
            groupId: companyGroup,
          },
        }),
        'programme',
      );
      // The owner joins the company's group so as to post to it; the company invites.
      await ok(
        await post(server, `/groups/${companyGroup}/members`, {
          token: companyAdmin.token,
          body: { emails: [owner.email] },
        }),
        'owner in group',
      );
      const groups = await get(server, `/groups/${companyGroup}`, { token: companyAdmin.token });
      const otherCode = (await get(server, `/groups/${otherGroup}`, { token: owner.token })).body
        .code;
      inside = await task(0, 'kirjanpito-talous', '33100');
      wrongCategory = await task(0, 'viestinta', '33100');
      wrongRegion = await task(0, 'kirjanpito-talous', '20100');
      wrongOrg = await task(3, 'kirjanpito-talous', '33100');
      groupTask = await task(3, 'viestinta', '20100', { groupCode: groups.body.code });
      otherGroupTask = await task(0, 'kirjanpito-talous', '33100', { groupCode: otherCode });
    });

    it('shows exactly the programme’s public tasks to anyone', async () => {
      const ids = await feed('', asKey());
      assert.deepEqual(ids, [inside]);
      for (const id of [wrongCategory, wrongRegion, wrongOrg]) {
        assert.equal((await get(server, `/tasks/${id}`, asKey())).status, 404);
        assert.equal((await get(server, `/tasks/${id}`)).status, 200, 'public without the key');
      }
    });

    it("adds the company's group's tasks for the group's members, outside the filter", async () => {
      const ids = await feed('', asKey({ token: employee.token }));
      assert.deepEqual(ids.sort(), [inside, groupTask].sort());
      const one = await get(server, `/tasks/${groupTask}`, asKey({ token: employee.token }));
      assert.equal(one.status, 200);
      assert.equal((await get(server, `/tasks/${groupTask}`, asKey())).status, 404);
      assert.equal(
        (await get(server, `/tasks/${otherGroupTask}`, asKey({ token: employee.token }))).status,
        404,
        "another organisation's group task stays hidden",
      );
    });

    it('query parameters narrow, never widen', async () => {
      const cases: [string, number[]][] = [
        [`organisationId=${orgs[3]}`, []],
        [`organisationId=${orgs[1]}`, []],
        [`organisationId=${orgs[0]}`, [inside]],
        ['category=viestinta', []],
        ['category=kirjanpito-talous,viestinta', [inside]],
        ['region=Varsinais-Suomi', []],
        [`groupId=${otherGroup}`, []],
        [`groupId=${companyGroup}`, []],
        ['status=open,assigned,completed,cancelled', [inside]],
        ['q=Tehtävä', [inside]],
      ];
      for (const [query, expected] of cases) {
        assert.deepEqual(await feed(query, asKey()), expected, query);
      }
      assert.deepEqual(await feed(`groupId=${companyGroup}`, asKey({ token: employee.token })), [
        groupTask,
      ]);
    });

    it('proBonoOf previews the programme’s feed without the key, for any caller', async () => {
      // The programme is public: the company's admin (previewing it in the settings) and an
      // anonymous visitor get the public tasks inside it.
      for (const options of [{ token: companyAdmin.token }, {}]) {
        assert.deepEqual(await feed(`proBonoOf=${company}`, options), [inside]);
      }
      // The requesting organisation's member also sees its own group's task inside it.
      assert.deepEqual(
        (await feed(`proBonoOf=${company}`, { token: owner.token })).sort(),
        [inside, otherGroupTask].sort(),
      );
      // A group task shows only to whom may see it anyway: the filter never widens.
      const employeeIds = await feed(`proBonoOf=${company}`, { token: employee.token });
      assert.ok(employeeIds.includes(inside));
      assert.ok(!employeeIds.includes(otherGroupTask));
      const opportunities = await get(server, `/me/opportunities?proBonoOf=${company}`, {
        token: employee.token,
      });
      assert.equal(opportunities.status, 200);
      assert.ok(opportunities.body.data.every((t: { id: number }) => t.id !== wrongCategory));
    });

    it('proBonoOf names a company: another kind or an unknown id is a 422', async () => {
      const notCompany = await get(server, `/tasks?proBonoOf=${association}`);
      assert.equal(notCompany.status, 422);
      assert.equal(errorCode(notCompany), 'not_a_company');
      const unknown = await get(server, '/tasks?proBonoOf=99999999');
      assert.equal(unknown.status, 422);
      assert.equal(errorCode(unknown), 'unknown_organisation');
      assert.equal(errorCode(await get(server, '/tasks?proBonoOf=x')), 'validation_failed');
    });

    it('a changed programme changes the feed at once', async () => {
      await ok(
        await put(server, `/organisations/${company}/pro-bono`, {
          token: companyAdmin.token,
          body: { categories: ['viestinta'] },
        }),
        'programme',
      );
      assert.deepEqual(await feed('', asKey()), [wrongCategory]);
      await ok(
        await put(server, `/organisations/${company}/pro-bono`, {
          token: companyAdmin.token,
          body: { sectors: ['Ei tällaista alaa'] },
        }),
        'programme',
      );
      assert.deepEqual(await feed('', asKey()), [], 'a sector no organisation has matches none');
    });

    after(async () => {
      await Task.destroy({
        where: { id: [inside, wrongCategory, wrongRegion, wrongOrg, groupTask, otherGroupTask] },
      });
    });
  });

  it('never shows a task outside its programme and never misses one inside it', async () => {
    const regionOf = (postal: string | null) => (postal ? lookupPlace(postal)!.region : null);
    const regionNames = POSTAL_CODES.filter((p) => p !== null).map((p) => regionOf(p)!.name);

    const taskArb = fc.record({
      org: fc.integer({ min: 0, max: ORG_SECTORS.length - 1 }),
      category: fc.constantFrom(...CATEGORIES),
      postal: fc.constantFrom(...POSTAL_CODES),
      target: fc.constantFrom('public', 'public', 'public', 'company', 'other'),
      status: fc.constantFrom(...STATUSES),
    });
    const programmeArb = fc.record({
      sectors: fc.subarray([...SECTORS, 'Ympäristö']),
      orgs: fc.subarray([0, 1, 2, 3, 4]),
      categories: fc.subarray([...CATEGORIES]),
      regions: fc.subarray(regionNames),
      group: fc.boolean(),
    });
    const narrowingArb = fc.oneof(
      fc.constant(null),
      fc.record({ organisation: fc.integer({ min: 0, max: ORG_SECTORS.length - 1 }) }),
      fc.record({ category: fc.constantFrom(...CATEGORIES) }),
      fc.record({ region: fc.constantFrom(...regionNames) }),
    );

    type TaskSpec = {
      org: number;
      category: string;
      postal: string | null;
      target: string;
      status: string;
    };
    type Programme = { sectors: string[]; orgs: number[]; categories: string[]; regions: string[] };
    type Narrowing = { organisation?: number; category?: string; region?: string } | null;

    /** The programme's rule, written plainly: see server/services/pro-bono.ts. */
    function inProgramme(t: TaskSpec, p: Programme): boolean {
      const sector = ORG_SECTORS[t.org] ?? null;
      const byOrganisation =
        (p.orgs.length === 0 && p.sectors.length === 0) ||
        p.orgs.includes(t.org) ||
        (sector !== null && p.sectors.includes(sector));
      const byCategory = p.categories.length === 0 || p.categories.includes(t.category);
      const region = regionOf(t.postal)?.name ?? null;
      const byRegion = p.regions.length === 0 || (region !== null && p.regions.includes(region));
      return byOrganisation && byCategory && byRegion;
    }
    function narrowed(t: TaskSpec, n: Narrowing): boolean {
      if (!n) return true;
      if (n.organisation !== undefined) return t.org === n.organisation;
      if (n.category !== undefined) return t.category === n.category;
      return regionOf(t.postal)?.name === n.region;
    }
    function query(n: Narrowing): string {
      if (!n) return '';
      if (n.organisation !== undefined) return `organisationId=${orgs[n.organisation]}`;
      if (n.category !== undefined) return `category=${n.category}`;
      return `region=${encodeURIComponent(n.region!)}`;
    }

    const started = Date.now();
    let base = Math.floor(Date.now() / 1000) * 1000;
    await fc.assert(
      fc.asyncProperty(
        programmeArb,
        fc.array(taskArb, { maxLength: 9 }),
        narrowingArb,
        async (programme, specs, narrowing) => {
          await ok(
            await put(server, `/organisations/${company}/pro-bono`, {
              token: companyAdmin.token,
              body: {
                sectors: programme.sectors,
                organisationIds: programme.orgs.map((i) => orgs[i]),
                categories: programme.categories,
                regions: programme.regions,
                groupId: programme.group ? companyGroup : null,
              },
            }),
            'programme',
          );
          // Fresh tasks for every run, written straight to the database: the feed is on trial.
          base += 60_000;
          const rows = await Task.bulkCreate(
            specs.map((t, i) => {
              const place = t.postal ? lookupPlace(t.postal)! : null;
              return {
                organisationId: orgs[t.org]!,
                createdById: owner.id,
                status: t.status as Task['status'],
                category: t.category,
                title: `Satunnainen ${i}`,
                details: '',
                postalCode: t.postal,
                municipalityCode: place?.municipality.code ?? null,
                regionCode: place?.region.code ?? null,
                lat: place?.lat ?? null,
                lng: place?.lng ?? null,
                remote: t.postal === null,
                scheduleText: 'pian',
                estimatedHours: 1,
                helpersWanted: 1,
                groupId:
                  t.target === 'company' ? companyGroup : t.target === 'other' ? otherGroup : null,
                // Some share a second, so that the keyset's tie-break on id is exercised too.
                publishedAt:
                  t.status === 'pending_verification' ? null : new Date(base + (i % 3) * 1000),
              };
            }),
          );
          try {
            const created = rows.map((row, i) => ({ id: row.id, spec: specs[i]! }));
            const open = created.filter((c) => c.spec.status === 'open');
            const forAnyone = open
              .filter((c) => c.spec.target === 'public' && inProgramme(c.spec, programme))
              .filter((c) => narrowed(c.spec, narrowing))
              .map((c) => c.id)
              .sort((a, b) => a - b);
            const forEmployee = open
              .filter(
                (c) =>
                  (c.spec.target === 'public' && inProgramme(c.spec, programme)) ||
                  c.spec.target === 'company',
              )
              .filter((c) => narrowed(c.spec, narrowing))
              .map((c) => c.id)
              .sort((a, b) => a - b);

            const anyone = await feed(query(narrowing), asKey());
            assert.equal(new Set(anyone).size, anyone.length, 'no task twice across pages');
            assert.deepEqual(
              [...anyone].sort((a, b) => a - b),
              forAnyone,
            );
            const staff = await feed(query(narrowing), asKey({ token: employee.token }));
            assert.deepEqual(
              [...staff].sort((a, b) => a - b),
              forEmployee,
            );
          } finally {
            await Task.destroy({ where: { id: rows.map((r) => r.id) } });
          }
        },
      ),
      { numRuns: 30 },
    );
    assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
  });

  it("the company's key alone cannot read its pro bono group", async () => {
    const res = await get(server, `/groups/${companyGroup}`, asKey());
    assert.equal(res.status, 401);
    assert.equal(errorCode(res), 'unauthenticated');
  });
});

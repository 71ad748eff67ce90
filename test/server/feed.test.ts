import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  Application,
  Group,
  GroupMember,
  Membership,
  Organisation,
  Task,
} from '../../server/db/models/index.ts';
import { lookupPlace } from '../../server/services/places.ts';
import { errorCode, get, post, signIn, type Reply, type SignedIn } from '../helpers/http.ts';
import { secretKeyOf } from '../helpers/fixtures.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;

async function organisation(name: string, ...members: SignedIn[]): Promise<Organisation> {
  const org = await Organisation.create({ name, kind: 'association' });
  for (const m of members) {
    await Membership.create({ organisationId: org.id, userId: m.id, role: 'member' });
  }
  return org;
}

const base = {
  category: 'viestinta',
  details: '',
  remote: false,
  schedule: { text: 'tällä viikolla' },
  estimatedHours: 2,
};

async function postTask(token: string, body: Record<string, unknown>): Promise<number> {
  const res = await post(server, '/tasks', { token, body: { ...base, ...body } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as number;
}

const world = new Map<string, number>();
const label = (id: number) => [...world].find(([, v]) => v === id)?.[0] ?? `#${id}`;
/** Labels of a page, in the order the server gave them. */
function labels(res: Reply): string[] {
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return (res.body.data as { id: number }[]).map((t) => label(t.id));
}
/** The expected labels, newest first (the world was posted in label order). */
function newestFirst(...names: string[]): string[] {
  return names.sort((a, b) => world.get(b)! - world.get(a)!);
}

describe(`the task feed (${dialectName})`, () => {
  let requester: SignedIn;
  let otherRequester: SignedIn;
  let stranger: SignedIn;
  let groupie: SignedIn;
  let applicant: SignedIn;
  let key: string;
  let orgA: Organisation;
  let orgB: Organisation;
  let groupId: number;

  before(async () => {
    server = await startTestServer();
    requester = await signIn(server, 'requester@example.fi', { name: 'Requester' });
    otherRequester = await signIn(server, 'other@example.fi', { name: 'Other' });
    stranger = await signIn(server, 'stranger@example.fi', { name: 'Stranger' });
    groupie = await signIn(server, 'groupie@example.fi', { name: 'Groupie' });
    applicant = await signIn(server, 'applicant@example.fi', { name: 'Applicant' });
    orgA = await organisation('Hakuyhdistys', requester);
    orgB = await organisation('Toinen yhdistys', otherRequester);
    key = await secretKeyOf(orgA, requester);
    const g = await Group.create({
      organisationId: orgA.id,
      name: 'Lähiryhmä',
      code: 'LAHI01',
      memberCap: 30,
      createdById: requester.id,
    });
    groupId = g.id;
    await GroupMember.create({ groupId, email: groupie.email, invitedById: requester.id });

    const t = requester.token;
    world.set(
      'helsinkiBooks',
      await postTask(t, {
        category: 'kirjanpito-talous',
        title: 'Tilinpäätöksen valmistelu',
        postalCode: '00100',
      }),
    );
    world.set(
      'espooRemote',
      await postTask(t, { title: 'Tiedotteen oikoluku', postalCode: '02150', remote: true }),
    );
    world.set('tampereComms', await postTask(t, { title: 'Somekanavat', postalCode: '33100' }));
    world.set(
      'remoteSecurity',
      await postTask(t, {
        category: 'tietoturva',
        title: 'Tietoturvakatselmus',
        details: 'Haluamme 100% VARMUUS_KOPIOT kuntoon.',
        remote: true,
      }),
    );
    world.set(
      'groupTask',
      await postTask(t, {
        category: 'markkinointi',
        title: 'Kuvien muokkaus',
        remote: true,
        groupCode: 'LAHI01',
      }),
    );
    world.set(
      'otherOrgHelsinki',
      await postTask(otherRequester.token, {
        category: 'hankinnat',
        title: 'Kilpailutuksen apu',
        postalCode: '00500',
      }),
    );
    world.set('cancelled', await postTask(t, { title: 'Peruttu tehtävä', postalCode: '00100' }));
    await post(server, `/tasks/${world.get('cancelled')}/cancel`, { token: t, body: {} });
    world.set(
      'helsinkiNoCoordinates',
      await postTask(t, {
        category: 'kirjanpito-talous',
        title: 'Kassan tarkastus',
        postalCode: '00100',
      }),
    );
    world.set(
      'tampereNoCoordinates',
      await postTask(t, { title: 'Esitteen taitto', postalCode: '33100' }),
    );
    await Task.update(
      { lat: null, lng: null },
      { where: { id: [world.get('helsinkiNoCoordinates')!, world.get('tampereNoCoordinates')!] } },
    );
    world.set(
      'otherOrgRemote',
      await postTask(otherRequester.token, { title: 'Uutiskirjeen kirjoitus', remote: true }),
    );
    const pending = await Task.create({
      organisationId: orgA.id,
      createdById: requester.id,
      status: 'pending_verification',
      category: 'viestinta',
      title: 'Vahvistamaton pyyntö',
      details: '',
      remote: true,
      scheduleText: 'pian',
      estimatedHours: 1,
      helpersWanted: 1,
    });
    world.set('pending', pending.id);
    await Application.create({
      taskId: world.get('groupTask')!,
      userId: applicant.id,
      message: 'Autan mielelläni',
    });
  });
  after(() => server.close());

  const publicOpen = [
    'helsinkiBooks',
    'espooRemote',
    'tampereComms',
    'remoteSecurity',
    'otherOrgHelsinki',
    'helsinkiNoCoordinates',
    'tampereNoCoordinates',
    'otherOrgRemote',
  ];

  describe('who sees what in the list', () => {
    it('anyone, signed in or not, sees the open public tasks, newest first', async () => {
      assert.deepEqual(labels(await get(server, '/tasks')), newestFirst(...publicOpen));
      assert.deepEqual(
        labels(await get(server, '/tasks', { token: stranger.token })),
        newestFirst(...publicOpen),
      );
    });

    it('a group’s members, its organisation and its applicants also see the group’s task', async () => {
      const withGroup = newestFirst(...publicOpen, 'groupTask');
      assert.deepEqual(labels(await get(server, '/tasks', { token: groupie.token })), withGroup);
      assert.deepEqual(labels(await get(server, '/tasks', { token: requester.token })), withGroup);
      assert.deepEqual(labels(await get(server, '/tasks', { token: key })), withGroup);
      assert.deepEqual(labels(await get(server, '/tasks', { token: applicant.token })), withGroup);
      assert.deepEqual(
        labels(await get(server, '/tasks', { token: otherRequester.token })),
        newestFirst(...publicOpen),
      );
    });

    it('a task waiting for verification is listed to its organisation only', async () => {
      const q = '/tasks?status=pending_verification';
      assert.deepEqual(labels(await get(server, q)), []);
      assert.deepEqual(labels(await get(server, q, { token: stranger.token })), []);
      assert.deepEqual(labels(await get(server, q, { token: groupie.token })), []);
      assert.deepEqual(labels(await get(server, q, { token: requester.token })), ['pending']);
      assert.deepEqual(labels(await get(server, q, { token: key })), ['pending']);
    });

    it('other statuses are asked for by name, one or several', async () => {
      assert.deepEqual(labels(await get(server, '/tasks?status=cancelled')), ['cancelled']);
      assert.deepEqual(
        labels(await get(server, '/tasks?status=open,cancelled&organisationId=' + orgB.id)),
        newestFirst('otherOrgHelsinki', 'otherOrgRemote'),
      );
      assert.deepEqual(
        labels(
          await get(server, `/tasks?status=open&status=pending_verification&remote=true`, {
            token: requester.token,
          }),
        ),
        // Not yet published: after every published one.
        [...newestFirst('espooRemote', 'remoteSecurity', 'groupTask', 'otherOrgRemote'), 'pending'],
      );
    });

    it('the response tells distance only when searched around a place', async () => {
      const res = await get(server, '/tasks');
      assert.ok(res.body.data.every((t: object) => !('distanceKm' in t)));
    });
  });

  describe('filters', () => {
    it('by category, one or several, comma-separated or repeated', async () => {
      assert.deepEqual(
        labels(await get(server, '/tasks?category=tietoturva')),
        newestFirst('remoteSecurity'),
      );
      const expected = newestFirst('helsinkiBooks', 'remoteSecurity', 'helsinkiNoCoordinates');
      assert.deepEqual(
        labels(await get(server, '/tasks?category=tietoturva,kirjanpito-talous')),
        expected,
      );
      assert.deepEqual(
        labels(await get(server, '/tasks?category=tietoturva&category=kirjanpito-talous')),
        expected,
      );
    });

    it('by remote', async () => {
      assert.deepEqual(
        labels(await get(server, '/tasks?remote=true')),
        newestFirst('espooRemote', 'remoteSecurity', 'otherOrgRemote'),
      );
      assert.deepEqual(
        labels(await get(server, '/tasks?remote=false')),
        newestFirst(
          'helsinkiBooks',
          'tampereComms',
          'otherOrgHelsinki',
          'helsinkiNoCoordinates',
          'tampereNoCoordinates',
        ),
      );
    });

    it('by region, as a code or a Finnish or Swedish name in any case', async () => {
      const tampere = newestFirst('tampereComms', 'tampereNoCoordinates');
      for (const region of ['FI197', 'fi197', 'Pirkanmaa', 'PIRKANMAA', 'Birkaland']) {
        assert.deepEqual(labels(await get(server, `/tasks?region=${region}`)), tampere, region);
      }
      const res = await get(server, '/tasks?region=Atlantis');
      assert.equal(res.status, 422);
      assert.equal(errorCode(res), 'unknown_region');
    });

    it('by municipality, as a code or a name', async () => {
      for (const m of ['049', '49', 'Espoo', 'espoo', 'Esbo']) {
        assert.deepEqual(labels(await get(server, `/tasks?municipality=${m}`)), ['espooRemote'], m);
      }
      const res = await get(server, '/tasks?municipality=Gotham');
      assert.equal(res.status, 422);
      assert.equal(errorCode(res), 'unknown_municipality');
    });

    it('by postal code alone: that postal code', async () => {
      assert.deepEqual(labels(await get(server, '/tasks?postalCode=00500')), ['otherOrgHelsinki']);
    });

    it('by postal code and radius, with the distance of each', async () => {
      assert.ok(lookupPlace('00100')?.lat, 'postal code coordinates are needed for this test');
      const near = await get(server, '/tasks?postalCode=00100&radiusKm=30');
      assert.deepEqual(
        labels(near),
        newestFirst('helsinkiBooks', 'espooRemote', 'otherOrgHelsinki', 'helsinkiNoCoordinates'),
      );
      const byLabel = new Map(
        (near.body.data as { id: number; distanceKm: number | null }[]).map((t) => [
          label(t.id),
          t.distanceKm,
        ]),
      );
      assert.equal(byLabel.get('helsinkiBooks'), 0);
      const espoo = byLabel.get('espooRemote')!;
      assert.ok(espoo > 10 && espoo < 25, `Espoo is ${espoo} km from Helsinki`);
      assert.equal(byLabel.get('helsinkiNoCoordinates'), null);

      const far = await get(server, '/tasks?postalCode=00100&radiusKm=200');
      assert.deepEqual(
        labels(far),
        newestFirst(
          'helsinkiBooks',
          'espooRemote',
          'tampereComms',
          'otherOrgHelsinki',
          'helsinkiNoCoordinates',
        ),
      );
      const tampere = (far.body.data as { id: number; distanceKm: number }[]).find(
        (t) => label(t.id) === 'tampereComms',
      );
      assert.ok(tampere!.distanceKm > 140 && tampere!.distanceKm < 200);
    });

    it('a task with no coordinates matches a radius search only in the same municipality', async () => {
      assert.deepEqual(labels(await get(server, '/tasks?postalCode=02150&radiusKm=5')), [
        'espooRemote',
      ]);
      assert.deepEqual(
        labels(await get(server, '/tasks?postalCode=33100&radiusKm=1')),
        newestFirst('tampereComms', 'tampereNoCoordinates'),
      );
    });

    it('radius and remote narrow each other', async () => {
      assert.deepEqual(
        labels(await get(server, '/tasks?postalCode=00100&radiusKm=30&remote=true')),
        ['espooRemote'],
      );
    });

    it('by organisation and by group', async () => {
      assert.deepEqual(
        labels(await get(server, `/tasks?organisationId=${orgB.id}`)),
        newestFirst('otherOrgHelsinki', 'otherOrgRemote'),
      );
      assert.deepEqual(labels(await get(server, `/tasks?groupId=${groupId}`)), []);
      assert.deepEqual(
        labels(await get(server, `/tasks?groupId=${groupId}`, { token: groupie.token })),
        ['groupTask'],
      );
    });

    it('by free text over title and details, wildcards taken literally', async () => {
      assert.deepEqual(labels(await get(server, '/tasks?q=Tilinpäätöksen')), ['helsinkiBooks']);
      assert.deepEqual(labels(await get(server, '/tasks?q=varmuus')), ['remoteSecurity']);
      assert.deepEqual(labels(await get(server, '/tasks?q=SOMEKANAVAT')), ['tampereComms']);
      assert.deepEqual(labels(await get(server, `/tasks?q=${encodeURIComponent('%')}`)), [
        'remoteSecurity',
      ]);
      assert.deepEqual(labels(await get(server, '/tasks?q=_')), ['remoteSecurity']);
      assert.deepEqual(labels(await get(server, '/tasks?q=o_k')), []);
      assert.deepEqual(labels(await get(server, `/tasks?q=${encodeURIComponent("'; --")}`)), []);
    });

    it('filters combine', async () => {
      assert.deepEqual(
        labels(await get(server, '/tasks?category=kirjanpito-talous&region=Pirkanmaa')),
        [],
      );
      assert.deepEqual(
        labels(await get(server, '/tasks?category=viestinta&region=Helsinki-Uusimaa&remote=true')),
        ['espooRemote'],
      );
    });

    it('bad filters get 422 or 400, never 500', async () => {
      const cases: [string, number, string][] = [
        ['/tasks?radiusKm=30', 422, 'validation_failed'],
        ['/tasks?postalCode=00001&radiusKm=10', 422, 'unknown_postal_code'],
        ['/tasks?postalCode=abcde', 422, 'validation_failed'],
        ['/tasks?postalCode=00100&radiusKm=-1', 422, 'validation_failed'],
        ['/tasks?category=astrologia', 422, 'validation_failed'],
        ['/tasks?status=lost', 422, 'validation_failed'],
        ['/tasks?remote=perhaps', 422, 'validation_failed'],
        ['/tasks?organisationId=x', 422, 'validation_failed'],
        ['/tasks?limit=0', 422, 'validation_failed'],
        ['/tasks?limit=101', 422, 'validation_failed'],
        ['/tasks?cursor=not-a-cursor!', 400, 'invalid_cursor'],
        ['/tasks?cursor=bm90IGpzb24', 400, 'invalid_cursor'],
        [`/tasks?cursor=${Buffer.from('["x",1]').toString('base64url')}`, 400, 'invalid_cursor'],
        [`/tasks?cursor=${Buffer.from('[null,-1]').toString('base64url')}`, 400, 'invalid_cursor'],
        [`/tasks?cursor=${Buffer.from('{"a":1}').toString('base64url')}`, 400, 'invalid_cursor'],
      ];
      for (const [path, status, code] of cases) {
        const res = await get(server, path);
        assert.equal(res.status, status, path);
        assert.equal(errorCode(res), code, path);
      }
    });
  });

  describe('a helper’s opportunities', () => {
    it('open tasks in my categories, remote or within my radius, not mine, not applied to', async () => {
      const helper = await signIn(server, 'helper@example.fi', {
        name: 'Helper',
        postalCode: '00100',
        radiusKm: 30,
        interestedCategories: ['viestinta', 'kirjanpito-talous'],
      });
      const mine = await get(server, '/me/opportunities', { token: helper.token });
      assert.deepEqual(
        labels(mine),
        newestFirst('helsinkiBooks', 'espooRemote', 'helsinkiNoCoordinates', 'otherOrgRemote'),
      );
      const distances = new Map(
        (mine.body.data as { id: number; distanceKm: number | null }[]).map((t) => [
          label(t.id),
          t.distanceKm,
        ]),
      );
      assert.equal(distances.get('helsinkiBooks'), 0);
      assert.equal(distances.get('otherOrgRemote'), null);

      await Application.create({
        taskId: world.get('helsinkiBooks')!,
        userId: helper.id,
        message: 'Hoidan',
      });
      await Membership.create({ organisationId: orgB.id, userId: helper.id, role: 'member' });
      assert.deepEqual(
        labels(await get(server, '/me/opportunities', { token: helper.token })),
        newestFirst('espooRemote', 'helsinkiNoCoordinates'),
      );
    });

    it('without a postal code only remote tasks; without categories every category', async () => {
      const remoteOnly = await signIn(server, 'remote@example.fi', { name: 'Remote' });
      assert.deepEqual(
        labels(await get(server, '/me/opportunities', { token: remoteOnly.token })),
        newestFirst('espooRemote', 'remoteSecurity', 'otherOrgRemote'),
      );
    });

    it('a group’s task reaches its members’ feed only', async () => {
      assert.deepEqual(
        labels(await get(server, '/me/opportunities', { token: groupie.token })),
        newestFirst('espooRemote', 'remoteSecurity', 'groupTask', 'otherOrgRemote'),
      );
      assert.ok(
        !labels(await get(server, '/me/opportunities', { token: stranger.token })).includes(
          'groupTask',
        ),
      );
    });

    it('explicit filters narrow the feed further', async () => {
      const wide = await signIn(server, 'wide@example.fi', {
        name: 'Wide',
        postalCode: '00100',
        radiusKm: 300,
      });
      const all = labels(await get(server, '/me/opportunities', { token: wide.token }));
      assert.ok(all.includes('tampereComms'));
      assert.deepEqual(
        labels(
          await get(server, '/me/opportunities?category=viestinta&remote=false', {
            token: wide.token,
          }),
        ),
        ['tampereComms'],
      );
      assert.deepEqual(
        labels(await get(server, '/me/opportunities?q=kilpailutuk', { token: wide.token })),
        ['otherOrgHelsinki'],
      );
      assert.deepEqual(
        labels(await get(server, '/me/opportunities?status=cancelled', { token: wide.token })),
        [],
      );
      const paged = await get(server, '/me/opportunities?limit=2', { token: wide.token });
      assert.equal(paged.body.data.length, 2);
      const rest = await get(
        server,
        `/me/opportunities?limit=100&cursor=${paged.body.nextCursor}`,
        {
          token: wide.token,
        },
      );
      assert.deepEqual([...labels(paged), ...labels(rest)], all);
    });

    it('is for signed-in users only', async () => {
      const anon = await get(server, '/me/opportunities');
      assert.equal(anon.status, 401);
      const byKey = await get(server, '/me/opportunities', { token: key });
      assert.equal(byKey.status, 401);
      assert.equal(errorCode(byKey), 'user_required');
    });
  });
  describe('pagination', () => {
    it('pages go newest first with no duplicates or gaps while new tasks are posted', async () => {
      const pager = await signIn(server, 'pager@example.fi', { name: 'Pager' });
      const org = await organisation('Sivuttajat ry', pager);
      for (let i = 0; i < 23; i++) {
        await postTask(pager.token, { title: `Sivutettava tehtävä ${i}`, remote: true });
      }
      // Several tasks published in the same second: the id breaks the tie.
      const sameSecond = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
      const someIds = (await Task.findAll({ where: { organisationId: org.id }, limit: 6 })).map(
        (t) => t.id,
      );
      await Task.update({ publishedAt: sameSecond }, { where: { id: someIds } });
      const expected = (
        await Task.findAll({
          where: { organisationId: org.id },
          order: [
            ['publishedAt', 'DESC'],
            ['id', 'DESC'],
          ],
        })
      ).map((t) => t.id);
      assert.equal(expected.length, 23);

      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const path: string = `/tasks?organisationId=${org.id}&limit=5${
          cursor ? `&cursor=${cursor}` : ''
        }`;
        const res = await get(server, path);
        assert.equal(res.status, 200);
        assert.ok(res.body.data.length <= 5);
        seen.push(...res.body.data.map((t: { id: number }) => t.id));
        cursor = res.body.nextCursor;
        pages += 1;
        await postTask(pager.token, { title: `Välissä julkaistu ${pages}`, remote: true });
      } while (cursor && pages < 20);
      assert.equal(pages, 5);
      assert.deepEqual(seen, expected);
    });

    it('the last page has no next cursor, and an exact fit needs no empty page', async () => {
      const res = await get(server, `/tasks?organisationId=${orgB.id}&limit=2`);
      assert.equal(res.body.data.length, 2);
      assert.equal(res.body.nextCursor, null);
      const first = await get(server, `/tasks?organisationId=${orgB.id}&limit=1`);
      assert.equal(typeof first.body.nextCursor, 'string');
      const second = await get(
        server,
        `/tasks?organisationId=${orgB.id}&limit=1&cursor=${first.body.nextCursor}`,
      );
      assert.equal(second.body.data.length, 1);
      assert.notEqual(second.body.data[0].id, first.body.data[0].id);
      assert.equal(second.body.nextCursor, null);
    });

    it('a waiting task (no publication time) pages after the published ones', async () => {
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const res: Reply = await get(
          server,
          `/tasks?status=open,pending_verification&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          { token: requester.token },
        );
        all.push(...labels(res));
        cursor = res.body.nextCursor;
      } while (cursor);
      assert.equal(all.at(-1), 'pending');
      assert.equal(new Set(all).size, all.length);
      assert.ok(all.includes('groupTask'));
    });
  });
});

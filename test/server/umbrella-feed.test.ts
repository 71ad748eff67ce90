/**
 * The umbrella feed ("Keskusjärjestö läsnä"): an umbrella organisation's publishable key shows
 * the open public tasks of the umbrella and of its member organisations, and the tasks sent to
 * the umbrella's own groups to those groups' members; nothing else, whatever the query asks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { del, get, post, signIn, type CallOptions, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const SITE = 'https://keskusliitto.example.fi';

describe(`an umbrella organisation's feed (${dialectName})`, () => {
  let server: TestServer;
  let worker: SignedIn; // admin of the umbrella, member of its group
  let volunteer: SignedIn; // admin of the Tampere branch, member of the umbrella's group
  let turkuAdmin: SignedIn; // admin of the Turku branch
  let stranger: SignedIn; // admin of an organisation outside the umbrella
  let umbrella: number;
  let tampere: number;
  let turku: number;
  let outside: number;
  let key: string;
  const tasks: Record<string, number> = {};

  const asKey = (extra: CallOptions = {}): CallOptions => ({
    ...extra,
    headers: { 'x-publishable-key': key, origin: SITE, ...extra.headers },
  });

  async function ok(reply: { status: number; body: any }, what: string) {
    assert.ok(reply.status < 300, `${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  async function organisation(who: SignedIn, name: string, kind = 'association') {
    return (
      await ok(
        await post(server, '/organisations', { token: who.token, body: { name, kind } }),
        name,
      )
    ).id as number;
  }

  async function task(who: SignedIn, organisationId: number, title: string, extra = {}) {
    return (
      await ok(
        await post(server, '/tasks', {
          token: who.token,
          body: {
            organisationId,
            category: 'viestinta',
            title,
            schedule: { text: 'tällä viikolla' },
            estimatedHours: 0.5,
            ...extra,
          },
        }),
        title,
      )
    ).id as number;
  }

  async function feed(query = '', options: CallOptions = asKey()): Promise<number[]> {
    const res = await get(server, `/tasks?limit=100${query ? `&${query}` : ''}`, options);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.data.map((t: { id: number }) => t.id).sort((a: number, b: number) => a - b);
  }
  const sorted = (...ids: number[]) => [...ids].sort((a, b) => a - b);

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 1000 });
    worker = await signIn(server, 'maija@keskusliitto.fi', { name: 'Maija Keskusliitosta' });
    volunteer = await signIn(server, 'ville@tampere.example.fi', { name: 'Ville Tampereelta' });
    turkuAdmin = await signIn(server, 'tuula@turku.example.fi', { name: 'Tuula Turusta' });
    stranger = await signIn(server, 'sakari@muu.example.fi', { name: 'Sakari Muualta' });
    umbrella = await organisation(worker, 'Keskusliitto ry', 'umbrella');
    tampere = await organisation(volunteer, 'Keskusliiton Tampereen osasto ry');
    turku = await organisation(turkuAdmin, 'Keskusliiton Turun osasto ry');
    outside = await organisation(stranger, 'Muu yhdistys ry');
    for (const [member, admin] of [
      [tampere, volunteer],
      [turku, turkuAdmin],
    ] as const) {
      await ok(
        await post(server, `/organisations/${umbrella}/member-organisations`, {
          token: worker.token,
          body: { organisationId: member },
        }),
        'invite',
      );
      await ok(
        await post(server, `/organisations/${member}/umbrella-invitations/${umbrella}/accept`, {
          token: admin.token,
        }),
        'accept',
      );
    }
    const group = await ok(
      await post(server, '/groups', {
        token: worker.token,
        body: { organisationId: umbrella, name: 'Viestintäapu osastoille' },
      }),
      'group',
    );
    await ok(
      await post(server, `/groups/${group.id}/members`, {
        token: worker.token,
        body: { emails: [worker.email, volunteer.email] },
      }),
      'group members',
    );
    const branchGroup = await ok(
      await post(server, '/groups', {
        token: turkuAdmin.token,
        body: { organisationId: turku, name: 'Turun hallitus' },
      }),
      'branch group',
    );
    key = (
      await ok(
        await post(server, `/organisations/${umbrella}/api-keys`, {
          token: worker.token,
          body: { kind: 'publishable', name: 'Keskusliiton sivut', allowedOrigins: [SITE] },
        }),
        'key',
      )
    ).key;

    tasks.umbrellaOwn = await task(worker, umbrella, 'Keskusliiton oma avunpyyntö');
    tasks.tampere = await task(volunteer, tampere, 'Tampereen osaston tiedote');
    tasks.turku = await task(turkuAdmin, turku, 'Turun osaston verkkosivut');
    tasks.outside = await task(stranger, outside, 'Ulkopuolisen yhdistyksen pyyntö');
    // The story: the branch's volunteer sends a request to the umbrella's group.
    tasks.toUmbrellaGroup = await task(volunteer, tampere, 'Kuvien muokkaus osaston lehteen', {
      groupCode: group.code,
    });
    tasks.branchGroup = await task(turkuAdmin, turku, 'Hallituksen sisäinen pyyntö', {
      groupCode: branchGroup.code,
    });
    tasks.cancelled = await task(turkuAdmin, turku, 'Peruttu pyyntö');
    await ok(
      await post(server, `/tasks/${tasks.cancelled}/cancel`, { token: turkuAdmin.token, body: {} }),
      'cancel',
    );
  });
  after(() => server.close());

  it('the key says it gives the umbrella view', async () => {
    const res = await get(server, '/publishable-key', asKey());
    assert.equal(res.body.view, 'umbrella');
    assert.equal(res.body.organisation.id, umbrella);
  });

  it('shows the open public tasks of the umbrella and of its member organisations', async () => {
    assert.deepEqual(await feed(), sorted(tasks.umbrellaOwn!, tasks.tampere!, tasks.turku!));
  });

  it("shows requests sent to the umbrella's group to the group's members only", async () => {
    assert.deepEqual(
      await feed('', asKey({ token: worker.token })),
      sorted(tasks.umbrellaOwn!, tasks.tampere!, tasks.turku!, tasks.toUmbrellaGroup!),
    );
    const one = await get(
      server,
      `/tasks/${tasks.toUmbrellaGroup}`,
      asKey({ token: worker.token }),
    );
    assert.equal(one.status, 200);
    assert.equal((await get(server, `/tasks/${tasks.toUmbrellaGroup}`, asKey())).status, 404);
    const asOutsider = await get(
      server,
      `/tasks/${tasks.toUmbrellaGroup}`,
      asKey({ token: stranger.token }),
    );
    assert.equal(asOutsider.status, 404);
  });

  it("a member organisation's group tasks stay with that group", async () => {
    const all = await feed('', asKey({ token: worker.token }));
    assert.equal(all.includes(tasks.branchGroup!), false);
    assert.equal((await get(server, `/tasks/${tasks.branchGroup}`, asKey())).status, 404);
    // Its own members see it through the umbrella's site as anywhere else.
    const own = await feed('', asKey({ token: turkuAdmin.token }));
    assert.ok(own.includes(tasks.branchGroup!));
  });

  it('query parameters narrow the umbrella feed and never widen it', async () => {
    assert.deepEqual(await feed(`organisationId=${tampere}`), [tasks.tampere!]);
    assert.deepEqual(await feed(`organisationId=${outside}`), []);
    assert.deepEqual(await feed('q=Ulkopuolisen'), []);
    assert.deepEqual(await feed('status=cancelled'), [tasks.cancelled!]);
    assert.equal((await get(server, `/tasks/${tasks.outside}`, asKey())).status, 404);
    assert.equal((await get(server, `/tasks/${tasks.outside}`)).status, 200, 'public elsewhere');
  });

  it('a member organisation that leaves the umbrella leaves its feed at once', async () => {
    const removed = await del(server, `/organisations/${umbrella}/member-organisations/${turku}`, {
      token: turkuAdmin.token,
    });
    assert.equal(removed.status, 204);
    assert.deepEqual(await feed(), sorted(tasks.umbrellaOwn!, tasks.tampere!));
  });

  it("a member organisation's own key shows only its own tasks", async () => {
    const branchKey = (
      await ok(
        await post(server, `/organisations/${tampere}/api-keys`, {
          token: volunteer.token,
          body: { kind: 'publishable', name: 'Osaston sivut', allowedOrigins: [SITE] },
        }),
        'branch key',
      )
    ).key;
    const options = { headers: { 'x-publishable-key': branchKey, origin: SITE } };
    assert.deepEqual(await feed('', options), [tasks.tampere!]);
    // Its volunteer, in the umbrella's group, sees the branch's request to that group there too.
    assert.deepEqual(
      await feed('', { ...options, token: volunteer.token }),
      sorted(tasks.tampere!, tasks.toUmbrellaGroup!),
    );
  });
});

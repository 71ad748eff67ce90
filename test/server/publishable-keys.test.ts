/**
 * Publishable keys: managed by an organisation's admins (create, list, change, rotate, revoke),
 * used from the sites they name (CORS), and granting nothing: they only narrow what a caller
 * reads to the organisation's view.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiKey } from '../../server/db/models/index.ts';
import { sha256 } from '../../server/auth/tokens.ts';
import {
  call,
  del,
  errorCode,
  get,
  patch,
  post,
  signIn,
  type CallOptions,
  type SignedIn,
} from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const SITE = 'https://omaishoitajat.example.fi';
const ELSEWHERE = 'https://huijaus.example.com';

describe(`publishable keys (${dialectName})`, () => {
  let server: TestServer;
  let admin: SignedIn; // admin of orgA
  let member: SignedIn; // member of orgA
  let adminB: SignedIn; // admin of orgB
  let groupMember: SignedIn; // in orgA's group, member of no organisation
  let orgA: number;
  let orgB: number;
  let keyA: string; // orgA's publishable key, for SITE
  let keyAId: number;
  let keyB: string; // orgB's publishable key, for SITE
  let publicTaskA: number;
  let groupTaskA: number;
  let publicTaskB: number;

  const withKey = (key: string, origin?: string, extra: CallOptions = {}): CallOptions => ({
    ...extra,
    headers: { 'x-publishable-key': key, ...(origin ? { origin } : {}), ...extra.headers },
  });

  async function ok(reply: { status: number; body: any }, what: string) {
    assert.ok(reply.status < 300, `${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  async function createKey(token: string, orgId: number, body: Record<string, unknown>) {
    return ok(
      await post(server, `/organisations/${orgId}/api-keys`, { token, body }),
      'create key',
    );
  }

  async function postTask(who: SignedIn, organisationId: number, extra = {}) {
    return (
      await ok(
        await post(server, '/tasks', {
          token: who.token,
          body: {
            organisationId,
            category: 'viestinta',
            title: 'Kuvien muokkaus tiedotteeseen',
            schedule: { text: 'tällä viikolla' },
            estimatedHours: 1,
            ...extra,
          },
        }),
        'post task',
      )
    ).id as number;
  }

  const ids = (reply: { body: { data: { id: number }[] } }) => reply.body.data.map((t) => t.id);

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 1000 });
    admin = await signIn(server, 'admin@omaishoitajat.fi', { name: 'Aino Admin' });
    member = await signIn(server, 'jasen@omaishoitajat.fi', { name: 'Jussi Jäsen' });
    adminB = await signIn(server, 'admin@toinen.fi', { name: 'Tiina Toinen' });
    groupMember = await signIn(server, 'ryhma@example.fi', { name: 'Riikka Ryhmä' });
    orgA = (
      await ok(
        await post(server, '/organisations', {
          token: admin.token,
          body: { name: 'Omaishoitajat ry', kind: 'association' },
        }),
        'org A',
      )
    ).id;
    orgB = (
      await ok(
        await post(server, '/organisations', {
          token: adminB.token,
          body: { name: 'Toinen ry', kind: 'association' },
        }),
        'org B',
      )
    ).id;
    await ok(
      await post(server, `/organisations/${orgA}/members`, {
        token: admin.token,
        body: { email: member.email },
      }),
      'add member',
    );
    const group = await ok(
      await post(server, '/groups', {
        token: admin.token,
        body: { organisationId: orgA, name: 'Paikallisosastot' },
      }),
      'group',
    );
    await ok(
      await post(server, `/groups/${group.id}/members`, {
        token: admin.token,
        body: { emails: [groupMember.email] },
      }),
      'group member',
    );
    const a = await createKey(admin.token, orgA, {
      kind: 'publishable',
      name: 'Kotisivu',
      allowedOrigins: [SITE],
    });
    keyA = a.key;
    keyAId = a.id;
    keyB = (
      await createKey(adminB.token, orgB, {
        kind: 'publishable',
        name: 'Kotisivu',
        allowedOrigins: [SITE],
      })
    ).key;
    publicTaskA = await postTask(admin, orgA);
    groupTaskA = await postTask(admin, orgA, { groupCode: group.code });
    publicTaskB = await postTask(adminB, orgB);
  });
  after(() => server.close());

  describe('managing keys', () => {
    it('an admin creates a publishable key with its origins and joining rule, shown once', async () => {
      const created = await createKey(admin.token, orgA, {
        kind: 'publishable',
        name: 'Jäsensivut',
        allowedOrigins: [SITE],
        autoJoin: true,
        autoJoinDomains: ['jasenet.example.fi'],
      });
      assert.match(created.key, /^pk_/);
      assert.equal(created.autoJoin, true);
      assert.deepEqual(created.autoJoinDomains, ['jasenet.example.fi']);
      assert.equal(created.rotatedAt, null);
      const listed = await get(server, `/organisations/${orgA}/api-keys`, { token: admin.token });
      const row = listed.body.data.find((k: any) => k.id === created.id);
      assert.equal(row.autoJoin, true);
      assert.deepEqual(row.allowedOrigins, [SITE]);
      assert.equal('key' in row, false);
      assert.equal((await ApiKey.findByPk(created.id))!.keyHash, sha256(created.key));
    });

    it('a secret key takes no origins and no joining rule', async () => {
      const res = await post(server, `/organisations/${orgA}/api-keys`, {
        token: admin.token,
        body: { kind: 'secret', name: 'skripti', autoJoin: true },
      });
      assert.equal(res.status, 422);
      assert.equal(res.body.error.details.issues[0].code, 'auto_join_for_publishable_only');
    });

    it("an admin changes a key's name, origins and joining rule; the secret stays", async () => {
      const created = await createKey(admin.token, orgA, {
        kind: 'publishable',
        name: 'Vanha nimi',
        allowedOrigins: [SITE],
      });
      const path = `/organisations/${orgA}/api-keys/${created.id}`;
      const changed = await patch(server, path, {
        token: admin.token,
        body: {
          name: 'Uusi nimi',
          allowedOrigins: [ELSEWHERE],
          autoJoin: true,
          autoJoinDomains: ['jasenet.example.fi'],
        },
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal(changed.body.name, 'Uusi nimi');
      assert.deepEqual(changed.body.allowedOrigins, [ELSEWHERE]);
      assert.equal(changed.body.autoJoin, true);
      assert.equal(
        (await get(server, '/tasks', withKey(created.key, ELSEWHERE))).status,
        200,
        'the same secret works from the new origin',
      );
      assert.equal((await get(server, '/tasks', withKey(created.key, SITE))).status, 403);

      for (const [token, status] of [
        [member.token, 403],
        [adminB.token, 403],
        [undefined, 401],
      ] as const) {
        const res = await patch(server, path, { token, body: { name: 'Luvaton' } });
        assert.equal(res.status, status);
      }
      const bad = await patch(server, path, {
        token: admin.token,
        body: { allowedOrigins: ['https://a.example.fi/polku'] },
      });
      assert.equal(bad.status, 422);
      const theirs = await patch(server, `/organisations/${orgB}/api-keys/${created.id}`, {
        token: adminB.token,
        body: { name: 'Kaapattu' },
      });
      assert.equal(theirs.status, 404);
    });

    it('rotating gives a new secret with the same settings, and the old one stops at once', async () => {
      const created = await createKey(admin.token, orgA, {
        kind: 'publishable',
        name: 'Kierrätettävä',
        allowedOrigins: [SITE],
        autoJoin: true,
        autoJoinDomains: ['jasenet.example.fi'],
      });
      const path = `/organisations/${orgA}/api-keys/${created.id}/rotate`;
      assert.equal((await post(server, path, { token: member.token })).status, 403);
      assert.equal((await post(server, path, { token: adminB.token })).status, 403);
      const rotated = await post(server, path, { token: admin.token });
      assert.equal(rotated.status, 200, JSON.stringify(rotated.body));
      assert.equal(rotated.body.id, created.id);
      assert.match(rotated.body.key, /^pk_/);
      assert.notEqual(rotated.body.key, created.key);
      assert.equal(rotated.body.prefix, rotated.body.key.slice(0, 12));
      assert.deepEqual(rotated.body.allowedOrigins, [SITE]);
      assert.equal(rotated.body.autoJoin, true);
      assert.ok(rotated.body.rotatedAt);

      const old = await get(server, '/tasks', withKey(created.key, SITE));
      assert.equal(old.status, 401);
      assert.equal(errorCode(old), 'invalid_publishable_key');
      const fresh = await get(server, '/tasks', withKey(rotated.body.key, SITE));
      assert.equal(fresh.status, 200);
      assert.equal(fresh.headers.get('access-control-allow-origin'), SITE);
      assert.deepEqual(ids(fresh), [publicTaskA]);
    });

    it('a secret key rotates too, and a revoked key cannot be rotated or changed', async () => {
      const secret = await createKey(admin.token, orgA, { kind: 'secret', name: 'skripti' });
      const rotated = await post(server, `/organisations/${orgA}/api-keys/${secret.id}/rotate`, {
        token: admin.token,
      });
      assert.match(rotated.body.key, /^sk_/);
      assert.equal(
        (await get(server, `/organisations/${orgA}/members`, { token: secret.key })).status,
        401,
      );
      assert.equal(
        (await get(server, `/organisations/${orgA}/members`, { token: rotated.body.key })).status,
        200,
      );
      // A secret key cannot rotate keys: only admins signed in as themselves.
      const byKey = await post(server, `/organisations/${orgA}/api-keys/${secret.id}/rotate`, {
        token: rotated.body.key,
      });
      assert.equal(errorCode(byKey), 'user_required');

      await del(server, `/organisations/${orgA}/api-keys/${secret.id}`, { token: admin.token });
      const again = await post(server, `/organisations/${orgA}/api-keys/${secret.id}/rotate`, {
        token: admin.token,
      });
      assert.equal(again.status, 409);
      assert.equal(errorCode(again), 'key_revoked');
      const renamed = await patch(server, `/organisations/${orgA}/api-keys/${secret.id}`, {
        token: admin.token,
        body: { name: 'Herätetty' },
      });
      assert.equal(errorCode(renamed), 'key_revoked');
    });

    it('a revoked publishable key is refused with invalid_publishable_key', async () => {
      const created = await createKey(admin.token, orgA, {
        kind: 'publishable',
        name: 'Poistuva',
        allowedOrigins: [SITE],
      });
      assert.equal((await get(server, '/tasks', withKey(created.key, SITE))).status, 200);
      const revoked = await del(server, `/organisations/${orgA}/api-keys/${created.id}`, {
        token: admin.token,
      });
      assert.equal(revoked.status, 204);
      const res = await get(server, '/tasks', withKey(created.key, SITE));
      assert.equal(res.status, 401);
      assert.equal(errorCode(res), 'invalid_publishable_key');
    });
  });

  describe('origins', () => {
    it('from an allowed origin the answer names exactly that origin', async () => {
      const res = await get(server, '/tasks', withKey(keyA, SITE));
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), SITE);
      assert.match(res.headers.get('vary') ?? '', /Origin/i);
      assert.equal(res.headers.get('access-control-allow-credentials'), null);
    });

    it('errors from an allowed origin are readable by the page too', async () => {
      const res = await get(server, '/tasks/999999', withKey(keyA, SITE));
      assert.equal(res.status, 404);
      assert.equal(res.headers.get('access-control-allow-origin'), SITE);
    });

    it('from any other origin: 403 origin_not_allowed and no CORS permission at all', async () => {
      for (const origin of [ELSEWHERE, 'null', 'http://omaishoitajat.example.fi', `${SITE}:8443`]) {
        const res = await get(server, '/tasks', withKey(keyA, origin));
        assert.equal(res.status, 403, origin);
        assert.equal(errorCode(res), 'origin_not_allowed');
        assert.equal(res.headers.get('access-control-allow-origin'), null, origin);
      }
      const posted = await post(
        server,
        '/tasks',
        withKey(keyA, ELSEWHERE, {
          body: {
            category: 'viestinta',
            title: 'Toiselta sivustolta',
            schedule: { text: 'pian' },
            estimatedHours: 1,
            visitor: { email: 'vieras@example.fi', name: 'Vieras' },
          },
        }),
      );
      assert.equal(posted.status, 403);
      assert.equal(posted.headers.get('access-control-allow-origin'), null);
    });

    it('a key with no origins listed works from no page, only without an Origin', async () => {
      const bare = await createKey(admin.token, orgA, { kind: 'publishable', name: 'Palvelin' });
      assert.equal((await get(server, '/tasks', withKey(bare.key, SITE))).status, 403);
      assert.equal((await get(server, '/tasks', withKey(bare.key))).status, 200);
    });

    it('without an Origin (a server or a script) the key is used as it is', async () => {
      const res = await get(server, '/tasks', withKey(keyA));
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    });

    it('an unknown key, or a secret key in its place, is a 401 the page can read', async () => {
      const secret = await createKey(admin.token, orgA, { kind: 'secret', name: 'väärä paikka' });
      for (const key of ['pk_tuntematon', secret.key, 'tht_jotain']) {
        const res = await get(server, '/tasks', withKey(key, SITE));
        assert.equal(res.status, 401, key);
        assert.equal(errorCode(res), 'invalid_publishable_key');
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
      }
    });

    it('a preflight names the key header and leaves the decision to the request', async () => {
      const res = await fetch(`${server.api}/tasks`, {
        method: 'OPTIONS',
        headers: {
          origin: ELSEWHERE,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, x-publishable-key, idempotency-key',
        },
      });
      assert.equal(res.status, 204);
      assert.match(res.headers.get('access-control-allow-headers') ?? '', /X-Publishable-Key/i);
    });

    it('calls without a key are as before: every origin, no credentials mode', async () => {
      const res = await get(server, '/tasks', { headers: { origin: ELSEWHERE } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
    });
  });

  describe('what a key reads', () => {
    it("an association's key shows its own public open tasks only", async () => {
      const res = await get(server, '/tasks', withKey(keyA, SITE));
      assert.deepEqual(ids(res), [publicTaskA]);
      const other = await get(server, '/tasks', withKey(keyB, SITE));
      assert.deepEqual(ids(other), [publicTaskB]);
    });

    it('query parameters narrow the view and never widen it', async () => {
      const theirs = await get(server, `/tasks?organisationId=${orgB}`, withKey(keyA, SITE));
      assert.equal(theirs.status, 200);
      assert.deepEqual(ids(theirs), []);
      const byId = await get(server, `/tasks/${publicTaskB}`, withKey(keyA, SITE));
      assert.equal(byId.status, 404, 'a task outside the view is not found through the key');
      assert.equal((await get(server, `/tasks/${publicTaskA}`, withKey(keyA, SITE))).status, 200);
    });

    it("another organisation's key cannot read group tasks", async () => {
      for (const key of [keyB, keyA]) {
        const list = await get(server, `/tasks?groupId=${(await groupOf(groupTaskA))!}`, {
          ...withKey(key, SITE),
        });
        assert.deepEqual(ids(list), []);
        const one = await get(server, `/tasks/${groupTaskA}`, withKey(key, SITE));
        assert.equal(one.status, 404);
      }
      // Not even a member of the group, when the key is someone else's.
      const viaB = await get(server, `/tasks/${groupTaskA}`, {
        ...withKey(keyB, SITE),
        token: groupMember.token,
      });
      assert.equal(viaB.status, 404);
      const listB = await get(server, '/tasks', {
        ...withKey(keyB, SITE),
        token: groupMember.token,
      });
      assert.deepEqual(ids(listB), [publicTaskB]);
      // Through its own organisation's key, the group's member sees it as they would anyway.
      const viaA = await get(server, '/tasks', {
        ...withKey(keyA, SITE),
        token: groupMember.token,
      });
      assert.deepEqual(ids(viaA).sort(), [publicTaskA, groupTaskA].sort());
    });

    it('the key narrows a signed-in helper’s own feed too', async () => {
      const all = await get(server, '/me/opportunities', { token: groupMember.token });
      assert.ok(ids(all).includes(publicTaskB));
      const narrowed = await get(server, '/me/opportunities', {
        ...withKey(keyA, SITE),
        token: groupMember.token,
      });
      assert.equal(ids(narrowed).includes(publicTaskB), false);
      assert.ok(ids(narrowed).includes(publicTaskA));
    });

    it('a key never acts as its organisation: nothing private is readable with it', async () => {
      const reads = [
        `/organisations/${orgA}/members`,
        `/organisations/${orgA}/api-keys`,
        `/organisations/${orgA}/join-requests`,
        `/tasks/${publicTaskA}/applications`,
        `/tasks/${publicTaskA}/messages`,
        '/groups',
        '/me',
      ];
      for (const path of reads) {
        const res = await get(server, path, withKey(keyA, SITE));
        assert.equal(res.status, 401, path);
      }
      const writes: [string, string, unknown][] = [
        ['PATCH', `/organisations/${orgA}`, { name: 'Kaapattu ry' }],
        ['POST', `/organisations/${orgA}/members`, { email: 'tunkeilija@example.fi' }],
        ['PATCH', `/tasks/${publicTaskA}`, { title: 'Muutettu otsikko' }],
        ['POST', `/tasks/${publicTaskA}/cancel`, {}],
        ['PUT', `/organisations/${orgA}/pro-bono`, {}],
      ];
      for (const [method, path, body] of writes) {
        const res = await call(server, method, path, withKey(keyA, SITE, { body }));
        assert.equal(res.status, 401, `${method} ${path}`);
      }
      const task = await get(server, `/tasks/${publicTaskA}`, withKey(keyA, SITE));
      assert.equal(task.body.viewer.canManage, false);
      assert.equal(task.body.accountingReference, null);
    });

    it('a signed-in member keeps their own rights alongside the key', async () => {
      const res = await get(server, `/organisations/${orgA}/members`, {
        ...withKey(keyA, SITE),
        token: member.token,
      });
      assert.equal(res.status, 200);
      const task = await get(server, `/tasks/${publicTaskA}`, {
        ...withKey(keyA, SITE),
        token: member.token,
      });
      assert.equal(task.body.viewer.canManage, true);
    });
  });

  async function groupOf(taskId: number): Promise<number | null> {
    const res = await get(server, `/tasks/${taskId}`, { token: admin.token });
    return res.body.group?.id ?? null;
  }

  it('a page asks whose key it carries and what the key shows', async () => {
    const res = await get(server, '/publishable-key', withKey(keyA, SITE));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, {
      organisation: { id: orgA, name: 'Omaishoitajat ry', kind: 'association' },
      view: 'own',
      autoJoin: false,
    });
    const none = await get(server, '/publishable-key');
    assert.equal(none.status, 400);
    assert.equal(errorCode(none), 'publishable_key_required');
  });

  it('the key records when it was last used', async () => {
    const row = await ApiKey.findByPk(keyAId);
    assert.ok(row!.lastUsedAt);
  });
});

/**
 * The short shared cache of anonymous answers (server/http/shared-cache.ts): it never hands an
 * anonymous answer to someone signed in or the other way round, and a write shows at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`the shared cache of anonymous answers (${dialectName})`, () => {
  let server: TestServer;
  let member: SignedIn;
  let publicTask: number;
  let groupTask: number;

  const ids = async (token?: string) => {
    const res = await get(server, '/tasks?limit=100', token ? { token } : {});
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.data.map((t: { id: number }) => t.id) as number[];
  };

  before(async () => {
    server = await startTestServer();
    member = await signIn(server, 'jasen@yhdistys.example.fi', { name: 'Jäsen' });
    const org = await post(server, '/organisations', {
      token: member.token,
      body: { name: 'Välimuistiyhdistys ry', kind: 'association' },
    });
    const group = await post(server, '/groups', {
      token: member.token,
      body: { organisationId: org.body.id, name: 'Sisäpiiri' },
    });
    const task = async (title: string, extra = {}) => {
      const res = await post(server, '/tasks', {
        token: member.token,
        body: {
          organisationId: org.body.id,
          category: 'viestinta',
          title,
          schedule: { text: 'tällä viikolla' },
          estimatedHours: 1,
          ...extra,
        },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as number;
    };
    publicTask = await task('Julkinen tehtävä kaikille');
    groupTask = await task('Vain ryhmän tehtävä', { groupCode: group.body.code });
  });
  after(() => server.close());

  it('never answers someone signed in with the anonymous answer, nor the other way round', async () => {
    const anonymous = await ids();
    assert.ok(anonymous.includes(publicTask));
    assert.ok(!anonymous.includes(groupTask));
    assert.deepEqual(await ids(), anonymous, 'the same answer again');
    assert.ok((await ids(member.token)).includes(groupTask), 'right after the anonymous read');
    assert.ok(!(await ids()).includes(groupTask), 'right after the member read');
    const one = await get(server, `/tasks/${groupTask}`);
    assert.equal(one.status, 404);
    assert.equal((await get(server, `/tasks/${groupTask}`, { token: member.token })).status, 200);
  });

  it('shows a write at once', async () => {
    assert.ok((await ids()).includes(publicTask));
    assert.equal((await get(server, `/tasks/${publicTask}`)).body.status, 'open');
    const cancelled = await post(server, `/tasks/${publicTask}/cancel`, {
      token: member.token,
      body: { reason: 'Ei tarvita enää' },
    });
    assert.ok(cancelled.status < 300, JSON.stringify(cancelled.body));
    assert.ok(!(await ids()).includes(publicTask));
    assert.equal((await get(server, `/tasks/${publicTask}`)).body.status, 'cancelled');
  });
});

/**
 * Every paginated list reads its cursor through one module (server/services/cursor.ts), so a
 * cursor that no list handed out answers the same everywhere: 400 `invalid_cursor`, as the
 * contract's error table says, and each such endpoint declares it. The lists are found in the
 * contract (a `cursor` in the query), so a new one is walked here or this test fails.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { z } from 'zod';
import { endpoints, type Endpoint } from '../../sdk/endpoints.ts';
import { Membership, Organisation } from '../../server/db/models/index.ts';
import { errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const paginated = (Object.entries(endpoints) as [string, Endpoint][])
  .filter(([, e]) => {
    const shape = (e.query as z.ZodObject | undefined)?.shape;
    return shape !== undefined && 'cursor' in shape;
  })
  .map(([name]) => name);

const b64 = (value: string) => Buffer.from(value).toString('base64url');

/** Cursors no list hands out: not base64url, not JSON, and JSON of the wrong shape. */
const BAD_CURSORS = ['!!!', 'bm90LWEtY3Vyc29y', b64('"x"'), b64('[null,-1]'), b64('{"id":1}')];

describe(`a bad cursor answers 400 invalid_cursor on every paginated list (${dialectName})`, () => {
  let server: TestServer;
  let admin: SignedIn;
  /** Each paginated endpoint's path for a caller who may read it. */
  let paths: Record<string, string>;

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    admin = await signIn(server, 'sivuttaja@kattojarjesto.fi', { name: 'Sivu Sivuttaja' });
    const umbrella = await Organisation.create({ name: 'Sivuliitto ry', kind: 'umbrella' });
    await Membership.create({ organisationId: umbrella.id, userId: admin.id, role: 'admin' });
    const task = await post(server, '/tasks', {
      token: admin.token,
      body: {
        category: 'kirjanpito-talous',
        title: 'Sivujen tarkistus',
        remote: true,
        schedule: { text: 'tällä viikolla' },
        estimatedHours: 1,
        organisationId: umbrella.id,
      },
    });
    assert.equal(task.status, 201, JSON.stringify(task.body));
    paths = {
      listOpportunities: '/me/opportunities',
      listMyApplications: '/me/applications',
      listMyAudit: '/me/audit',
      listOrganisationAudit: `/organisations/${umbrella.id}/audit`,
      listOrganisations: '/organisations',
      listMembers: `/organisations/${umbrella.id}/members`,
      listMemberOrganisations: `/organisations/${umbrella.id}/member-organisations`,
      listTasks: '/tasks',
      listMessages: `/tasks/${task.body.id}/messages`,
      searchDirectory: '/directory/services',
    };
  });
  after(() => server.close());

  it('the contract has the lists this test walks, and each declares invalid_cursor', () => {
    assert.deepEqual([...paginated].sort(), Object.keys(paths).sort());
    for (const name of paginated) {
      const errors = (endpoints as Record<string, Endpoint>)[name]!.errors ?? [];
      assert.ok(errors.includes('invalid_cursor'), `${name} declares invalid_cursor`);
    }
  });

  for (const name of paginated) {
    it(`${name}: a good first page, then 400 invalid_cursor for each cursor it never handed out`, async () => {
      const path = paths[name]!;
      const first = await get(server, path, { token: admin.token });
      assert.equal(first.status, 200, JSON.stringify(first.body));
      for (const cursor of BAD_CURSORS) {
        const sep = path.includes('?') ? '&' : '?';
        const res = await get(server, `${path}${sep}cursor=${encodeURIComponent(cursor)}`, {
          token: admin.token,
        });
        assert.equal(res.status, 400, `${name} ${cursor}: ${JSON.stringify(res.body)}`);
        assert.equal(errorCode(res), 'invalid_cursor', `${name} ${cursor}`);
      }
    });
  }
});

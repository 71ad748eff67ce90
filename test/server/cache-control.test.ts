import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`personal answers are not cached (${dialectName})`, () => {
  let server: TestServer;
  let person: SignedIn;

  before(async () => {
    server = await startTestServer();
    person = await signIn(server, 'kassa@example.fi', { name: 'Kaisa Kassa' });
  });
  after(() => server.close());

  it('a signed-in GET /me is no-store', async () => {
    const res = await get(server, '/me', { token: person.token });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  it('a signed-in GET /tasks is no-store', async () => {
    const res = await get(server, '/tasks', { token: person.token });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  it('a signed-in answer from a publicly cacheable route is still no-store', async () => {
    const res = await get(server, '/categories', { token: person.token });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  it('an error answer to a request with credentials is no-store', async () => {
    const bad = await get(server, '/me', { token: 'not-a-real-token' });
    assert.equal(bad.status, 401);
    assert.equal(bad.headers.get('cache-control'), 'no-store');
    const missing = await get(server, '/tasks/999999', { token: person.token });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('cache-control'), 'no-store');
  });

  it('the sign-in answer is no-store, even when refused', async () => {
    const res = await post(server, '/auth/token', {
      body: { email: 'kassa@example.fi', code: '000000' },
    });
    assert.ok(res.status >= 400);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  it('an anonymous GET /categories may be cached', async () => {
    const res = await get(server, '/categories');
    assert.equal(res.status, 200);
    assert.notEqual(res.headers.get('cache-control'), 'no-store');
  });
});

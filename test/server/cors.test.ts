import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`calls from other origins (${dialectName})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('a preflight from another site is answered with the methods and headers the SDK sends', async () => {
    const res = await fetch(`${server.api}/tasks`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://yhdistys.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /POST/);
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of [
      'authorization',
      'content-type',
      'idempotency-key',
      'x-publishable-key',
    ]) {
      assert.ok(allowed.includes(header), header);
    }
    assert.equal(res.headers.get('access-control-allow-credentials'), null, 'never with cookies');
  });

  it('answers, errors included, carry CORS headers so a widget can read the error', async () => {
    const res = await fetch(`${server.api}/me`, {
      headers: { origin: 'https://yhdistys.example' },
    });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin');
  });
});

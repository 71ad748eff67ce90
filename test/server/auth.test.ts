import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AuthCode } from '../../server/db/models/index.ts';
import { errorCode, get, lastCode, post, del, signIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`sign-in with emailed codes (${dialectName})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ codesPerEmailPerHour: 3, codesPerIpPerHour: 1000 });
  });
  after(() => server.close());

  it('a code emailed to a new address signs the person in and creates the account', async () => {
    const res = await post(server, '/auth/code', {
      body: { email: ' Aino@Example.FI ', lang: 'sv' },
    });
    assert.equal(res.status, 202);
    assert.equal(res.body.expiresInSeconds, 600);
    const mails = await mailTo('aino@example.fi', 'sign_in_code');
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject, /inloggningskod/);
    const code = await lastCode('aino@example.fi');
    const token = await post(server, '/auth/token', { body: { email: 'aino@example.fi', code } });
    assert.equal(token.status, 201);
    assert.match(token.body.token, /^tht_/);
    assert.equal(token.body.user.email, 'aino@example.fi');
    const me = await get(server, '/me', { token: token.body.token });
    assert.equal(me.status, 200);
    assert.equal(me.body.email, 'aino@example.fi');
  });

  it('a code works once', async () => {
    await post(server, '/auth/code', { body: { email: 'once@example.fi' } });
    const code = await lastCode('once@example.fi');
    assert.equal(
      (await post(server, '/auth/token', { body: { email: 'once@example.fi', code } })).status,
      201,
    );
    const again = await post(server, '/auth/token', { body: { email: 'once@example.fi', code } });
    assert.equal(again.status, 401);
    assert.equal(errorCode(again), 'invalid_code');
  });

  it('five wrong tries burn the code, even the right code after them', async () => {
    await post(server, '/auth/code', { body: { email: 'guess@example.fi' } });
    const code = await lastCode('guess@example.fi');
    const wrong = code === '000000' ? '111111' : '000000';
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(server, '/auth/token', {
        body: { email: 'guess@example.fi', code: wrong },
      });
      codes.push(`${res.status}:${errorCode(res)}`);
    }
    assert.deepEqual(codes, [
      '401:invalid_code',
      '401:invalid_code',
      '401:invalid_code',
      '401:invalid_code',
      '429:too_many_attempts',
    ]);
    const right = await post(server, '/auth/token', { body: { email: 'guess@example.fi', code } });
    assert.equal(right.status, 429);
    assert.equal(errorCode(right), 'too_many_attempts');
  });

  it('an expired code is refused', async () => {
    await post(server, '/auth/code', { body: { email: 'late@example.fi' } });
    const code = await lastCode('late@example.fi');
    await AuthCode.update(
      { expiresAt: new Date(Date.now() - 1000) },
      { where: { email: 'late@example.fi' } },
    );
    const res = await post(server, '/auth/token', { body: { email: 'late@example.fi', code } });
    assert.equal(res.status, 401);
    assert.equal(errorCode(res), 'invalid_code');
  });

  it('asking for a new code leaves the old one valid until one of them is used', async () => {
    await post(server, '/auth/code', { body: { email: 'twice@example.fi' } });
    const first = await lastCode('twice@example.fi');
    await post(server, '/auth/code', { body: { email: 'twice@example.fi' } });
    const second = await lastCode('twice@example.fi');
    assert.equal(
      (await post(server, '/auth/token', { body: { email: 'twice@example.fi', code: first } }))
        .status,
      201,
    );
    if (first !== second) {
      const res = await post(server, '/auth/token', {
        body: { email: 'twice@example.fi', code: second },
      });
      assert.equal(res.status, 401, 'signing in used up the other code too');
    }
  });

  it('codes are rate-limited per email with Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      assert.equal(
        (await post(server, '/auth/code', { body: { email: 'spam@example.fi' } })).status,
        202,
      );
    }
    const res = await post(server, '/auth/code', { body: { email: 'spam@example.fi' } });
    assert.equal(res.status, 429);
    assert.equal(errorCode(res), 'rate_limited');
    assert.ok(Number(res.headers.get('retry-after')) > 0);
  });

  it('parallel code requests for different addresses all succeed', async () => {
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post(server, '/auth/code', { body: { email: `rush${i}@example.fi` } }),
      ),
    );
    assert.deepEqual(
      replies.map((r) => r.status),
      replies.map(() => 202),
    );
  });

  it('parallel code requests for one address cannot exceed its hourly limit', async () => {
    const replies = await Promise.all(
      Array.from({ length: 8 }, () =>
        post(server, '/auth/code', { body: { email: 'burst@example.fi' } }),
      ),
    );
    const statuses = replies.map((r) => r.status).sort();
    assert.deepEqual(statuses, [202, 202, 202, 429, 429, 429, 429, 429]);
    assert.equal((await mailTo('burst@example.fi', 'sign_in_code')).length, 3);
  });

  it('signing out revokes the token', async () => {
    const who = await signIn(server, 'out@example.fi');
    assert.equal((await del(server, '/auth/token', { token: who.token })).status, 204);
    const res = await get(server, '/me', { token: who.token });
    assert.equal(res.status, 401);
    assert.equal(errorCode(res), 'invalid_token');
  });

  it('bad input gets a 4xx in the one error shape', async () => {
    const cases: [unknown, number, string][] = [
      [{ email: 'not-an-email' }, 422, 'validation_failed'],
      [{}, 422, 'validation_failed'],
      ['{"email":', 400, 'invalid_json'],
    ];
    for (const [body, status, code] of cases) {
      const res = await post(server, '/auth/code', { body });
      assert.equal(res.status, status, JSON.stringify(body));
      assert.equal(errorCode(res), code);
    }
    const badCode = await post(server, '/auth/token', {
      body: { email: 'a@example.fi', code: '12' },
    });
    assert.equal(badCode.status, 422);
    const noAuth = await get(server, '/me');
    assert.equal(noAuth.status, 401);
    assert.equal(errorCode(noAuth), 'unauthenticated');
    const garbage = await get(server, '/me', { headers: { authorization: 'Basic abc' } });
    assert.equal(garbage.status, 401);
    const big = await post(server, '/auth/code', {
      body: JSON.stringify({ email: 'x@example.fi', pad: 'x'.repeat(200_000) }),
    });
    assert.equal(big.status, 413);
    assert.equal(errorCode(big), 'payload_too_large');
    const unknownRoute = await get(server, '/nope');
    assert.equal(unknownRoute.status, 404);
    assert.equal(errorCode(unknownRoute), 'route_not_found');
  });
});

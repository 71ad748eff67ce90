import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { get, signIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`request logs (${dialectName})`, () => {
  let server: TestServer;
  const lines: string[] = [];
  before(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({}, { logger: pino({ level: 'info' }, sink) });
  });
  after(() => server.close());

  it('every request is logged as one structured line without its credentials', async () => {
    const who = await signIn(server, 'loki@example.fi');
    await get(server, '/me', { token: who.token });
    const logged = lines.map((l) => JSON.parse(l));
    const me = logged.find((l) => l.req?.url === '/api/v1/me' || l.req?.url === '/me');
    assert.ok(me, 'the /me request was logged');
    assert.equal(me.res.statusCode, 200);
    const all = lines.join('\n');
    assert.ok(!all.includes(who.token), 'the bearer token is not in the logs');
    assert.ok(!all.toLowerCase().includes('authorization'), 'no headers are logged');
  });
});

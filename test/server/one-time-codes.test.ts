/**
 * One-time codes under attack: bursts of parallel guesses get no more tries than the limit, and a
 * stranger can neither cancel nor lock the code in its owner's inbox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { errorCode, lastCode, post, signIn, type Reply } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

const OWNER_IP = '10.1.0.1';
const STRANGER_IP = '10.2.0.1';

function from(ip: string, body: unknown) {
  return { body, headers: { 'x-forwarded-for': ip } };
}

function wrongCodes(right: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const guess = String((Number(right) + 1 + i * 7919) % 1_000_000).padStart(6, '0');
    if (guess !== right) out.push(guess);
  }
  return out;
}

describe(`one-time codes (${dialectName})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ trustProxy: true, codesPerIpPerHour: 1000 });
  });
  after(() => server.close());

  it('a burst of thirty wrong sign-in codes and then the right one gets no token', async () => {
    const email = 'burst-guess@example.fi';
    await post(server, '/auth/code', from(OWNER_IP, { email }));
    const code = await lastCode(email);
    const guesses = wrongCodes(code, 30).map((guess) =>
      post(server, '/auth/token', from(OWNER_IP, { email, code: guess })),
    );
    // Each request of the burst races every other; none may be judged past the fifth try.
    const replies: Reply[] = await Promise.all(guesses);
    const judged = replies.filter((r) => r.status === 401 || r.status === 201);
    assert.ok(judged.length <= 5, `${judged.length} guesses were judged`);
    const right = await post(server, '/auth/token', from(OWNER_IP, { email, code }));
    assert.equal(right.status, 429);
    for (const r of replies.filter((x) => x.status === 429)) {
      assert.equal(errorCode(r), 'too_many_attempts');
      assert.ok(Number(r.headers.get('retry-after')) > 0, 'Retry-After');
    }
    const after = await post(server, '/auth/token', from(OWNER_IP, { email, code }));
    assert.equal(after.status, 429);
  });

  it('a wrong sign-in code answers 401 invalid_code with WWW-Authenticate', async () => {
    const email = 'www-auth@example.fi';
    await post(server, '/auth/code', from(OWNER_IP, { email }));
    const [wrong] = wrongCodes(await lastCode(email), 1);
    const res = await post(server, '/auth/token', from(OWNER_IP, { email, code: wrong }));
    assert.equal(res.status, 401);
    assert.equal(errorCode(res), 'invalid_code');
    assert.equal(res.body.error.details.attemptsLeft, 4);
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
  });

  it('a stranger asking for new codes does not cancel the code the owner holds', async () => {
    const email = 'owner-keeps@example.fi';
    await post(server, '/auth/code', from(OWNER_IP, { email }));
    const held = await lastCode(email);
    for (let i = 0; i < 10; i++) {
      await post(server, '/auth/code', from(`10.3.0.${i}`, { email }));
    }
    const res = await post(server, '/auth/token', from(OWNER_IP, { email, code: held }));
    assert.equal(res.status, 201, JSON.stringify(res.body));
  });

  it('a stranger using up the requests of one address from one client leaves the owner’s', async () => {
    const email = 'owner-asks@example.fi';
    const limit = server.config.codesPerEmailPerHour;
    for (let i = 0; i <= limit; i++) {
      await post(server, '/auth/code', from(STRANGER_IP, { email }));
    }
    const stranger = await post(server, '/auth/code', from(STRANGER_IP, { email }));
    assert.equal(stranger.status, 429);
    const owner = await post(server, '/auth/code', from(OWNER_IP, { email }));
    assert.equal(owner.status, 202);
  });

  it('a stranger’s wrong guesses do not lock the owner out of the code', async () => {
    const email = 'owner-guarded@example.fi';
    await post(server, '/auth/code', from(OWNER_IP, { email }));
    const code = await lastCode(email);
    const guesses = wrongCodes(code, 12);
    const replies = await Promise.all(
      guesses.map((guess) =>
        post(server, '/auth/token', from(STRANGER_IP, { email, code: guess })),
      ),
    );
    assert.ok(replies.filter((r) => r.status === 401).length <= 5);
    assert.equal(replies.at(-1)!.status === 201, false);
    const stranger = await post(server, '/auth/token', from(STRANGER_IP, { email, code }));
    assert.equal(stranger.status, 429, 'the stranger has no tries left, even with the code');
    const owner = await post(server, '/auth/token', from(OWNER_IP, { email, code }));
    assert.equal(owner.status, 201, JSON.stringify(owner.body));
    assert.equal((await mailTo(email, 'sign_in_code')).length, 1);
  });

  it('a burst of thirty wrong confirmation codes and then the right one publishes nothing', async () => {
    const site = 'https://yhdistys.example.fi';
    const admin = await signIn(server, 'admin@yhdistys.example.fi');
    const org = await post(server, '/organisations', {
      token: admin.token,
      body: { name: 'Yhdistys ry', kind: 'association' },
    });
    const key = await post(server, `/organisations/${org.body.id}/api-keys`, {
      token: admin.token,
      body: { kind: 'publishable', name: 'Kotisivu', allowedOrigins: [site] },
    });
    const email = 'visitor-burst@example.fi';
    const sent = await post(server, '/tasks', {
      headers: { 'x-publishable-key': key.body.key, origin: site, 'x-forwarded-for': OWNER_IP },
      body: {
        category: 'kirjanpito-talous',
        title: 'Apua tilinpäätökseen',
        details: 'Pieni yhdistys.',
        schedule: { text: 'ensi viikolla' },
        estimatedHours: 2,
        remote: true,
        visitor: { email, name: 'Ville' },
      },
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const mail = (await mailTo(email, 'visitor_verification')).at(-1)!;
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
    const verify = `/tasks/${sent.body.id}/verify`;
    const reference = sent.body.verificationReference;
    const guesses = wrongCodes(code, 30).map((guess) =>
      post(server, verify, { body: { code: guess, reference } }),
    );
    const replies = await Promise.all(guesses);
    const judged = replies.filter((r) => r.status === 422 || r.status === 200);
    assert.ok(judged.length <= 5, `${judged.length} guesses were judged`);
    const right = await post(server, verify, { body: { code, reference } });
    assert.equal(right.status, 429);
    assert.ok(Number(right.headers.get('retry-after')) > 0, 'Retry-After');
    assert.equal((await post(server, verify, { body: { code, reference } })).status, 429);
  });
});

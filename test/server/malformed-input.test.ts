/**
 * Bad input never gets a 5xx: every operation of the contract (sdk/endpoints.ts), walked with
 * malformed paths, queries, bodies and headers, answers 4xx in the one error shape (or succeeds).
 * Property-based with fast-check; `MALFORMED_INPUT_RUNS` sets how many random requests (default
 * 300), so CI stays quick and a local run can go deep.
 */
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { endpoints, type Endpoint } from '../../sdk/endpoints.ts';
import { ErrorBody } from '../../sdk/schemas/common.ts';
import { call, errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const RUNS = Number(process.env.MALFORMED_INPUT_RUNS ?? 300);
const operations = Object.entries(endpoints) as [string, Endpoint][];

/** The names of an object schema's fields, to aim malformed values at the fields that exist. */
function fieldsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Path segments as an attacker writes them: broken escapes, loose numbers, odd text. */
const segment = fc.oneof(
  fc.constantFrom(
    '%ff',
    '%',
    '%f',
    '%zz',
    '%00',
    '%c0%af',
    '0x7',
    '7e0',
    '+7',
    '-1',
    '0',
    '1.5',
    '99999999999999999999999',
    '..',
    '%2e%2e',
    'null',
    '1',
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.nat().map(String),
);

/** Query values: control characters (a NUL among them), broken escapes, long and odd text. */
const queryValue = fc.oneof(
  fc.constantFrom('%ff', '%', 'a%00b', '%00', '0x10', '1e3', '-5', '', ' ', '[]', 'true'),
  fc.string({ maxLength: 20, unit: 'binary' }).map(encodeURIComponent),
  fc.string({ minLength: 101, maxLength: 300 }).map(encodeURIComponent),
  fc.integer().map(String),
);

const jsonish = fc.jsonValue({ maxDepth: 3 });

const ascii = fc.string({
  maxLength: 40,
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
});

interface Attempt {
  operation: string;
  params: string[];
  query: [string, string][];
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; text: string } | { kind: 'none' };
  contentType: string | null;
  contentEncoding: 'none' | 'gzip' | 'deflate' | 'gzip-real' | 'br' | 'garbage';
  auth: 'none' | 'user' | 'garbage' | 'basic';
  publishableKey: string | null;
  idempotencyKey: string | null;
}

function attemptFor(operation: string): fc.Arbitrary<Attempt> {
  const endpoint = (endpoints as Record<string, Endpoint>)[operation]!;
  const paramCount = (endpoint.path.match(/:\w+/g) ?? []).length;
  const queryFields = [...fieldsOf(endpoint.query), 'cursor', 'q', 'x'];
  const bodyFields = fieldsOf(endpoint.body);
  const body = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    jsonish.map((value) => ({ kind: 'json' as const, value })),
    fc
      .dictionary(
        bodyFields.length ? fc.constantFrom(...bodyFields) : ascii,
        fc.oneof(jsonish, ascii, fc.string({ unit: 'binary', maxLength: 30 })),
        { maxKeys: 6 },
      )
      .map((value) => ({ kind: 'json' as const, value })),
    fc
      .oneof(
        fc.constantFrom('{"a":', '[', 'null', '"\u0000"', '{"email":"\u0000@x.fi"}', '\u0000'),
        fc.string({ maxLength: 60, unit: 'binary' }),
      )
      .map((text) => ({ kind: 'raw' as const, text })),
  );
  return fc.record({
    operation: fc.constant(operation),
    params: fc.array(segment, { minLength: paramCount, maxLength: paramCount }),
    query: fc.array(fc.tuple(fc.constantFrom(...queryFields), queryValue), { maxLength: 4 }),
    body,
    contentType: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=latin9',
      'text/plain',
      'application/x-www-form-urlencoded',
      null,
    ),
    contentEncoding: fc.constantFrom('none', 'gzip', 'deflate', 'gzip-real', 'br', 'garbage'),
    auth: fc.constantFrom('none', 'user', 'user', 'garbage', 'basic'),
    publishableKey: fc.option(fc.oneof(ascii, fc.constant('pk_live_nope')), { freq: 4 }),
    idempotencyKey: fc.option(ascii, { freq: 3 }),
  });
}

describe(`malformed input never gets a 5xx (${dialectName})`, () => {
  let server: TestServer;
  let user: SignedIn;
  let taskId: number;
  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000, codesPerEmailPerHour: 100_000 });
    user = await signIn(server, 'fuzz@example.fi', { name: 'Fuzz' });
    const org = await post(server, '/organisations', {
      token: user.token,
      body: { name: 'Fuzz ry', kind: 'association' },
    });
    assert.equal(org.status, 201);
    const task = await post(server, '/tasks', {
      token: user.token,
      body: {
        organisationId: org.body.id,
        category: 'kirjanpito-talous',
        title: 'Apua tilinpäätökseen',
        details: 'Pieni yhdistys.',
        schedule: { text: 'ensi viikolla' },
        estimatedHours: 2,
        remote: true,
      },
    });
    assert.equal(task.status, 201, JSON.stringify(task.body));
    taskId = task.body.id;
  });
  after(() => server.close());

  async function send(attempt: Attempt): Promise<string | null> {
    const name = attempt.operation;
    const endpoint = (endpoints as Record<string, Endpoint>)[name]!;
    let i = 0;
    const path = endpoint.path.replace(/:\w+/g, () => attempt.params[i++] ?? '1');
    const search = attempt.query.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&');
    const url = `${server.api}${path}${search ? `?${search}` : ''}`;
    const headers: Record<string, string> = {};
    // Signing out would leave the rest of the run without a signed-in user.
    if (attempt.auth === 'user' && name !== 'revokeToken') {
      headers.authorization = `Bearer ${user.token}`;
    }
    if (attempt.auth === 'garbage') headers.authorization = 'Bearer tht_garbage';
    if (attempt.auth === 'basic') headers.authorization = 'Basic Zm9vOmJhcg==';
    if (attempt.publishableKey !== null) headers['x-publishable-key'] = attempt.publishableKey;
    if (attempt.idempotencyKey !== null) headers['idempotency-key'] = attempt.idempotencyKey;
    let payload: Buffer | undefined;
    if (attempt.body.kind !== 'none' && endpoint.method !== 'GET') {
      const text =
        attempt.body.kind === 'json' ? JSON.stringify(attempt.body.value) : attempt.body.text;
      payload = Buffer.from(text ?? 'null');
      if (attempt.contentType) headers['content-type'] = attempt.contentType;
      if (attempt.contentEncoding === 'gzip-real') {
        payload = zlib.gzipSync(payload);
        headers['content-encoding'] = 'gzip';
      } else if (attempt.contentEncoding !== 'none') {
        headers['content-encoding'] = attempt.contentEncoding;
      }
    }
    const res = await fetch(url, {
      method: endpoint.method,
      headers,
      body: payload ? new Uint8Array(payload) : undefined,
    });
    const text = await res.text();
    const where = `${name}: ${endpoint.method} ${url} → ${res.status} ${text.slice(0, 300)}`;
    if (res.status >= 500) return where;
    // The emailed link's page posts a form and is answered with a page, by design.
    const page = res.headers.get('content-type')?.startsWith('text/html') && name === 'verifyTask';
    if (res.status >= 400 && !page) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return `not JSON: ${where}`;
      }
      if (!ErrorBody.safeParse(parsed).success) return `not the error shape: ${where}`;
    }
    return null;
  }

  it('every operation, with a broken escape in each path parameter and a body that is not gzip', async () => {
    const failures: string[] = [];
    for (const [operation, endpoint] of operations) {
      const paramCount = (endpoint.path.match(/:\w+/g) ?? []).length;
      for (const [params, encoding, query] of [
        [Array(paramCount).fill('%ff'), 'gzip', [['q', 'a%00b']]],
        [Array(paramCount).fill('0x7'), 'deflate', [['q', '%ff']]],
      ] as const) {
        const problem = await send({
          operation,
          params: [...params],
          query: query.map(([k, v]) => [k, v] as [string, string]),
          body: { kind: 'json', value: { email: 'a@example.fi' } },
          contentType: 'application/json',
          contentEncoding: encoding,
          auth: 'user',
          publishableKey: null,
          idempotencyKey: null,
        });
        if (problem) failures.push(problem);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('random malformed requests to random operations answer 4xx in the error shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations.map(([name]) => name)).chain(attemptFor),
        async (attempt) => {
          const problem = await send(attempt);
          assert.equal(problem, null, problem ?? '');
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('an id is digits only: 0x7, 7e0, +7 are not task 7', async () => {
    assert.equal((await get(server, `/tasks/${taskId}`)).status, 200);
    for (const loose of [
      `0x${taskId.toString(16)}`,
      `${taskId}e0`,
      `+${taskId}`,
      `%20${taskId}`,
      `${taskId}.0`,
      `0${taskId}`,
    ]) {
      const res = await get(server, `/tasks/${loose}`);
      assert.ok([404, 422].includes(res.status), `${loose} → ${res.status}`);
      assert.ok(ErrorBody.safeParse(res.body).success);
    }
    const filtered = await get(server, `/tasks?organisationId=0x1`);
    assert.equal(filtered.status, 422);
  });

  it('a broken percent-escape, a body not in its Content-Encoding and a NUL in q are 4xx', async () => {
    const path = await get(server, '/tasks/%ff');
    assert.equal(path.status, 400);
    assert.equal(errorCode(path), 'invalid_path');
    for (const encoding of ['gzip', 'deflate']) {
      const res = await post(server, '/auth/code', {
        body: { email: 'a@example.fi' },
        headers: { 'content-encoding': encoding },
      });
      assert.equal(res.status, 400, encoding);
      assert.equal(errorCode(res), 'invalid_body_encoding');
    }
    const nul = await get(server, '/tasks?q=a%00b');
    assert.equal(nul.status, 422);
    assert.equal(errorCode(nul), 'validation_failed');
  });

  it('a wrong method answers 405 with Allow in the error shape', async () => {
    const res = await call(server, 'PUT', `/tasks/${taskId}`, { token: user.token, body: {} });
    assert.equal(res.status, 405);
    assert.equal(errorCode(res), 'method_not_allowed');
    assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS, PATCH');
    assert.deepEqual(res.body.error.details.allow, ['GET', 'HEAD', 'OPTIONS', 'PATCH']);
    const unknown = await get(server, '/no-such-thing');
    assert.equal(unknown.status, 404);
  });
});

/**
 * What the SDK throws: API errors by status from the real server, and from a scripted one what
 * the real server does not do (answer off the contract, answer HTML, fail with 500).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApiError,
  ConflictError,
  createClient,
  ForbiddenError,
  isApiError,
  isApiErrorWith,
  isNetworkError,
  isResponseValidationError,
  isTehostamoError,
  NotFoundError,
  RateLimitedError,
  ResponseValidationError,
  TehostamoError,
  UnauthenticatedError,
  ValidationError,
  type Client,
} from '../../sdk/index.ts';
import { dialectName, type TestServer } from '../helpers/server.ts';
import { anonymous, fastRetry, signedIn, startServer, taskInput } from './fixtures.ts';
import { categories, errorBody, startStub, type Stub } from './stub.ts';

/** Runs `call` and answers what it threw. */
async function thrown(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to throw');
}

describe(`API errors from the server, by status (${dialectName})`, () => {
  let server: TestServer;
  let requester: Client;
  let helper: Client;
  let taskId: number;

  before(async () => {
    server = await startServer();
    requester = await signedIn(server, 'requester@errors.example.fi');
    helper = await signedIn(server, 'helper@errors.example.fi');
    const org = await requester.organisations.create({ name: 'Virheet ry', kind: 'association' });
    taskId = (
      await requester.tasks.create(taskInput('Virheiden tehtävä', { organisationId: org.id }))
    ).id;
  });
  after(() => server.close());

  it('404 is a NotFoundError with the code', async () => {
    const error = await thrown(() => helper.tasks.get(987654));
    assert.ok(error instanceof NotFoundError);
    assert.ok(error instanceof ApiError && error instanceof TehostamoError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'not_found');
    assert.ok(isApiErrorWith(error, 404) && isApiErrorWith(error, 'not_found'));
    assert.ok(!isApiErrorWith(error, 409));
  });

  it('401 is an UnauthenticatedError, for no credential and for a bad one', async () => {
    const none = await thrown(() => anonymous(server).me.get());
    assert.ok(none instanceof UnauthenticatedError);
    assert.equal(none.code, 'unauthenticated');
    const bad = await thrown(() => anonymous(server, { token: 'tht_nope' }).me.get());
    assert.ok(bad instanceof UnauthenticatedError);
    assert.equal(bad.code, 'invalid_token');
  });

  it('403 is a ForbiddenError', async () => {
    const error = await thrown(() => helper.tasks.update(taskId, { title: 'Kaapattu tehtävä' }));
    assert.ok(error instanceof ForbiddenError);
    assert.equal(error.status, 403);
  });

  it('409 is a ConflictError with the domain code', async () => {
    await helper.tasks.applications.create(taskId, { message: 'Autan' });
    const error = await thrown(() => helper.tasks.applications.create(taskId, { message: 'Taas' }));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'already_applied');
  });

  it('422 is a ValidationError naming each field at fault', async () => {
    const error = await thrown(() =>
      // A wrong input that the types would refuse, sent anyway as plain JavaScript would.
      requester.tasks.create({ ...taskInput('Ei'), estimatedHours: 0.3 } as never),
    );
    assert.ok(error instanceof ValidationError);
    assert.equal(error.status, 422);
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual([...new Set(error.issues.map((i) => i.path))].sort(), [
      'estimatedHours',
      'title',
    ]);
  });

  it('400 is a ValidationError too', async () => {
    const error = await thrown(() =>
      requester.tasks.create(taskInput('Väärä avain'), { idempotencyKey: 'ä'.repeat(3) }),
    );
    assert.ok(error instanceof ValidationError);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_idempotency_key');
  });

  it('429 is a RateLimitedError whose retryAfter comes from Retry-After', async () => {
    const client = anonymous(server);
    await client.auth.requestCode('guesser@errors.example.fi');
    let error: unknown;
    for (let i = 0; i < 5; i++) {
      error = await thrown(() => client.auth.signIn('guesser@errors.example.fi', '000000'));
    }
    // The code itself could be 000000 once in a million runs; then the first try signs in.
    assert.ok(error instanceof RateLimitedError, String(error));
    assert.equal(error.code, 'too_many_attempts');
    // The server says when a new code can help: when the locked one runs out.
    assert.ok(error.retryAfter !== null && error.retryAfter > 0, String(error.retryAfter));
  });
});

describe('errors the real server does not make on demand', () => {
  let stub: Stub;
  let answer: { status: number; headers?: Record<string, string>; body: unknown };
  before(async () => {
    stub = await startStub(() => answer);
  });
  after(() => stub.close());
  const client = () => createClient({ baseUrl: stub.baseUrl, retry: fastRetry });

  it('an answer off the contract is a ResponseValidationError with zod issues, not retried', async () => {
    answer = { status: 200, body: { data: [{ slug: 'not-a-category', names: {} }] } };
    const before = stub.seen.length;
    const error = await thrown(() => client().categories.list());
    assert.ok(error instanceof ResponseValidationError && isResponseValidationError(error));
    assert.ok(!isApiError(error) && !isNetworkError(error) && isTehostamoError(error));
    assert.equal(error.status, 200);
    assert.deepEqual(error.issues[0]?.path, ['data', 0, 'slug']);
    assert.match(error.message, /GET \/categories answered off the contract \(data\.0\.slug/);
    assert.equal(stub.seen.length - before, 1);
  });

  it('an answer that is not JSON is a ResponseValidationError', async () => {
    answer = { status: 200, body: '<html>hello</html>' };
    const error = await thrown(() => client().categories.list());
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.body, '<html>hello</html>');
  });

  it('an error page that is not the error shape still becomes an ApiError with the status', async () => {
    answer = { status: 502, body: '<html>Bad gateway</html>' };
    const error = await thrown(() => client().categories.list());
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'http_502');
    assert.match(String(error.details), /Bad gateway/);
  });

  it('a 500 is the base ApiError, with the request id when the server sends one', async () => {
    answer = {
      status: 500,
      headers: { 'x-request-id': 'req-42' },
      body: errorBody('internal_error', 'Something went wrong'),
    };
    const error = await thrown(() => client().categories.list());
    assert.ok(error instanceof ApiError);
    assert.equal(error.constructor, ApiError);
    assert.equal(error.requestId, 'req-42');
    assert.equal(error.message, 'Something went wrong');
    assert.equal(error.headers.get('x-request-id'), 'req-42');
  });

  it('guards know errors made by another copy of the SDK', () => {
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('tehostamo.error')]: 'api',
      status: 404,
      code: 'not_found',
    });
    assert.ok(isApiError(foreign));
    assert.ok(isApiErrorWith(foreign, 'not_found'));
    assert.ok(!isApiError(new Error('plain')));
    assert.ok(!isTehostamoError(null));
  });

  it('the contract still holds when the stub answers right', async () => {
    answer = { status: 200, body: categories };
    assert.equal((await client().categories.list()).data.length, 1);
  });
});

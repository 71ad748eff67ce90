/**
 * Retries, timeouts and aborts, against a scripted server: which calls are repeated, how often,
 * with what key, and what is thrown in the end. No timing is asserted except a lower bound
 * where the server asked to wait.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  ApiError,
  createClient,
  isNetworkError,
  NetworkError,
  RateLimitedError,
  type ClientOptions,
} from '../../sdk/index.ts';
import { fastRetry } from './fixtures.ts';
import { categories, errorBody, startStub, task, type Answer, type Stub } from './stub.ts';

const stubs: Stub[] = [];
after(() => Promise.all(stubs.map((s) => s.close())));

/** A stub that gives these answers in turn (the last one again when they run out). */
async function scripted(...answers: Answer[]): Promise<Stub> {
  const stub = await startStub((_req, i) => answers[Math.min(i, answers.length - 1)]!);
  stubs.push(stub);
  return stub;
}

function clientOf(stub: Stub, options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl: stub.baseUrl, retry: fastRetry, ...options });
}

const unavailable: Answer = { status: 503, body: errorBody('unavailable') };

describe('retries', () => {
  it('a read is retried after a 503 and answers with the next try', async () => {
    const stub = await scripted(unavailable, { body: categories });
    const { data } = await clientOf(stub).categories.list();
    assert.equal(data[0]?.slug, 'viestinta');
    assert.equal(stub.seen.length, 2);
  });

  it('a read waits at least as long as Retry-After says on a 429', async () => {
    const stub = await scripted(
      { status: 429, headers: { 'retry-after': '1' }, body: errorBody('rate_limited') },
      { body: categories },
    );
    await clientOf(stub).categories.list();
    assert.equal(stub.seen.length, 2);
    // A lower bound only: the client must not come back sooner than asked.
    assert.ok(stub.seen[1]!.at - stub.seen[0]!.at >= 950, 'waited for Retry-After');
  });

  it('a read is retried after a network error', async () => {
    const stub = await scripted({ body: categories });
    let calls = 0;
    const dropsFirst: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) throw new TypeError('fetch failed: ECONNRESET');
      return fetch(input, init);
    };
    const { data } = await clientOf(stub, { fetch: dropsFirst }).categories.list();
    assert.equal(data.length, 1);
    assert.equal(calls, 2);
  });

  it('a read that keeps failing ends in the API error after the last retry', async () => {
    const stub = await scripted(unavailable);
    await assert.rejects(
      clientOf(stub).categories.list(),
      (e) => e instanceof ApiError && e.status === 503 && e.code === 'unavailable',
    );
    assert.equal(stub.seen.length, 1 + fastRetry.limit);
  });

  it('a 429 that outlasts the retries is a RateLimitedError with retryAfter in seconds', async () => {
    const stub = await scripted({
      status: 429,
      headers: { 'retry-after': '7' },
      body: errorBody('rate_limited', 'Slow down', { retryAfter: 7 }),
    });
    await assert.rejects(
      clientOf(stub, { retry: 0 }).categories.list(),
      (e) => e instanceof RateLimitedError && e.retryAfter === 7 && e.code === 'rate_limited',
    );
    assert.equal(stub.seen.length, 1, 'retry: 0 turns retries off');
  });

  it('a creating call is retried after a 503 with the same Idempotency-Key', async () => {
    const stub = await scripted(unavailable, { status: 201, body: task(7) });
    const created = await clientOf(stub).tasks.create({
      category: 'viestinta',
      title: 'Tiedote',
      schedule: { text: 'pian' },
      estimatedHours: 1,
    });
    assert.equal(created.id, 7);
    const keys = stub.seen.map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.match(String(keys[0]), /^[0-9a-f-]{36}$/);
    assert.equal(keys[1], keys[0]);
    assert.equal(stub.seen[1]!.body, stub.seen[0]!.body, 'the same body again');
  });

  it('each creating call gets its own key unless one is given', async () => {
    const stub = await scripted({ status: 201, body: task(8) });
    const client = clientOf(stub);
    const input = {
      category: 'viestinta' as const,
      title: 'Tiedote',
      schedule: { text: 'pian' },
      estimatedHours: 1,
    };
    await client.tasks.create(input);
    await client.tasks.create(input);
    await client.tasks.create(input, { idempotencyKey: 'rivi-1' });
    const keys = stub.seen.map((r) => r.headers['idempotency-key']);
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'rivi-1');
  });

  it('a one-click change (cancelling) is retried after a 503 with the same Idempotency-Key', async () => {
    const stub = await scripted(unavailable, { body: { ...task(9), status: 'cancelled' } });
    const cancelled = await clientOf(stub).tasks.cancel(9, { reason: 'Ei tarvita' });
    assert.equal(cancelled.status, 'cancelled');
    const keys = stub.seen.map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.ok(keys[0]);
    assert.equal(keys[1], keys[0]);
  });

  it('a write that is not keyed is never retried, and carries no key', async () => {
    const stub = await scripted(unavailable);
    await assert.rejects(
      clientOf(stub).organisations.members.add(1, { email: 'uusi@example.fi' }),
      (e) => e instanceof ApiError,
    );
    assert.equal(stub.seen.length, 1);
    assert.equal(stub.seen[0]!.headers['idempotency-key'], undefined);
  });

  it('a conflict is not retried unless the server asks to wait (idempotency_in_progress)', async () => {
    const plain = await scripted({ status: 409, body: errorBody('already_applied') });
    await assert.rejects(
      clientOf(plain).tasks.applications.create(1, { message: 'Hei' }),
      (e) => e instanceof ApiError && e.code === 'already_applied',
    );
    assert.equal(plain.seen.length, 1);

    const application = {
      id: 3,
      taskId: 1,
      status: 'pending',
      message: 'Hei',
      applicant: {
        id: 2,
        name: 'Helga',
        email: 'helga@example.fi',
        phone: null,
        helperType: null,
        bio: '',
        municipality: null,
        languages: [],
        skills: [],
        experience: '',
        completedTasks: 0,
        rating: { average: null, count: 0 },
      },
      assignment: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const busy = await scripted(
      { status: 409, headers: { 'retry-after': '0' }, body: errorBody('idempotency_in_progress') },
      { status: 201, body: application },
    );
    const created = await clientOf(busy).tasks.applications.create(1, { message: 'Hei' });
    assert.equal(created.id, 3);
    assert.equal(busy.seen.length, 2);
  });

  it('no answer at all is a NetworkError with the cause, after the retries', async () => {
    let calls = 0;
    const down: typeof fetch = async () => {
      calls += 1;
      throw new TypeError('fetch failed: ECONNREFUSED');
    };
    const client = createClient({ baseUrl: 'http://127.0.0.1:9', fetch: down, retry: fastRetry });
    await assert.rejects(client.categories.list(), (e) => {
      assert.ok(e instanceof NetworkError && isNetworkError(e));
      assert.ok(e.cause instanceof TypeError);
      assert.match(e.message, /ECONNREFUSED/);
      return true;
    });
    assert.equal(calls, 1 + fastRetry.limit);
  });

  it('a slow answer times out as a NetworkError', async () => {
    const stub = await scripted({ body: categories, delayMs: 500 });
    await assert.rejects(
      clientOf(stub, { timeout: 50, retry: 0 }).categories.list(),
      (e) => e instanceof NetworkError && /timed out/.test(e.message),
    );
  });

  it("the caller's abort comes back as the AbortError, and is not retried", async () => {
    const stub = await scripted({ body: categories, delayMs: 500 });
    const controller = new AbortController();
    const pending = clientOf(stub).categories.list({ signal: controller.signal });
    // Abort once the request has arrived, however slow the machine is.
    while (stub.seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await assert.rejects(pending, (e) => e instanceof Error && e.name === 'AbortError');
    assert.equal(stub.seen.length, 1);
  });
});

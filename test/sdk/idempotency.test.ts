import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConflictError, ValidationError, type Client } from '../../sdk/index.ts';
import { IdempotencyKey, OutboxMessage, Task } from '../../server/db/models/index.ts';
import { errorCode, post } from '../helpers/http.ts';
import { dialectName, type TestServer } from '../helpers/server.ts';
import { anonymous, signedIn, startServer, taskInput } from './fixtures.ts';

describe(`idempotent creating calls (${dialectName})`, () => {
  let server: TestServer;
  let admin: Client;
  let secretKey: string;
  let orgId: number;
  let token: string;

  before(async () => {
    server = await startServer();
    admin = await signedIn(server, 'admin@idem.example.fi');
    token = admin.options.token!;
    const org = await admin.organisations.create({ name: 'Idempotentti ry', kind: 'association' });
    orgId = org.id;
    secretKey = (await admin.organisations.apiKeys.create(org.id, { kind: 'secret', name: 'cli' }))
      .key;
  });
  after(() => server.close());

  const countTasks = (title: string) => Task.count({ where: { title } });

  it('a retry after the connection is cut, once the task was committed, returns the same task and creates one', async () => {
    const seen: { key: string | null; status: number; replayed: string | null; body: any }[] = [];
    let cut = false;
    // Performs the request, lets the server answer, then loses the answer: a dropped connection.
    const flakyFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      const body = await response.clone().json();
      seen.push({
        key: request.headers.get('idempotency-key'),
        status: response.status,
        replayed: response.headers.get('idempotent-replayed'),
        body,
      });
      if (request.method === 'POST' && !cut) {
        cut = true;
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const script = anonymous(server, { secretKey, fetch: flakyFetch });
    const task = await script.tasks.create(
      taskInput('Katkennut yhteys', { organisationId: orgId }),
    );

    assert.equal(seen.length, 2, 'one retry');
    assert.equal(seen[0]!.status, 201);
    assert.equal(seen[0]!.replayed, null);
    assert.equal(seen[1]!.status, 201);
    assert.equal(seen[1]!.replayed, 'true');
    assert.ok(seen[0]!.key, 'the call carried an Idempotency-Key');
    assert.equal(seen[1]!.key, seen[0]!.key, 'the retry carried the same key');
    assert.equal(task.id, seen[0]!.body.id, 'the answer is the task the lost answer told of');
    assert.equal(await countTasks('Katkennut yhteys'), 1);
    const confirmations = (await OutboxMessage.findAll({ where: { kind: 'task_confirmation' } }))
      .map((m) => m.textBody)
      .filter((text) => text.includes('Katkennut yhteys'));
    assert.equal(confirmations.length, 1, 'one confirmation email');
  });

  it('the task, its email and the stored answer commit together: if the answer cannot be stored, none is kept', async () => {
    const title = 'Kaikki tai ei mitään';
    const body = { ...taskInput(title), organisationId: orgId };
    const headers = { 'idempotency-key': 'all-or-nothing' };
    const update = IdempotencyKey.prototype.update;
    IdempotencyKey.prototype.update = async function () {
      throw new Error('the disk is full');
    } as never;
    try {
      const failed = await post(server, '/tasks', { token, body, headers });
      assert.equal(failed.status, 500);
      assert.equal(errorCode(failed), 'internal_error');
    } finally {
      IdempotencyKey.prototype.update = update;
    }
    assert.equal(await countTasks(title), 0, 'the task was rolled back with the key');
    const mails = await OutboxMessage.findAll({ where: { kind: 'task_confirmation' } });
    assert.equal(mails.filter((m) => m.textBody.includes(title)).length, 0, 'and its email');
    const retried = await post(server, '/tasks', { token, body, headers });
    assert.equal(retried.status, 201);
    assert.equal(retried.headers.get('idempotent-replayed'), null, 'the retry ran afresh');
    assert.equal(await countTasks(title), 1);
  });

  it('the same key and body replays the first answer, marked Idempotent-Replayed', async () => {
    const body = { ...taskInput('Toistettu pyyntö'), organisationId: orgId };
    const headers = { 'idempotency-key': 'replay-1' };
    const first = await post(server, '/tasks', { token, body, headers });
    const second = await post(server, '/tasks', { token, body, headers });
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(second.body, first.body);
    // Key order does not make another body.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const third = await post(server, '/tasks', { token, body: reordered, headers });
    assert.equal(third.body.id, first.body.id);
    assert.equal(await countTasks('Toistettu pyyntö'), 1);
  });

  it('the SDK sends a caller-chosen key, so a rerun of a script creates nothing new', async () => {
    const input = taskInput('Ajettu kahdesti', { organisationId: orgId });
    const a = await admin.tasks.create(input, { idempotencyKey: 'row-17' });
    const b = await admin.tasks.create(input, { idempotencyKey: 'row-17' });
    assert.equal(b.id, a.id);
    assert.equal(await countTasks('Ajettu kahdesti'), 1);
  });

  it('the same key with another body is refused with 409 idempotency_key_reused', async () => {
    await admin.tasks.create(taskInput('Ensimmäinen runko', { organisationId: orgId }), {
      idempotencyKey: 'reused-1',
    });
    await assert.rejects(
      admin.tasks.create(taskInput('Toinen runko', { organisationId: orgId }), {
        idempotencyKey: 'reused-1',
      }),
      (error) =>
        error instanceof ConflictError &&
        error.status === 409 &&
        error.code === 'idempotency_key_reused',
    );
    assert.equal(await countTasks('Toinen runko'), 0);
  });

  it('an error answer is not kept: the key works again once the request is fixed', async () => {
    await assert.rejects(
      admin.tasks.create(taskInput('Ei', { organisationId: orgId }), {
        idempotencyKey: 'fix-me',
      }),
      ValidationError,
    );
    const fixed = await admin.tasks.create(
      taskInput('Korjattu pyyntö', { organisationId: orgId }),
      {
        idempotencyKey: 'fix-me',
      },
    );
    assert.equal(fixed.title, 'Korjattu pyyntö');
    assert.equal(await countTasks('Korjattu pyyntö'), 1);
  });

  it("keys are the caller's own: another caller's same key creates their own task", async () => {
    const input = taskInput('Saman avaimen kaksi kutsujaa', { organisationId: orgId });
    const byUser = await admin.tasks.create(input, { idempotencyKey: 'shared-key' });
    const byKey = await anonymous(server, { secretKey }).tasks.create(input, {
      idempotencyKey: 'shared-key',
    });
    assert.notEqual(byKey.id, byUser.id);
    assert.equal(await countTasks('Saman avaimen kaksi kutsujaa'), 2);
  });

  it('two concurrent requests with one key create one task; the second gets the first answer', async () => {
    const body = { ...taskInput('Samanaikaiset'), organisationId: orgId };
    const headers = { 'idempotency-key': 'concurrent-1' };
    const replies = await Promise.all(
      [1, 2, 3].map(() => post(server, '/tasks', { token, body, headers })),
    );
    assert.deepEqual(
      replies.map((r) => r.status),
      [201, 201, 201],
    );
    assert.equal(new Set(replies.map((r) => r.body.id)).size, 1);
    assert.equal(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 2);
    assert.equal(await countTasks('Samanaikaiset'), 1);
  });

  it('keys are forgotten after 24 hours, and expired rows are deleted on the next write', async () => {
    const input = taskInput('Vanha avain', { organisationId: orgId });
    const first = await admin.tasks.create(input, { idempotencyKey: 'old-key' });
    await IdempotencyKey.update(
      { createdAt: new Date(Date.now() - 25 * 3_600_000) },
      { where: { idempotencyKey: 'old-key' } },
    );
    await admin.tasks.create(taskInput('Joku muu', { organisationId: orgId }));
    assert.equal(await IdempotencyKey.count({ where: { idempotencyKey: 'old-key' } }), 0);
    const again = await admin.tasks.create(input, { idempotencyKey: 'old-key' });
    assert.notEqual(again.id, first.id);
  });

  it('a malformed key is refused with 400 invalid_idempotency_key', async () => {
    const body = { ...taskInput('Huono avain'), organisationId: orgId };
    for (const key of ['x'.repeat(256), 'väärä avain']) {
      const res = await post(server, '/tasks', {
        token,
        body,
        headers: { 'idempotency-key': key },
      });
      assert.equal(res.status, 400);
      assert.equal(errorCode(res), 'invalid_idempotency_key');
    }
    assert.equal(await countTasks('Huono avain'), 0);
  });

  it('calls that are not keyed ignore the header: a repeated addition of a member is refused, not replayed', async () => {
    const path = `/organisations/${orgId}/members`;
    const headers = { 'idempotency-key': 'member-1' };
    const body = { email: 'lisattava@idem.example.fi' };
    const first = await post(server, path, { token, headers, body });
    const second = await post(server, path, { token, headers, body });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(second.status, 409);
    assert.equal(errorCode(second), 'already_member');
    assert.equal(second.headers.get('idempotent-replayed'), null);
  });
});

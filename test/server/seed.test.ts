import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Organisation, OutboxMessage, Task } from '../../server/db/models/index.ts';
import { seedDemo } from '../../server/seed/demo.ts';
import { get, signIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`demo data for npm start (${dialectName})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 1000 });
    await seedDemo(server.deps);
  });
  after(() => server.close());

  it('loads tasks in every state, organisations of every role, and a clean mailbox', async () => {
    const statuses = new Set((await Task.findAll({ attributes: ['status'] })).map((t) => t.status));
    assert.deepEqual([...statuses].sort(), [
      'assigned',
      'cancelled',
      'completed',
      'open',
      'pending_verification',
    ]);
    const kinds = new Set((await Organisation.findAll()).map((o) => o.kind));
    for (const kind of ['umbrella', 'association', 'company'])
      assert.ok(kinds.has(kind as never), kind);
    assert.equal(await OutboxMessage.count(), 0);
  });

  it('a demo user signs in with an emailed code and sees the feedback of the completed story', async () => {
    const mikko = await signIn(server, 'mikko.nieminen@example.fi');
    const profile = await get(server, `/users/${mikko.id}`);
    assert.equal(profile.status, 200);
    assert.equal(profile.body.completedTasks, 1);
    assert.equal(profile.body.rating.count, 1);
    const open = await get(server, '/tasks');
    assert.ok(open.body.data.length >= 5);
    assert.ok(
      open.body.data.every(
        (t: { status: string; group: unknown }) => t.status === 'open' && t.group === null,
      ),
    );
  });

  it('loading again into a database that has data changes nothing', async () => {
    const before = await Task.count();
    await seedDemo(server.deps);
    assert.equal(await Task.count(), before);
  });
});

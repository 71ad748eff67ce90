/**
 * The one-click changes of a task (cancel, withdraw, select, decline, close applications, mark
 * done, approve) take an
 * Idempotency-Key: a retry after a lost answer gets the first answer again, and nothing is done
 * or emailed twice. Without a key the same repeat is the domain's conflict.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type * as s from '../../sdk/schemas/index.ts';
import { Feedback, Membership, Organisation } from '../../server/db/models/index.ts';
import { errorCode, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`one-click task changes are safe to retry (${dialectName})`, () => {
  let server: TestServer;
  let org: Organisation;
  let requester: SignedIn;
  let n = 0;

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    org = await Organisation.create({ name: 'Toistuva ry', kind: 'association' });
    requester = await signIn(server, 'tilaaja@toistuva.fi', { name: 'Tiina Tilaaja' });
    await Membership.create({ organisationId: org.id, userId: requester.id, role: 'admin' });
  });
  after(() => server.close());

  const helper = () => {
    n += 1;
    return signIn(server, `toistaja${n}@example.fi`, { name: `Toistaja ${n}` });
  };

  async function postTask(helpersWanted = 1): Promise<s.Task> {
    const res = await post(server, '/tasks', {
      token: requester.token,
      body: {
        category: 'kirjanpito-talous',
        title: 'Tilinpäätöksen tarkistus',
        remote: true,
        schedule: { text: 'tällä viikolla' },
        estimatedHours: 3,
        helpersWanted,
        organisationId: org.id,
      },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }

  async function apply(taskId: number, who: SignedIn): Promise<s.Application> {
    const res = await post(server, `/tasks/${taskId}/applications`, {
      token: who.token,
      body: { message: 'Voin auttaa.' },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }

  /** Sends the same call twice with one key: both answer alike, the second as a replay. */
  async function twice(path: string, token: string, body?: unknown) {
    const headers = { 'idempotency-key': `retry-${path}` };
    const first = await post(server, path, { token, body, headers });
    const second = await post(server, path, { token, body, headers });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(second.body, first.body);
    return first.body;
  }

  it('an approval repeated with its key answers the first approval: one feedback, one email', async () => {
    const task = await postTask();
    const mikko = await helper();
    const app = await apply(task.id, mikko);
    await post(server, `/tasks/${task.id}/applications/${app.id}/select`, {
      token: requester.token,
    });
    const done = await twice(`/tasks/${task.id}/assignments/${app.id}/done`, mikko.token);
    assert.equal(done.assignment.status, 'done');
    assert.equal((await mailTo(requester.email, 'marked_done')).length, 1);

    const body = { actualHours: 1.5, feedback: { rating: 5, text: 'Kiitos!' } };
    const approved = await twice(
      `/tasks/${task.id}/assignments/${app.id}/approve`,
      requester.token,
      body,
    );
    assert.equal(approved.assignment.actualHours, 1.5);
    assert.equal(await Feedback.count({ where: { applicationId: app.id } }), 1);
    assert.equal((await mailTo(mikko.email, 'feedback_received')).length, 1);

    // Without the key, the repeat is the conflict it always was.
    const again = await post(server, `/tasks/${task.id}/assignments/${app.id}/approve`, {
      token: requester.token,
      body,
    });
    assert.equal(again.status, 409);
    assert.equal(errorCode(again), 'already_approved');
  });

  it('selecting and closing applications repeated with their keys answer the first answer', async () => {
    const task = await postTask(2);
    const chosen = await helper();
    const thanked = await helper();
    const a1 = await apply(task.id, chosen);
    await apply(task.id, thanked);
    const selected = await twice(`/tasks/${task.id}/applications/${a1.id}/select`, requester.token);
    assert.equal(selected.application.status, 'selected');
    assert.equal(selected.task.selectedCount, 1);
    assert.equal(selected.canSelectMore, true);
    assert.equal((await mailTo(chosen.email, 'selected')).length, 1);

    const closed = await twice(`/tasks/${task.id}/close-applications`, requester.token);
    assert.equal(closed.task.status, 'assigned');
    assert.equal(closed.thanked, 1);
    assert.equal((await mailTo(thanked.email, 'thanked')).length, 1);

    // Without the key, each repeat is the conflict it always was.
    const again = await post(server, `/tasks/${task.id}/applications/${a1.id}/select`, {
      token: requester.token,
    });
    assert.equal(again.status, 409);
    assert.equal(errorCode(again), 'task_not_open');
  });

  it('withdrawing, declining and cancelling repeated with their keys answer the first answer', async () => {
    const task = await postTask(2);
    const leaving = await helper();
    const declined = await helper();
    const waiting = await helper();
    const a1 = await apply(task.id, leaving);
    const a2 = await apply(task.id, declined);
    await apply(task.id, waiting);

    const withdrawn = await twice(
      `/tasks/${task.id}/applications/${a1.id}/withdraw`,
      leaving.token,
    );
    assert.equal(withdrawn.status, 'withdrawn');

    const no = await twice(`/tasks/${task.id}/applications/${a2.id}/decline`, requester.token);
    assert.equal(no.status, 'declined');
    assert.equal((await mailTo(declined.email, 'thanked')).length, 1);

    const cancelled = await twice(`/tasks/${task.id}/cancel`, requester.token, {
      reason: 'Hoidimme asian itse.',
    });
    assert.equal(cancelled.status, 'cancelled');
    const told = await mailTo(waiting.email, 'task_cancelled');
    assert.equal(told.length, 1);
    assert.match(told[0]!.text, /Hoidimme asian itse/);
  });
});

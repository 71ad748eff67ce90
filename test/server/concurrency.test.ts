import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Application, Membership, Organisation, Task } from '../../server/db/models/index.ts';
import { errorCode, get, post, signIn, type Reply, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

const PARALLEL = 20;

describe(`invariants under concurrent requests (${dialectName})`, () => {
  let server: TestServer;
  let org: Organisation;
  let requester: SignedIn;

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    org = await Organisation.create({ name: 'Rinnakkaisuus ry', kind: 'association' });
    requester = await signIn(server, 'tilaaja@rinnakkaisuus.fi', { name: 'Tilaaja' });
    await Membership.create({ organisationId: org.id, userId: requester.id, role: 'admin' });
  });
  after(() => server.close());

  async function postTask(helpersWanted: number): Promise<number> {
    const res = await post(server, '/tasks', {
      token: requester.token,
      body: {
        category: 'kirjanpito-talous',
        title: 'Rinnakkaiset valinnat',
        remote: true,
        schedule: { text: 'heti' },
        estimatedHours: 1,
        helpersWanted,
        organisationId: org.id,
      },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id;
  }

  /** Every reply is a success or a 409 in the one error shape: never a 500. */
  function tally(replies: Reply[], ok: number): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of replies) {
      const key = r.status === ok ? String(ok) : `${r.status} ${errorCode(r)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  it(`${PARALLEL} parallel selections on a task that wants 2 helpers select exactly 2`, async () => {
    const taskId = await postTask(2);
    const helpers: SignedIn[] = [];
    for (let i = 0; i < PARALLEL; i++) {
      helpers.push(await signIn(server, `valittava${i}@example.fi`, { name: `Valittava ${i}` }));
    }
    const appIds: number[] = [];
    for (const h of helpers) {
      const res = await post(server, `/tasks/${taskId}/applications`, {
        token: h.token,
        body: { message: 'Valitse minut' },
      });
      assert.equal(res.status, 201);
      appIds.push(res.body.id);
    }

    const replies = await Promise.all(
      appIds.map((id) =>
        post(server, `/tasks/${taskId}/applications/${id}/select`, { token: requester.token }),
      ),
    );

    const counts = tally(replies, 200);
    assert.equal(counts.get('200'), 2, JSON.stringify([...counts]));
    for (const r of replies.filter((x) => x.status !== 200)) {
      assert.equal(r.status, 409);
      assert.ok(
        ['task_full', 'task_not_open', 'application_not_pending'].includes(errorCode(r)),
        errorCode(r),
      );
    }
    const task = (await Task.findByPk(taskId))!;
    assert.equal(task.selectedCount, 2);
    assert.equal(task.status, 'assigned');
    assert.equal(await Application.count({ where: { taskId, status: 'selected' } }), 2);
    assert.equal(await Application.count({ where: { taskId, status: 'declined' } }), PARALLEL - 2);
    // The two who answered "selected" are the two the database holds.
    const winners = replies.filter((r) => r.status === 200).map((r) => r.body.application.id);
    const stored = await Application.findAll({ where: { taskId, status: 'selected' } });
    assert.deepEqual(winners.sort(), stored.map((a) => a.id).sort());
    // Exactly the others were thanked, once each.
    let thanked = 0;
    for (const h of helpers) thanked += (await mailTo(h.email, 'thanked')).length;
    assert.equal(thanked, PARALLEL - 2);
    const seen = await get(server, `/tasks/${taskId}`, { token: requester.token });
    assert.equal(seen.body.selectedCount, 2);
  });

  it(`${PARALLEL} parallel applications by one user store exactly 1`, async () => {
    const taskId = await postTask(1);
    const h = await signIn(server, 'kiireinen@example.fi', { name: 'Kiireinen' });
    const replies = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        post(server, `/tasks/${taskId}/applications`, {
          token: h.token,
          body: { message: `Hakemus ${i}` },
        }),
      ),
    );
    const counts = tally(replies, 201);
    assert.deepEqual(
      Object.fromEntries(counts),
      { '201': 1, '409 already_applied': PARALLEL - 1 },
      JSON.stringify([...counts]),
    );
    assert.equal(await Application.count({ where: { taskId, userId: h.id } }), 1);
    assert.equal((await mailTo(requester.email, 'new_application')).length >= 1, true);
  });

  it('parallel feedback on one assignment, from both sides and with an approval, stores one each way', async () => {
    const taskId = await postTask(1);
    const h = await signIn(server, 'palaute@example.fi', { name: 'Palautteen saaja' });
    const applied = await post(server, `/tasks/${taskId}/applications`, {
      token: h.token,
      body: { message: 'Hei' },
    });
    const appId = applied.body.id as number;
    await post(server, `/tasks/${taskId}/applications/${appId}/select`, { token: requester.token });
    await post(server, `/tasks/${taskId}/assignments/${appId}/done`, { token: h.token });
    const feedback = (token: string, rating: number) =>
      post(server, `/tasks/${taskId}/feedback`, {
        token,
        body: { applicationId: appId, rating, text: 'Rinnakkain' },
      });
    const replies = await Promise.all([
      post(server, `/tasks/${taskId}/assignments/${appId}/approve`, {
        token: requester.token,
        body: { actualHours: 1, feedback: { rating: 5 } },
      }),
      ...Array.from({ length: 5 }, () => feedback(requester.token, 4)),
      ...Array.from({ length: 5 }, () => feedback(h.token, 3)),
    ]);
    for (const r of replies) {
      if (r.status >= 300) {
        assert.equal(r.status, 409, JSON.stringify(r.body));
        assert.equal(errorCode(r), 'feedback_exists');
      }
    }
    const list = await get(server, `/tasks/${taskId}/feedback`);
    assert.deepEqual(list.body.data.map((f: { direction: string }) => f.direction).sort(), [
      'to_helper',
      'to_requester',
    ]);
    const toHelper = list.body.data.find((f: { direction: string }) => f.direction === 'to_helper');
    // The approval and its feedback are one: approved exactly when its feedback won.
    const approval = replies[0]!;
    const approvedApp = (await Application.findByPk(appId))!;
    assert.equal(approval.status === 200, approvedApp.approvedAt !== null);
    assert.equal(approval.status === 200, toHelper.rating === 5);
  });

  it('parallel approvals of the last two assignments complete the task once', async () => {
    const taskId = await postTask(2);
    const pair = [
      await signIn(server, 'pari1@example.fi', { name: 'Pari 1' }),
      await signIn(server, 'pari2@example.fi', { name: 'Pari 2' }),
    ];
    const appIds: number[] = [];
    for (const h of pair) {
      const res = await post(server, `/tasks/${taskId}/applications`, {
        token: h.token,
        body: { message: 'Hei' },
      });
      appIds.push(res.body.id);
      await post(server, `/tasks/${taskId}/applications/${res.body.id}/select`, {
        token: requester.token,
      });
      await post(server, `/tasks/${taskId}/assignments/${res.body.id}/done`, { token: h.token });
    }
    const replies = await Promise.all(
      appIds.map((id) =>
        post(server, `/tasks/${taskId}/assignments/${id}/approve`, {
          token: requester.token,
          body: { actualHours: 1 },
        }),
      ),
    );
    assert.deepEqual(
      replies.map((r) => r.status),
      [200, 200],
    );
    const task = (await Task.findByPk(taskId))!;
    assert.equal(task.status, 'completed');
  });
});

/**
 * GET /me/work: each person's applications, assignments and organisations' tasks, grouped by
 * what they need from that person, with counts — and nobody else's.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as s from '../../sdk/schemas/index.ts';
import { Application, Task } from '../../server/db/models/index.ts';
import { errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`my work (${dialectName})`, () => {
  let server: TestServer;
  let requester: SignedIn;
  let colleague: SignedIn;
  let outsider: SignedIn;
  let helpers: SignedIn[];
  let orgId: number;
  let taskId: number;
  const appIds: number[] = [];

  async function ok(reply: { status: number; body: any }, what: string) {
    if (reply.status >= 300)
      throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  async function work(who: SignedIn): Promise<s.MyWork> {
    const reply = await get(server, '/me/work', { token: who.token });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return s.MyWork.parse(reply.body);
  }

  async function postTask(title: string, helpersWanted = 2): Promise<number> {
    const task = await ok(
      await post(server, '/tasks', {
        token: requester.token,
        body: {
          organisationId: orgId,
          category: 'kirjanpito-talous',
          title,
          schedule: { text: 'tällä viikolla' },
          estimatedHours: 3,
          helpersWanted,
        },
      }),
      'post task',
    );
    return task.id;
  }

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    requester = await signIn(server, 'rahastonhoitaja@yhdistys.fi', {
      name: 'Riikka Rahastonhoitaja',
    });
    colleague = await signIn(server, 'puheenjohtaja@yhdistys.fi', { name: 'Pekka Puheenjohtaja' });
    outsider = await signIn(server, 'toinen@toinen.fi', { name: 'Olli Ulkopuolinen' });
    helpers = [
      await signIn(server, 'pia@tilitoimisto.fi', { name: 'Pia Pro Bono' }),
      await signIn(server, 'kalle@liitto.fi', { name: 'Kalle Keskusjärjestöstä' }),
      await signIn(server, 'sanni@amk.fi', { name: 'Sanni Opiskelija' }),
    ];
    orgId = (
      await ok(
        await post(server, '/organisations', {
          token: requester.token,
          body: { name: 'Kotiseutuyhdistys ry', kind: 'association' },
        }),
        'org',
      )
    ).id;
    await ok(
      await post(server, `/organisations/${orgId}/members`, {
        token: requester.token,
        body: { email: colleague.email },
      }),
      'add colleague',
    );
    await ok(
      await post(server, '/organisations', {
        token: outsider.token,
        body: { name: 'Toinen ry', kind: 'association' },
      }),
      'other org',
    );
    taskId = await postTask('Tilinpäätöksen valmistelu');
    for (const h of helpers) {
      const app = await ok(
        await post(server, `/tasks/${taskId}/applications`, {
          token: h.token,
          body: { message: 'Voin auttaa.' },
        }),
        'apply',
      );
      appIds.push(app.id);
    }
  });
  after(() => server.close());

  it('needs a signed-in user', async () => {
    const reply = await get(server, '/me/work');
    assert.equal(reply.status, 401);
    assert.equal(errorCode(reply), 'unauthenticated');
  });

  it('is empty for someone with no applications and no organisation tasks', async () => {
    const mine = await work(outsider);
    assert.deepEqual(mine.helper, { applications: [], assignments: [], history: [] });
    assert.deepEqual(mine.requester, { ongoing: [], history: [] });
    assert.equal(mine.counts.attention, 0);
  });

  it('shows the requesting organisation new applicants to review, to every member', async () => {
    for (const who of [requester, colleague]) {
      const mine = await work(who);
      assert.equal(mine.requester.ongoing.length, 1);
      const item = mine.requester.ongoing[0]!;
      assert.equal(item.task.id, taskId);
      assert.equal(item.pendingApplications, 3);
      assert.deepEqual(item.needs, ['review_applicants']);
      assert.equal(mine.counts.requester.reviewApplicants, 1);
      assert.equal(mine.counts.attention, 1);
      assert.deepEqual(mine.helper.applications, []);
    }
  });

  it('shows each applicant their own application only, waiting for selection', async () => {
    const mine = await work(helpers[0]!);
    assert.deepEqual(
      mine.helper.applications.map((a) => [a.application.id, a.application.status, a.next]),
      [[appIds[0], 'pending', 'wait_for_selection']],
    );
    assert.equal(mine.helper.applications[0]!.task.title, 'Tilinpäätöksen valmistelu');
    assert.deepEqual(mine.requester, { ongoing: [], history: [] });
    assert.equal(mine.counts.attention, 0);
  });

  it('after a selection: the helper is to mark done, the requester to close or review', async () => {
    await ok(
      await post(server, `/tasks/${taskId}/applications/${appIds[0]}/select`, {
        token: requester.token,
      }),
      'select',
    );
    const helper = await work(helpers[0]!);
    assert.deepEqual(helper.helper.applications, []);
    assert.equal(helper.helper.assignments.length, 1);
    assert.equal(helper.helper.assignments[0]!.next, 'mark_done');
    assert.equal(helper.helper.assignments[0]!.assignment?.status, 'selected');
    assert.equal(helper.counts.helper.markDone, 1);
    assert.equal(helper.counts.attention, 1);

    const req = await work(requester);
    const item = req.requester.ongoing[0]!;
    assert.deepEqual(item.needs, ['review_applicants', 'close_applications']);
    assert.equal(item.pendingApplications, 2);
    assert.deepEqual(
      item.helpers.map((h) => [h.applicationId, h.helper.name, h.assignment.status]),
      [[appIds[0], 'Pia Pro Bono', 'selected']],
    );
    assert.equal(req.counts.requester.closeApplications, 1);
    assert.equal(req.counts.attention, 1, 'one task, counted once');
  });

  it('the applicants thanked when applications close see it as declined', async () => {
    await ok(
      await post(server, `/tasks/${taskId}/close-applications`, { token: requester.token }),
      'close',
    );
    const thanked = await work(helpers[1]!);
    assert.deepEqual(
      thanked.helper.applications.map((a) => [a.application.status, a.next]),
      [['declined', 'none']],
    );
    const req = await work(requester);
    assert.deepEqual(req.requester.ongoing[0]!.needs, []);
    assert.equal(req.counts.attention, 0);
  });

  it('marked done: the requester has it to approve, the helper waits', async () => {
    await ok(
      await post(server, `/tasks/${taskId}/assignments/${appIds[0]}/done`, {
        token: helpers[0]!.token,
      }),
      'done',
    );
    const helper = await work(helpers[0]!);
    assert.equal(helper.helper.assignments[0]!.next, 'wait_for_approval');
    assert.equal(helper.counts.attention, 0);
    const req = await work(colleague);
    assert.deepEqual(req.requester.ongoing[0]!.needs, ['approve']);
    assert.equal(req.counts.requester.approve, 1);
  });

  it('approved without feedback: history with the hours, and feedback to give both ways', async () => {
    await ok(
      await post(server, `/tasks/${taskId}/assignments/${appIds[0]}/approve`, {
        token: requester.token,
        body: { actualHours: 1.5 },
      }),
      'approve',
    );
    const helper = await work(helpers[0]!);
    assert.deepEqual(helper.helper.assignments, []);
    const done = helper.helper.history[0]!;
    assert.equal(done.assignment?.actualHours, 1.5);
    assert.equal(done.next, 'give_feedback');
    assert.equal(done.task.status, 'completed');
    assert.equal(helper.counts.helper.giveFeedback, 1);

    const req = await work(requester);
    assert.deepEqual(req.requester.ongoing, []);
    assert.equal(req.requester.history[0]!.task.id, taskId);
    assert.deepEqual(req.requester.history[0]!.needs, ['give_feedback']);
    assert.equal(req.counts.requester.giveFeedback, 1);
  });

  it('feedback given both ways shows on both sides, and nothing needs anyone any more', async () => {
    await ok(
      await post(server, `/tasks/${taskId}/feedback`, {
        token: helpers[0]!.token,
        body: { applicationId: appIds[0], rating: 5, text: 'Selkeä pyyntö, mukava yhdistys.' },
      }),
      'feedback to requester',
    );
    await ok(
      await post(server, `/tasks/${taskId}/feedback`, {
        token: requester.token,
        body: { applicationId: appIds[0], rating: 4, text: 'Kiitos avusta!' },
      }),
      'feedback to helper',
    );
    const helper = await work(helpers[0]!);
    const done = helper.helper.history[0]!;
    assert.equal(done.next, 'none');
    assert.equal(done.feedbackGiven?.text, 'Selkeä pyyntö, mukava yhdistys.');
    assert.equal(done.feedbackReceived?.text, 'Kiitos avusta!');
    assert.equal(helper.counts.attention, 0);
    const req = await work(requester);
    const h = req.requester.history[0]!.helpers[0]!;
    assert.equal(h.feedbackGiven?.rating, 4);
    assert.equal(h.feedbackReceived?.rating, 5);
    assert.equal(req.counts.attention, 0);
  });

  it('nobody sees another person’s work or another organisation’s tasks', async () => {
    const outside = await work(outsider);
    assert.deepEqual(outside.helper, { applications: [], assignments: [], history: [] });
    assert.deepEqual(outside.requester, { ongoing: [], history: [] });
    for (const [i, h] of helpers.entries()) {
      const mine = await work(h);
      const ids = [
        ...mine.helper.applications,
        ...mine.helper.assignments,
        ...mine.helper.history,
      ].map((a) => a.application.id);
      assert.deepEqual(ids, [appIds[i]]);
      assert.deepEqual(mine.requester, { ongoing: [], history: [] });
    }
  });

  it('a cancelled task moves to history with nothing to do', async () => {
    const cancelled = await postTask('Budjetin tarkistus', 1);
    const app = await ok(
      await post(server, `/tasks/${cancelled}/applications`, {
        token: helpers[2]!.token,
        body: { message: 'Hoidan.' },
      }),
      'apply',
    );
    await ok(
      await post(server, `/tasks/${cancelled}/applications/${app.id}/select`, {
        token: requester.token,
      }),
      'select',
    );
    await ok(
      await post(server, `/tasks/${cancelled}/cancel`, { token: requester.token, body: {} }),
      'cancel',
    );
    const helper = await work(helpers[2]!);
    assert.deepEqual(helper.helper.assignments, []);
    assert.deepEqual(
      helper.helper.history.map((a) => [a.task.id, a.task.status, a.next]),
      [[cancelled, 'cancelled', 'none']],
    );
    const req = await work(requester);
    assert.deepEqual(
      req.requester.history.map((i) => [i.task.id, i.needs]),
      [
        [cancelled, []],
        [taskId, []],
      ],
    );
  });

  it('keeps the approved history however many applications were declined since', async () => {
    // Rows made directly: the subject is the lists' limits, not how applications are declined.
    const template = (await Task.findByPk(taskId, { raw: true })) as unknown as Record<
      string,
      unknown
    >;
    const tasks = await Task.bulkCreate(
      Array.from({ length: s.WORK_HISTORY_LIMIT * 2 + 1 }, (_, i) => ({
        ...template,
        id: undefined,
        title: `Vanha tehtävä ${i + 1}`,
        status: 'assigned',
      })) as never[],
    );
    await Application.bulkCreate(
      tasks.map((t) => ({
        taskId: t.id,
        userId: helpers[0]!.id,
        message: 'Voin auttaa.',
        status: 'declined',
      })) as never[],
    );
    const mine = await work(helpers[0]!);
    assert.equal(mine.helper.applications.length, s.WORK_HISTORY_LIMIT);
    assert.equal(
      mine.helper.applications[0]!.task.title,
      `Vanha tehtävä ${s.WORK_HISTORY_LIMIT * 2 + 1}`,
    );
    assert.deepEqual(
      mine.helper.history.map((a) => a.task.id),
      [taskId],
    );
  });

  it('costs the same number of queries for many tasks as for few', async () => {
    const queries = async () => {
      let n = 0;
      const count = () => {
        n++;
      };
      server.db.sequelize.addHook('beforeQuery', 'count', count);
      try {
        await work(requester);
        await work(helpers[0]!);
      } finally {
        server.db.sequelize.removeHook('beforeQuery', 'count');
      }
      return n;
    };
    const before = await queries();
    for (const title of ['Kassavirtalaskelma', 'Tilintarkastuksen valmistelu', 'Palkanlaskenta']) {
      const id = await postTask(title);
      const app = await ok(
        await post(server, `/tasks/${id}/applications`, {
          token: helpers[0]!.token,
          body: { message: 'Voin auttaa.' },
        }),
        'apply',
      );
      await ok(
        await post(server, `/tasks/${id}/applications/${app.id}/select`, {
          token: requester.token,
        }),
        'select',
      );
    }
    assert.equal(await queries(), before);
  });
});

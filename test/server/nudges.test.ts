import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../server/clock.ts';
import { Membership, Organisation, OutboxMessage, Task } from '../../server/db/models/index.ts';
import { digests, taskAlerts } from '../../server/jobs/alerts.ts';
import { createScheduler } from '../../server/jobs/index.ts';
import { nudges } from '../../server/jobs/nudges.ts';
import { DAY_MS } from '../../server/jobs/periods.ts';
import { get, patch, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

/**
 * One timeline: tasks posted at t0 with a schedule on the next day, and the clock moved to each
 * point where a reminder falls due. Every job runs twice at every point: each reminder goes once.
 */
describe(`reminders and expiry (${dialectName})`, () => {
  let server: TestServer;
  const t0 = Date.now();
  const clock = new ManualClock(t0);
  let org: Organisation;
  let requester: SignedIn;
  let leaver: SignedIn;
  let helper: SignedIn;
  let applicant: SignedIn;
  const tasks: Record<string, number> = {};

  async function at(days: number) {
    clock.set(t0 + days * DAY_MS);
    const scheduler = createScheduler(server.deps, [taskAlerts, digests, ...nudges]);
    await scheduler.runDue();
    await scheduler.runDue();
  }

  /** Reminders of a kind so far, as [recipient, task id] pairs. */
  async function sent(kind: string): Promise<[string, number][]> {
    const rows = await OutboxMessage.findAll({ where: { kind }, order: [['id', 'ASC']] });
    return rows.map((m) => {
      const id = Number(/\/tasks\/(\d+)/.exec(m.textBody)?.[1] ?? 0);
      return [m.toEmail.split('@')[0]!, id];
    });
  }

  async function postTask(name: string, who: SignedIn, extra: Record<string, unknown> = {}) {
    const res = await post(server, '/tasks', {
      token: who.token,
      body: {
        organisationId: org.id,
        category: 'viestinta',
        title: `Tehtävä ${name}`,
        remote: true,
        schedule: { startsAt: new Date(t0 + DAY_MS).toISOString() },
        estimatedHours: 1,
        ...extra,
      },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    tasks[name] = res.body.id;
    return res.body.id as number;
  }

  async function apply(task: number, who: SignedIn) {
    const res = await post(server, `/tasks/${task}/applications`, {
      token: who.token,
      body: { message: 'Voin auttaa.' },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as number;
  }

  before(async () => {
    server = await startTestServer(
      { codesPerIpPerHour: 100_000, codesPerEmailPerHour: 100 },
      { clock },
    );
    org = await Organisation.create({ name: 'Muistuttaja ry', kind: 'association' });
    requester = await signIn(server, 'requester@example.fi', { alerts: { newTasks: 'never' } });
    leaver = await signIn(server, 'leaver@example.fi', { alerts: { newTasks: 'never' } });
    helper = await signIn(server, 'helper@example.fi', {
      name: 'Helmi',
      alerts: { newTasks: 'never' },
    });
    applicant = await signIn(server, 'applicant@example.fi', { alerts: { newTasks: 'never' } });
    await Membership.create({ organisationId: org.id, userId: requester.id, role: 'admin' });
    await Membership.create({ organisationId: org.id, userId: leaver.id, role: 'member' });

    await postTask('nobody', requester); // no applicant ever
    await apply(await postTask('waiting', requester), applicant); // an applicant nobody reviews
    const assigned = await postTask('assigned', requester); // selected, marked done, not approved
    const app = await apply(assigned, helper);
    assert.equal(
      (
        await post(server, `/tasks/${assigned}/applications/${app}/select`, {
          token: requester.token,
        })
      ).status,
      200,
    );
    assert.equal(
      (await post(server, `/tasks/${assigned}/assignments/${app}/done`, { token: helper.token }))
        .status,
      200,
    );
    const notDone = await postTask('notdone', requester); // selected, never marked done
    const app2 = await apply(notDone, helper);
    await post(server, `/tasks/${notDone}/applications/${app2}/select`, { token: requester.token });
    // Posted by someone who then left the organisation: they may no longer see it, so no reminder.
    await postTask('orphan', leaver);
    await Membership.destroy({ where: { organisationId: org.id, userId: leaver.id } });
    // A task with a text schedule has no time to pass: no schedule reminders, no expiry.
    await postTask('textschedule', requester, { schedule: { text: 'joskus keväällä' } });
  });
  after(() => server.close());

  test('nothing is due on the day the tasks were posted', async () => {
    await at(0.5);
    for (const kind of [
      'nudge_applications_overdue',
      'nudge_applicants_waiting',
      'nudge_no_applicants',
      'nudge_done_overdue',
      'nudge_approval_overdue',
    ]) {
      assert.deepEqual(await sent(kind), [], kind);
    }
  });

  test('applications still open a day after the schedule: the requester is told once', async () => {
    await at(1.9);
    assert.deepEqual(await sent('nudge_applications_overdue'), []);
    await at(2.1);
    assert.deepEqual(
      (await sent('nudge_applications_overdue')).sort(),
      [
        ['requester', tasks.nobody!],
        ['requester', tasks.waiting!],
      ].sort(),
    );
  });

  test('applicants not reviewed after three days: the requester is told once', async () => {
    await at(2.9);
    assert.deepEqual(await sent('nudge_applicants_waiting'), []);
    await at(3.1);
    assert.deepEqual(await sent('nudge_applicants_waiting'), [['requester', tasks.waiting!]]);
  });

  test('no applicant after seven days: told once, with a suggestion', async () => {
    await at(6.9);
    assert.deepEqual(await sent('nudge_no_applicants'), []);
    await at(7.1);
    const nudges = await sent('nudge_no_applicants');
    // "textschedule" has no applicant either; "orphan"'s poster left the organisation.
    assert.deepEqual(
      nudges.sort(),
      [
        ['requester', tasks.nobody!],
        ['requester', tasks.textschedule!],
      ].sort(),
    );
    const [mail] = await OutboxMessage.findAll({ where: { kind: 'nudge_no_applicants' } });
    assert.match(mail!.textBody, /laajempaa aihetta/);
  });

  test('done but not approved: the requester is reminded after 7 and again after 14 days', async () => {
    await at(7.1);
    assert.deepEqual(await sent('nudge_approval_overdue'), [['requester', tasks.assigned!]]);
    await at(13.9);
    assert.equal((await sent('nudge_approval_overdue')).length, 1);
    await at(14.1);
    assert.deepEqual(await sent('nudge_approval_overdue'), [
      ['requester', tasks.assigned!],
      ['requester', tasks.assigned!],
    ]);
  });

  test('a selected helper not marked done a week after the schedule: the helper is told once', async () => {
    // Schedule at day 1: due at day 8.
    assert.deepEqual(await sent('nudge_done_overdue'), [['helper', tasks.notdone!]]);
  });

  test('a reminder turned off is not sent', async () => {
    // The requester turns approval reminders off; a new assignment is done and waits.
    const res = await patch(server, '/me', {
      token: requester.token,
      body: { alerts: { approvalOverdue: 'never' } },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.alerts.approvalOverdue, 'never');
    assert.equal(res.body.alerts.applicantsWaiting, 'immediate');
    const task = await postTask('later', requester);
    const app = await apply(task, helper);
    await post(server, `/tasks/${task}/applications/${app}/select`, { token: requester.token });
    await post(server, `/tasks/${task}/assignments/${app}/done`, { token: helper.token });
    await at(14.1 + 7.5);
    assert.equal((await sent('nudge_approval_overdue')).length, 2);
  });

  test('a task whose schedule passed long ago with nobody selected expires; its applicants are told', async () => {
    await at(30.9);
    assert.equal((await Task.findByPk(tasks.waiting))!.status, 'open');
    await at(31.1);
    for (const name of ['nobody', 'waiting', 'orphan']) {
      assert.equal((await Task.findByPk(tasks[name]))!.status, 'expired', name);
    }
    for (const name of ['assigned', 'notdone', 'textschedule']) {
      assert.notEqual((await Task.findByPk(tasks[name]))!.status, 'expired', name);
    }
    const told = await OutboxMessage.findAll({ where: { kind: 'task_expired' } });
    assert.deepEqual(
      told.map((m) => m.toEmail),
      ['applicant@example.fi'],
    );
    assert.equal(told[0]!.listUnsubscribe, null, 'it ends their application: not an alert');
    const seen = await get(server, `/tasks/${tasks.waiting}`, { token: applicant.token });
    assert.equal(seen.body.status, 'expired');
    assert.equal(seen.body.applicationsOpen, false);
    assert.equal(seen.body.viewer.application.status, 'declined');
  });

  test('every reminder carries a link to its task and a one-click unsubscribe of its own kind', async () => {
    const nudges = (await OutboxMessage.findAll()).filter((m) => m.kind.startsWith('nudge_'));
    assert.ok(nudges.length >= 7);
    for (const m of nudges) {
      assert.match(m.textBody, /\/tasks\/\d+/);
      assert.ok(m.listUnsubscribe, m.kind);
    }
  });
});

/**
 * Suggested helpers and invitations to apply: who is suggested and in what order (a fixture of
 * known profiles whose scores are worked out by hand from the README's table), who never is, who
 * may ask, the cap under parallel requests, the email and its one-click unsubscribe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  Application,
  Feedback,
  Group,
  GroupMember,
  Membership,
  Organisation,
  OutboxMessage,
  Task,
  TaskInvitation,
  User,
} from '../../server/db/models/index.ts';
import { errorCode, get, patch, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const CATEGORY = 'kirjanpito-talous';
const CAP = 3;

describe(`suggested helpers (${dialectName})`, () => {
  let server: TestServer;
  let org: Organisation;
  let otherOrg: Organisation;
  let requester: SignedIn;
  let colleague: SignedIn;
  const p: Record<string, SignedIn> = {};
  let task: number;
  let groupTask: number;

  /** A person who said they are available, with a profile that fits the task unless overridden. */
  async function person(name: string, profile: Record<string, unknown> = {}) {
    p[name] = await signIn(server, `${name.toLowerCase()}@example.fi`, {
      name,
      availableToHelp: true,
      postalCode: '00100',
      radiusKm: 30,
      interestedCategories: [CATEGORY],
      languages: ['suomi'],
      skills: [],
      ...profile,
    });
    return p[name]!;
  }

  /** `completed` approved assignments for another organisation, rated with `ratings` first. */
  async function history(who: SignedIn, completed: number, ratings: number[]) {
    for (let i = 0; i < completed; i++) {
      const past = await Task.create({
        organisationId: otherOrg.id,
        createdById: requester.id,
        status: 'completed',
        category: CATEGORY,
        title: `Aiempi tehtävä ${i}`,
        details: '',
        remote: true,
        estimatedHours: 1,
        helpersWanted: 1,
        selectedCount: 1,
        publishedAt: new Date(),
        completedAt: new Date(),
      });
      const app = await Application.create({
        taskId: past.id,
        userId: who.id,
        message: 'Autan.',
        status: 'selected',
        selectedAt: new Date(),
        doneAt: new Date(),
        approvedAt: new Date(),
        actualHours: 1,
      });
      if (i < ratings.length) {
        await Feedback.create({
          taskId: past.id,
          applicationId: app.id,
          direction: 'to_helper',
          fromUserId: requester.id,
          toUserId: who.id,
          rating: ratings[i]!,
          text: 'Kiitos!',
        });
      }
    }
  }

  async function postTask(body: Record<string, unknown>): Promise<number> {
    const res = await post(server, '/tasks', {
      token: requester.token,
      body: {
        organisationId: org.id,
        category: CATEGORY,
        title: 'Kirjanpidon tarkistus',
        details: 'Yhdistyksen kirjanpito ja budjetti kuntoon ennen tilinpäätöstä.',
        postalCode: '00100',
        remote: false,
        schedule: { text: 'tässä kuussa' },
        estimatedHours: 2,
        ...body,
      },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as number;
  }

  const suggestions = (taskId: number, who: SignedIn = requester, query = '') =>
    get(server, `/tasks/${taskId}/suggested-helpers${query}`, { token: who.token });
  const names = (reply: { body: { data: { user: { name: string } }[] } }) =>
    reply.body.data.map((s) => s.user.name);
  const invite = (taskId: number, userId: number, who: SignedIn = requester) =>
    post(server, `/tasks/${taskId}/invitations`, { token: who.token, body: { userId } });

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000, invitationsPerTask: CAP });
    requester = await signIn(server, 'kysyja@example.fi', { name: 'Kerttu Kysyjä', lang: 'fi' });
    colleague = await signIn(server, 'kollega@example.fi', { name: 'Kalle Kollega' });
    org = await Organisation.create({ name: 'Kysyjä ry', kind: 'association' });
    otherOrg = await Organisation.create({ name: 'Aiempi ry', kind: 'association' });
    await Membership.create({ organisationId: org.id, userId: requester.id, role: 'admin' });
    await Membership.create({ organisationId: org.id, userId: colleague.id, role: 'member' });

    // Who fits, and by how much (points as in the README's table):
    // Aino: chosen category 25 + two skills named 20 + at the place 15 + Finnish 10
    //   + no feedback (the prior, 4★) 11.25 + active 5 = 86.3
    await person('Aino', { skills: ['kirjanpito', 'budjetointi'], languages: ['suomi', 'ruotsi'] });
    // Bertta: any category 10 + one skill 10 + 15 + 10 + five 5★ ((12+25)/8 = 4.625) 13.6
    //   + five completed 5 + active 5 = 68.6
    await person('Bertta', { interestedCategories: [], skills: ['kirjanpito'] });
    await history(p.Bertta!, 5, [5, 5, 5, 5, 5]);
    // Daniel: 25 + one skill 10 + 15 + 10 + one 1★ ((12+1)/4 = 3.25) 8.4 + one completed 1
    //   + never active 0 = 69.4
    await person('Daniel', { skills: ['Kirjanpito'], languages: ['suomi', 'englanti'] });
    await history(p.Daniel!, 1, [1]);
    // Eeva and Elina alike: 25 + 15 + 10 + 11.25 + 5 = 66.3; the lower id first.
    await person('Eeva');
    await person('Elina');
    // Cecilia: 25 + in Espoo (about 10 km of 30) ~10 + no Finnish 0 + 11.25 + 5 ≈ 51
    await person('Cecilia', { postalCode: '02100', languages: ['svenska'] });

    // Never suggested for the task:
    await person('Ulla', { availableToHelp: false }); // did not say she is available
    await person('Outi', { alerts: { invitations: 'never' } }); // turned invitations off
    await person('Olli'); // the requesting organisation's own member
    await Membership.create({ organisationId: org.id, userId: p.Olli!.id, role: 'member' });
    await person('Aapo'); // applies below
    await person('Kaisa', { interestedCategories: ['tietoturva'] }); // another category
    await person('Kauko', { postalCode: '90100', radiusKm: 10 }); // Oulu, far away
    await person('Noora', { postalCode: null }); // no place: remote tasks only
    await User.update({ lastActiveAt: null }, { where: { id: p.Daniel!.id } });

    task = await postTask({});
    const applied = await post(server, `/tasks/${task}/applications`, {
      token: p.Aapo!.token,
      body: { message: 'Voin auttaa.' },
    });
    assert.equal(applied.status, 201);

    // A group's task: only its members (Aino, Gunnar) may see it.
    // Gunnar: any category 10 + 15 + no Finnish 0 + 11.25 + 5 = 41.3
    await person('Gunnar', { interestedCategories: [], languages: ['svenska'] });
    const group = await Group.create({
      organisationId: org.id,
      name: 'Talousryhmä',
      code: 'TALOUS88',
      memberCap: 30,
      createdById: requester.id,
    });
    for (const member of [p.Aino!, p.Gunnar!]) {
      await GroupMember.create({ groupId: group.id, email: member.email, invitedById: null });
    }
    groupTask = await postTask({ groupCode: group.code, remote: true, postalCode: null });
  });
  after(() => server.close());

  test('the fitting helpers come best first, in the exact order of their scores', async () => {
    const res = await suggestions(task);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(names(res), [
      'Aino',
      'Daniel',
      'Bertta',
      'Eeva',
      'Elina',
      'Cecilia',
      'Gunnar',
    ]);
    const [aino, daniel, bertta, eeva, elina, cecilia, gunnar] = res.body.data;
    assert.equal(gunnar.score, 41.3);
    assert.equal(aino.score, 86.3);
    assert.equal(daniel.score, 69.4);
    assert.equal(bertta.score, 68.6);
    assert.equal(eeva.score, 66.3);
    assert.equal(elina.score, 66.3);
    assert.ok(eeva.user.id < elina.user.id, 'a tie goes to the lower id');
    assert.ok(cecilia.score > 45 && cecilia.score < 56, String(cecilia.score));

    assert.deepEqual(aino.reasons, {
      category: 'chosen',
      skills: ['kirjanpito', 'budjetointi'],
      distanceKm: 0,
      remote: false,
      languages: ['suomi', 'ruotsi'],
      speaksRequesterLanguage: true,
      activeRecently: true,
    });
    assert.equal(aino.user.municipality, 'Helsinki');
    assert.equal(bertta.reasons.category, 'any');
    assert.deepEqual(bertta.user.rating, { average: 5, count: 5 });
    assert.equal(bertta.user.completedTasks, 5);
    assert.equal(daniel.reasons.activeRecently, false);
    assert.equal(cecilia.reasons.speaksRequesterLanguage, false);
    assert.ok(cecilia.reasons.distanceKm > 0 && cecilia.reasons.distanceKm < 30);
    assert.deepEqual(res.body.invitations, { sent: 0, limit: CAP, remaining: CAP });
    assert.deepEqual(res.body.invited, []);
  });

  test('a limit answers only the best', async () => {
    const res = await suggestions(task, requester, '?limit=2');
    assert.deepEqual(names(res), ['Aino', 'Daniel']);
  });

  test('never shown: unavailable, invitations off, own organisation, applied, not fitting', async () => {
    const shown = new Set(names(await suggestions(task)));
    for (const name of ['Ulla', 'Outi', 'Olli', 'Aapo', 'Kaisa', 'Kauko', 'Noora']) {
      assert.ok(!shown.has(name), `${name} is not suggested`);
    }
    assert.ok(!shown.has('Kerttu Kysyjä') && !shown.has('Kalle Kollega'));
    // Gunnar fits by profile and is in no way excluded from the public task: the control.
    assert.ok(shown.has('Gunnar'));
  });

  test('a group task suggests only the group members', async () => {
    const res = await suggestions(groupTask);
    assert.equal(res.status, 200);
    assert.deepEqual(names(res), ['Aino', 'Gunnar']);
    assert.equal(res.body.data[0].reasons.remote, true);
    assert.equal(res.body.data[0].reasons.distanceKm, null);
  });

  test('only the requesting organisation may list or invite', async () => {
    // A colleague in the organisation may.
    assert.equal((await suggestions(task, colleague)).status, 200);
    // A helper who may see the task is told no; one who may not see it is told nothing.
    const helperAsks = await suggestions(task, p.Bertta!);
    assert.equal(helperAsks.status, 403);
    assert.equal(errorCode(helperAsks), 'forbidden');
    assert.equal((await suggestions(groupTask, p.Bertta!)).status, 404);
    assert.equal((await suggestions(groupTask, p.Gunnar!)).status, 403);
    const helperInvites = await invite(task, p.Eeva!.id, p.Bertta!);
    assert.equal(helperInvites.status, 403);
    assert.equal((await invite(groupTask, p.Gunnar!.id, p.Bertta!)).status, 404);
    const anonymous = await get(server, `/tasks/${task}/suggested-helpers`);
    assert.equal(anonymous.status, 401);
    assert.equal(await TaskInvitation.count({ where: { taskId: task } }), 0);
  });

  test('only someone the suggestions would show can be invited', async () => {
    for (const name of ['Ulla', 'Outi', 'Olli', 'Aapo', 'Kaisa', 'Kauko', 'Noora']) {
      const res = await invite(task, p[name]!.id);
      assert.equal(res.status, 409, name);
      assert.equal(errorCode(res), 'not_invitable');
    }
    assert.equal(errorCode(await invite(task, 999_999)), 'not_invitable');
    assert.equal(errorCode(await invite(groupTask, p.Bertta!.id)), 'not_invitable');
    assert.equal(await TaskInvitation.count({ where: { taskId: task } }), 0);
    assert.equal((await Task.findByPk(task))!.invitationsSent, 0);
  });

  test('an invitation emails the helper a link to the task and a one-click unsubscribe', async () => {
    const res = await invite(task, p.Eeva!.id);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.created, true);
    assert.equal(res.body.invitation.user.name, 'Eeva');
    assert.equal(res.body.invitation.invitedBy.name, 'Kerttu Kysyjä');
    assert.deepEqual(res.body.invitations, { sent: 1, limit: CAP, remaining: CAP - 1 });

    const mails = await OutboxMessage.findAll({
      where: { toEmail: p.Eeva!.email, kind: 'apply_invitation' },
    });
    assert.equal(mails.length, 1);
    const mail = mails[0]!;
    assert.equal(mail.subject, 'Kutsu hakemaan: Kirjanpidon tarkistus');
    assert.match(mail.textBody, /Kerttu Kysyjä \(Kysyjä ry\) toivoo/);
    assert.ok(mail.textBody.includes(`${server.baseUrl}/tasks/${task}`), 'links to the task');
    const url = mail.listUnsubscribe!;
    assert.ok(url.startsWith(`${server.baseUrl}/unsubscribe/`));
    assert.ok(mail.textBody.includes(url), 'the footer links to it too');

    // Asking again (a second click, a retry) sends nothing more.
    const again = await invite(task, p.Eeva!.id);
    assert.equal(again.status, 201);
    assert.equal(again.body.created, false);
    assert.equal(again.body.invitation.id, res.body.invitation.id);
    assert.equal(
      await OutboxMessage.count({ where: { toEmail: p.Eeva!.email, kind: 'apply_invitation' } }),
      1,
    );

    // Invited: no longer suggested, listed as invited.
    const list = await suggestions(task);
    assert.ok(!names(list).includes('Eeva'));
    assert.deepEqual(
      list.body.invited.map((i: { user: { name: string } }) => i.user.name),
      ['Eeva'],
    );

    // One click, no sign-in: invitations off, and only they.
    const clicked = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(clicked.status, 200);
    const me = await get(server, '/me', { token: p.Eeva!.token });
    assert.equal(me.body.alerts.invitations, 'never');
    assert.equal(me.body.alerts.newTasks, 'daily', 'other kinds stay as they were');
    const other = await postTask({ title: 'Toinen kirjanpitotehtävä' });
    assert.ok(!names(await suggestions(other)).includes('Eeva'), 'never suggested again');
    assert.ok(names(await suggestions(other)).includes('Elina'));
  });

  test('an invited helper who applies has accepted the invitation', async () => {
    const res = await invite(task, p.Elina!.id);
    assert.equal(res.status, 201);
    assert.equal(res.body.invitation.acceptedAt, null);
    const applied = await post(server, `/tasks/${task}/applications`, {
      token: p.Elina!.token,
      body: { message: 'Kiitos kutsusta, autan mielelläni.' },
    });
    assert.equal(applied.status, 201);
    const list = await suggestions(task);
    const elina = list.body.invited.find(
      (i: { user: { id: number } }) => i.user.id === p.Elina!.id,
    );
    assert.ok(elina.acceptedAt, 'accepted when she applied');
    const eeva = list.body.invited.find((i: { user: { id: number } }) => i.user.id === p.Eeva!.id);
    assert.equal(eeva.acceptedAt, null);
  });

  test(`at most ${CAP} invitations per task, however many are sent at once`, async () => {
    const fresh = await postTask({ title: 'Kolmas tehtävä', remote: true });
    const people = ['Aino', 'Bertta', 'Daniel', 'Cecilia', 'Gunnar', 'Elina'].map((n) => p[n]!);
    const replies = await Promise.all(people.map((who) => invite(fresh, who.id)));
    const created = replies.filter((r) => r.status === 201);
    const refused = replies.filter((r) => r.status === 409);
    assert.equal(created.length, CAP, JSON.stringify(replies.map((r) => r.body)));
    assert.equal(refused.length, people.length - CAP);
    for (const r of refused) assert.equal(errorCode(r), 'invitation_limit');
    assert.equal(await TaskInvitation.count({ where: { taskId: fresh } }), CAP);
    assert.equal((await Task.findByPk(fresh))!.invitationsSent, CAP);
    const sent = await OutboxMessage.count({ where: { kind: 'apply_invitation' } });
    assert.equal(sent, 2 + CAP, 'one email per invitation made (Eeva and Elina before)');
    const list = await suggestions(fresh);
    assert.deepEqual(list.body.invitations, { sent: CAP, limit: CAP, remaining: 0 });
  });

  test('the same person invited by many clicks at once is invited once', async () => {
    const fresh = await postTask({ title: 'Neljäs tehtävä', remote: true });
    const before = await OutboxMessage.count({ where: { kind: 'apply_invitation' } });
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) => invite(fresh, p.Aino!.id, i % 2 ? colleague : requester)),
    );
    for (const r of replies) assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(replies.filter((r) => r.body.created).length, 1);
    assert.equal(new Set(replies.map((r) => r.body.invitation.id)).size, 1);
    assert.equal(await TaskInvitation.count({ where: { taskId: fresh } }), 1);
    assert.equal((await Task.findByPk(fresh))!.invitationsSent, 1);
    assert.equal(await OutboxMessage.count({ where: { kind: 'apply_invitation' } }), before + 1);
  });

  test('a task that takes no more applications suggests nobody and invites nobody', async () => {
    const fresh = await postTask({ title: 'Peruttava tehtävä' });
    await post(server, `/tasks/${fresh}/cancel`, { token: requester.token, body: {} });
    const list = await suggestions(fresh);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.data, []);
    const res = await invite(fresh, p.Aino!.id);
    assert.equal(res.status, 409);
    assert.equal(errorCode(res), 'task_not_open');
  });

  test('availability is a profile setting, and turning it off hides the person', async () => {
    const fresh = await postTask({ title: 'Viides tehtävä' });
    assert.ok(names(await suggestions(fresh)).includes('Cecilia'));
    const off = await patch(server, '/me', {
      token: p.Cecilia!.token,
      body: { availableToHelp: false },
    });
    assert.equal(off.status, 200);
    assert.equal(off.body.availableToHelp, false);
    assert.ok(!names(await suggestions(fresh)).includes('Cecilia'));
    const exported = await get(server, '/me/export', { token: p.Cecilia!.token });
    assert.equal(exported.body.profile.availableToHelp, false);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import * as s from '../../sdk/schemas/index.ts';
import { randomSecret, sha256 } from '../../server/auth/tokens.ts';
import {
  ApiKey,
  Application,
  Group,
  GroupMember,
  Membership,
  Organisation,
} from '../../server/db/models/index.ts';
import { call, del, errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`applications, assignments, feedback and chat (${dialectName})`, () => {
  let server: TestServer;
  let org: Organisation;
  let other: Organisation;
  let requester: SignedIn;
  let colleague: SignedIn;
  let outsider: SignedIn;
  let secretKey: string;
  let n = 0;

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    org = await Organisation.create({ name: 'Kotikylän Yhdistys ry', kind: 'association' });
    other = await Organisation.create({ name: 'Naapurikylän Yhdistys ry', kind: 'association' });
    requester = await signIn(server, 'tilaaja@kotikyla.fi', { name: 'Tiina Tilaaja' });
    colleague = await signIn(server, 'kollega@kotikyla.fi', { name: 'Kalle Kollega' });
    outsider = await signIn(server, 'ulkopuolinen@example.fi', { name: 'Ulla Ulkopuolinen' });
    await Membership.create({ organisationId: org.id, userId: requester.id, role: 'admin' });
    await Membership.create({ organisationId: org.id, userId: colleague.id, role: 'member' });
    await Membership.create({ organisationId: other.id, userId: outsider.id, role: 'member' });
    secretKey = randomSecret('sk_');
    await ApiKey.create({
      organisationId: org.id,
      kind: 'secret',
      name: 'skripti',
      prefix: secretKey.slice(0, 8),
      keyHash: sha256(secretKey),
      createdById: requester.id,
    });
  });
  after(() => server.close());

  async function helper(profile: Record<string, unknown> = {}): Promise<SignedIn> {
    n += 1;
    return signIn(server, `auttaja${n}@example.fi`, { name: `Auttaja ${n}`, ...profile });
  }

  async function postTask(extra: Record<string, unknown> = {}, token = requester.token) {
    const res = await post(server, '/tasks', {
      token,
      body: {
        category: 'kirjanpito-talous',
        title: 'Apua tilinpäätökseen',
        details: 'Kirjanpidon lainsäädäntö muuttui.',
        remote: true,
        schedule: { text: 'tällä viikolla' },
        estimatedHours: 3,
        helpersWanted: 1,
        organisationId: org.id,
        ...extra,
      },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as s.Task;
  }

  async function apply(taskId: number, who: SignedIn, message = 'Voin auttaa.') {
    const res = await post(server, `/tasks/${taskId}/applications`, {
      token: who.token,
      body: { message },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as s.Application;
  }

  const select = (taskId: number, appId: number, token = requester.token) =>
    post(server, `/tasks/${taskId}/applications/${appId}/select`, { token });

  /** A task with one selected helper who has marked it done. */
  async function doneAssignment(helpersWanted = 1) {
    const task = await postTask({ helpersWanted });
    const h = await helper();
    const app = await apply(task.id, h);
    assert.equal((await select(task.id, app.id)).status, 200);
    const done = await post(server, `/tasks/${task.id}/assignments/${app.id}/done`, {
      token: h.token,
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    return { task, h, app };
  }

  describe('applying', () => {
    it('a signed-in user applies with a message and the requester is emailed', async () => {
      const task = await postTask({ title: 'Hakemuksen sähköposti' });
      const h = await helper({ skills: ['kirjanpito'], languages: ['suomi'] });
      const res = await post(server, `/tasks/${task.id}/applications`, {
        token: h.token,
        body: { message: '  Olen tilintarkastaja.  ' },
      });
      assert.equal(res.status, 201);
      const app = s.Application.parse(res.body);
      assert.equal(app.status, 'pending');
      assert.equal(app.message, 'Olen tilintarkastaja.');
      assert.equal(app.assignment, null);
      assert.equal(app.applicant.id, h.id);
      const mails = await mailTo(requester.email, 'new_application');
      const mail = mails.find((m) => m.subject.includes('Hakemuksen sähköposti'));
      assert.ok(mail, 'the requester was emailed');
      assert.match(mail.subject, /^Uusi hakemus/);
      assert.match(mail.text, /Olen tilintarkastaja\./);
      const seen = await get(server, `/tasks/${task.id}`, { token: h.token });
      assert.deepEqual(seen.body.viewer.application, { id: app.id, status: 'pending' });
    });

    it('the email is in the language of the requester', async () => {
      const svOrg = await Organisation.create({ name: 'Föreningen rf', kind: 'association' });
      const sv = await signIn(server, 'ordforande@forening.fi', { name: 'Sara', lang: 'sv' });
      await Membership.create({ organisationId: svOrg.id, userId: sv.id, role: 'admin' });
      const task = await postTask({ organisationId: svOrg.id }, sv.token);
      await apply(task.id, await helper());
      const mails = await mailTo(sv.email, 'new_application');
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /^Ny ansökan/);
    });

    it('a helper cannot apply twice', async () => {
      const task = await postTask();
      const h = await helper();
      await apply(task.id, h);
      const again = await post(server, `/tasks/${task.id}/applications`, {
        token: h.token,
        body: { message: 'Toinen yritys' },
      });
      assert.equal(again.status, 409);
      assert.equal(errorCode(again), 'already_applied');
      assert.equal(await Application.count({ where: { taskId: task.id, userId: h.id } }), 1);
    });

    it('a withdrawn application still counts: one per user per task', async () => {
      const task = await postTask();
      const h = await helper();
      const app = await apply(task.id, h);
      await post(server, `/tasks/${task.id}/applications/${app.id}/withdraw`, { token: h.token });
      const again = await post(server, `/tasks/${task.id}/applications`, {
        token: h.token,
        body: { message: 'Sittenkin' },
      });
      assert.equal(errorCode(again), 'already_applied');
    });

    it('members of the requesting organisation cannot apply to its task', async () => {
      const task = await postTask();
      for (const who of [requester, colleague]) {
        const res = await post(server, `/tasks/${task.id}/applications`, {
          token: who.token,
          body: { message: 'Minä!' },
        });
        assert.equal(res.status, 403);
        assert.equal(errorCode(res), 'own_task');
      }
    });

    it('a task whose applications are closed or that was cancelled takes no applications', async () => {
      const closed = await postTask({ helpersWanted: 2 });
      const first = await apply(closed.id, await helper());
      await select(closed.id, first.id);
      await post(server, `/tasks/${closed.id}/close-applications`, { token: requester.token });
      const cancelled = await postTask();
      await post(server, `/tasks/${cancelled.id}/cancel`, { token: requester.token, body: {} });
      const h = await helper();
      for (const task of [closed, cancelled]) {
        const res = await post(server, `/tasks/${task.id}/applications`, {
          token: h.token,
          body: { message: 'Myöhässä' },
        });
        assert.equal(res.status, 409);
        assert.equal(errorCode(res), 'task_not_open');
      }
    });

    it('applying needs a signed-in user, not an API key', async () => {
      const task = await postTask();
      const anon = await post(server, `/tasks/${task.id}/applications`, {
        body: { message: 'Hei' },
      });
      assert.equal(anon.status, 401);
      const key = await post(server, `/tasks/${task.id}/applications`, {
        token: secretKey,
        body: { message: 'Hei' },
      });
      assert.equal(key.status, 401);
      assert.equal(errorCode(key), 'user_required');
    });

    it('bad input gets a 422 that names the field', async () => {
      const task = await postTask();
      const h = await helper();
      for (const body of [{}, { message: '   ' }, { message: 'x'.repeat(2001) }, { message: 5 }]) {
        const res = await post(server, `/tasks/${task.id}/applications`, { token: h.token, body });
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(errorCode(res), 'validation_failed');
        assert.equal(res.body.error.details.issues[0].path, 'message');
      }
      const extra = await post(server, `/tasks/${task.id}/applications`, {
        token: h.token,
        body: { message: 'Hei', status: 'selected' },
      });
      assert.equal(extra.status, 422, 'no mass assignment of the status');
      const badId = await post(server, '/tasks/abc/applications', {
        token: h.token,
        body: { message: 'Hei' },
      });
      assert.equal(badId.status, 422);
      assert.equal(await Application.count({ where: { userId: h.id } }), 0);
    });

    it('an unknown task, or a group task the user is not in, is 404', async () => {
      const h = await helper();
      const missing = await post(server, '/tasks/999999/applications', {
        token: h.token,
        body: { message: 'Hei' },
      });
      assert.equal(missing.status, 404);
      const group = await Group.create({
        organisationId: org.id,
        name: 'Paikallisosastot',
        code: 'OSASTOT1',
        memberCap: 30,
        createdById: requester.id,
      });
      const task = await postTask({ groupCode: group.code });
      const res = await post(server, `/tasks/${task.id}/applications`, {
        token: h.token,
        body: { message: 'Hei' },
      });
      assert.equal(res.status, 404);
      assert.equal(errorCode(res), 'not_found');
      await GroupMember.create({ groupId: group.id, email: h.email, invitedById: requester.id });
      await apply(task.id, h);
    });
  });

  describe('withdrawing', () => {
    it('the applicant withdraws a pending application, once', async () => {
      const task = await postTask();
      const h = await helper();
      const app = await apply(task.id, h);
      const res = await post(server, `/tasks/${task.id}/applications/${app.id}/withdraw`, {
        token: h.token,
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'withdrawn');
      const again = await post(server, `/tasks/${task.id}/applications/${app.id}/withdraw`, {
        token: h.token,
      });
      assert.equal(again.status, 409);
      assert.equal(errorCode(again), 'application_not_pending');
    });

    it("nobody withdraws someone else's application", async () => {
      const task = await postTask();
      const app = await apply(task.id, await helper());
      const byRequester = await post(server, `/tasks/${task.id}/applications/${app.id}/withdraw`, {
        token: requester.token,
      });
      assert.equal(byRequester.status, 403);
      assert.equal(errorCode(byRequester), 'not_the_applicant');
      const byStranger = await post(server, `/tasks/${task.id}/applications/${app.id}/withdraw`, {
        token: (await helper()).token,
      });
      assert.equal(byStranger.status, 404);
    });

    it('a selected helper cannot withdraw', async () => {
      const task = await postTask({ helpersWanted: 2 });
      const h = await helper();
      const app = await apply(task.id, h);
      await select(task.id, app.id);
      const res = await post(server, `/tasks/${task.id}/applications/${app.id}/withdraw`, {
        token: h.token,
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'application_not_pending');
    });
  });

  describe("the requester's list of applicants", () => {
    it('the organisation sees every applicant with the profile summary', async () => {
      const task = await postTask();
      const a = await helper({
        helperType: 'pro_bono',
        phone: '+358 40 123 4567',
        skills: ['tilinpäätös'],
        languages: ['suomi', 'ruotsi'],
        experience: '10 vuotta taloushallintoa',
        postalCode: '00100',
      });
      const b = await helper();
      await apply(task.id, a, 'Minä autan');
      await apply(task.id, b, 'Minäkin');
      for (const token of [requester.token, colleague.token, secretKey]) {
        const res = await get(server, `/tasks/${task.id}/applications`, { token });
        assert.equal(res.status, 200);
        const list = z.object({ data: z.array(s.Application) }).parse(res.body);
        assert.deepEqual(
          list.data.map((x) => x.applicant.id),
          [a.id, b.id],
        );
        const first = list.data[0]!.applicant;
        assert.equal(first.email, a.email);
        assert.equal(first.phone, '+358 40 123 4567');
        assert.equal(first.helperType, 'pro_bono');
        assert.deepEqual(first.skills, ['tilinpäätös']);
        assert.deepEqual(first.languages, ['suomi', 'ruotsi']);
        assert.equal(first.experience, '10 vuotta taloushallintoa');
        assert.equal(first.municipality, 'Helsinki');
        assert.equal(first.completedTasks, 0);
        assert.deepEqual(first.rating, { average: null, count: 0 });
      }
    });

    it('an applicant sees only their own application', async () => {
      const task = await postTask();
      const a = await helper();
      await apply(task.id, a);
      await apply(task.id, await helper());
      const res = await get(server, `/tasks/${task.id}/applications`, { token: a.token });
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.data.map((x: s.Application) => x.applicant.id),
        [a.id],
      );
    });

    it('others get 403, or 404 for a task they cannot see', async () => {
      const task = await postTask();
      await apply(task.id, await helper());
      const res = await get(server, `/tasks/${task.id}/applications`, { token: outsider.token });
      assert.equal(res.status, 403);
      const anon = await get(server, `/tasks/${task.id}/applications`);
      assert.equal(anon.status, 401);
      const group = await Group.create({
        organisationId: org.id,
        name: 'Hallitus',
        code: 'HALLITUS',
        memberCap: 30,
        createdById: requester.id,
      });
      const hidden = await postTask({ groupCode: group.code });
      const invisible = await get(server, `/tasks/${hidden.id}/applications`, {
        token: outsider.token,
      });
      assert.equal(invisible.status, 404);
    });

    it('the summary counts approved assignments and feedback received as a helper', async () => {
      const { task, h, app } = await doneAssignment();
      await post(server, `/tasks/${task.id}/assignments/${app.id}/approve`, {
        token: requester.token,
        body: { actualHours: 2, feedback: { rating: 4, text: 'Hyvä' } },
      });
      const next = await postTask();
      await apply(next.id, h);
      const res = await get(server, `/tasks/${next.id}/applications`, { token: requester.token });
      const summary = res.body.data[0].applicant as s.ApplicantSummary;
      assert.equal(summary.completedTasks, 1);
      assert.deepEqual(summary.rating, { average: 4, count: 1 });
    });
  });

  describe('selecting', () => {
    it('the requester selects one, is asked whether to select more, and the helper is emailed', async () => {
      const task = await postTask({ helpersWanted: 2, title: 'Valintaviesti' });
      const h = await helper({ lang: 'en' });
      const app = await apply(task.id, h);
      const res = await select(task.id, app.id);
      assert.equal(res.status, 200);
      const result = s.SelectResult.parse(res.body);
      assert.equal(result.canSelectMore, true);
      assert.equal(result.application.status, 'selected');
      assert.equal(result.application.assignment?.status, 'selected');
      assert.equal(result.task.selectedCount, 1);
      assert.equal(result.task.status, 'open');
      assert.equal(result.task.applicationsOpen, true);
      const mails = await mailTo(h.email, 'selected');
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /^You were selected to help: Valintaviesti/);
      assert.match(mails[0]!.text, /Kotikylän Yhdistys ry/);
    });

    it('selecting the last helper wanted assigns the task and thanks the rest', async () => {
      const task = await postTask({ helpersWanted: 1 });
      const chosen = await helper();
      const rest = [await helper(), await helper()];
      const app = await apply(task.id, chosen);
      const others = [await apply(task.id, rest[0]!), await apply(task.id, rest[1]!)];
      const res = await select(task.id, app.id, secretKey);
      assert.equal(res.status, 200);
      assert.equal(res.body.canSelectMore, false);
      assert.equal(res.body.task.status, 'assigned');
      assert.equal(res.body.task.applicationsOpen, false);
      for (const [i, who] of rest.entries()) {
        assert.equal((await mailTo(who.email, 'thanked')).length, 1);
        assert.equal((await Application.findByPk(others[i]!.id))!.status, 'declined');
      }
      assert.equal((await mailTo(chosen.email, 'thanked')).length, 0);
      const late = await select(task.id, others[0]!.id);
      assert.equal(late.status, 409);
      assert.equal(errorCode(late), 'task_full');
    });

    it('a selected helper can neither be selected again nor declined', async () => {
      const task = await postTask({ helpersWanted: 3 });
      const app = await apply(task.id, await helper());
      await select(task.id, app.id);
      const again = await select(task.id, app.id);
      assert.equal(again.status, 409);
      assert.equal(errorCode(again), 'application_not_pending');
      const decline = await post(server, `/tasks/${task.id}/applications/${app.id}/decline`, {
        token: requester.token,
      });
      assert.equal(decline.status, 409);
      assert.equal(errorCode(decline), 'application_not_pending');
      const fresh = await get(server, `/tasks/${task.id}`, { token: requester.token });
      assert.equal(fresh.body.selectedCount, 1);
    });

    it('a withdrawn application cannot be selected', async () => {
      const task = await postTask();
      const h = await helper();
      const app = await apply(task.id, h);
      await post(server, `/tasks/${task.id}/applications/${app.id}/withdraw`, { token: h.token });
      const res = await select(task.id, app.id);
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'application_not_pending');
    });

    it('only the requesting organisation selects', async () => {
      const task = await postTask();
      const h = await helper();
      const app = await apply(task.id, h);
      for (const token of [h.token, outsider.token]) {
        const res = await select(task.id, app.id, token);
        assert.equal(res.status, 403);
      }
      assert.equal((await select(task.id, app.id, colleague.token)).status, 200);
    });

    it('an application of another task is not found through this one', async () => {
      const one = await postTask();
      const two = await postTask();
      const app = await apply(two.id, await helper());
      const res = await select(one.id, app.id);
      assert.equal(res.status, 404);
      const bad = await post(server, `/tasks/${one.id}/applications/0/select`, {
        token: requester.token,
      });
      assert.equal(bad.status, 422);
    });
  });

  describe('declining and closing', () => {
    it('the requester declines a pending application with thanks', async () => {
      const task = await postTask();
      const h = await helper({ lang: 'sv' });
      const app = await apply(task.id, h);
      const byHelper = await post(server, `/tasks/${task.id}/applications/${app.id}/decline`, {
        token: h.token,
      });
      assert.equal(byHelper.status, 403);
      const res = await post(server, `/tasks/${task.id}/applications/${app.id}/decline`, {
        token: requester.token,
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'declined');
      const mails = await mailTo(h.email, 'thanked');
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /^Tack/);
    });

    it('closing needs a selected helper', async () => {
      const task = await postTask({ helpersWanted: 2 });
      await apply(task.id, await helper());
      const res = await post(server, `/tasks/${task.id}/close-applications`, {
        token: requester.token,
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'no_selection');
    });

    it('closing assigns the task, declines the rest with a thank-you and tells how many', async () => {
      const task = await postTask({ helpersWanted: 3 });
      const chosen = await apply(task.id, await helper());
      const rest = [await helper(), await helper()];
      for (const who of rest) await apply(task.id, who);
      await select(task.id, chosen.id);
      const byOutsider = await post(server, `/tasks/${task.id}/close-applications`, {
        token: outsider.token,
      });
      assert.equal(byOutsider.status, 403);
      const res = await post(server, `/tasks/${task.id}/close-applications`, {
        token: colleague.token,
      });
      assert.equal(res.status, 200);
      const result = s.CloseResult.parse(res.body);
      assert.equal(result.thanked, 2);
      assert.equal(result.task.status, 'assigned');
      assert.equal(result.task.applicationsOpen, false);
      for (const who of rest) assert.equal((await mailTo(who.email, 'thanked')).length, 1);
      const again = await post(server, `/tasks/${task.id}/close-applications`, {
        token: requester.token,
      });
      assert.equal(again.status, 409);
      assert.equal(errorCode(again), 'task_not_open');
    });

    it('closing after every assignment was approved completes the task', async () => {
      const { task, app } = await doneAssignment(2);
      await post(server, `/tasks/${task.id}/assignments/${app.id}/approve`, {
        token: requester.token,
        body: { actualHours: 3 },
      });
      const still = await get(server, `/tasks/${task.id}`, { token: requester.token });
      assert.equal(still.body.status, 'open', 'more helpers may still be selected');
      const res = await post(server, `/tasks/${task.id}/close-applications`, {
        token: requester.token,
      });
      assert.equal(res.body.task.status, 'completed');
      assert.ok(res.body.task.completedAt);
    });
  });

  describe('assignments', () => {
    it('the selected helper marks done and the requester is asked to approve', async () => {
      const task = await postTask({ title: 'Merkitse tehdyksi' });
      const h = await helper();
      const app = await apply(task.id, h);
      const early = await post(server, `/tasks/${task.id}/assignments/${app.id}/done`, {
        token: h.token,
      });
      assert.equal(early.status, 409);
      assert.equal(errorCode(early), 'not_selected');
      await select(task.id, app.id);
      const byRequester = await post(server, `/tasks/${task.id}/assignments/${app.id}/done`, {
        token: requester.token,
      });
      assert.equal(byRequester.status, 403);
      const byStranger = await post(server, `/tasks/${task.id}/assignments/${app.id}/done`, {
        token: outsider.token,
      });
      assert.equal(byStranger.status, 404);
      const res = await post(server, `/tasks/${task.id}/assignments/${app.id}/done`, {
        token: h.token,
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.assignment.status, 'done');
      assert.ok(res.body.assignment.doneAt);
      const mails = (await mailTo(requester.email, 'marked_done')).filter((m) =>
        m.subject.includes('Merkitse tehdyksi'),
      );
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /hyväksy/);
      const twice = await post(server, `/tasks/${task.id}/assignments/${app.id}/done`, {
        token: h.token,
      });
      assert.equal(twice.status, 409);
      assert.equal(errorCode(twice), 'already_done');
    });

    it('approving before the helper marks done is refused', async () => {
      const task = await postTask();
      const app = await apply(task.id, await helper());
      await select(task.id, app.id);
      const res = await post(server, `/tasks/${task.id}/assignments/${app.id}/approve`, {
        token: requester.token,
        body: { actualHours: 2 },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'not_done');
    });

    it('the requester approves with the actual hours and feedback, and the task completes', async () => {
      const { task, h, app } = await doneAssignment();
      const byHelper = await post(server, `/tasks/${task.id}/assignments/${app.id}/approve`, {
        token: h.token,
        body: { actualHours: 2 },
      });
      assert.equal(byHelper.status, 403);
      const res = await post(server, `/tasks/${task.id}/assignments/${app.id}/approve`, {
        token: requester.token,
        body: { actualHours: 2.5, feedback: { rating: 5, text: 'Kiitos!' } },
      });
      assert.equal(res.status, 200);
      const approved = s.Application.parse(res.body);
      assert.equal(approved.assignment?.status, 'approved');
      assert.equal(approved.assignment?.actualHours, 2.5);
      const fresh = await get(server, `/tasks/${task.id}`);
      assert.equal(fresh.body.status, 'completed');
      const feedback = await get(server, `/tasks/${task.id}/feedback`);
      assert.equal(feedback.body.data.length, 1);
      assert.equal(feedback.body.data[0].direction, 'to_helper');
      assert.equal(feedback.body.data[0].to.id, h.id);
      assert.equal(feedback.body.data[0].from.id, requester.id);
      assert.equal((await mailTo(h.email, 'feedback_received')).length, 1);
      const twice = await post(server, `/tasks/${task.id}/assignments/${app.id}/approve`, {
        token: requester.token,
        body: { actualHours: 2.5 },
      });
      assert.equal(twice.status, 409);
      assert.equal(errorCode(twice), 'already_approved');
    });

    it('an approval whose feedback fails leaves nothing half-written', async () => {
      const { task, app } = await doneAssignment();
      await post(server, `/tasks/${task.id}/feedback`, {
        token: requester.token,
        body: { applicationId: app.id, rating: 3, text: 'Ensin tämä' },
      });
      const res = await post(server, `/tasks/${task.id}/assignments/${app.id}/approve`, {
        token: requester.token,
        body: { actualHours: 1, feedback: { rating: 5 } },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'feedback_exists');
      assert.equal((await Application.findByPk(app.id))!.approvedAt, null);
    });

    it('hours go in half-hour steps; bad approvals get 422', async () => {
      const { task, app } = await doneAssignment();
      for (const body of [
        {},
        { actualHours: 1.25 },
        { actualHours: 0 },
        { actualHours: '2' },
        { actualHours: 2, feedback: { rating: 6 } },
        { actualHours: 2, feedback: { rating: 4, extra: true } },
      ]) {
        const res = await post(server, `/tasks/${task.id}/assignments/${app.id}/approve`, {
          token: requester.token,
          body,
        });
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(errorCode(res), 'validation_failed');
      }
      assert.equal((await Application.findByPk(app.id))!.approvedAt, null);
    });

    it('a task with two helpers completes only when both are approved', async () => {
      const task = await postTask({ helpersWanted: 2 });
      const [a, b] = [await helper(), await helper()];
      const appA = await apply(task.id, a);
      const appB = await apply(task.id, b);
      await select(task.id, appA.id);
      await select(task.id, appB.id);
      for (const [who, app] of [
        [a, appA],
        [b, appB],
      ] as const) {
        await post(server, `/tasks/${task.id}/assignments/${app.id}/done`, { token: who.token });
      }
      await post(server, `/tasks/${task.id}/assignments/${appA.id}/approve`, {
        token: requester.token,
        body: { actualHours: 1 },
      });
      assert.equal((await get(server, `/tasks/${task.id}`)).body.status, 'assigned');
      await post(server, `/tasks/${task.id}/assignments/${appB.id}/approve`, {
        token: secretKey,
        body: { actualHours: 1.5 },
      });
      assert.equal((await get(server, `/tasks/${task.id}`)).body.status, 'completed');
    });
  });

  describe('feedback', () => {
    it('the helper gives feedback to the requester once they have marked done', async () => {
      const task = await postTask();
      const h = await helper();
      const app = await apply(task.id, h);
      await select(task.id, app.id);
      const early = await post(server, `/tasks/${task.id}/feedback`, {
        token: h.token,
        body: { applicationId: app.id, rating: 5, text: 'Hyvä tilaaja' },
      });
      assert.equal(early.status, 409);
      assert.equal(errorCode(early), 'not_done');
      await post(server, `/tasks/${task.id}/assignments/${app.id}/done`, { token: h.token });
      const res = await post(server, `/tasks/${task.id}/feedback`, {
        token: h.token,
        body: { applicationId: app.id, rating: 5, text: 'Hyvä tilaaja' },
      });
      assert.equal(res.status, 201);
      const feedback = s.Feedback.parse(res.body);
      assert.equal(feedback.direction, 'to_requester');
      assert.equal(feedback.to.id, requester.id);
      assert.equal(feedback.from.id, h.id);
      const mails = await mailTo(requester.email, 'feedback_received');
      assert.ok(mails.some((m) => m.text.includes('Hyvä tilaaja')));
      const twice = await post(server, `/tasks/${task.id}/feedback`, {
        token: h.token,
        body: { applicationId: app.id, rating: 1 },
      });
      assert.equal(twice.status, 409);
      assert.equal(errorCode(twice), 'feedback_exists');
    });

    it('a member of the requesting organisation rates the helper of a done assignment', async () => {
      const { task, h, app } = await doneAssignment();
      const res = await post(server, `/tasks/${task.id}/feedback`, {
        token: colleague.token,
        body: { applicationId: app.id, rating: 4 },
      });
      assert.equal(res.status, 201);
      assert.equal(res.body.direction, 'to_helper');
      assert.equal(res.body.to.id, h.id);
      assert.equal(res.body.text, '');
      const dup = await post(server, `/tasks/${task.id}/feedback`, {
        token: requester.token,
        body: { applicationId: app.id, rating: 5 },
      });
      assert.equal(errorCode(dup), 'feedback_exists');
    });

    it('outsiders cannot give feedback, and bad feedback gets 422', async () => {
      const { task, app } = await doneAssignment();
      const stranger = await post(server, `/tasks/${task.id}/feedback`, {
        token: outsider.token,
        body: { applicationId: app.id, rating: 1 },
      });
      assert.equal(stranger.status, 404);
      for (const body of [
        { applicationId: app.id },
        { applicationId: app.id, rating: 0 },
        { applicationId: app.id, rating: 3.5 },
        { applicationId: app.id, rating: 3, text: 'x'.repeat(2001) },
        { rating: 3 },
        { applicationId: app.id, rating: 3, direction: 'to_requester' },
      ]) {
        const res = await post(server, `/tasks/${task.id}/feedback`, {
          token: requester.token,
          body,
        });
        assert.equal(res.status, 422, JSON.stringify(body));
      }
      const pending = await apply((await postTask()).id, await helper());
      const notDone = await post(server, `/tasks/${pending.taskId}/feedback`, {
        token: requester.token,
        body: { applicationId: pending.id, rating: 3 },
      });
      assert.equal(notDone.status, 409);
      assert.equal(errorCode(notDone), 'not_done');
    });

    it("a task's feedback is public like the profiles, but not for a task one cannot see", async () => {
      const { task, app } = await doneAssignment();
      await post(server, `/tasks/${task.id}/feedback`, {
        token: requester.token,
        body: { applicationId: app.id, rating: 5, text: 'Loistavaa' },
      });
      const anon = await get(server, `/tasks/${task.id}/feedback`);
      assert.equal(anon.status, 200);
      assert.equal(anon.body.data[0].text, 'Loistavaa');
      const none = await get(server, '/tasks/999999/feedback');
      assert.equal(none.status, 404);
    });
  });

  describe('chat', () => {
    async function chatTask() {
      const task = await postTask({ helpersWanted: 2, title: 'Keskustelu' });
      const chosen = await helper();
      const waiting = await helper();
      const app = await apply(task.id, chosen);
      await apply(task.id, waiting);
      await select(task.id, app.id);
      return { task, chosen, waiting };
    }

    it('the organisation and the selected helper talk; the other side is emailed', async () => {
      const { task, chosen } = await chatTask();
      const fromOrg = await post(server, `/tasks/${task.id}/messages`, {
        token: requester.token,
        body: { body: 'Tervetuloa mukaan!' },
      });
      assert.equal(fromOrg.status, 201);
      const message = s.Message.parse(fromOrg.body);
      assert.deepEqual(message.author, { id: requester.id, name: 'Tiina Tilaaja' });
      const toHelper = await mailTo(chosen.email, 'new_message');
      assert.equal(toHelper.length, 1);
      assert.match(toHelper[0]!.text, /Tervetuloa mukaan!/);
      const before = (await mailTo(requester.email, 'new_message')).length;
      const fromHelper = await post(server, `/tasks/${task.id}/messages`, {
        token: chosen.token,
        body: { body: 'Kiitos, soitan huomenna.' },
      });
      assert.equal(fromHelper.status, 201);
      assert.equal((await mailTo(requester.email, 'new_message')).length, before + 1);
      assert.equal((await mailTo(chosen.email, 'new_message')).length, 1, 'no mail to oneself');
      for (const token of [requester.token, colleague.token, chosen.token]) {
        const thread = await get(server, `/tasks/${task.id}/messages`, { token });
        assert.equal(thread.status, 200);
        assert.deepEqual(
          thread.body.data.map((m: s.Message) => m.body),
          ['Tervetuloa mukaan!', 'Kiitos, soitan huomenna.'],
        );
      }
    });

    it('applicants who were not selected and others are kept out', async () => {
      const { task, waiting } = await chatTask();
      for (const token of [waiting.token, outsider.token]) {
        const read = await get(server, `/tasks/${task.id}/messages`, { token });
        assert.equal(read.status, 403);
        assert.equal(errorCode(read), 'not_in_chat');
        const write = await post(server, `/tasks/${task.id}/messages`, {
          token,
          body: { body: 'Hei?' },
        });
        assert.equal(write.status, 403);
      }
      assert.equal((await get(server, `/tasks/${task.id}/messages`)).status, 401);
      assert.equal(
        (await get(server, `/tasks/${task.id}/messages`, { token: secretKey })).status,
        401,
      );
    });

    it('a group task hides its chat from non-members as not found', async () => {
      const group = await Group.create({
        organisationId: org.id,
        name: 'Viestintäryhmä',
        code: 'VIESTI22',
        memberCap: 30,
        createdById: requester.id,
      });
      const task = await postTask({ groupCode: group.code });
      const res = await get(server, `/tasks/${task.id}/messages`, { token: outsider.token });
      assert.equal(res.status, 404);
    });

    it('messages come oldest first, page by cursor and poll with after', async () => {
      const { task, chosen } = await chatTask();
      const ids: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const res = await post(server, `/tasks/${task.id}/messages`, {
          token: i % 2 ? requester.token : chosen.token,
          body: { body: `viesti ${i}` },
        });
        ids.push(res.body.id);
      }
      const first = await get(server, `/tasks/${task.id}/messages?limit=2`, {
        token: chosen.token,
      });
      assert.deepEqual(
        first.body.data.map((m: s.Message) => m.body),
        ['viesti 1', 'viesti 2'],
      );
      assert.ok(first.body.nextCursor);
      const second = await get(
        server,
        `/tasks/${task.id}/messages?limit=2&cursor=${first.body.nextCursor}`,
        { token: chosen.token },
      );
      assert.deepEqual(
        second.body.data.map((m: s.Message) => m.body),
        ['viesti 3', 'viesti 4'],
      );
      const polled = await get(server, `/tasks/${task.id}/messages?after=${ids[3]}`, {
        token: requester.token,
      });
      assert.deepEqual(
        polled.body.data.map((m: s.Message) => m.body),
        ['viesti 5'],
      );
      assert.equal(polled.body.nextCursor, null);
      const nothing = await get(server, `/tasks/${task.id}/messages?after=${ids[4]}`, {
        token: requester.token,
      });
      assert.deepEqual(nothing.body, { data: [], nextCursor: null });
    });

    it('bad chat input gets 422', async () => {
      const { task } = await chatTask();
      for (const body of [{}, { body: '  ' }, { body: 'x'.repeat(5001) }, { body: 'hi', x: 1 }]) {
        const res = await post(server, `/tasks/${task.id}/messages`, {
          token: requester.token,
          body,
        });
        assert.equal(res.status, 422, JSON.stringify(body));
      }
      for (const q of ['after=-1', 'limit=0', 'limit=101']) {
        const res = await get(server, `/tasks/${task.id}/messages?${q}`, {
          token: requester.token,
        });
        assert.equal(res.status, 422, q);
        assert.equal(errorCode(res), 'validation_failed');
      }
      // A cursor no list handed out is refused as every list refuses it.
      const cursor = await get(server, `/tasks/${task.id}/messages?cursor=abc`, {
        token: requester.token,
      });
      assert.equal(cursor.status, 400);
      assert.equal(errorCode(cursor), 'invalid_cursor');
    });

    describe('read marks', () => {
      const readState = (taskId: number, token: string) =>
        get(server, `/tasks/${taskId}/messages/read`, { token });
      const markRead = (taskId: number, token: string, lastReadId: unknown) =>
        call(server, 'PUT', `/tasks/${taskId}/messages/read`, { token, body: { lastReadId } });
      const say = async (taskId: number, token: string, body: string) => {
        const res = await post(server, `/tasks/${taskId}/messages`, { token, body: { body } });
        assert.equal(res.status, 201);
        return res.body as s.Message;
      };

      it("unread counts others' messages after my mark, per person, on every device", async () => {
        const { task, chosen } = await chatTask();
        const first = await say(task.id, requester.token, 'Tervetuloa!');
        await say(task.id, requester.token, 'Soitan huomenna.');
        await say(task.id, chosen.token, 'Kiitos!');

        assert.deepEqual((await readState(task.id, chosen.token)).body, {
          lastReadId: null,
          unread: 2,
        });
        assert.deepEqual((await readState(task.id, requester.token)).body, {
          lastReadId: null,
          unread: 1,
        });
        const marked = await markRead(task.id, chosen.token, first.id);
        assert.equal(marked.status, 200);
        assert.deepEqual(marked.body, { lastReadId: first.id, unread: 1 });

        const otherDevice = await signIn(server, chosen.email);
        assert.notEqual(otherDevice.token, chosen.token);
        assert.deepEqual((await readState(task.id, otherDevice.token)).body, {
          lastReadId: first.id,
          unread: 1,
        });
        // A colleague's own mark: the requester's messages are unread for them too.
        assert.deepEqual((await readState(task.id, colleague.token)).body, {
          lastReadId: null,
          unread: 3,
        });
        await say(task.id, colleague.token, 'Minäkin olen täällä.');
        assert.equal((await readState(task.id, chosen.token)).body.unread, 2);
      });

      it('the mark only moves forward and stops at the newest message', async () => {
        const { task, chosen } = await chatTask();
        const first = await say(task.id, requester.token, 'Yksi');
        const second = await say(task.id, requester.token, 'Kaksi');
        await markRead(task.id, chosen.token, second.id);
        const back = await markRead(task.id, chosen.token, first.id);
        assert.deepEqual(back.body, { lastReadId: second.id, unread: 0 });
        const third = await say(task.id, requester.token, 'Kolme');
        const beyond = await markRead(task.id, chosen.token, third.id + 1000);
        assert.deepEqual(beyond.body, { lastReadId: third.id, unread: 0 });
      });

      it('marking an empty thread keeps nothing; bad marks get 422', async () => {
        const { task, chosen } = await chatTask();
        const empty = await markRead(task.id, chosen.token, 5);
        assert.deepEqual(empty.body, { lastReadId: null, unread: 0 });
        await say(task.id, requester.token, 'Ensimmäinen');
        assert.deepEqual((await readState(task.id, chosen.token)).body, {
          lastReadId: null,
          unread: 1,
        });
        for (const bad of [0, -1, 'x', null, 1.5]) {
          const res = await markRead(task.id, chosen.token, bad);
          assert.equal(res.status, 422, String(bad));
          assert.equal(errorCode(res), 'validation_failed');
        }
      });
    });
  });

  describe('my applications', () => {
    it('lists my applications and assignments newest first, with the task, page by page', async () => {
      const h = await helper();
      const tasks = [await postTask({ title: 'Ensimmäinen' }), await postTask({ title: 'Toinen' })];
      const third = await postTask({ title: 'Kolmas', organisationId: other.id }, outsider.token);
      for (const task of [...tasks, third]) await apply(task.id, h);
      const page1 = await get(server, '/me/applications?limit=2', { token: h.token });
      assert.equal(page1.status, 200);
      const parsed = s.Page(s.Application.extend({ task: s.Task })).parse(page1.body);
      assert.deepEqual(
        parsed.data.map((a) => a.task.title),
        ['Kolmas', 'Toinen'],
      );
      assert.equal(parsed.data[0]!.task.viewer.application?.status, 'pending');
      const page2 = await get(server, `/me/applications?limit=2&cursor=${parsed.nextCursor}`, {
        token: h.token,
      });
      assert.deepEqual(
        page2.body.data.map((a: { task: s.Task }) => a.task.title),
        ['Ensimmäinen'],
      );
      assert.equal(page2.body.nextCursor, null);
      const bad = await get(server, '/me/applications?cursor=x', { token: h.token });
      assert.equal(bad.status, 400);
      assert.equal(errorCode(bad), 'invalid_cursor');
      assert.equal((await get(server, '/me/applications')).status, 401);
    });
  });

  it('routes that do not exist stay 404 in the error shape', async () => {
    const res = await get(server, '/tasks/1/applications/1/nothing', { token: requester.token });
    assert.equal(res.status, 404);
    errorCode(res);
    // A path that exists with another method is 405 and says which methods it takes.
    const wrong = await del(server, '/tasks/1/applications', { token: requester.token });
    assert.equal(wrong.status, 405);
    assert.equal(errorCode(wrong), 'method_not_allowed');
    assert.match(wrong.headers.get('allow') ?? '', /GET/);
  });
});

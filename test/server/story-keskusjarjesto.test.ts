/**
 * The pilot guide's story "Keskusjärjestö läsnä", over HTTP: a local branch's volunteer asks the
 * umbrella organisation's group for help with photos; the umbrella's worker is told at once, and
 * nobody outside the group sees the request.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { del, errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`story: Keskusjärjestö läsnä (${dialectName})`, () => {
  let server: TestServer;
  let worker: SignedIn;
  let volunteer: SignedIn;
  let outsider: SignedIn;
  let umbrellaId: number;
  let branchId: number;
  let group: { id: number; code: string };
  let taskId: number;
  let applicationId: number;

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    worker = await signIn(server, 'maija.tyontekija@keskusliitto.fi', {
      name: 'Maija Keskusliitosta',
      helperType: 'umbrella_staff',
      postalCode: '00100',
      interestedCategories: ['viestinta', 'tietojarjestelmat'],
    });
    volunteer = await signIn(server, 'ville.vapaaehtoinen@osasto.fi', {
      name: 'Ville Paikallisosastosta',
      helperType: 'independent',
      postalCode: '33100',
    });
    // Someone who would otherwise be shown every communications task.
    outsider = await signIn(server, 'ulkopuolinen@example.fi', {
      name: 'Ulla Ulkopuolinen',
      helperType: 'student',
      postalCode: '00100',
      interestedCategories: ['viestinta'],
    });
  });
  after(() => server.close());

  it('the umbrella and its local branch are on Tehostamo', async () => {
    const umbrella = await post(server, '/organisations', {
      token: worker.token,
      body: { name: 'Keskusliitto ry', kind: 'umbrella' },
    });
    assert.equal(umbrella.status, 201, JSON.stringify(umbrella.body));
    umbrellaId = umbrella.body.id;
    const branch = await post(server, '/organisations', {
      token: volunteer.token,
      body: { name: 'Keskusliiton Tampereen paikallisosasto ry', kind: 'association' },
    });
    assert.equal(branch.status, 201, JSON.stringify(branch.body));
    branchId = branch.body.id;
    const affiliated = await post(server, `/organisations/${umbrellaId}/member-organisations`, {
      token: worker.token,
      body: { organisationId: branchId },
    });
    assert.equal(affiliated.status, 201, JSON.stringify(affiliated.body));
    // The branch agrees to be the umbrella's member.
    assert.equal(affiliated.body.affiliation, 'invited');
    const accepted = await post(
      server,
      `/organisations/${branchId}/umbrella-invitations/${umbrellaId}/accept`,
      { token: volunteer.token },
    );
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
  });

  it("the umbrella's worker opens a channel: a group, with herself in it", async () => {
    const created = await post(server, '/groups', {
      token: worker.token,
      body: { organisationId: umbrellaId, name: 'Paikallisosastojen tuki' },
    });
    assert.equal(created.status, 201);
    group = created.body;
    const added = await post(server, `/groups/${group.id}/members`, {
      token: worker.token,
      body: { emails: [worker.email] },
    });
    assert.equal(added.status, 201);
  });

  it("the branch's volunteer joins the group with its code", async () => {
    const joined = await post(server, '/groups/join', {
      token: volunteer.token,
      body: { code: group.code.toLowerCase() },
    });
    assert.equal(joined.status, 200);
    assert.equal(joined.body.id, group.id);
    assert.equal(joined.body.memberCount, 2);
    const me = await get(server, '/me', { token: volunteer.token });
    assert.deepEqual(
      me.body.groups.map((g: { id: number }) => g.id),
      [group.id],
    );
  });

  it('the volunteer asks the group for help with a communications problem', async () => {
    const res = await post(server, '/tasks', {
      token: volunteer.token,
      body: {
        organisationId: branchId,
        groupCode: group.code,
        category: 'viestinta',
        title: 'Valokuvien muokkaus jäsentiedotteeseen',
        details: 'Miten rajaan ja kevennän kuvat niin, että ne näkyvät hyvin tiedotteessa?',
        remote: true,
        schedule: { text: 'tällä viikolla' },
        estimatedHours: 1,
      },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    taskId = res.body.id;
    assert.equal(res.body.status, 'open');
    assert.deepEqual(res.body.group, { id: group.id, name: 'Paikallisosastojen tuki' });
    assert.equal(res.body.organisation.id, branchId);
  });

  it("the umbrella's worker is told of it by email", async () => {
    const mails = await mailTo(worker.email, 'group_task_posted');
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject + mails[0]!.text, /Valokuvien muokkaus/);
    assert.match(mails[0]!.text, /Paikallisosastojen tuki/);
    // The one who asked gets the confirmation, not the announcement.
    assert.equal((await mailTo(volunteer.email, 'group_task_posted')).length, 0);
    assert.equal((await mailTo(volunteer.email, 'task_confirmation')).length, 1);
    assert.equal((await mailTo(outsider.email, 'group_task_posted')).length, 0);
  });

  it('the worker sees the request in the task list and in her opportunities', async () => {
    const list = await get(server, '/tasks', { token: worker.token });
    assert.equal(list.status, 200);
    assert.ok(list.body.data.some((t: { id: number }) => t.id === taskId));
    const mine = await get(server, '/me/opportunities', { token: worker.token });
    assert.equal(mine.status, 200);
    assert.ok(mine.body.data.some((t: { id: number }) => t.id === taskId));
    const one = await get(server, `/tasks/${taskId}`, { token: worker.token });
    assert.equal(one.status, 200);
    assert.equal(one.body.title, 'Valokuvien muokkaus jäsentiedotteeseen');
  });

  it('nobody outside the group sees it, signed in or not', async () => {
    const theirs = await get(server, '/tasks', { token: outsider.token });
    assert.equal(theirs.status, 200);
    assert.ok(!theirs.body.data.some((t: { id: number }) => t.id === taskId));
    const feed = await get(server, '/me/opportunities', { token: outsider.token });
    assert.equal(feed.status, 200);
    assert.ok(!feed.body.data.some((t: { id: number }) => t.id === taskId));
    const byGroup = await get(server, `/tasks?groupId=${group.id}`, { token: outsider.token });
    assert.deepEqual(byGroup.body.data, []);
    const direct = await get(server, `/tasks/${taskId}`, { token: outsider.token });
    assert.equal(direct.status, 404);
    assert.equal(errorCode(direct), 'not_found');
    const apply = await post(server, `/tasks/${taskId}/applications`, {
      token: outsider.token,
      body: { message: 'Voisin auttaa' },
    });
    assert.equal(apply.status, 404);

    const anonymousList = await get(server, '/tasks');
    assert.equal(anonymousList.status, 200);
    assert.ok(!anonymousList.body.data.some((t: { id: number }) => t.id === taskId));
    const anonymous = await get(server, `/tasks/${taskId}`);
    assert.equal(anonymous.status, 404);
    assert.equal((await get(server, `/groups/${group.id}`, { token: outsider.token })).status, 404);
  });

  it('the worker offers help and the volunteer selects her', async () => {
    const applied = await post(server, `/tasks/${taskId}/applications`, {
      token: worker.token,
      body: { message: 'Autan mielelläni – katsotaan kuvat yhdessä vaikka heti tänään.' },
    });
    assert.equal(applied.status, 201, JSON.stringify(applied.body));
    applicationId = applied.body.id;
    assert.equal((await mailTo(volunteer.email, 'new_application')).length, 1);

    const selected = await post(server, `/tasks/${taskId}/applications/${applicationId}/select`, {
      token: volunteer.token,
    });
    assert.equal(selected.status, 200, JSON.stringify(selected.body));
    assert.equal(selected.body.application.status, 'selected');
    assert.equal(selected.body.canSelectMore, false);
    assert.equal((await mailTo(worker.email, 'selected')).length, 1);
  });

  it('the worker helps and marks it done; the volunteer approves the hour', async () => {
    const done = await post(server, `/tasks/${taskId}/assignments/${applicationId}/done`, {
      token: worker.token,
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.assignment.status, 'done');

    const approved = await post(server, `/tasks/${taskId}/assignments/${applicationId}/approve`, {
      token: volunteer.token,
      body: {
        actualHours: 1,
        feedback: { rating: 5, text: 'Nopea apu, kuvat näyttävät nyt hyviltä!' },
      },
    });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.assignment.status, 'approved');
    assert.equal(approved.body.assignment.actualHours, 1);

    const task = await get(server, `/tasks/${taskId}`, { token: volunteer.token });
    assert.equal(task.body.status, 'completed');
  });

  it("the umbrella sees the help given in its needs report, without the task's name", async () => {
    const report = await get(server, `/reports/needs?umbrellaId=${umbrellaId}`, {
      token: worker.token,
    });
    assert.equal(report.status, 200);
    // The times to the first application and selection are this run's seconds: only their kind.
    const timing = [
      'firstApplicationMedianHours',
      'firstApplicationP90Hours',
      'firstSelectionMedianHours',
      'firstSelectionP90Hours',
    ];
    for (const k of timing) assert.equal(typeof report.body.rows[0]?.[k], 'number', k);
    assert.deepEqual(
      report.body.rows.map((r: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(r).filter(([k]) => !timing.includes(k))),
      ),
      [
        {
          category: 'viestinta',
          region: null,
          tasks: 1,
          open: 0,
          completed: 1,
          estimatedHours: 1,
          actualHours: 1,
          filled: 1,
          cancelled: 0,
          expired: 0,
          organisations: 1,
        },
      ],
    );
    assert.equal(report.body.suppressed, 0);
    assert.ok(!JSON.stringify(report.body).includes('Valokuvien'));
    // The task was for the umbrella's group: the public and the branch's people never count it.
    for (const token of [undefined, outsider.token, volunteer.token]) {
      const open = await get(server, '/reports/needs', { token });
      assert.deepEqual(open.body.totals, { tasks: 0, estimatedHours: 0, actualHours: 0 });
      const narrowed = await get(server, `/reports/needs?umbrellaId=${umbrellaId}`, { token });
      assert.equal(narrowed.status, 403);
    }
  });

  it('the volunteer can leave the group, and then no longer sees its new requests', async () => {
    const members = await get(server, `/groups/${group.id}/members`, { token: volunteer.token });
    const mine = members.body.data.find((m: { email: string }) => m.email === volunteer.email);
    const leave = await del(server, `/groups/${group.id}/members/${mine.id}`, {
      token: volunteer.token,
    });
    assert.equal(leave.status, 204);
    const next = await post(server, '/tasks', {
      token: worker.token,
      body: {
        organisationId: umbrellaId,
        groupCode: group.code,
        category: 'viestinta',
        title: 'Toinen kuvapulma ryhmälle',
        remote: true,
        schedule: { text: 'ensi viikolla' },
        estimatedHours: 0.5,
      },
    });
    assert.equal(next.status, 201, JSON.stringify(next.body));
    const seen = await get(server, `/tasks/${next.body.id}`, { token: volunteer.token });
    assert.equal(seen.status, 404);
  });
});

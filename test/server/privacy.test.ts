/**
 * Privacy: a person's export of everything stored about them (and an organisation's, for its
 * admins), the audit log, erasing an account with an emailed code, and closing an organisation.
 * After erasure, a sweep through the endpoints as every other actor, and through every table of
 * the database, finds nothing of the person, and the report totals have not moved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueryTypes } from 'sequelize';
import { DirectoryListing } from '../../server/db/models/index.ts';
import * as s from '../../sdk/schemas/index.ts';
import { FORMER_USER_NAME, REMOVED_MESSAGE } from '../../server/services/erasure.ts';
import { PERSONAL_COLUMN, PERSONAL_DATA } from '../../server/services/personal-data.ts';
import {
  call,
  del,
  errorCode,
  get,
  patch,
  post,
  signIn,
  type Reply,
  type SignedIn,
} from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

const PIRJO = {
  email: 'pirjo.poistuja@example.fi',
  name: 'Pirjo Poistuja',
  phone: '+358 40 7654321',
  bio: 'Kirjanpitäjä PIRJO-BIO-7f3a',
};
/** Texts Pirjo writes; none may be found anywhere after her erasure. */
const TEXTS = {
  apply1: 'PIRJO-APPLY-1 autan mielelläni',
  apply2: 'PIRJO-APPLY-2 minulla on kokemusta',
  apply3: 'PIRJO-APPLY-3 voin aloittaa heti',
  chat: 'PIRJO-CHAT-1 tilinpäätös on valmis',
  feedback: 'PIRJO-FEEDBACK-1 selkeä tehtävänanto',
};
const BERTTA_PHONE = '+358 50 1112223';
const BERTTA_CHAT = 'BERTTA-CHAT-1 kiitos, katsotaan yhdessä';

async function ok<T = any>(reply: Reply<T>, what: string): Promise<T> {
  if (reply.status >= 300) {
    throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}

async function lastMailedCode(email: string, kind: string): Promise<string> {
  const mails = await mailTo(email, kind);
  const code = /\b(\d{6})\b/.exec(mails.at(-1)?.text ?? '')?.[1];
  if (!code) throw new Error(`no ${kind} code was mailed to ${email}`);
  return code;
}

describe(`privacy (${dialectName})`, () => {
  let server: TestServer;
  let pirjo: SignedIn;
  let aatu: SignedIn;
  let bertta: SignedIn;
  let stranger: SignedIn;
  let orgA: number;
  let orgB: number;
  let groupId: number;
  let taskA: number;
  let done: number;
  let pending: number;
  let assigned: number;
  let keyId: number;

  const task = (token: string, organisationId: number, title: string, helpersWanted = 1) =>
    post(server, '/tasks', {
      token,
      body: {
        organisationId,
        category: 'kirjanpito-talous',
        title,
        details: 'Tositteet ovat kansiossa.',
        postalCode: '00100',
        schedule: { text: 'tällä viikolla' },
        estimatedHours: 3,
        helpersWanted,
      },
    }).then((r) => ok(r, `task ${title}`).then((t) => t.id as number));

  const apply = (taskId: number, message: string) =>
    post(server, `/tasks/${taskId}/applications`, { token: pirjo.token, body: { message } }).then(
      (r) => ok(r, 'apply').then((a) => a.id as number),
    );

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    pirjo = await signIn(server, PIRJO.email, {
      name: PIRJO.name,
      phone: PIRJO.phone,
      bio: PIRJO.bio,
      postalCode: '00100',
    });
    aatu = await signIn(server, 'aatu.apulainen@example.fi', { name: 'Aatu Apulainen' });
    bertta = await signIn(server, 'bertta.berg@example.fi', {
      name: 'Bertta Berg',
      phone: BERTTA_PHONE,
    });
    stranger = await signIn(server, 'siru.sivullinen@example.fi', { name: 'Siru Sivullinen' });

    orgA = (
      await ok(
        await post(server, '/organisations', {
          token: pirjo.token,
          body: { name: 'Pirjon Kotiseutuyhdistys ry', kind: 'association' },
        }),
        'org A',
      )
    ).id;
    await ok(
      await post(server, `/organisations/${orgA}/members`, {
        token: pirjo.token,
        body: { email: aatu.email },
      }),
      'add Aatu',
    );
    const key = await ok(
      await post(server, `/organisations/${orgA}/api-keys`, {
        token: pirjo.token,
        body: { kind: 'secret', name: 'kirjanpito' },
      }),
      'key',
    );
    keyId = key.id;
    await ok(
      await del(server, `/organisations/${orgA}/api-keys/${keyId}`, { token: pirjo.token }),
      'revoke',
    );
    taskA = await task(pirjo.token, orgA, 'Jäsenrekisterin siivous');

    orgB = (
      await ok(
        await post(server, '/organisations', {
          token: bertta.token,
          body: { name: 'Bertan Yhdistys ry', kind: 'association' },
        }),
        'org B',
      )
    ).id;
    const group = await ok(
      await post(server, '/groups', {
        token: bertta.token,
        body: { organisationId: orgB, name: 'Vapaaehtoiset' },
      }),
      'group',
    );
    groupId = group.id;
    await ok(
      await post(server, `/groups/${groupId}/members`, {
        token: bertta.token,
        body: { emails: [PIRJO.email] },
      }),
      'invite Pirjo',
    );

    // Completed: applied, selected, chatted, done, approved with hours, feedback both ways.
    done = await task(bertta.token, orgB, 'Tilinpäätös 2025');
    const app1 = await apply(done, TEXTS.apply1);
    await ok(
      await post(server, `/tasks/${done}/applications/${app1}/select`, { token: bertta.token }),
      'select 1',
    );
    await ok(
      await post(server, `/tasks/${done}/messages`, {
        token: pirjo.token,
        body: { body: TEXTS.chat },
      }),
      'chat',
    );
    await ok(
      await post(server, `/tasks/${done}/messages`, {
        token: bertta.token,
        body: { body: BERTTA_CHAT },
      }),
      'chat back',
    );
    await ok(
      await post(server, `/tasks/${done}/assignments/${app1}/done`, { token: pirjo.token }),
      'done',
    );
    await ok(
      await post(server, `/tasks/${done}/assignments/${app1}/approve`, {
        token: bertta.token,
        body: { actualHours: 2.5, feedback: { rating: 5, text: 'Hyvää ja huolellista työtä' } },
      }),
      'approve',
    );
    await ok(
      await post(server, `/tasks/${done}/feedback`, {
        token: pirjo.token,
        body: { applicationId: app1, rating: 4, text: TEXTS.feedback },
      }),
      'feedback',
    );

    // Pending: an open application.
    pending = await task(bertta.token, orgB, 'Avustushakemus');
    await apply(pending, TEXTS.apply2);

    // Assigned: Pirjo selected, the task full, work not done yet.
    assigned = await task(bertta.token, orgB, 'Tietoturvakatselmus');
    const app3 = await apply(assigned, TEXTS.apply3);
    await ok(
      await post(server, `/tasks/${assigned}/applications/${app3}/select`, { token: bertta.token }),
      'select 3',
    );
  });

  after(() => server?.close());

  describe('export', () => {
    it('holds every kind of record the person has, and nothing private of anyone else', async () => {
      const reply = await get(server, '/me/export', { token: pirjo.token });
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.match(
        reply.headers.get('content-disposition') ?? '',
        /attachment; filename="tehostamo-/,
      );
      const data = s.PersonalExport.parse(reply.body);
      assert.equal(data.profile.email, PIRJO.email);
      assert.equal(data.profile.phone, PIRJO.phone);
      assert.equal(data.profile.bio, PIRJO.bio);
      assert.deepEqual(
        data.organisations.map((m) => [(m.organisation as { id: number }).id, m.role]),
        [[orgA, 'admin']],
      );
      assert.deepEqual(
        data.groups.map((g) => (g.group as { id: number }).id),
        [groupId],
      );
      assert.deepEqual(
        data.tasksPosted.map((t) => t.id),
        [taskA],
      );
      assert.deepEqual(
        data.applications.map((a) => a.message).sort(),
        [TEXTS.apply1, TEXTS.apply2, TEXTS.apply3].sort(),
      );
      assert.deepEqual(data.assignments.map((a) => a.taskId).sort(), [done, assigned].sort());
      assert.deepEqual(data.hours, { approvedAssignments: 1, actualHours: 2.5 });
      assert.deepEqual(
        data.messages.map((m) => m.body),
        [TEXTS.chat],
      );
      assert.deepEqual(
        data.feedbackGiven.map((f) => f.text),
        [TEXTS.feedback],
      );
      assert.deepEqual(
        data.feedbackReceived.map((f) => f.text),
        ['Hyvää ja huolellista työtä'],
      );
      assert.ok(Array.isArray(data.chatReadMarks) && Array.isArray(data.directoryEditLinks));
      assert.ok(data.signIns.length >= 1 && data.signIns.every((e) => e.at && e.ip));
      assert.ok(data.sessions.length >= 1);
      assert.ok(data.sessions.every((t) => !('tokenHash' in t)));
      assert.ok(data.emails.some((m) => m.kind === 'sign_in_code'));
      assert.ok(data.emails.every((m) => !('textBody' in m) || true));
      assert.deepEqual(
        data.apiKeysCreated.map((k) => k.id),
        [keyId],
      );
      assert.ok(data.apiKeysCreated.every((k) => !('keyHash' in k)));
      assert.ok(data.audit.some((e) => e.kind === 'signed_in'));
      for (const kind of ['joinRequests', 'visitorRequests'] as const) {
        assert.ok(Array.isArray(data[kind]));
      }
      const text = JSON.stringify(data);
      for (const other of [bertta.email, aatu.email, stranger.email, BERTTA_PHONE, BERTTA_CHAT]) {
        assert.ok(!text.includes(other), `the export holds someone else's ${other}`);
      }
    });

    it('is also a readable page, and needs a sign-in', async () => {
      const res = await fetch(`${server.api}/me/export.html`, {
        headers: { authorization: `Bearer ${pirjo.token}` },
      });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      const page = await res.text();
      assert.ok(page.includes(PIRJO.bio) && page.includes(TEXTS.chat));
      assert.ok(page.includes('<h2 id="messages">'));
      const anonymous = await fetch(`${server.api}/me/export.html`);
      assert.equal(anonymous.status, 401);
    });

    it("gives an organisation's admins its data, and nobody else", async () => {
      const reply = await get(server, `/organisations/${orgB}/export`, { token: bertta.token });
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      const data = s.OrganisationExport.parse(reply.body);
      assert.equal(data.organisation.id, orgB);
      assert.deepEqual(data.tasks.map((t) => t.id).sort(), [done, pending, assigned].sort());
      assert.equal(data.applications.length, 3);
      assert.equal(data.messages.length, 2);
      assert.equal(data.feedback.length, 2);
      assert.deepEqual(
        (data.groups[0]!.members as { email: string }[]).map((m) => m.email),
        [PIRJO.email],
      );
      assert.ok(!JSON.stringify(data).includes(aatu.email));
      const asHelper = await get(server, `/organisations/${orgB}/export`, { token: pirjo.token });
      assert.equal(asHelper.status, 403);
      assert.equal(errorCode(asHelper), 'not_a_member');
      const asMember = await get(server, `/organisations/${orgA}/export`, { token: aatu.token });
      assert.equal(errorCode(asMember), 'not_an_admin');
      const page = await fetch(`${server.api}/organisations/${orgB}/export.html`, {
        headers: { authorization: `Bearer ${bertta.token}` },
      });
      assert.equal(page.status, 200);
      assert.ok((await page.text()).includes('Bertan Yhdistys ry'));
    });
  });

  it('knows, for every table that names a person, what the export and the erasure do with it', () => {
    const unknown = Object.values(server.db.sequelize.models)
      .filter((model) => Object.keys(model.getAttributes()).some((c) => PERSONAL_COLUMN.test(c)))
      .map((model) => model.name)
      .filter((name) => !(name in PERSONAL_DATA));
    assert.deepEqual(
      unknown,
      [],
      'add these to server/services/personal-data.ts, and to the export and the erasure',
    );
  });

  describe('audit log', () => {
    it("tells a person their own sign-ins and exports, newest first, and no one else's", async () => {
      const mine = s.AuditPage.parse(
        await ok(await get(server, '/me/audit', { token: pirjo.token }), 'audit'),
      );
      const kinds = mine.data.map((e) => e.kind);
      assert.ok(kinds.includes('signed_in'));
      assert.ok(kinds.includes('data_exported'));
      assert.ok(mine.data.every((e) => e.userId === pirjo.id));
      const signedIn = mine.data.find((e) => e.kind === 'signed_in')!;
      assert.deepEqual(signedIn.actor, { kind: 'user', userId: pirjo.id, keyId: null });
      assert.equal(signedIn.ip, '127.0.0.1');
      const ids = mine.data.map((e) => e.id);
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => b - a),
      );
      const first = s.AuditPage.parse(
        await ok(await get(server, '/me/audit?limit=1', { token: pirjo.token }), 'page'),
      );
      assert.equal(first.data.length, 1);
      assert.ok(first.nextCursor);
      const next = await get(server, `/me/audit?limit=1&cursor=${first.nextCursor}`, {
        token: pirjo.token,
      });
      assert.equal(next.body.data[0].id, ids[1]);
      assert.equal(
        errorCode(await get(server, '/me/audit?cursor=xyz!', { token: pirjo.token })),
        'invalid_cursor',
      );
    });

    it("tells an organisation's admins of members, roles and keys; members and strangers are refused", async () => {
      await ok(
        await patch(server, `/organisations/${orgA}/members/${aatu.id}`, {
          token: pirjo.token,
          body: { role: 'admin' },
        }),
        'promote Aatu',
      );
      const log = s.AuditPage.parse(
        await ok(
          await get(server, `/organisations/${orgA}/audit`, { token: aatu.token }),
          'org audit',
        ),
      );
      const kinds = log.data.map((e) => e.kind);
      for (const kind of ['member_added', 'role_changed', 'api_key_created', 'api_key_revoked']) {
        assert.ok(kinds.includes(kind as s.AuditKind), `${kind} in ${kinds.join(', ')}`);
      }
      const role = log.data.find((e) => e.kind === 'role_changed')!;
      assert.equal(role.userId, aatu.id);
      assert.deepEqual(role.actor, { kind: 'user', userId: pirjo.id, keyId: null });
      assert.deepEqual(role.details, { from: 'member', to: 'admin' });
      const created = log.data.find((e) => e.kind === 'api_key_created')!;
      assert.equal(created.details?.keyId, keyId);
      assert.ok(!JSON.stringify(log).includes('@'), 'no addresses in the log');
      const stranger_ = await get(server, `/organisations/${orgA}/audit`, {
        token: stranger.token,
      });
      assert.equal(errorCode(stranger_), 'not_a_member');
      const missing = await get(server, '/organisations/999999/audit', { token: stranger.token });
      assert.equal(missing.status, 404);
    });
  });

  describe('erasure', () => {
    const before_ = { report: null as unknown, publicReport: null as unknown };

    it('asks the last admin of an organisation to hand it over first', async () => {
      const solo = await signIn(server, 'yksin@example.fi', { name: 'Yrjö Yksin' });
      const org = await ok(
        await post(server, '/organisations', {
          token: solo.token,
          body: { name: 'Yhden hengen yhdistys ry', kind: 'association' },
        }),
        'solo org',
      );
      const refused = await post(server, '/me/erasure/code', { token: solo.token });
      assert.equal(refused.status, 409);
      assert.equal(errorCode(refused), 'last_admin');
      assert.deepEqual(refused.body.error.details.organisations, [
        { id: org.id, name: 'Yhden hengen yhdistys ry' },
      ]);
      assert.deepEqual(await mailTo(solo.email, 'erasure_code'), []);
    });

    it('needs the emailed code; a wrong one is refused and counted', async () => {
      const asked = await post(server, '/me/erasure/code', { token: pirjo.token });
      assert.equal(asked.status, 202, JSON.stringify(asked.body));
      assert.equal(asked.body.expiresInSeconds, 600);
      const code = await lastMailedCode(PIRJO.email, 'erasure_code');
      const wrong = code === '000000' ? '111111' : '000000';
      const refused = await post(server, '/me/erasure', {
        token: pirjo.token,
        body: { code: wrong },
      });
      assert.equal(refused.status, 422);
      assert.equal(errorCode(refused), 'invalid_code');
      assert.equal(refused.body.error.details.attemptsLeft, 4);
      // Someone else's right code is not this person's.
      const notYours = await post(server, '/me/erasure', { token: aatu.token, body: { code } });
      assert.equal(errorCode(notYours), 'invalid_code');
      const me = await get(server, '/me', { token: pirjo.token });
      assert.equal(me.status, 200);
    });

    it('erases the person; what others need stays, without them', async () => {
      before_.report = (
        await ok(await get(server, '/reports/needs', { token: bertta.token }), 'report')
      ).totals;
      before_.publicReport = (
        await ok(await get(server, '/reports/needs'), 'public report')
      ).totals;
      const code = await lastMailedCode(PIRJO.email, 'erasure_code');
      const erased = await post(server, '/me/erasure', { token: pirjo.token, body: { code } });
      assert.equal(erased.status, 204, JSON.stringify(erased.body));

      assert.equal((await get(server, '/me', { token: pirjo.token })).status, 401);
      assert.equal((await get(server, `/users/${pirjo.id}`)).status, 404);

      // The requester was told the assignment is free again; the task takes applications.
      const told = await mailTo(bertta.email, 'assignment_released');
      assert.equal(told.length, 1);
      assert.ok(told[0]!.text.includes('Tietoturvakatselmus'));
      const reopened = await ok(
        await get(server, `/tasks/${assigned}`, { token: bertta.token }),
        'task',
      );
      assert.equal(reopened.status, 'open');

      const apps = await ok(
        await get(server, `/tasks/${pending}/applications`, { token: bertta.token }),
        'apps',
      );
      assert.equal(apps.data[0].status, 'withdrawn');

      // The completed task keeps its hours and the organisation's feedback, from "a former user".
      const work = await ok(
        await get(server, `/tasks/${done}/applications`, { token: bertta.token }),
        'done apps',
      );
      assert.equal(work.data[0].assignment.actualHours, 2.5);
      assert.equal(work.data[0].applicant.name, FORMER_USER_NAME);
      const feedback = await ok(await get(server, `/tasks/${done}/feedback`), 'feedback');
      const toHelper = feedback.data.find((f: s.Feedback) => f.direction === 'to_helper');
      assert.equal(toHelper.text, 'Hyvää ja huolellista työtä');
      assert.equal(toHelper.to.name, FORMER_USER_NAME);
      const chat = await ok(
        await get(server, `/tasks/${done}/messages`, { token: bertta.token }),
        'chat',
      );
      assert.deepEqual(
        chat.data.map((m: s.Message) => [m.author.name, m.body]),
        [
          [FORMER_USER_NAME, REMOVED_MESSAGE],
          ['Bertta Berg', BERTTA_CHAT],
        ],
      );
      // Her open task passed to the organisation's other admin, who now hears of its applicants.
      const requested = await ok(
        await get(server, `/tasks/${taskA}`, { token: aatu.token }),
        'task A',
      );
      assert.equal(requested.requester.name, 'Aatu Apulainen');

      const after_ = await ok(
        await get(server, '/reports/needs', { token: bertta.token }),
        'report',
      );
      assert.deepEqual(after_.totals, before_.report);
      // Totals stay; only the released task counts as open again instead of assigned.
      assert.deepEqual(
        (await ok(await get(server, '/reports/needs'), 'public')).totals,
        before_.publicReport,
      );
    });

    it('leaves nothing of the person in any answer to anyone, nor in any table', async () => {
      const needles = [PIRJO.email, PIRJO.name, PIRJO.phone, PIRJO.bio, ...Object.values(TEXTS)];
      const tasks = [taskA, done, pending, assigned];
      const paths = [
        '/tasks',
        '/tasks?q=PIRJO',
        '/reports/needs',
        '/organisations',
        `/organisations/${orgA}`,
        `/users/${pirjo.id}`,
        ...tasks.flatMap((id) => [
          `/tasks/${id}`,
          `/tasks/${id}/applications`,
          `/tasks/${id}/messages`,
          `/tasks/${id}/participants`,
          `/tasks/${id}/feedback`,
        ]),
      ];
      const signedInPaths = [
        '/me',
        '/me/work',
        '/me/applications',
        '/me/opportunities',
        '/me/export',
        '/me/export.html',
        '/me/audit',
        '/groups',
        `/groups/${groupId}`,
        `/groups/${groupId}/members`,
        `/organisations/${orgA}/members`,
        `/organisations/${orgB}/members`,
        `/organisations/${orgA}/export`,
        `/organisations/${orgB}/export`,
        `/organisations/${orgA}/export.html`,
        `/organisations/${orgB}/export.html`,
        `/organisations/${orgA}/audit`,
        `/organisations/${orgB}/audit`,
      ];
      let answered = 0;
      for (const who of [undefined, bertta, aatu, stranger]) {
        for (const path of who ? [...paths, ...signedInPaths] : paths) {
          const reply = await call(server, 'GET', path, { token: who?.token });
          if (reply.status === 200) answered++;
          const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
          for (const needle of needles) {
            assert.ok(
              !text.includes(needle),
              `${path} as ${who?.email ?? 'anonymous'} shows ${needle}`,
            );
          }
        }
      }
      assert.ok(answered > 80, `only ${answered} answers`);

      // The database itself: every row of every table, mail waiting to be sent aside (it is
      // sent as written, to the others it was written for).
      const sequelize = server.db.sequelize;
      const tables = (await sequelize.getQueryInterface().showAllTables()).map((t) =>
        typeof t === 'string' ? t : (t as { tableName: string }).tableName,
      );
      assert.ok(tables.includes('users') && tables.includes('audit_events'));
      for (const table of tables) {
        const rows = await sequelize.query(
          `SELECT * FROM ${sequelize.getQueryInterface().quoteIdentifier(table)}`,
          {
            type: QueryTypes.SELECT,
          },
        );
        for (const row of rows as Record<string, unknown>[]) {
          if (table === 'outbox' && row.status === 'pending') continue;
          const text = JSON.stringify(row);
          for (const needle of needles) {
            assert.ok(
              !text.toLowerCase().includes(needle.toLowerCase()),
              `${table} holds ${needle}: ${text.slice(0, 200)}`,
            );
          }
        }
      }
    });

    it('lets the address sign up again as a new, empty account', async () => {
      const again = await signIn(server, PIRJO.email);
      assert.notEqual(again.id, pirjo.id);
      const me = await ok(await get(server, '/me', { token: again.token }), 'me');
      assert.deepEqual(me.memberships, []);
      assert.deepEqual(me.groups, []);
    });
  });

  describe('closing an organisation', () => {
    it('takes an admin and the emailed code; open tasks are cancelled, members and keys go', async () => {
      const cecilia = await signIn(server, 'cecilia@example.fi', { name: 'Cecilia Close' });
      const helper = await signIn(server, 'hemmo@example.fi', { name: 'Hemmo Hakija' });
      const org = await ok(
        await post(server, '/organisations', {
          token: cecilia.token,
          body: { name: 'Lopettava yhdistys ry', kind: 'association' },
        }),
        'org C',
      );
      await ok(
        await post(server, `/organisations/${org.id}/members`, {
          token: cecilia.token,
          body: { email: helper.email === 'x' ? '' : 'jasen@example.fi' },
        }),
        'member',
      );
      const key = await ok(
        await post(server, `/organisations/${org.id}/api-keys`, {
          token: cecilia.token,
          body: { kind: 'secret', name: 'skripti' },
        }),
        'key',
      );
      await DirectoryListing.create({
        organisationId: org.id,
        description: { fi: 'Lopettava yhdistys' },
        email: null,
        phone: null,
        website: null,
        street: null,
        postalCode: null,
        areas: [],
        languages: ['fi'],
        internalContact: { name: 'Cecilia Close', email: cecilia.email },
        keeperNotes: null,
        checkedAt: new Date(),
      } as never);
      const open = await task(cecilia.token, org.id, 'Viestintäsuunnitelma', 2);
      await ok(
        await post(server, `/tasks/${open}/applications`, {
          token: helper.token,
          body: { message: 'Haluan auttaa' },
        }),
        'apply',
      );

      const byHelper = await post(server, `/organisations/${org.id}/closure/code`, {
        token: helper.token,
      });
      assert.equal(errorCode(byHelper), 'not_a_member');
      assert.equal(
        (await post(server, `/organisations/${org.id}/closure/code`, { token: cecilia.token }))
          .status,
        202,
      );
      const code = await lastMailedCode(cecilia.email, 'closure_code');
      const wrong = await post(server, `/organisations/${org.id}/closure`, {
        token: cecilia.token,
        body: { code: code === '000000' ? '111111' : '000000' },
      });
      assert.equal(errorCode(wrong), 'invalid_code');
      const closed = await post(server, `/organisations/${org.id}/closure`, {
        token: cecilia.token,
        body: { code },
      });
      assert.equal(closed.status, 204, JSON.stringify(closed.body));

      const cancelled = await ok(
        await get(server, `/tasks/${open}`, { token: helper.token }),
        'task',
      );
      assert.equal(cancelled.status, 'cancelled');
      assert.equal((await mailTo(helper.email, 'task_cancelled')).length, 1);
      const listed = await ok(await get(server, '/organisations?q=Lopettava'), 'list');
      assert.deepEqual(listed.data, []);
      const byKey = await get(server, `/organisations/${org.id}/members`, { token: key.key });
      assert.equal(byKey.status, 401);
      const me = await ok(await get(server, '/me', { token: cecilia.token }), 'me');
      assert.deepEqual(me.memberships, []);
      assert.equal(await DirectoryListing.count({ where: { organisationId: org.id } }), 0);
      // No longer anyone's to close again; and its former admin may now erase their account.
      const again = await post(server, `/organisations/${org.id}/closure/code`, {
        token: cecilia.token,
      });
      assert.equal(errorCode(again), 'not_a_member');
      assert.equal((await post(server, '/me/erasure/code', { token: cecilia.token })).status, 202);
    });
  });
});

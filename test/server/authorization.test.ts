/**
 * Every endpoint, called as every kind of actor, answers allow or deny as the rules say.
 * Denials never change anything, so they share one fixture; each allowed call gets a fresh one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const ACTORS = [
  'anonymous',
  'helper',
  'applicant',
  'selected',
  'requester',
  'orgAdmin',
  'otherOrg',
  'groupMember',
  'secretKey',
  'otherKey',
] as const;
type ActorName = (typeof ACTORS)[number];

interface World {
  taskId: number;
  groupTaskId: number;
  pendingAppId: number;
  selectedAppId: number;
}

interface Row {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: (w: World) => string;
  body?: (w: World) => unknown;
  /** Brings the fixture to the state the call needs (e.g. marks the assignment done). */
  prepare?: (w: World) => Promise<void>;
  /** Expected status per actor; the rest get `otherwise`. */
  expect: Partial<Record<ActorName, number>>;
  otherwise: number;
}

describe(`authorisation on every endpoint, as every actor (${dialectName})`, () => {
  let server: TestServer;
  const who = {} as Record<Exclude<ActorName, 'anonymous' | 'secretKey' | 'otherKey'>, SignedIn>;
  const keys = {} as Record<'secretKey' | 'otherKey', string>;
  let orgA = 0;
  let orgB = 0;
  let groupId = 0;
  let groupCode = '';
  let groupMemberRowId = 0;
  let leaverId = 0;
  let joinRequestId = 0;

  const tokenOf = (actor: ActorName): string | undefined => {
    if (actor === 'anonymous') return undefined;
    if (actor === 'secretKey' || actor === 'otherKey') return keys[actor];
    return who[actor].token;
  };

  async function ok(reply: { status: number; body: unknown }, what: string) {
    if (reply.status >= 300)
      throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body as any;
  }

  async function world(): Promise<World> {
    const task = await ok(
      await post(server, '/tasks', {
        token: who.requester.token,
        body: {
          organisationId: orgA,
          category: 'kirjanpito-talous',
          title: 'Tilinpäätöksen valmistelu',
          schedule: { text: 'tällä viikolla' },
          estimatedHours: 3,
          helpersWanted: 3,
        },
      }),
      'create task',
    );
    const groupTask = await ok(
      await post(server, '/tasks', {
        token: who.requester.token,
        body: {
          organisationId: orgA,
          category: 'viestinta',
          title: 'Kuvien muokkaus ryhmälle',
          schedule: { text: 'tänään' },
          estimatedHours: 0.5,
          groupCode,
        },
      }),
      'create group task',
    );
    const pending = await ok(
      await post(server, `/tasks/${task.id}/applications`, {
        token: who.applicant.token,
        body: { message: 'Voin auttaa.' },
      }),
      'apply',
    );
    const chosen = await ok(
      await post(server, `/tasks/${task.id}/applications`, {
        token: who.selected.token,
        body: { message: 'Minä myös.' },
      }),
      'apply',
    );
    await ok(
      await post(server, `/tasks/${task.id}/applications/${chosen.id}/select`, {
        token: who.requester.token,
      }),
      'select',
    );
    return {
      taskId: task.id,
      groupTaskId: groupTask.id,
      pendingAppId: pending.id,
      selectedAppId: chosen.id,
    };
  }

  const markDone = async (w: World) => {
    await ok(
      await post(server, `/tasks/${w.taskId}/assignments/${w.selectedAppId}/done`, {
        token: who.selected.token,
      }),
      'done',
    );
  };

  const cancel = async (w: World) => {
    await ok(
      await post(server, `/tasks/${w.taskId}/cancel`, {
        token: who.requester.token,
        body: { reason: 'Hoidettu toisin.' },
      }),
      'cancel',
    );
  };

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 1000 });
    for (const name of [
      'helper',
      'applicant',
      'selected',
      'requester',
      'orgAdmin',
      'otherOrg',
      'groupMember',
    ] as const) {
      who[name] = await signIn(server, `${name.toLowerCase()}@example.fi`, { name });
    }
    orgA = (
      await ok(
        await post(server, '/organisations', {
          token: who.orgAdmin.token,
          body: { name: 'Omaishoitajat ry', kind: 'association' },
        }),
        'org A',
      )
    ).id;
    orgB = (
      await ok(
        await post(server, '/organisations', {
          token: who.otherOrg.token,
          body: { name: 'Toinen ry', kind: 'association' },
        }),
        'org B',
      )
    ).id;
    await ok(
      await post(server, `/organisations/${orgA}/members`, {
        token: who.orgAdmin.token,
        body: { email: who.requester.email },
      }),
      'add requester',
    );
    keys.secretKey = (
      await ok(
        await post(server, `/organisations/${orgA}/api-keys`, {
          token: who.orgAdmin.token,
          body: { kind: 'secret', name: 'scripts' },
        }),
        'key A',
      )
    ).key;
    keys.otherKey = (
      await ok(
        await post(server, `/organisations/${orgB}/api-keys`, {
          token: who.otherOrg.token,
          body: { kind: 'secret', name: 'scripts' },
        }),
        'key B',
      )
    ).key;
    const group = await ok(
      await post(server, '/groups', {
        token: who.orgAdmin.token,
        body: { organisationId: orgA, name: 'Paikallisosastot' },
      }),
      'group',
    );
    groupId = group.id;
    groupCode = group.code;
    const members = await ok(
      await post(server, `/groups/${groupId}/members`, {
        token: who.orgAdmin.token,
        body: { emails: [who.groupMember.email] },
      }),
      'group member',
    );
    groupMemberRowId = members.data[0].id;
  });
  after(() => server.close());

  const D401 = { anonymous: 401 } as const;
  const users401 = { anonymous: 401, secretKey: 401, otherKey: 401 } as const;
  const managers = (status: number) => ({ requester: status, orgAdmin: status, secretKey: status });

  const rows: Row[] = [
    // Tasks
    {
      name: 'GET /tasks/:id (public)',
      method: 'GET',
      path: (w) => `/tasks/${w.taskId}`,
      expect: {},
      otherwise: 200,
    },
    {
      name: 'GET /tasks/:id (group task)',
      method: 'GET',
      path: (w) => `/tasks/${w.groupTaskId}`,
      expect: { ...managers(200), groupMember: 200 },
      otherwise: 404,
    },
    {
      name: 'PATCH /tasks/:id',
      method: 'PATCH',
      path: (w) => `/tasks/${w.taskId}`,
      body: () => ({ details: 'Lisätietoja.' }),
      expect: { ...D401, ...managers(200) },
      otherwise: 403,
    },
    {
      name: 'PATCH /tasks/:id (group task)',
      method: 'PATCH',
      path: (w) => `/tasks/${w.groupTaskId}`,
      body: () => ({ details: 'Lisätietoja.' }),
      expect: { ...D401, ...managers(200), groupMember: 403 },
      otherwise: 404,
    },
    {
      name: 'POST /tasks/:id/cancel',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/cancel`,
      body: () => ({}),
      expect: { ...D401, ...managers(200) },
      otherwise: 403,
    },
    {
      name: 'POST /tasks/:id/close-applications',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/close-applications`,
      expect: { ...D401, ...managers(200) },
      otherwise: 403,
    },
    // Suggested helpers and invitations: the requesting organisation's members only
    {
      name: 'GET /tasks/:id/suggested-helpers',
      method: 'GET',
      path: (w) => `/tasks/${w.taskId}/suggested-helpers`,
      expect: { ...users401, requester: 200, orgAdmin: 200 },
      otherwise: 403,
    },
    {
      name: 'GET /tasks/:id/suggested-helpers (group task)',
      method: 'GET',
      path: (w) => `/tasks/${w.groupTaskId}/suggested-helpers`,
      expect: { ...users401, requester: 200, orgAdmin: 200, groupMember: 403 },
      otherwise: 404,
    },
    {
      name: 'POST /tasks/:id/invitations',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/invitations`,
      body: () => ({ userId: who.helper.id }),
      prepare: async () => {
        await ok(
          await call(server, 'PATCH', '/me', {
            token: who.helper.token,
            body: { availableToHelp: true },
          }),
          'available',
        );
      },
      expect: { ...users401, requester: 201, orgAdmin: 201 },
      otherwise: 403,
    },
    // Applications
    {
      name: 'GET /tasks/:id/applications',
      method: 'GET',
      path: (w) => `/tasks/${w.taskId}/applications`,
      expect: { ...D401, ...managers(200), applicant: 200, selected: 200 },
      otherwise: 403,
    },
    {
      name: 'POST /tasks/:id/applications',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/applications`,
      body: () => ({ message: 'Haluan auttaa.' }),
      expect: {
        ...users401,
        helper: 201,
        otherOrg: 201,
        groupMember: 201,
        applicant: 409,
        selected: 409,
      },
      otherwise: 403,
    },
    {
      name: 'POST /tasks/:id/applications (group task)',
      method: 'POST',
      path: (w) => `/tasks/${w.groupTaskId}/applications`,
      body: () => ({ message: 'Haluan auttaa.' }),
      expect: { ...users401, groupMember: 201, requester: 403, orgAdmin: 403 },
      otherwise: 404,
    },
    {
      name: 'POST …/applications/:appId/withdraw',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/applications/${w.pendingAppId}/withdraw`,
      // Someone else's application is not yours to find; the requester sees it but may not act.
      expect: { ...users401, applicant: 200, requester: 403, orgAdmin: 403 },
      otherwise: 404,
    },
    {
      name: 'POST …/applications/:appId/select',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/applications/${w.pendingAppId}/select`,
      expect: { ...D401, ...managers(200) },
      otherwise: 403,
    },
    {
      name: 'POST …/applications/:appId/decline',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/applications/${w.pendingAppId}/decline`,
      expect: { ...D401, ...managers(200) },
      otherwise: 403,
    },
    // Assignments and feedback
    {
      name: 'POST …/assignments/:appId/done',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/assignments/${w.selectedAppId}/done`,
      expect: { ...users401, selected: 200, requester: 403, orgAdmin: 403 },
      otherwise: 404,
    },
    {
      name: 'POST …/assignments/:appId/approve',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/assignments/${w.selectedAppId}/approve`,
      body: () => ({ actualHours: 2.5 }),
      prepare: markDone,
      expect: { ...D401, ...managers(200) },
      otherwise: 403,
    },
    {
      name: 'POST /tasks/:id/feedback',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/feedback`,
      body: (w) => ({ applicationId: w.selectedAppId, rating: 5, text: 'Kiitos!' }),
      prepare: markDone,
      expect: { ...users401, requester: 201, orgAdmin: 201, selected: 201 },
      otherwise: 404,
    },
    {
      name: 'GET /tasks/:id/feedback',
      method: 'GET',
      path: (w) => `/tasks/${w.taskId}/feedback`,
      expect: {},
      otherwise: 200,
    },
    // Chat
    {
      name: 'GET /tasks/:id/messages',
      method: 'GET',
      path: (w) => `/tasks/${w.taskId}/messages`,
      expect: { ...users401, requester: 200, orgAdmin: 200, selected: 200 },
      otherwise: 403,
    },
    {
      name: 'POST /tasks/:id/messages',
      method: 'POST',
      path: (w) => `/tasks/${w.taskId}/messages`,
      body: () => ({ body: 'Hei!' }),
      expect: { ...users401, requester: 201, orgAdmin: 201, selected: 201 },
      otherwise: 403,
    },
    {
      name: 'GET /tasks/:id/messages/read',
      method: 'GET',
      path: (w) => `/tasks/${w.taskId}/messages/read`,
      expect: { ...users401, requester: 200, orgAdmin: 200, selected: 200 },
      otherwise: 403,
    },
    {
      name: 'PUT /tasks/:id/messages/read',
      method: 'PUT',
      path: (w) => `/tasks/${w.taskId}/messages/read`,
      body: () => ({ lastReadId: 1 }),
      expect: { ...users401, requester: 200, orgAdmin: 200, selected: 200 },
      otherwise: 403,
    },
    // Contact once matched: the requesting organisation and the selected helpers, signed in.
    {
      name: 'GET /tasks/:id/participants',
      method: 'GET',
      path: (w) => `/tasks/${w.taskId}/participants`,
      expect: { ...users401, requester: 200, orgAdmin: 200, selected: 200 },
      otherwise: 403,
    },
    {
      name: 'GET /tasks/:id/participants (group task)',
      method: 'GET',
      path: (w) => `/tasks/${w.groupTaskId}/participants`,
      expect: { ...users401, requester: 200, orgAdmin: 200, groupMember: 403 },
      otherwise: 404,
    },
    {
      name: 'GET /tasks/:id/participants (cancelled task)',
      method: 'GET',
      path: (w) => `/tasks/${w.taskId}/participants`,
      prepare: cancel,
      expect: { ...users401, requester: 200, orgAdmin: 200, selected: 200 },
      otherwise: 403,
    },
    // Organisations
    {
      name: 'GET /organisations/:id',
      method: 'GET',
      path: () => `/organisations/${orgA}`,
      expect: {},
      otherwise: 200,
    },
    {
      name: 'PATCH /organisations/:id',
      method: 'PATCH',
      path: () => `/organisations/${orgA}`,
      body: () => ({ description: 'Päivitetty kuvaus.' }),
      expect: { ...D401, orgAdmin: 200, secretKey: 200 },
      otherwise: 403,
    },
    {
      name: 'GET /organisations/:id/members',
      method: 'GET',
      path: () => `/organisations/${orgA}/members`,
      expect: { ...D401, ...managers(200) },
      otherwise: 403,
    },
    {
      name: 'POST /organisations/:id/members',
      method: 'POST',
      path: () => `/organisations/${orgA}/members`,
      body: () => ({ email: `new-${Math.random().toString(36).slice(2)}@example.fi` }),
      expect: { ...D401, orgAdmin: 201, secretKey: 201 },
      otherwise: 403,
    },
    {
      name: 'GET /organisations/:id/api-keys',
      method: 'GET',
      path: () => `/organisations/${orgA}/api-keys`,
      expect: { ...users401, orgAdmin: 200 },
      otherwise: 403,
    },
    {
      name: 'POST /organisations/:id/api-keys',
      method: 'POST',
      path: () => `/organisations/${orgA}/api-keys`,
      body: () => ({ kind: 'secret', name: 'another' }),
      expect: { ...users401, orgAdmin: 201 },
      otherwise: 403,
    },
    {
      name: 'PATCH /organisations/:id/members/:userId',
      method: 'PATCH',
      path: () => `/organisations/${orgA}/members/${who.requester.id}`,
      body: () => ({ role: 'member' }),
      expect: { ...D401, orgAdmin: 200, secretKey: 200 },
      otherwise: 403,
    },
    {
      name: 'DELETE /organisations/:id/members/:userId (another member)',
      method: 'DELETE',
      path: () => `/organisations/${orgA}/members/${leaverId}`,
      prepare: async () => {
        const added = await ok(
          await post(server, `/organisations/${orgA}/members`, {
            token: who.orgAdmin.token,
            body: { email: `leaver-${Math.random().toString(36).slice(2)}@example.fi` },
          }),
          'a member to remove',
        );
        leaverId = added.user.id;
      },
      expect: { ...D401, orgAdmin: 204, secretKey: 204 },
      otherwise: 403,
    },
    {
      name: 'GET /organisations/:id/join-requests',
      method: 'GET',
      path: () => `/organisations/${orgA}/join-requests`,
      expect: { ...D401, orgAdmin: 200, secretKey: 200 },
      otherwise: 403,
    },
    {
      name: 'POST /organisations/:id/join-requests/:requestId/approve',
      method: 'POST',
      path: () => `/organisations/${orgA}/join-requests/${joinRequestId}/approve`,
      prepare: async () => {
        const asker = await signIn(
          server,
          `asker-${Math.random().toString(36).slice(2)}@example.fi`,
          { name: 'Kysyjä' },
        );
        const asked = await ok(
          await post(server, `/organisations/${orgA}/join-requests`, { token: asker.token }),
          'a request to join',
        );
        joinRequestId = asked.id;
      },
      expect: { ...D401, orgAdmin: 200, secretKey: 200 },
      otherwise: 403,
    },
    {
      // An association has no programme: the admins hear that, everyone else only "no".
      name: 'PUT /organisations/:id/pro-bono (of an association)',
      method: 'PUT',
      path: () => `/organisations/${orgA}/pro-bono`,
      body: () => ({ categories: ['kirjanpito-talous'] }),
      expect: { ...D401, orgAdmin: 422, secretKey: 422 },
      otherwise: 403,
    },
    // Groups
    {
      name: 'GET /groups/:id',
      method: 'GET',
      path: () => `/groups/${groupId}`,
      expect: { ...D401, ...managers(200), groupMember: 200 },
      otherwise: 404,
    },
    {
      name: 'PATCH /groups/:id',
      method: 'PATCH',
      path: () => `/groups/${groupId}`,
      body: () => ({ name: 'Paikallisosastot ja piirit' }),
      expect: { ...D401, orgAdmin: 200, secretKey: 200, requester: 403, groupMember: 403 },
      otherwise: 404,
    },
    {
      name: 'POST /groups/:id/members',
      method: 'POST',
      path: () => `/groups/${groupId}/members`,
      body: () => ({ emails: [`invitee-${Math.random().toString(36).slice(2)}@example.fi`] }),
      expect: { ...D401, ...managers(201), groupMember: 403 },
      otherwise: 404,
    },
    {
      name: 'GET /groups/:id/members',
      method: 'GET',
      path: () => `/groups/${groupId}/members`,
      expect: { ...D401, ...managers(200), groupMember: 200 },
      otherwise: 404,
    },
    {
      name: 'DELETE /groups/:id/members/:memberId',
      method: 'DELETE',
      path: () => `/groups/${groupId}/members/${groupMemberRowId}`,
      expect: { ...D401, ...managers(204), groupMember: 204 },
      otherwise: 404,
    },
    {
      name: 'POST /groups/join',
      method: 'POST',
      path: () => '/groups/join',
      body: () => ({ code: groupCode }),
      expect: users401,
      otherwise: 200,
    },
    // The signed-in user, profiles and reports
    { name: 'GET /me', method: 'GET', path: () => '/me', expect: users401, otherwise: 200 },
    {
      name: 'GET /me/applications',
      method: 'GET',
      path: () => '/me/applications',
      expect: users401,
      otherwise: 200,
    },
    {
      name: 'GET /me/work',
      method: 'GET',
      path: () => '/me/work',
      expect: users401,
      otherwise: 200,
    },
    {
      name: 'GET /me/opportunities',
      method: 'GET',
      path: () => '/me/opportunities',
      expect: users401,
      otherwise: 200,
    },
    {
      name: 'POST /organisations/:id/join-requests',
      method: 'POST',
      path: () => `/organisations/${orgA}/join-requests`,
      expect: { ...users401, requester: 409, orgAdmin: 409 },
      otherwise: 201,
    },
    {
      name: 'GET /users/:id',
      method: 'GET',
      path: () => `/users/${who.selected.id}`,
      expect: {},
      otherwise: 200,
    },
    {
      name: 'GET /directory/listings/:id/edit (private fields)',
      method: 'GET',
      path: () => `/directory/listings/${orgA}/edit`,
      expect: { anonymous: 401, ...managers(200) },
      otherwise: 403,
    },
    {
      name: 'PUT /directory/listings/:id',
      method: 'PUT',
      path: () => `/directory/listings/${orgA}`,
      body: () => ({
        description: { fi: 'Omaishoitajien tukea.' },
        internalContact: { name: 'Sisäinen Yhteyshenkilö' },
        keeperNotes: 'vain ylläpidolle',
        services: [{ name: { fi: 'Vertaisryhmä' }, description: { fi: 'Tukea.' } }],
      }),
      expect: { anonymous: 401, ...managers(200) },
      otherwise: 403,
    },
    // Privacy: exports, audit logs, erasure and closing
    {
      name: 'GET /me/export',
      method: 'GET',
      path: () => '/me/export',
      expect: users401,
      otherwise: 200,
    },
    {
      name: 'GET /me/audit',
      method: 'GET',
      path: () => '/me/audit',
      expect: users401,
      otherwise: 200,
    },
    {
      name: 'POST /me/erasure/code',
      method: 'POST',
      path: () => '/me/erasure/code',
      // The only admins of their organisations hand them over first.
      expect: { ...users401, orgAdmin: 409, otherOrg: 409 },
      otherwise: 202,
    },
    {
      name: 'POST /me/erasure (a wrong code)',
      method: 'POST',
      path: () => '/me/erasure',
      body: () => ({ code: '000000' }),
      expect: users401,
      otherwise: 422,
    },
    {
      name: 'GET /organisations/:id/export',
      method: 'GET',
      path: () => `/organisations/${orgA}/export`,
      expect: { ...D401, orgAdmin: 200, secretKey: 200 },
      otherwise: 403,
    },
    {
      name: 'GET /organisations/:id/audit',
      method: 'GET',
      path: () => `/organisations/${orgA}/audit`,
      expect: { ...D401, orgAdmin: 200, secretKey: 200 },
      otherwise: 403,
    },
    {
      name: 'POST /organisations/:id/closure/code',
      method: 'POST',
      path: () => `/organisations/${orgA}/closure/code`,
      expect: { ...users401, orgAdmin: 202 },
      otherwise: 403,
    },
    {
      name: 'POST /organisations/:id/closure (a wrong code)',
      method: 'POST',
      path: () => `/organisations/${orgA}/closure`,
      body: () => ({ code: '000000' }),
      expect: { ...users401, orgAdmin: 422 },
      otherwise: 403,
    },
    {
      name: 'GET /reports/needs',
      method: 'GET',
      path: () => '/reports/needs',
      expect: {},
      otherwise: 200,
    },
    {
      name: 'GET /reports/needs/v2',
      method: 'GET',
      path: () => '/reports/needs/v2?groupBy=category,month',
      expect: {},
      otherwise: 200,
    },
    {
      // Only an umbrella's own staff may narrow to its members (the full actor matrix with an
      // umbrella is in reports.test.ts); an organisation that is no umbrella is none to anyone.
      name: 'GET /reports/needs/v2 narrowed to an organisation',
      method: 'GET',
      path: () => `/reports/needs/v2?umbrellaId=${orgA}`,
      expect: {},
      otherwise: 404,
    },
    {
      // Your own hours; a key has none of its own (organisationId: see reports.test.ts).
      name: 'GET /reports/hours',
      method: 'GET',
      path: () => '/reports/hours',
      expect: { anonymous: 401, secretKey: 403, otherKey: 403 },
      otherwise: 200,
    },
    {
      name: 'GET /reports/hours of an organisation that is no umbrella, as an umbrella',
      method: 'GET',
      path: () => `/reports/hours?umbrellaId=${orgA}`,
      expect: { anonymous: 401 },
      otherwise: 404,
    },
    {
      name: 'GET /reports/needs/v2 by organisation without an umbrella',
      method: 'GET',
      path: () => '/reports/needs/v2?groupBy=organisation',
      expect: {},
      otherwise: 403,
    },
  ];

  for (const row of rows) {
    it(row.name, async () => {
      const expected = (actor: ActorName) => row.expect[actor] ?? row.otherwise;
      const denied = ACTORS.filter((a) => expected(a) >= 400);
      const allowed = ACTORS.filter((a) => expected(a) < 400);
      const outcomes: string[] = [];
      const wanted: string[] = [];

      const shared = await world();
      await row.prepare?.(shared);
      for (const actor of denied) {
        const res = await call(server, row.method, row.path(shared), {
          token: tokenOf(actor),
          body: row.body?.(shared),
        });
        if (res.status >= 400) errorCode(res);
        outcomes.push(`${actor}:${res.status}`);
        wanted.push(`${actor}:${expected(actor)}`);
      }
      for (const actor of allowed) {
        const fresh = await world();
        await row.prepare?.(fresh);
        if (row.path(fresh).includes(`/groups/${groupId}/members/`)) {
          // Removing a group member: give each allowed actor a member of their own to remove.
          const again = await post(server, `/groups/${groupId}/members`, {
            token: who.orgAdmin.token,
            body: { emails: [who.groupMember.email] },
          });
          if (again.status === 201) groupMemberRowId = again.body.data[0].id;
        }
        const res = await call(server, row.method, row.path(fresh), {
          token: tokenOf(actor),
          body: row.body?.(fresh),
        });
        outcomes.push(`${actor}:${res.status}`);
        wanted.push(`${actor}:${expected(actor)}`);
      }
      assert.deepEqual(outcomes, wanted);
    });
  }

  it("a listing's private fields are in no public answer, for any actor", async () => {
    await ok(
      await call(server, 'PUT', `/directory/listings/${orgA}`, {
        token: who.orgAdmin.token,
        body: {
          description: { fi: 'Omaishoitajien tukea.' },
          internalContact: { name: 'Sisäinen Yhteyshenkilö', email: 'sisainen@example.fi' },
          keeperNotes: 'vain ylläpidolle',
          services: [{ name: { fi: 'Vertaisryhmä' }, description: { fi: 'Tukea.' } }],
        },
      }),
      'listing',
    );
    for (const actor of ACTORS) {
      for (const path of [
        `/directory/listings/${orgA}`,
        '/directory/services?q=vertaisryhm%C3%A4',
        '/directory/open-data.json',
        '/directory/open-data.csv',
      ]) {
        const res = await call(server, 'GET', path, { token: tokenOf(actor) });
        assert.equal(res.status, 200, `${actor} ${path}`);
        const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
        assert.ok(text.includes('Vertaisryhmä'), `${actor} ${path} shows the listing`);
        assert.ok(
          !/Sisäinen|sisainen@|vain ylläpidolle|internalContact|keeperNotes/.test(text),
          `${actor} ${path}`,
        );
      }
    }
  });

  describe('contact once matched', () => {
    const participants = (taskId: number, actor: ActorName, headers?: Record<string, string>) =>
      get(server, `/tasks/${taskId}/participants`, { token: tokenOf(actor), headers });
    const contactOf = (body: any, userId: number) => {
      const person = [body.requester, ...body.helpers].find((p: any) => p.id === userId);
      return person ? person.contact : 'absent';
    };

    before(async () => {
      for (const [name, phone] of [
        ['requester', '040 123 4567'],
        ['selected', '+358 50 765 4321'],
        ['applicant', null],
      ] as const) {
        await ok(
          await call(server, 'PATCH', '/me', { token: who[name].token, body: { phone } }),
          `phone of ${name}`,
        );
      }
    });

    it("each side sees the other's email and phone; a helper not the other helpers'", async () => {
      const w = await world();
      await ok(
        await post(server, `/tasks/${w.taskId}/applications/${w.pendingAppId}/select`, {
          token: who.requester.token,
        }),
        'select a second helper',
      );
      const requesterContact = { email: who.requester.email, phone: '040 123 4567' };
      const selectedContact = { email: who.selected.email, phone: '+358 50 765 4321' };
      const applicantContact = { email: who.applicant.email, phone: null };

      for (const actor of ['requester', 'orgAdmin'] as const) {
        const res = await participants(w.taskId, actor);
        assert.equal(res.status, 200);
        assert.equal(res.body.viewerSide, 'organisation');
        assert.equal(res.body.contactsShared, true);
        assert.deepEqual(contactOf(res.body, who.requester.id), requesterContact);
        assert.deepEqual(contactOf(res.body, who.selected.id), selectedContact);
        assert.deepEqual(contactOf(res.body, who.applicant.id), applicantContact);
      }
      const helper = await participants(w.taskId, 'selected');
      assert.equal(helper.status, 200);
      assert.equal(helper.body.viewerSide, 'helper');
      assert.deepEqual(contactOf(helper.body, who.requester.id), requesterContact);
      assert.deepEqual(contactOf(helper.body, who.selected.id), selectedContact);
      assert.equal(contactOf(helper.body, who.applicant.id), null);
      assert.deepEqual(
        helper.body.helpers.map((h: any) => [h.name, h.assignment]),
        [
          ['applicant', 'selected'],
          ['selected', 'selected'],
        ],
      );
    });

    it('a publishable key alone, or with a signed-in stranger, gets no contact', async () => {
      const w = await world();
      const pk = await ok(
        await post(server, `/organisations/${orgA}/api-keys`, {
          token: who.orgAdmin.token,
          body: { kind: 'publishable', name: 'Kotisivu', allowedOrigins: ['https://ry.example'] },
        }),
        'publishable key',
      );
      const withKey = { 'x-publishable-key': pk.key };
      assert.equal((await get(server, `/tasks/${w.taskId}`, { headers: withKey })).status, 200);
      const alone = await participants(w.taskId, 'anonymous', withKey);
      assert.equal(alone.status, 401);
      const stranger = await participants(w.taskId, 'helper', withKey);
      assert.equal(stranger.status, 403);
      assert.equal(errorCode(stranger), 'not_in_chat');
      assert.equal(JSON.stringify(stranger.body).includes(who.requester.email), false);
    });

    it('stay shared after the task is completed', async () => {
      const w = await world();
      await ok(
        await post(server, `/tasks/${w.taskId}/close-applications`, { token: who.requester.token }),
        'close',
      );
      await markDone(w);
      const approved = await ok(
        await post(server, `/tasks/${w.taskId}/assignments/${w.selectedAppId}/approve`, {
          token: who.requester.token,
          body: { actualHours: 2 },
        }),
        'approve',
      );
      assert.equal(approved.assignment.status, 'approved');
      const task = await ok(await get(server, `/tasks/${w.taskId}`), 'task');
      assert.equal(task.status, 'completed');
      const helper = await participants(w.taskId, 'selected');
      assert.equal(helper.body.contactsShared, true);
      assert.equal(contactOf(helper.body, who.requester.id).email, who.requester.email);
      const requester = await participants(w.taskId, 'requester');
      assert.equal(requester.body.helpers[0].assignment, 'approved');
      assert.equal(contactOf(requester.body, who.selected.id).email, who.selected.email);
    });

    it('are withdrawn when the task is cancelled: names stay, contacts go', async () => {
      const w = await world();
      await cancel(w);
      for (const actor of ['requester', 'selected'] as const) {
        const res = await participants(w.taskId, actor);
        assert.equal(res.status, 200);
        assert.equal(res.body.contactsShared, false);
        assert.equal(res.body.requester.contact, null);
        assert.deepEqual(
          res.body.helpers.map((h: any) => [h.id, h.contact]),
          [[who.selected.id, null]],
        );
      }
    });
  });

  describe('group members’ addresses', () => {
    it('members see names only; the owning organisation manages addresses, invitations too', async () => {
      const invited = 'no-account-yet@example.fi';
      for (const email of [invited, who.helper.email]) {
        const added = await post(server, `/groups/${groupId}/members`, {
          token: who.orgAdmin.token,
          body: { emails: [email] },
        });
        // The rows above may have added the helper already.
        assert.ok([201, 409].includes(added.status), JSON.stringify(added.body));
      }
      const owners = await get(server, `/groups/${groupId}/members`, {
        token: who.requester.token,
      });
      assert.equal(owners.status, 200);
      const ownerEmails = owners.body.data.map((m: any) => m.email);
      assert.ok(ownerEmails.includes(invited));
      assert.ok(ownerEmails.includes(who.helper.email));

      const member = await get(server, `/groups/${groupId}/members`, {
        token: who.groupMember.token,
      });
      assert.equal(member.status, 200);
      const text = JSON.stringify(member.body);
      assert.equal(text.includes(invited), false, 'no invited address without an account');
      assert.equal(text.includes(who.helper.email), false, 'no other member’s address');
      const names = member.body.data.map((m: any) => m.user?.id);
      assert.ok(names.includes(who.helper.id), 'the other member is there by name');
      const self = member.body.data.find((m: any) => m.user?.id === who.groupMember.id);
      assert.equal(self.email, who.groupMember.email, 'a member sees their own address');
      for (const m of member.body.data) {
        if (m.user?.id !== who.groupMember.id) assert.equal(m.email, null);
      }
    });
  });
});

/**
 * A person's first steps: a new account has no public name until the person gives one, finds
 * their organisation by name or business id, and asks to join it; the admins approve.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { get, errorCode, patch, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`first sign-in: name and joining an organisation (${dialectName})`, () => {
  let server: TestServer;
  let admin: SignedIn;
  let orgId: number;

  before(async () => {
    server = await startTestServer();
    admin = await signIn(server, 'puheenjohtaja@kylayhdistys.fi', { name: 'Paula Puheenjohtaja' });
    const org = await post(server, '/organisations', {
      token: admin.token,
      body: { name: 'Kyläyhdistys ry', kind: 'association', businessId: '0737546-2' },
    });
    assert.equal(org.status, 201);
    orgId = org.body.id;
  });
  after(() => server.close());

  it('a new account has no public name, not even the part of its email before the @', async () => {
    const newcomer = await signIn(server, 'maija.meikalainen@example.fi');
    const me = await get(server, '/me', { token: newcomer.token });
    assert.equal(me.body.name, '');
    assert.deepEqual(me.body.joinRequests, []);
    const profile = await get(server, `/users/${newcomer.id}`);
    assert.equal(profile.body.name, '');
    assert.ok(!JSON.stringify(profile.body).includes('maija'));

    const named = await patch(server, '/me', { token: newcomer.token, body: { name: 'Maija M.' } });
    assert.equal(named.body.name, 'Maija M.');
    assert.equal((await get(server, `/users/${newcomer.id}`)).body.name, 'Maija M.');
    // A name cannot be emptied again.
    const empty = await patch(server, '/me', { token: newcomer.token, body: { name: '  ' } });
    assert.equal(empty.status, 422);
  });

  it('finds an organisation by its business id as well as by its name', async () => {
    const byId = await get(server, '/organisations?q=0737546-2');
    assert.deepEqual(
      byId.body.data.map((o: { id: number }) => o.id),
      [orgId],
    );
    const byName = await get(server, '/organisations?q=kyläyhd');
    assert.ok(byName.body.data.some((o: { id: number }) => o.id === orgId));
    // Part of a business id is no match.
    assert.equal((await get(server, '/organisations?q=0737546')).body.data.length, 0);
  });

  it('a signed-in person asks to join; each admin is told; the request waits on their profile until approved', async () => {
    const asker = await signIn(server, 'kalle.kyla@example.fi', { name: 'Kalle Kylä' });
    const asked = await post(server, `/organisations/${orgId}/join-requests`, {
      token: asker.token,
    });
    assert.equal(asked.status, 201, JSON.stringify(asked.body));
    assert.equal(asked.body.status, 'pending');
    assert.equal(asked.body.user.id, asker.id);
    assert.equal(asked.body.task, null);

    const mails = await mailTo(admin.email, 'join_request');
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.text, /Kalle Kylä \(kalle\.kyla@example\.fi\)/);
    assert.match(mails[0]!.text, /Kyläyhdistys ry/);

    // Asking again changes nothing and sends no second email.
    const again = await post(server, `/organisations/${orgId}/join-requests`, {
      token: asker.token,
    });
    assert.equal(again.status, 201);
    assert.equal(again.body.id, asked.body.id);
    assert.equal((await mailTo(admin.email, 'join_request')).length, 1);

    const waiting = await get(server, '/me', { token: asker.token });
    assert.deepEqual(waiting.body.joinRequests, [
      {
        id: asked.body.id,
        organisation: { id: orgId, name: 'Kyläyhdistys ry', kind: 'association' },
        createdAt: asked.body.createdAt,
      },
    ]);
    const list = await get(server, `/organisations/${orgId}/join-requests`, {
      token: admin.token,
    });
    assert.ok(list.body.data.some((r: { id: number }) => r.id === asked.body.id));

    const approved = await post(
      server,
      `/organisations/${orgId}/join-requests/${asked.body.id}/approve`,
      { token: admin.token },
    );
    assert.equal(approved.status, 200);
    const member = await get(server, '/me', { token: asker.token });
    assert.deepEqual(member.body.joinRequests, []);
    assert.deepEqual(
      member.body.memberships.map((m: { organisation: { id: number } }) => m.organisation.id),
      [orgId],
    );
    const twice = await post(server, `/organisations/${orgId}/join-requests`, {
      token: asker.token,
    });
    assert.equal(twice.status, 409);
    assert.equal(errorCode(twice), 'already_member');
  });

  it('a declined person may ask again, and the admins hear of it again', async () => {
    const asker = await signIn(server, 'ville.uudestaan@example.fi');
    const first = await post(server, `/organisations/${orgId}/join-requests`, {
      token: asker.token,
    });
    await post(server, `/organisations/${orgId}/join-requests/${first.body.id}/decline`, {
      token: admin.token,
    });
    assert.deepEqual((await get(server, '/me', { token: asker.token })).body.joinRequests, []);
    const before = (await mailTo(admin.email, 'join_request')).length;
    const second = await post(server, `/organisations/${orgId}/join-requests`, {
      token: asker.token,
    });
    assert.equal(second.status, 201);
    assert.equal(second.body.status, 'pending');
    assert.equal(second.body.decidedAt, null);
    const mails = await mailTo(admin.email, 'join_request');
    assert.equal(mails.length, before + 1);
    // Before choosing a name, the admins see the address alone.
    assert.match(mails.at(-1)!.text, /^ville\.uudestaan@example\.fi pyytää/m);
  });

  it('asking to join needs a signed-in person and an organisation that exists', async () => {
    const anonymous = await post(server, `/organisations/${orgId}/join-requests`);
    assert.equal(anonymous.status, 401);
    const asker = await signIn(server, 'eksynyt@example.fi');
    const missing = await post(server, '/organisations/999999/join-requests', {
      token: asker.token,
    });
    assert.equal(missing.status, 404);
  });
});

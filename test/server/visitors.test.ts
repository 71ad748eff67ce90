/**
 * A visitor's help request on a member organisation's site: sent through the organisation's
 * publishable key, confirmed by the emailed code (or link), published, and the visitor linked to
 * the organisation. Plus its abuse paths: honeypot, rate limits, pending cap, wrong codes, expiry
 * and revoked keys.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  JoinRequest,
  Membership,
  OutboxMessage,
  Task,
  User,
  VisitorRequest,
} from '../../server/db/models/index.ts';
import {
  del,
  errorCode,
  get,
  patch,
  post,
  signIn,
  type CallOptions,
  type SignedIn,
} from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

const SITE = 'https://omaishoitajat.example.fi';

describe(`a visitor's help request (${dialectName})`, () => {
  let server: TestServer;
  let admin: SignedIn;
  let org: number;
  let key: string; // joins by approval
  let keyId: number;
  let openKey: string; // joins at once
  let ipCounter = 0;

  /** Each call from its own address unless a test says otherwise, so limits stay apart. */
  function asVisitor(k: string, body: unknown, ip?: string): CallOptions {
    return {
      body,
      headers: {
        'x-publishable-key': k,
        origin: SITE,
        'x-forwarded-for': ip ?? `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`,
      },
    };
  }

  function request(email: string, extra: Record<string, unknown> = {}) {
    return {
      category: 'kirjanpito-talous',
      title: 'Apua tilinpäätökseen',
      details: 'Pieni yhdistys, noin 40 tositetta.',
      schedule: { text: 'ensi viikolla' },
      estimatedHours: 2,
      postalCode: '33100',
      remote: false,
      visitor: { email, name: 'Ville Vierailija' },
      ...extra,
    };
  }

  async function emailedCode(
    email: string,
  ): Promise<{ code: string; link: string; reference: string }> {
    const mail = (await mailTo(email, 'visitor_verification')).at(-1);
    assert.ok(mail, `a confirmation was mailed to ${email}`);
    const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
    const found = /(http\S+\/verify\?ref=([\w-]+)&code=\d{6})/.exec(mail.text);
    assert.ok(code && found, mail.text);
    return { code, link: found[1]!, reference: found[2]! };
  }

  /** What confirming the newest request to `email` takes: the code and the reference. */
  async function proof(email: string): Promise<{ code: string; reference: string }> {
    const { code, reference } = await emailedCode(email);
    return { code, reference };
  }

  async function send(k: string, email: string, extra = {}, ip?: string) {
    const res = await post(server, '/tasks', asVisitor(k, request(email, extra), ip));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }

  async function makeKey(body: Record<string, unknown>) {
    const res = await post(server, `/organisations/${org}/api-keys`, {
      token: admin.token,
      body: { kind: 'publishable', name: 'Kotisivu', allowedOrigins: [SITE], ...body },
    });
    assert.equal(res.status, 201);
    return res.body;
  }

  before(async () => {
    server = await startTestServer({
      trustProxy: true,
      codesPerIpPerHour: 1000,
      visitorRequestsPerIpPerHour: 3,
      visitorRequestsPerKeyPerHour: 1000,
      visitorPendingPerEmail: 3,
    });
    admin = await signIn(server, 'admin@omaishoitajat.fi', { name: 'Aino Admin', lang: 'fi' });
    const created = await post(server, '/organisations', {
      token: admin.token,
      body: { name: 'Omaishoitajat ry', kind: 'association' },
    });
    org = created.body.id;
    const k = await makeKey({});
    key = k.key;
    keyId = k.id;
    openKey = (
      await makeKey({ name: 'Jäsensivut', autoJoin: true, autoJoinDomains: ['example.fi'] })
    ).key;
  });
  after(() => server.close());

  describe('from request to published task', () => {
    const email = 'ville@example.fi';
    let taskId: number;

    it('the request is stored waiting for confirmation, for the key’s organisation', async () => {
      const res = await post(server, '/tasks', asVisitor(key, request(email)));
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.status, 'pending_verification');
      assert.equal(res.body.organisation.id, org);
      assert.equal(res.body.publishedAt, null);
      assert.equal(res.body.requester, null);
      assert.equal(res.headers.get('access-control-allow-origin'), SITE);
      taskId = res.body.id;
      const row = await Task.findByPk(taskId);
      assert.equal(row!.status, 'pending_verification');
      assert.equal(await User.count({ where: { email } }), 0, 'no account before confirmation');
    });

    it('an unconfirmed request is seen by nobody but the organisation', async () => {
      assert.equal((await get(server, `/tasks/${taskId}`)).status, 404);
      const feed = await get(server, '/tasks');
      assert.equal(
        feed.body.data.some((t: any) => t.id === taskId),
        false,
      );
      const mine = await get(server, `/tasks/${taskId}`, { token: admin.token });
      assert.equal(mine.status, 200);
      assert.equal(mine.body.status, 'pending_verification');
    });

    it('the visitor is emailed a six-digit code and a link', async () => {
      const mails = await mailTo(email, 'visitor_verification');
      assert.equal(mails.length, 1);
      const { link } = await emailedCode(email);
      assert.ok(link.startsWith(`${server.config.publicUrl}/api/v1/tasks/${taskId}/verify?ref=`));
      assert.match(mails[0]!.text, /Apua tilinpäätökseen/);
      assert.match(mails[0]!.text, /48 tunnin/);
    });

    it('a wrong code is refused and counted', async () => {
      const { code, reference } = await emailedCode(email);
      const wrong = code === '000000' ? '111111' : '000000';
      const res = await post(server, `/tasks/${taskId}/verify`, {
        body: { code: wrong, reference },
      });
      assert.equal(res.status, 422);
      assert.equal(errorCode(res), 'invalid_code');
      assert.equal(res.body.error.details.attemptsLeft, 4);
      const bad = await post(server, `/tasks/${taskId}/verify`, {
        body: { code: 'abc', reference },
      });
      assert.equal(bad.status, 422);
      assert.equal(errorCode(bad), 'validation_failed');
    });

    it('the right code publishes the task and asks the organisation to take the visitor in', async () => {
      const { code, reference } = await emailedCode(email);
      const before = Date.now();
      const res = await post(server, `/tasks/${taskId}/verify`, {
        body: { code, reference },
        headers: { 'x-publishable-key': key, origin: SITE },
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.task.status, 'open');
      assert.ok(Date.parse(res.body.task.publishedAt) >= before - 1000);
      assert.equal(res.body.membership, 'pending_approval');
      const user = await User.findOne({ where: { email } });
      assert.equal(user!.name, 'Ville Vierailija');
      assert.equal(res.body.task.requester.id, user!.id);
      assert.equal((await Task.findByPk(taskId))!.createdById, user!.id);
      assert.equal(await Membership.count({ where: { organisationId: org, userId: user!.id } }), 0);

      const confirmation = await mailTo(email, 'task_confirmation');
      assert.equal(confirmation.length, 1);
      assert.match(confirmation[0]!.text, new RegExp(`Tunniste: ${taskId}`));
      const toAdmin = await mailTo(admin.email, 'join_request');
      assert.equal(toAdmin.length, 1);
      assert.match(toAdmin[0]!.text, /ville@example\.fi/);

      const feed = await get(server, '/tasks');
      assert.ok(feed.body.data.some((t: any) => t.id === taskId));
    });

    it('a code works once', async () => {
      const { code, reference } = await emailedCode(email);
      const again = await post(server, `/tasks/${taskId}/verify`, { body: { code, reference } });
      assert.equal(again.status, 409);
      assert.equal(errorCode(again), 'already_verified');
    });

    it('an admin approves the visitor, who becomes a member', async () => {
      const path = `/organisations/${org}/join-requests`;
      const outsider = await signIn(server, 'ulkopuolinen@example.fi');
      assert.equal((await get(server, path, { token: outsider.token })).status, 403);
      assert.equal(
        (await get(server, path, { headers: { 'x-publishable-key': key } })).status,
        401,
      );
      const list = await get(server, path, { token: admin.token });
      assert.equal(list.status, 200);
      assert.equal(list.body.data.length, 1);
      const join = list.body.data[0];
      assert.equal(join.user.email, email);
      assert.equal(join.status, 'pending');
      assert.deepEqual(join.task, { id: taskId, title: 'Apua tilinpäätökseen' });

      const denied = await post(server, `${path}/${join.id}/approve`, { token: outsider.token });
      assert.equal(denied.status, 403);
      const approved = await post(server, `${path}/${join.id}/approve`, { token: admin.token });
      assert.equal(approved.status, 200);
      assert.equal(approved.body.status, 'approved');
      assert.ok(approved.body.decidedAt);
      const user = await User.findOne({ where: { email } });
      const membership = await Membership.findOne({
        where: { organisationId: org, userId: user!.id },
      });
      assert.equal(membership?.role, 'member');
      const twice = await post(server, `${path}/${join.id}/decline`, { token: admin.token });
      assert.equal(twice.status, 409);
      assert.equal(errorCode(twice), 'join_request_decided');
      assert.deepEqual((await get(server, path, { token: admin.token })).body.data, []);
    });
  });

  it('with a key that lets visitors join, the visitor becomes a member at once', async () => {
    const email = 'suora@example.fi';
    const sent = await send(openKey, email);
    const { code, reference } = await emailedCode(email);
    const res = await post(server, `/tasks/${sent.id}/verify`, { body: { code, reference } });
    assert.equal(res.status, 200);
    assert.equal(res.body.membership, 'member');
    const user = await User.findOne({ where: { email } });
    assert.equal(
      (await Membership.findOne({ where: { organisationId: org, userId: user!.id } }))?.role,
      'member',
    );
    assert.equal(await JoinRequest.count({ where: { userId: user!.id } }), 0);
  });

  it('a key that lets visitors join takes only addresses on its domains: anyone else asks to join', async () => {
    // The key is public in the page; an address elsewhere proves nothing about the organisation.
    const email = 'ulkopuolinen@muualla.example.com';
    const sent = await send(openKey, email);
    const res = await post(server, `/tasks/${sent.id}/verify`, { body: await proof(email) });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.membership, 'pending_approval');
    const user = await User.findOne({ where: { email } });
    assert.equal(await Membership.count({ where: { organisationId: org, userId: user!.id } }), 0);
    assert.equal(await JoinRequest.count({ where: { userId: user!.id, status: 'pending' } }), 1);
    // A look-alike domain is another domain.
    const lookalike = 'huijari@example.fi.example.com';
    const other = await send(openKey, lookalike);
    const again = await post(server, `/tasks/${other.id}/verify`, { body: await proof(lookalike) });
    assert.equal(again.body.membership, 'pending_approval');
  });

  it('joining at once needs the domains named, and only a publishable key has them', async () => {
    const none = await post(server, `/organisations/${org}/api-keys`, {
      token: admin.token,
      body: { kind: 'publishable', name: 'Ilman verkkotunnusta', autoJoin: true },
    });
    assert.equal(none.status, 422);
    assert.equal(none.body.error.details.issues[0].path, 'autoJoinDomains');
    const secret = await post(server, `/organisations/${org}/api-keys`, {
      token: admin.token,
      body: { kind: 'secret', name: 'Skripti', autoJoinDomains: ['example.fi'] },
    });
    assert.equal(secret.status, 422);
    const bad = await post(server, `/organisations/${org}/api-keys`, {
      token: admin.token,
      body: { kind: 'publishable', name: 'Huono', autoJoin: true, autoJoinDomains: ['@example'] },
    });
    assert.equal(bad.status, 422);
    const made = await makeKey({
      name: 'Isot kirjaimet',
      autoJoin: true,
      autoJoinDomains: ['Yhdistys.FI', 'yhdistys.fi'],
    });
    assert.deepEqual(made.autoJoinDomains, ['yhdistys.fi']);
  });

  it('a declined visitor stays out when asking again', async () => {
    const email = 'hylatty@example.fi';
    const first = await send(key, email);
    await post(server, `/tasks/${first.id}/verify`, {
      body: await proof(email),
    });
    const join = await JoinRequest.findOne({ where: { taskId: first.id } });
    const declined = await post(server, `/organisations/${org}/join-requests/${join!.id}/decline`, {
      token: admin.token,
    });
    assert.equal(declined.body.status, 'declined');
    const second = await send(key, email);
    const res = await post(server, `/tasks/${second.id}/verify`, {
      body: await proof(email),
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.task.status, 'open');
    assert.equal(res.body.membership, 'not_member');
  });

  it('the emailed link opens a page that confirms only when its button is pressed', async () => {
    const email = 'linkki@example.fi';
    const sent = await send(key, email, { visitor: { email, name: 'Liisa Linkki', lang: 'sv' } });
    const { link, code, reference } = await emailedCode(email);
    const page = await fetch(link);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /html/);
    const html = await page.text();
    assert.match(html, /<form method="post"/);
    assert.match(html, /lang="sv"/);
    assert.match(html, new RegExp(`value="${code}"`));
    assert.equal(html.includes('Apua tilinpäätökseen'), false, 'nothing told before the code');
    assert.equal((await Task.findByPk(sent.id))!.status, 'pending_verification');

    const wrong = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `ref=${reference}&code=${code === '123456' ? '654321' : '123456'}`,
    });
    assert.equal(wrong.status, 422);
    assert.match(await wrong.text(), /Koden är fel/);

    const confirmed = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `ref=${reference}&code=${code}`,
    });
    assert.equal(confirmed.status, 200);
    assert.match(await confirmed.text(), /Tack!/);
    assert.equal((await Task.findByPk(sent.id))!.status, 'open');
    assert.equal((await mailTo(email, 'task_confirmation')).length, 1);
    assert.match((await mailTo(email, 'task_confirmation'))[0]!.subject, /Orderbekräftelse/);

    const missing = await fetch(`${server.api}/tasks/999999/verify?code=123456`);
    assert.equal(missing.status, 404);
  });

  it('a confirmation is reached only by its unguessable reference: a task id alone spends no tries', async () => {
    const email = 'viite@example.fi';
    const sent = await send(key, email);
    const { code, reference } = await emailedCode(email);
    // Only the answer to the sender carries the reference; the task itself does not.
    assert.equal(sent.verificationReference, reference);
    assert.equal(
      (await get(server, `/tasks/${sent.id}`, { token: admin.token })).body.verificationReference,
      undefined,
    );
    const other = reference.startsWith('A') ? `B${reference.slice(1)}` : `A${reference.slice(1)}`;
    for (const body of [{ code: '000000' }, { code: '000000', reference: other }]) {
      for (let i = 0; i < 6; i++) {
        const res = await post(server, `/tasks/${sent.id}/verify`, { body });
        assert.equal(res.status, 404, JSON.stringify(res.body));
        assert.equal(errorCode(res), 'not_found');
      }
    }
    const page = await fetch(`${server.api}/tasks/${sent.id}/verify?code=${code}`);
    assert.equal(page.status, 404);
    assert.equal((await VisitorRequest.findOne({ where: { taskId: sent.id } }))!.attempts, 0);
    const res = await post(server, `/tasks/${sent.id}/verify`, { body: { code, reference } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.task.status, 'open');
  });

  it('a signed-in person who is not a member publishes at once and asks to join', async () => {
    const helper = await signIn(server, 'kirjautunut@example.fi', { name: 'Kaisa Kirjautunut' });
    const res = await post(server, '/tasks', {
      ...asVisitor(key, request('ignored@example.fi')),
      token: helper.token,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.status, 'open');
    assert.equal(res.body.requester.id, helper.id);
    assert.equal(res.body.organisation.id, org);
    assert.equal((await mailTo('ignored@example.fi')).length, 0);
    assert.equal((await mailTo(helper.email, 'task_confirmation')).length, 1);
    const join = await JoinRequest.findOne({ where: { userId: helper.id, organisationId: org } });
    assert.equal(join?.status, 'pending');
  });

  it("a member posts as usual through the key, for the key's organisation", async () => {
    const other = await post(server, '/organisations', {
      token: admin.token,
      body: { name: 'Toinen yhdistys ry', kind: 'association' },
    });
    assert.equal(other.status, 201);
    // Two organisations, no organisationId: the key says which.
    const res = await post(server, '/tasks', {
      ...asVisitor(key, request('x@example.fi', { visitor: undefined })),
      token: admin.token,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.status, 'open');
    assert.equal(res.body.organisation.id, org);
    assert.equal(await VisitorRequest.count({ where: { taskId: res.body.id } }), 0);
  });

  describe('refusals', () => {
    it('without a key, someone not signed in cannot post', async () => {
      const res = await post(server, '/tasks', { body: request('anon@example.fi') });
      assert.equal(res.status, 401);
    });

    it('a visitor must say who asks', async () => {
      const res = await post(
        server,
        '/tasks',
        asVisitor(key, request('x', { visitor: undefined })),
      );
      assert.equal(res.status, 422);
      assert.equal(errorCode(res), 'visitor_required');
      const badEmail = await post(server, '/tasks', asVisitor(key, request('ei-osoite')));
      assert.equal(badEmail.status, 422);
    });

    it('a visitor asks only for the key’s organisation and targets no group', async () => {
      const foreign = await post(
        server,
        '/tasks',
        asVisitor(key, request('v@example.fi', { organisationId: org + 1000 })),
      );
      assert.equal(foreign.status, 403);
      const group = await post(
        server,
        '/tasks',
        asVisitor(key, request('v@example.fi', { groupCode: 'ABCDEF' })),
      );
      assert.equal(group.status, 403);
      assert.equal(errorCode(group), 'not_a_group_member');
    });

    it('a filled honeypot is refused and nothing is stored or mailed', async () => {
      const email = 'botti@example.fi';
      const tasks = await Task.count();
      const requests = await VisitorRequest.count();
      const mails = await OutboxMessage.count();
      const res = await post(
        server,
        '/tasks',
        asVisitor(key, request(email, { website: 'http://halpaa.example' })),
      );
      assert.equal(res.status, 422);
      assert.equal(res.body.error.details.issues[0].path, 'website');
      assert.equal(await Task.count(), tasks);
      assert.equal(await VisitorRequest.count(), requests);
      assert.equal(await OutboxMessage.count(), mails);
      // An empty honeypot is what people send.
      const human = await post(server, '/tasks', asVisitor(key, request(email, { website: '' })));
      assert.equal(human.status, 201);
    });

    it('one address may send only so many requests an hour', async () => {
      const ip = '192.0.2.10';
      for (let i = 0; i < 3; i++) await send(key, `osoite${i}@example.fi`, {}, ip);
      const res = await post(server, '/tasks', asVisitor(key, request('osoite9@example.fi'), ip));
      assert.equal(res.status, 429);
      assert.equal(errorCode(res), 'rate_limited');
      assert.ok(Number(res.headers.get('retry-after')) > 0);
      assert.equal(res.headers.get('access-control-allow-origin'), SITE);
      assert.equal((await mailTo('osoite9@example.fi')).length, 0);
      // Another address still gets through.
      await send(key, 'osoite9@example.fi', {}, '192.0.2.11');
    });

    it('one email address may have only so many requests waiting', async () => {
      const email = 'kiireinen@example.fi';
      for (let i = 0; i < 3; i++) await send(key, email);
      const res = await post(server, '/tasks', asVisitor(key, request(email)));
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'too_many_pending');
      // Confirming one makes room for another: the newest mail is for the newest request.
      const { code, reference } = await emailedCode(email);
      const newest = await VisitorRequest.findOne({ where: { email }, order: [['id', 'DESC']] });
      const ok = await post(server, `/tasks/${newest!.taskId}/verify`, {
        body: { code, reference },
      });
      assert.equal(ok.status, 200);
      await send(key, email);
    });

    it('parallel requests for one address cannot race past the waiting cap', async () => {
      const email = 'rinnakkain@example.fi';
      const replies = await Promise.all(
        Array.from({ length: 8 }, () => post(server, '/tasks', asVisitor(key, request(email)))),
      );
      const statuses = replies.map((r) => r.status).sort();
      assert.deepEqual(statuses, [201, 201, 201, 409, 409, 409, 409, 409]);
      assert.equal(await VisitorRequest.count({ where: { email } }), 3);
      assert.equal((await mailTo(email, 'visitor_verification')).length, 3);
    });

    it('five wrong codes end the request', async () => {
      const email = 'arvaaja@example.fi';
      const sent = await send(key, email);
      const { code, reference } = await emailedCode(email);
      const wrong = code === '999999' ? '999998' : '999999';
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (await post(server, `/tasks/${sent.id}/verify`, { body: { code: wrong, reference } }))
            .status,
        );
      }
      assert.deepEqual(statuses, [422, 422, 422, 422, 429]);
      const right = await post(server, `/tasks/${sent.id}/verify`, { body: { code, reference } });
      assert.equal(right.status, 429);
      assert.equal(errorCode(right), 'too_many_attempts');
      assert.equal((await Task.findByPk(sent.id))!.status, 'pending_verification');
    });

    it('an expired request is never published, and the sweep deletes it with its task', async () => {
      const email = 'myohassa@example.fi';
      const late = await send(key, email);
      const { code, reference } = await emailedCode(email);
      const forgotten = await send(key, 'unohtui@example.fi');
      await VisitorRequest.update(
        { expiresAt: new Date(Date.now() - 1000) },
        { where: { taskId: [late.id, forgotten.id] } },
      );
      const res = await post(server, `/tasks/${late.id}/verify`, { body: { code, reference } });
      assert.equal(res.status, 410);
      assert.equal(errorCode(res), 'verification_expired');
      assert.equal(await Task.findByPk(late.id), null);
      assert.equal(await Task.findByPk(forgotten.id), null, 'swept with the others');
      assert.equal(await VisitorRequest.count({ where: { taskId: [late.id, forgotten.id] } }), 0);
      assert.equal(
        (await post(server, `/tasks/${late.id}/verify`, { body: { code, reference } })).status,
        404,
      );

      // A new request sweeps too, and expired requests no longer count towards the pending cap.
      const stale = await send(key, 'vanha@example.fi');
      await VisitorRequest.update(
        { expiresAt: new Date(Date.now() - 1000) },
        { where: { taskId: stale.id } },
      );
      await send(key, 'uusi@example.fi');
      assert.equal(await Task.findByPk(stale.id), null);
    });

    it('the request lives as long as configured', async () => {
      const sent = await send(key, 'ajastin@example.fi');
      const row = await VisitorRequest.findOne({ where: { taskId: sent.id } });
      const hours = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 3_600_000;
      assert.ok(Math.abs(hours - server.config.visitorRequestTtlHours) < 0.01, String(hours));
    });

    it('a request the organisation cancelled cannot be confirmed', async () => {
      const email = 'peruttu@example.fi';
      const sent = await send(key, email);
      const cancelled = await post(server, `/tasks/${sent.id}/cancel`, {
        token: admin.token,
        body: { reason: 'roskapostia' },
      });
      assert.equal(cancelled.status, 200);
      const res = await post(server, `/tasks/${sent.id}/verify`, {
        body: await proof(email),
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'task_not_pending');
    });

    it('revoking a key takes its unconfirmed requests with it, and refuses new ones', async () => {
      const temp = await makeKey({ name: 'Väliaikainen' });
      const email = 'peruttava@example.fi';
      const sent = await send(temp.key, email);
      await del(server, `/organisations/${org}/api-keys/${temp.id}`, { token: admin.token });
      const res = await post(server, `/tasks/${sent.id}/verify`, {
        body: await proof(email),
      });
      assert.equal(res.status, 404);
      const refused = await post(
        server,
        '/tasks',
        asVisitor(temp.key, request('uusi2@example.fi')),
      );
      assert.equal(refused.status, 401);
      assert.equal(errorCode(refused), 'invalid_publishable_key');
    });

    it('a rotated key keeps its unconfirmed requests', async () => {
      const email = 'kierto@example.fi';
      const sent = await send(key, email);
      const rotated = await post(server, `/organisations/${org}/api-keys/${keyId}/rotate`, {
        token: admin.token,
      });
      assert.equal(rotated.status, 200);
      key = rotated.body.key;
      const res = await post(server, `/tasks/${sent.id}/verify`, {
        body: await proof(email),
      });
      assert.equal(res.status, 200);
    });

    it('a key limits how many requests it takes an hour', async () => {
      const limited = await makeKey({ name: 'Rajattu' });
      const saved = server.config.visitorRequestsPerKeyPerHour;
      server.config.visitorRequestsPerKeyPerHour = 2;
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++) {
          const res = await post(
            server,
            '/tasks',
            asVisitor(limited.key, request(`k${i}@example.fi`)),
          );
          statuses.push(res.status);
        }
        assert.deepEqual(statuses, [201, 201, 429]);
      } finally {
        server.config.visitorRequestsPerKeyPerHour = saved;
      }
      // Other keys are counted apart.
      await send(key, 'k9@example.fi');
    });

    it('changing the joining rule applies to requests confirmed afterwards', async () => {
      const email = 'myohemmin@example.fi';
      const sent = await send(key, email);
      await patch(server, `/organisations/${org}/api-keys/${keyId}`, {
        token: admin.token,
        body: { autoJoin: true, autoJoinDomains: ['example.fi'] },
      });
      const res = await post(server, `/tasks/${sent.id}/verify`, {
        body: await proof(email),
      });
      assert.equal(res.body.membership, 'member');
    });
  });
});

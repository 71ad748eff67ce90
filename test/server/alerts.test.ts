import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../server/clock.ts';
import {
  Group,
  GroupMember,
  Membership,
  Organisation,
  OutboxMessage,
} from '../../server/db/models/index.ts';
import { digests, taskAlerts } from '../../server/jobs/alerts.ts';
import { createScheduler } from '../../server/jobs/index.ts';
import { nudges } from '../../server/jobs/nudges.ts';
import { DAY_MS, periodStart } from '../../server/jobs/periods.ts';
import { get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const CATEGORY = 'kirjanpito-talous';

describe(`alerts and digests (${dialectName})`, () => {
  let server: TestServer;
  const clock = new ManualClock();
  let runDue: (names: string[]) => Promise<unknown>;
  let org: Organisation;
  let requester: SignedIn;
  const helpers: Record<string, SignedIn> = {};
  let groupCode: string;
  let publicTask: number;
  let groupTask: number;
  const t0 = Date.now();

  /** The outbox rows to an address, of a kind. */
  async function mail(who: SignedIn | string, kind: string) {
    const email = typeof who === 'string' ? who : who.email;
    return OutboxMessage.findAll({ where: { toEmail: email, kind }, order: [['id', 'ASC']] });
  }

  async function helper(name: string, alerts: Record<string, string>, extra = {}) {
    helpers[name] = await signIn(server, `${name}@example.fi`, {
      name,
      postalCode: '00100',
      radiusKm: 30,
      interestedCategories: [CATEGORY],
      alerts,
      ...extra,
    });
  }

  async function postTask(body: Record<string, unknown>) {
    const res = await post(server, '/tasks', {
      token: requester.token,
      body: {
        organisationId: org.id,
        category: CATEGORY,
        title: 'Tilinpäätöksen tarkistus',
        details: '',
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

  before(async () => {
    server = await startTestServer(
      { codesPerIpPerHour: 100_000, codesPerEmailPerHour: 100 },
      { clock },
    );
    const scheduler = createScheduler(server.deps, [taskAlerts, digests, ...nudges]);
    runDue = (names) => scheduler.runDue(names);
    org = await Organisation.create({ name: 'Kysyjä ry', kind: 'association' });
    requester = await signIn(server, 'kysyja@example.fi');
    await Membership.create({ organisationId: org.id, userId: requester.id, role: 'admin' });
    await helper('immediate', { newTasks: 'immediate' });
    await helper('daily', {});
    await helper('weekly', { newTasks: 'weekly' });
    await helper('never', { newTasks: 'never' });
    await helper('far', { newTasks: 'immediate' }, { postalCode: '96100', radiusKm: 10 });
    await helper(
      'othercategory',
      { newTasks: 'immediate' },
      { interestedCategories: ['tietoturva'] },
    );
    // The group's members: one told at once (the default), one in a digest, one who turned it off.
    await helper('member', { newTasks: 'never' });
    await helper('memberdigest', { newTasks: 'never', groupTasks: 'daily' });
    await helper('memberoff', { newTasks: 'never', groupTasks: 'never' });
    const group = await Group.create({
      organisationId: org.id,
      name: 'Taloustiimi',
      code: 'TALOUS77',
      memberCap: 30,
      createdById: requester.id,
    });
    groupCode = group.code;
    for (const name of ['member', 'memberdigest', 'memberoff']) {
      await GroupMember.create({
        groupId: group.id,
        email: helpers[name]!.email,
        invitedById: null,
      });
    }
    await GroupMember.create({
      groupId: group.id,
      email: 'no-account@example.fi',
      invitedById: null,
    });
    publicTask = await postTask({ title: 'Julkinen tilinpäätöstehtävä' });
    groupTask = await postTask({ title: 'Ryhmän salainen tehtävä', groupCode, remote: true });
  });
  after(() => server.close());

  test('a fitting public task is alerted at once, once, to those who chose at once', async () => {
    await runDue(['task-alerts']);
    await runDue(['task-alerts']);
    const alerts = await mail(helpers.immediate!, 'task_alert');
    assert.equal(alerts.length, 1);
    assert.match(alerts[0]!.textBody, new RegExp(`/tasks/${publicTask}\\b`));
    for (const name of ['daily', 'weekly', 'never', 'far', 'othercategory', 'member']) {
      assert.equal((await mail(helpers[name]!, 'task_alert')).length, 0, name);
    }
    assert.equal((await mail(requester, 'task_alert')).length, 0);
    // The group task is no one's "new task": only the group hears of it.
    assert.ok(!alerts.some((m) => m.textBody.includes('Ryhmän salainen')));
  });

  test('group members are told of a group task at once unless they turned it off; nobody else', async () => {
    assert.equal((await mail(helpers.member!, 'group_task_posted')).length, 1);
    assert.equal((await mail('no-account@example.fi', 'group_task_posted')).length, 1);
    assert.equal((await mail(helpers.memberdigest!, 'group_task_posted')).length, 0);
    assert.equal((await mail(helpers.memberoff!, 'group_task_posted')).length, 0);
    const all = await OutboxMessage.findAll();
    const toldOfGroupTask = new Set(
      all.filter((m) => m.textBody.includes('Ryhmän salainen')).map((m) => m.toEmail),
    );
    assert.deepEqual([...toldOfGroupTask].sort(), [
      'kysyja@example.fi',
      'member@example.fi',
      'no-account@example.fi',
    ]);
  });

  test('daily and weekly digests list each task once, when the period ends, and not when empty', async () => {
    const firstDay = periodStart(new Date(t0 + DAY_MS), 'daily');
    clock.set(firstDay.getTime() - 60_000);
    await runDue(['digests']);
    assert.equal((await mail(helpers.daily!, 'task_digest')).length, 0, 'not before the day ends');

    clock.set(firstDay.getTime() + 60_000);
    await runDue(['digests']);
    await runDue(['digests']);
    const daily = await mail(helpers.daily!, 'task_digest');
    assert.equal(daily.length, 1);
    assert.equal(daily[0]!.textBody.split(`/tasks/${publicTask}`).length - 1, 1);
    assert.ok(!daily[0]!.textBody.includes('Ryhmän salainen'), 'a non-member never hears of it');
    assert.ok(daily[0]!.listUnsubscribe);

    const groupDigest = await mail(helpers.memberdigest!, 'task_digest');
    assert.equal(groupDigest.length, 1);
    assert.match(groupDigest[0]!.textBody, new RegExp(`/tasks/${groupTask}\\b`));
    assert.ok(!groupDigest[0]!.textBody.includes(`/tasks/${publicTask}`));
    for (const name of ['immediate', 'never', 'member', 'memberoff', 'weekly']) {
      assert.equal((await mail(helpers[name]!, 'task_digest')).length, 0, name);
    }

    // The next day has nothing new: no digest.
    clock.advance(DAY_MS);
    await runDue(['digests']);
    assert.equal((await mail(helpers.daily!, 'task_digest')).length, 1);

    const monday = periodStart(new Date(t0 + 7 * DAY_MS), 'weekly');
    clock.set(monday.getTime() + 60_000);
    await runDue(['digests']);
    await runDue(['digests']);
    const weekly = await mail(helpers.weekly!, 'task_digest');
    assert.equal(weekly.length, 1);
    assert.match(weekly[0]!.subject, /Viikon/);
    assert.equal(weekly[0]!.textBody.split(`/tasks/${publicTask}`).length - 1, 1);
    assert.equal((await mail(helpers.daily!, 'task_digest')).length, 1, 'listed once, ever');
  });

  test('one click unsubscribes from exactly that kind, without signing in', async () => {
    const [alert] = await mail(helpers.immediate!, 'task_alert');
    const url = alert!.listUnsubscribe!;
    assert.ok(url.startsWith(`${server.baseUrl}/unsubscribe/`));
    assert.ok(alert!.textBody.includes(url), 'the footer links to it too');

    // Opening the link shows a page and changes nothing (link scanners open links).
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<form method="post">/);
    let me = await get(server, '/me', { token: helpers.immediate!.token });
    assert.equal(me.body.alerts.newTasks, 'immediate');

    // A forged or altered token does nothing.
    const forged = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const refused = await fetch(forged, { method: 'POST' });
    assert.equal(refused.status, 404);

    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(res.status, 200);
    me = await get(server, '/me', { token: helpers.immediate!.token });
    assert.equal(me.body.alerts.newTasks, 'never');
    assert.equal(me.body.alerts.groupTasks, 'immediate', 'other kinds stay as they were');

    await postTask({ title: 'Toinen julkinen tehtävä' });
    clock.set(Date.now());
    await runDue(['task-alerts']);
    assert.equal((await mail(helpers.immediate!, 'task_alert')).length, 1);

    // A group member's link turns off group alerts only, for an address without an account too.
    const [groupMail] = await mail('no-account@example.fi', 'group_task_posted');
    assert.equal((await fetch(groupMail!.listUnsubscribe!, { method: 'POST' })).status, 200);
    await postTask({ title: 'Toinen ryhmätehtävä', groupCode, remote: true });
    assert.equal((await mail('no-account@example.fi', 'group_task_posted')).length, 1);
    assert.equal((await mail(helpers.member!, 'group_task_posted')).length, 2);
  });

  test('an alert carries the RFC 8058 headers when sent', async () => {
    await server.deps.mailer.flush();
    const files = fs.readdirSync(server.config.mailDir);
    const [alert] = await mail(helpers.immediate!, 'task_alert');
    const file = files.find((f) => Number(f.replace('.eml', '')) === alert!.id)!;
    // Long headers are folded (RFC 5322): unfold before reading them.
    const raw = fs
      .readFileSync(path.join(server.config.mailDir, file), 'utf8')
      .replace(/\r\n[ \t]+/g, ' ');
    assert.match(raw, new RegExp(`List-Unsubscribe: <${alert!.listUnsubscribe}>`));
    assert.match(raw, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    // Mail that is no alert (the sign-in code) has none.
    const [code] = await mail(helpers.immediate!, 'sign_in_code');
    const codeFile = files.find((f) => Number(f.replace('.eml', '')) === code!.id)!;
    assert.doesNotMatch(
      fs.readFileSync(path.join(server.config.mailDir, codeFile), 'utf8'),
      /List-Unsubscribe/,
    );
  });
});

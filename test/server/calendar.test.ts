import ICAL from 'ical.js';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Membership, Organisation } from '../../server/db/models/index.ts';
import { del, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

/**
 * The structure RFC 5545 asks of every feed, checked line by line: CRLF line ends, content lines
 * of at most 75 octets folded with a leading space, balanced BEGIN/END, the properties each
 * VEVENT must have once, UTC date-times. A parser library (ical.js) checks it too,
 * below.
 */
function checkRfc5545(body: string): { events: Record<string, string>[] } {
  assert.ok(body.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(body), 'every line ends in CRLF');
  const physical = body.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `longer than 75 octets: ${line}`);
  }
  const lines = body
    .replace(/\r\n[ \t]/g, '')
    .slice(0, -2)
    .split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  assert.ok(lines.some((l) => l.startsWith('PRODID:')));
  const stack: string[] = [];
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    const m = /^([A-Z][A-Z0-9-]*)(;[^:]*)?:(.*)$/.exec(line);
    assert.ok(m, `not a content line: ${line}`);
    const [, name, , value] = m as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = {};
    } else if (name === 'END') {
      assert.equal(stack.pop(), value, 'BEGIN and END match');
      if (value === 'VEVENT') {
        for (const required of ['UID', 'DTSTAMP', 'DTSTART']) {
          assert.ok(current![required], `a VEVENT without ${required}`);
        }
        events.push(current!);
        current = null;
      }
    } else if (current) {
      assert.ok(!(name in current), `${name} twice in one VEVENT`);
      current[name] = value;
      if (['DTSTAMP', 'DTSTART', 'DTEND', 'LAST-MODIFIED'].includes(name)) {
        assert.match(value, /^\d{8}T\d{6}Z$/, `${name} is a UTC date-time`);
      }
    }
  }
  assert.equal(stack.length, 0);
  return { events };
}

describe(`calendar feed (${dialectName})`, () => {
  let server: TestServer;
  let org: Organisation;
  let requester: SignedIn;
  let helper: SignedIn;
  let outsider: SignedIn;
  const start = new Date(Date.UTC(2026, 11, 3, 8, 0, 0));
  const tasks: Record<string, number> = {};

  async function postTask(name: string, body: Record<string, unknown>) {
    const res = await post(server, '/tasks', {
      token: requester.token,
      body: {
        organisationId: org.id,
        category: 'viestinta',
        title: name,
        details: 'Rivi yksi\nRivi kaksi; pilkku, kenoviiva \\',
        remote: true,
        estimatedHours: 2,
        ...body,
      },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    tasks[name] = res.body.id;
    return res.body.id as number;
  }

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000, codesPerEmailPerHour: 100 });
    org = await Organisation.create({ name: 'Kalenteri ry', kind: 'association' });
    requester = await signIn(server, 'cal-requester@example.fi', { name: 'Kaija' });
    helper = await signIn(server, 'cal-helper@example.fi', { name: 'Heikki' });
    outsider = await signIn(server, 'cal-outsider@example.fi');
    await Membership.create({ organisationId: org.id, userId: requester.id, role: 'admin' });
    const assigned = await postTask(
      'Vuosikokouksen pöytäkirja – äöå ja pitkä otsikko joka taittuu monelle riville kalenterissa',
      {
        schedule: {
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
        },
      },
    );
    const app = await post(server, `/tasks/${assigned}/applications`, {
      token: helper.token,
      body: { message: 'Autan' },
    });
    await post(server, `/tasks/${assigned}/applications/${app.body.id}/select`, {
      token: requester.token,
    });
    await postTask('Avoin tehtävä', { schedule: { startsAt: start.toISOString() } });
    await postTask('Ilman tarkkaa aikaa', { schedule: { text: 'ensi viikolla' } });
  });
  after(() => server.close());

  test('a feed address is made, shown once, revoked, and never the bearer token', async () => {
    const none = await get(server, '/me/calendar', { token: helper.token });
    assert.deepEqual(none.body, { url: null, active: false });
    const made = await post(server, '/me/calendar', { token: helper.token });
    assert.equal(made.status, 201);
    assert.ok(made.body.url.startsWith(`${server.baseUrl}/calendar/cal_`));
    assert.ok(!made.body.url.includes(helper.token));
    assert.deepEqual((await get(server, '/me/calendar', { token: helper.token })).body, {
      url: null,
      active: true,
    });
    assert.equal((await fetch(made.body.url)).status, 200);
    // A new address stops the old one; revoking stops the new one.
    const again = await post(server, '/me/calendar', { token: helper.token });
    assert.equal((await fetch(made.body.url)).status, 404);
    assert.equal((await fetch(again.body.url)).status, 200);
    assert.equal((await del(server, '/me/calendar', { token: helper.token })).status, 204);
    assert.equal((await fetch(again.body.url)).status, 404);
    assert.equal((await fetch(`${server.baseUrl}/calendar/cal_guess.ics`)).status, 404);
  });

  test("a helper's feed has their assignment; the organisation's has its scheduled tasks", async () => {
    const helperFeed = await (await post(server, '/me/calendar', { token: helper.token })).body.url;
    const res = await fetch(helperFeed);
    assert.match(res.headers.get('content-type')!, /^text\/calendar/);
    const helperCal = checkRfc5545(await res.text());
    assert.deepEqual(
      helperCal.events.map((e) => e.UID),
      [
        `task-${tasks['Vuosikokouksen pöytäkirja – äöå ja pitkä otsikko joka taittuu monelle riville kalenterissa']}@127.0.0.1`,
      ],
    );
    const [event] = helperCal.events;
    assert.equal(event!.DTSTART, '20261203T080000Z');
    assert.equal(event!.DTEND, '20261203T110000Z');
    assert.equal(event!.STATUS, 'CONFIRMED');
    assert.match(event!.DESCRIPTION!, /Rivi yksi\\nRivi kaksi\\; pilkku\\, kenoviiva \\\\/);

    const orgFeed = (await post(server, '/me/calendar', { token: requester.token })).body.url;
    const orgCal = checkRfc5545(await (await fetch(orgFeed)).text());
    const titles = orgCal.events.map((e) => e.SUMMARY);
    assert.equal(orgCal.events.length, 2, 'the task with a text schedule has no event');
    assert.ok(titles.includes('Avoin tehtävä'));
    const open = orgCal.events.find((e) => e.SUMMARY === 'Avoin tehtävä')!;
    assert.equal(open.DTEND, '20261203T100000Z', 'no end: the start plus the estimated hours');
    assert.equal(open.STATUS, 'TENTATIVE');

    const outsiderFeed = (await post(server, '/me/calendar', { token: outsider.token })).body.url;
    assert.equal(checkRfc5545(await (await fetch(outsiderFeed)).text()).events.length, 0);
  });

  test('the feed parses with ical.js, every event with its times', async () => {
    const url = (await post(server, '/me/calendar', { token: requester.token })).body.url;
    const component = new ICAL.Component(ICAL.parse(await (await fetch(url)).text()));
    assert.equal(component.name, 'vcalendar');
    assert.equal(component.getFirstPropertyValue('version'), '2.0');
    const events = component.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    assert.equal(events.length, 2);
    for (const event of events) {
      assert.ok(event.uid, 'every event has a UID');
      assert.ok(event.summary, 'every event has a summary');
      assert.ok(event.startDate.compare(event.endDate) < 0, 'every event ends after it starts');
      assert.equal(event.startDate.zone?.tzid, 'UTC');
    }
  });
});

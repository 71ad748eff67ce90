import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  Affiliation,
  Application,
  Group,
  Membership,
  Organisation,
  Task,
  User,
} from '../../server/db/models/index.ts';
import type { TaskStatus } from '../../server/db/models/task.ts';
import { lookupPlace } from '../../server/services/places.ts';
import { errorCode, get, signIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

interface Row {
  category: string;
  region: string | null;
  tasks: number;
  open: number;
  completed: number;
  estimatedHours: number;
  actualHours: number;
}

const day = (d: string) => new Date(`${d}T12:00:00Z`);

describe(`the needs report (${dialectName})`, () => {
  let server: TestServer;
  let requester: User;
  let helpers: User[];
  let umbrella: Organisation;
  let local: Organisation;
  let outsiderOrg: Organisation;
  let otherUmbrella: Organisation;

  /** Tasks straight into the database, in the states the report counts (and those it skips). */
  async function task(
    org: Organisation,
    fields: {
      category: string;
      status: TaskStatus;
      hours: number;
      postalCode?: string | null;
      published?: string | null;
      approved?: number[];
      title?: string;
    },
  ): Promise<Task> {
    const place = fields.postalCode ? lookupPlace(fields.postalCode) : null;
    const published = fields.published === undefined ? '2024-03-01' : fields.published;
    const t = await Task.create({
      organisationId: org.id,
      createdById: requester.id,
      status: fields.status,
      category: fields.category,
      title: fields.title ?? 'Salainen tehtävä, jota raportti ei nimeä',
      details: '',
      remote: !place,
      postalCode: place?.postalCode ?? null,
      municipalityCode: place?.municipality.code ?? null,
      regionCode: place?.region.code ?? null,
      estimatedHours: fields.hours,
      helpersWanted: Math.max(1, fields.approved?.length ?? 1),
      publishedAt: published ? day(published) : null,
    });
    for (const [i, actual] of (fields.approved ?? []).entries()) {
      await Application.create({
        taskId: t.id,
        userId: helpers[i]!.id,
        message: 'Autan mielelläni',
        status: 'selected',
        selectedAt: new Date(),
        doneAt: new Date(),
        approvedAt: new Date(),
        actualHours: actual,
      });
    }
    return t;
  }

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    const ids = [];
    for (const email of ['tilaaja@example.fi', 'h1@example.fi', 'h2@example.fi']) {
      ids.push((await signIn(server, email)).id);
    }
    requester = (await User.findByPk(ids[0]))!;
    helpers = [(await User.findByPk(ids[1]))!, (await User.findByPk(ids[2]))!];
    umbrella = await Organisation.create({ name: 'SOSTE', kind: 'umbrella' });
    local = await Organisation.create({ name: 'Paikallisosasto ry', kind: 'association' });
    outsiderOrg = await Organisation.create({ name: 'Muu yhdistys ry', kind: 'association' });
    otherUmbrella = await Organisation.create({ name: 'Toinen liitto', kind: 'umbrella' });
    await Affiliation.create({ umbrellaId: umbrella.id, memberId: local.id });
    await Affiliation.create({ umbrellaId: otherUmbrella.id, memberId: outsiderOrg.id });

    // Bookkeeping in Helsinki: one open, one completed with two approved helpers, one assigned
    // with one approved and one not yet approved assignment.
    await task(local, {
      category: 'kirjanpito-talous',
      status: 'open',
      hours: 3,
      postalCode: '00100',
    });
    await task(local, {
      category: 'kirjanpito-talous',
      status: 'completed',
      hours: 4,
      postalCode: '00100',
      approved: [2.5, 3],
    });
    const assigned = await task(umbrella, {
      category: 'kirjanpito-talous',
      status: 'assigned',
      hours: 2,
      postalCode: '00100',
      published: '2024-05-10',
      approved: [1.5],
    });
    await Application.create({
      taskId: assigned.id,
      userId: helpers[1]!.id,
      message: 'Minäkin',
      status: 'selected',
      selectedAt: new Date(),
      doneAt: new Date(),
      actualHours: 9,
    });
    // Bookkeeping in Tampere, from an organisation outside the umbrella.
    await task(outsiderOrg, {
      category: 'kirjanpito-talous',
      status: 'open',
      hours: 1.5,
      postalCode: '33100',
      published: '2024-06-01',
    });
    // Communications, remote (no postal code): no region.
    await task(local, { category: 'viestinta', status: 'open', hours: 1, published: '2024-01-15' });
    await task(outsiderOrg, {
      category: 'viestinta',
      status: 'cancelled',
      hours: 2,
      published: '2024-07-01',
    });
    // Not published: never counted.
    await task(local, {
      category: 'viestinta',
      status: 'pending_verification',
      hours: 10,
      published: null,
    });
  });
  after(() => server.close());

  const rowOf = (rows: Row[], category: string, region: string | null) =>
    rows.find((r) => r.category === category && r.region === region);

  it('counts published tasks by category and region, with estimated and approved hours', async () => {
    const res = await get(server, '/reports/needs');
    assert.equal(res.status, 200);
    const rows = res.body.rows as Row[];
    assert.deepEqual(
      rows.map((r) => [r.category, r.region]),
      [
        ['kirjanpito-talous', 'Helsinki-Uusimaa'],
        ['kirjanpito-talous', 'Pirkanmaa'],
        ['viestinta', null],
      ],
    );
    assert.deepEqual(rowOf(rows, 'kirjanpito-talous', 'Helsinki-Uusimaa'), {
      category: 'kirjanpito-talous',
      region: 'Helsinki-Uusimaa',
      tasks: 3,
      open: 1,
      completed: 1,
      estimatedHours: 9,
      // 2.5 + 3 + 1.5 approved; the 9 hours not yet approved do not count.
      actualHours: 7,
    });
    assert.deepEqual(rowOf(rows, 'kirjanpito-talous', 'Pirkanmaa'), {
      category: 'kirjanpito-talous',
      region: 'Pirkanmaa',
      tasks: 1,
      open: 1,
      completed: 0,
      estimatedHours: 1.5,
      actualHours: 0,
    });
    // The unverified 10-hour request is not in it; the cancelled one is (it was published).
    assert.deepEqual(rowOf(rows, 'viestinta', null), {
      category: 'viestinta',
      region: null,
      tasks: 2,
      open: 1,
      completed: 0,
      estimatedHours: 3,
      actualHours: 0,
    });
    assert.deepEqual(res.body.totals, { tasks: 6, estimatedHours: 13.5, actualHours: 7 });
    assert.equal(res.body.from, null);
    assert.equal(res.body.to, null);
  });

  it('is public and names no task or organisation', async () => {
    const res = await get(server, '/reports/needs');
    assert.equal(res.status, 200);
    const text = JSON.stringify(res.body);
    assert.ok(!text.includes('Salainen'));
    assert.ok(!text.includes('Paikallisosasto'));
    assert.ok(!/"id"/.test(text));
  });

  it('from and to limit by the day the task was published', async () => {
    const res = await get(
      server,
      '/reports/needs?from=2024-03-01T00:00:00Z&to=2024-05-31T23:59:59%2B03:00',
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.from, '2024-03-01T00:00:00.000Z');
    assert.equal(res.body.to, '2024-05-31T20:59:59.000Z');
    const rows = res.body.rows as Row[];
    assert.deepEqual(rows.length, 1);
    assert.equal(rows[0]!.tasks, 3);
    assert.equal(rows[0]!.actualHours, 7);
    const onlyFrom = await get(server, '/reports/needs?from=2024-06-01T00:00:00Z');
    assert.deepEqual(onlyFrom.body.totals, { tasks: 2, estimatedHours: 3.5, actualHours: 0 });
    const onlyTo = await get(server, '/reports/needs?to=2024-02-01T00:00:00Z');
    assert.deepEqual(onlyTo.body.totals, { tasks: 1, estimatedHours: 1, actualHours: 0 });
    const empty = await get(server, '/reports/needs?from=2030-01-01T00:00:00Z');
    assert.deepEqual(empty.body.rows, []);
    assert.deepEqual(empty.body.totals, { tasks: 0, estimatedHours: 0, actualHours: 0 });
  });

  it("umbrellaId limits it to the umbrella's member organisations and the umbrella itself", async () => {
    const res = await get(server, `/reports/needs?umbrellaId=${umbrella.id}`);
    assert.equal(res.status, 200);
    const rows = res.body.rows as Row[];
    assert.deepEqual(
      rows.map((r) => [r.category, r.region, r.tasks]),
      [
        ['kirjanpito-talous', 'Helsinki-Uusimaa', 3],
        ['viestinta', null, 1],
      ],
    );
    assert.deepEqual(res.body.totals, { tasks: 4, estimatedHours: 10, actualHours: 7 });
    const other = await get(server, `/reports/needs?umbrellaId=${otherUmbrella.id}`);
    assert.deepEqual(
      (other.body.rows as Row[]).map((r) => [r.category, r.region, r.tasks]),
      [
        ['kirjanpito-talous', 'Pirkanmaa', 1],
        ['viestinta', null, 1],
      ],
    );
    const both = await get(
      server,
      `/reports/needs?umbrellaId=${umbrella.id}&from=2024-05-01T00:00:00Z`,
    );
    assert.deepEqual(both.body.totals, { tasks: 1, estimatedHours: 2, actualHours: 1.5 });
  });

  it("never counts a group's task, however narrowly it is asked", async () => {
    const group = await Group.create({
      organisationId: local.id,
      name: 'Salainen ryhmä',
      code: 'SALAINEN',
      memberCap: 30,
    });
    const hidden = await task(local, {
      category: 'juridiikka',
      status: 'completed',
      hours: 7,
      postalCode: '00100',
      published: '2024-08-08',
      approved: [6.5],
    });
    await hidden.update({ groupId: group.id });
    const second = (iso: string) => encodeURIComponent(iso);
    for (const query of [
      '',
      `?from=${second('2024-08-08T12:00:00Z')}&to=${second('2024-08-08T12:00:00Z')}`,
      `?umbrellaId=${umbrella.id}`,
      `?umbrellaId=${umbrella.id}&from=${second('2024-08-01T00:00:00Z')}`,
    ]) {
      const res = await get(server, `/reports/needs${query}`);
      assert.equal(res.status, 200, query);
      const text = JSON.stringify(res.body);
      assert.ok(!text.includes('juridiikka'), `no trace of the group's task: ${query}`);
      assert.ok(!(res.body.totals.actualHours >= 13.5), query);
    }
    // The owning organisation's members see it in theirs.
    const insider = await signIn(server, 'jasen@paikallisosasto.example.fi');
    await Membership.create({ organisationId: local.id, userId: insider.id, role: 'member' });
    const own = await get(server, '/reports/needs', { token: insider.token });
    assert.ok(JSON.stringify(own.body).includes('juridiikka'), 'the organisation sees its own');
    await hidden.destroy();
    await group.destroy();
  });

  it('an unknown umbrella is 404', async () => {
    const res = await get(server, '/reports/needs?umbrellaId=987654');
    assert.equal(res.status, 404);
    assert.equal(errorCode(res), 'not_found');
  });

  it('bad query values are a 422 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['from=yesterday', 'from'],
      ['to=2024-13-01T00:00:00Z', 'to'],
      ['from=2024-01-01', 'from'],
      ['umbrellaId=abc', 'umbrellaId'],
      ['umbrellaId=0', 'umbrellaId'],
      ['umbrellaId=-3', 'umbrellaId'],
      ['from=2024-06-01T00:00:00Z&to=2024-01-01T00:00:00Z', 'to'],
    ];
    for (const [query, field] of cases) {
      const res = await get(server, `/reports/needs?${query}`);
      assert.equal(res.status, 422, query);
      assert.equal(errorCode(res), 'validation_failed');
      assert.ok(
        res.body.error.details.issues.some((i: { path: string }) => i.path === field),
        `${field} named for ${query}`,
      );
    }
  });
});

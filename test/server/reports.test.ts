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
import { secretKeyOf } from '../helpers/fixtures.ts';
import { errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const HOUR = 3_600_000;
/** 10 March 2024 12:00 Finnish time. */
const MARCH = Date.parse('2024-03-10T10:00:00Z');
const JANUARY = Date.parse('2024-01-15T10:00:00Z');

/** The body as sent, byte-order mark kept (`res.text()` drops it). */
async function bodyText(res: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

/** Splits one CSV line the way a spreadsheet would (RFC 4180 quoting). */
function parseCsv(text: string, sep: string): string[][] {
  assert.equal(text.charCodeAt(0), 0xfeff, 'starts with a byte-order mark');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r') continue;
    else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

describe(`the needs reports (${dialectName})`, () => {
  let server: TestServer;
  let requester: SignedIn;
  let helpers: User[];
  let helperTokens: string[];
  let umbrellaStaff: SignedIn;
  let umbrellaAdmin: SignedIn;
  let localMember: SignedIn;
  let outsider: SignedIn;
  let umbrellaKey: string;
  let localKey: string;
  let umbrella: Organisation;
  let local: Organisation;
  let otherOrg: Organisation;
  let company: Organisation;
  let otherUmbrella: Organisation;
  let groupTask: Task;

  async function task(
    org: Organisation,
    fields: {
      category: string;
      status: TaskStatus;
      hours: number;
      postalCode?: string | null;
      published?: number | null;
      groupId?: number;
      closed?: boolean;
      /** Applications: hours after publishing, the helper, and whether selected / approved. */
      applications?: { after: number; helper: number; selectedAfter?: number; approved?: number }[];
    },
  ): Promise<Task> {
    const place = fields.postalCode ? lookupPlace(fields.postalCode) : null;
    const published = fields.published === undefined ? MARCH : fields.published;
    const t = await Task.create({
      organisationId: org.id,
      createdById: requester.id,
      status: fields.status,
      category: fields.category,
      title: 'Salainen tehtävä, jota raportti ei nimeä',
      details: '',
      remote: !place,
      postalCode: place?.postalCode ?? null,
      municipalityCode: place?.municipality.code ?? null,
      regionCode: place?.region.code ?? null,
      estimatedHours: fields.hours,
      helpersWanted: 2,
      groupId: fields.groupId ?? null,
      publishedAt: published === null ? null : new Date(published),
      applicationsClosedAt: fields.closed ? new Date(MARCH + 100 * HOUR) : null,
    });
    for (const a of fields.applications ?? []) {
      const app = await Application.create({
        taskId: t.id,
        userId: helpers[a.helper]!.id,
        message: 'Autan mielelläni',
        status: a.selectedAfter === undefined ? 'pending' : 'selected',
        selectedAt:
          a.selectedAfter === undefined ? null : new Date(published! + a.selectedAfter * HOUR),
        approvedAt: a.approved === undefined ? null : new Date(),
        actualHours: a.approved ?? (a.selectedAfter === undefined ? null : 9),
      });
      await server.db.sequelize.query('UPDATE applications SET created_at = ? WHERE id = ?', {
        replacements: [new Date(published! + a.after * HOUR), app.id],
      });
    }
    return t;
  }

  before(async () => {
    server = await startTestServer({
      codesPerIpPerHour: 100_000,
      hourlyValue: { amount: 30, currency: 'EUR' },
    });
    requester = await signIn(server, 'tilaaja@example.fi');
    const h: SignedIn[] = [];
    for (const [i, type] of ['student', 'pro_bono', 'ngo_staff'].entries()) {
      h.push(await signIn(server, `h${i}@example.fi`, { helperType: type }));
    }
    helpers = await Promise.all(h.map(async (x) => (await User.findByPk(x.id))!));
    helperTokens = h.map((x) => x.token);
    umbrellaStaff = await signIn(server, 'liitto@example.fi');
    umbrellaAdmin = await signIn(server, 'liitto-admin@example.fi');
    localMember = await signIn(server, 'jasen@example.fi');
    outsider = await signIn(server, 'ulkopuolinen@example.fi');

    umbrella = await Organisation.create({ name: 'SOSTE', kind: 'umbrella' });
    local = await Organisation.create({ name: 'Paikallisosasto ry', kind: 'association' });
    otherOrg = await Organisation.create({ name: 'Muu yhdistys ry', kind: 'association' });
    company = await Organisation.create({ name: 'Tilitoimisto Oy', kind: 'company' });
    otherUmbrella = await Organisation.create({ name: 'Toinen liitto', kind: 'umbrella' });
    await Affiliation.create({ umbrellaId: umbrella.id, memberId: local.id });
    await Affiliation.create({ umbrellaId: otherUmbrella.id, memberId: otherOrg.id });
    await Membership.create({
      organisationId: umbrella.id,
      userId: umbrellaStaff.id,
      role: 'member',
    });
    await Membership.create({
      organisationId: umbrella.id,
      userId: umbrellaAdmin.id,
      role: 'admin',
    });
    await Membership.create({ organisationId: local.id, userId: localMember.id, role: 'admin' });
    umbrellaKey = await secretKeyOf(umbrella, umbrellaAdmin);
    localKey = await secretKeyOf(local, localMember);

    // Bookkeeping in Helsinki, March, the local association: four tasks (a base cell of 4).
    await task(local, {
      category: 'kirjanpito-talous',
      status: 'open',
      hours: 3,
      postalCode: '00100',
      applications: [{ after: 2, helper: 0 }],
    });
    await task(local, {
      category: 'kirjanpito-talous',
      status: 'completed',
      hours: 4,
      postalCode: '00100',
      applications: [
        { after: 1, helper: 0, selectedAfter: 5, approved: 2.5 },
        { after: 3, helper: 1, selectedAfter: 6, approved: 3 },
      ],
    });
    await task(local, {
      category: 'kirjanpito-talous',
      status: 'assigned',
      hours: 2,
      postalCode: '00100',
      applications: [
        { after: 4, helper: 1, selectedAfter: 10, approved: 1.5 },
        // Selected, 9 hours reported, not approved: not in the actual hours.
        { after: 6, helper: 2, selectedAfter: 12 },
      ],
    });
    await task(local, {
      category: 'kirjanpito-talous',
      status: 'cancelled',
      hours: 1,
      postalCode: '00100',
    });
    // The same cell, but a company: a base cell of 1, suppressed.
    await task(company, {
      category: 'kirjanpito-talous',
      status: 'open',
      hours: 7,
      postalCode: '00100',
    });
    // Bookkeeping in Tampere: a base cell of 1, suppressed.
    await task(otherOrg, {
      category: 'kirjanpito-talous',
      status: 'open',
      hours: 1.5,
      postalCode: '33100',
    });
    // Communications, remote, January: three tasks of two associations.
    await task(local, {
      category: 'viestinta',
      status: 'open',
      hours: 1,
      published: JANUARY,
      applications: [{ after: 8, helper: 2 }],
    });
    await task(otherOrg, {
      category: 'viestinta',
      status: 'cancelled',
      hours: 2,
      published: JANUARY,
      closed: true,
    });
    await task(otherOrg, { category: 'viestinta', status: 'open', hours: 0.5, published: JANUARY });
    // Its time ran out with no one applying.
    await task(otherOrg, {
      category: 'viestinta',
      status: 'expired',
      hours: 0.5,
      published: JANUARY,
    });
    // Never counted: not published.
    await task(local, {
      category: 'viestinta',
      status: 'pending_verification',
      hours: 10,
      published: null,
    });
    // Never counted anywhere: a task for the local association's group only, in the busiest cell.
    const group = await Group.create({
      organisationId: local.id,
      name: 'Hallitus',
      code: 'HALLITUS1',
      memberCap: 10,
      createdById: localMember.id,
    });
    groupTask = await task(local, {
      category: 'kirjanpito-talous',
      status: 'completed',
      hours: 100,
      postalCode: '00100',
      groupId: group.id,
      applications: [{ after: 0.5, helper: 0, selectedAfter: 0.5, approved: 50 }],
    });
  });
  after(() => server.close());

  const helsinkiBookkeeping = {
    posted: 4,
    open: 1,
    filled: 2,
    completed: 1,
    cancelled: 1,
    expired: 0,
    closedWithoutApplicant: 1,
    // First applications after 2, 1 and 4 hours; first selections after 5 and 10.
    firstApplicationMedianHours: 2,
    firstApplicationP90Hours: 3.6,
    firstSelectionMedianHours: 7.5,
    firstSelectionP90Hours: 9.5,
    estimatedHours: 10,
    actualHours: 7,
    organisations: 1,
    helpers: 3,
  };
  const remoteCommunications = {
    posted: 4,
    open: 2,
    filled: 0,
    completed: 0,
    cancelled: 1,
    expired: 1,
    // The cancelled one and the expired one.
    closedWithoutApplicant: 2,
    firstApplicationMedianHours: 8,
    firstApplicationP90Hours: 8,
    firstSelectionMedianHours: null,
    firstSelectionP90Hours: null,
    estimatedHours: 4,
    actualHours: 0,
    organisations: 2,
    helpers: 0,
  };
  const publicTotals = {
    posted: 8,
    open: 3,
    filled: 2,
    completed: 1,
    cancelled: 2,
    expired: 1,
    closedWithoutApplicant: 3,
    // 1, 2, 4, 8
    firstApplicationMedianHours: 3,
    firstApplicationP90Hours: 6.8,
    firstSelectionMedianHours: 7.5,
    firstSelectionP90Hours: 9.5,
    estimatedHours: 14,
    actualHours: 7,
    organisations: 2,
    helpers: 3,
  };

  it('v2 counts every measure by category and region, suppressing cells under 3 tasks', async () => {
    const res = await get(server, '/reports/needs/v2');
    assert.equal(res.status, 200);
    assert.equal(res.body.scope, 'public');
    assert.equal(res.body.suppressBelow, 3);
    assert.deepEqual(res.body.groupBy, ['category', 'region']);
    assert.deepEqual(res.body.rows, [
      {
        key: { category: 'kirjanpito-talous', region: 'Helsinki-Uusimaa', regionCode: 'FI1B1' },
        suppressed: false,
        measures: helsinkiBookkeeping,
      },
      {
        key: { category: 'kirjanpito-talous', region: 'Pirkanmaa', regionCode: 'FI197' },
        suppressed: true,
        measures: null,
      },
      {
        key: { category: 'viestinta', region: null, regionCode: null },
        suppressed: false,
        measures: remoteCommunications,
      },
    ]);
    // The totals leave out the suppressed tasks too (the company's 7 h, Tampere's 1.5 h).
    assert.deepEqual(res.body.totals, publicTotals);
    assert.equal(res.body.suppressed, 1);
  });

  it('the suppression is on base cells, so no grouping or filter gives a suppressed task back', async () => {
    // No grouping at all: the same totals, not 9 tasks.
    const one = await get(server, '/reports/needs/v2?groupBy=');
    assert.deepEqual(one.body.rows, [{ key: {}, suppressed: false, measures: publicTotals }]);
    // By organisation kind: the company's single task stays out.
    const kinds = await get(server, '/reports/needs/v2?groupBy=organisationKind');
    assert.deepEqual(
      kinds.body.rows.map(
        (r: { key: object; suppressed: boolean; measures: { posted: number } | null }) => [
          r.key,
          r.suppressed,
          r.measures?.posted ?? null,
        ],
      ),
      [
        [{ organisationKind: 'association' }, false, 8],
        [{ organisationKind: 'company' }, true, null],
      ],
    );
    // Narrowing to one category and region: still only whole base cells.
    const tampere = await get(
      server,
      '/reports/needs/v2?category=kirjanpito-talous&region=Pirkanmaa',
    );
    assert.equal(tampere.body.totals.posted, 0);
    assert.deepEqual(
      tampere.body.rows.map((r: { suppressed: boolean }) => r.suppressed),
      [true],
    );
  });

  it('the public report covers whole Finnish months: a one-second period is its month', async () => {
    const res = await get(
      server,
      '/reports/needs/v2?from=2024-03-10T10:00:00Z&to=2024-03-10T10:00:01Z&groupBy=month',
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.from, '2024-02-29T22:00:00.000Z');
    assert.equal(res.body.to, '2024-03-31T21:59:59.999Z');
    assert.deepEqual(
      res.body.rows.map((r: { key: object }) => r.key),
      [{ month: '2024-03' }],
    );
    assert.equal(res.body.totals.posted, 4);
  });

  it('finer dimensions and umbrellaId are for the umbrella’s own staff', async () => {
    for (const groupBy of ['municipality', 'week', 'helperType', 'organisation']) {
      const res = await get(server, `/reports/needs/v2?groupBy=${groupBy}`);
      assert.equal(res.status, 403, groupBy);
      assert.equal(errorCode(res), 'forbidden');
    }
  });

  it('umbrella staff see their members by organisation, every dimension, no suppression', async () => {
    const res = await get(
      server,
      `/reports/needs/v2?umbrellaId=${umbrella.id}&groupBy=organisation,helperType`,
      { token: umbrellaStaff.token },
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.scope, 'umbrella');
    assert.equal(res.body.suppressBelow, null);
    assert.equal(res.body.suppressed, 0);
    assert.deepEqual(
      res.body.rows.map((r: { key: object; measures: { posted: number; actualHours: number } }) => [
        r.key,
        r.measures.posted,
        r.measures.actualHours,
      ]),
      [
        [
          { organisation: { id: local.id, name: 'Paikallisosasto ry' }, helperType: 'pro_bono' },
          1,
          1.5,
        ],
        [
          { organisation: { id: local.id, name: 'Paikallisosasto ry' }, helperType: 'student' },
          1,
          5.5,
        ],
        [{ organisation: { id: local.id, name: 'Paikallisosasto ry' }, helperType: null }, 3, 0],
      ],
    );
    // The group-only task is not theirs to see either.
    assert.equal(res.body.totals.posted, 5);
    assert.equal(res.body.totals.estimatedHours, 11);
    const weeks = await get(
      server,
      `/reports/needs/v2?umbrellaId=${umbrella.id}&groupBy=week,municipality`,
      {
        token: umbrellaAdmin.token,
      },
    );
    assert.deepEqual(
      weeks.body.rows.map((r: { key: object; measures: { posted: number } }) => [
        r.key,
        r.measures.posted,
      ]),
      [
        [{ week: '2024-W03', municipality: null, municipalityCode: null }, 1],
        [{ week: '2024-W10', municipality: 'Helsinki', municipalityCode: '091' }, 4],
      ],
    );
  });

  it('who may use umbrellaId: the umbrella’s members, admins and secret key only', async () => {
    const actors: [string, Record<string, string>, number][] = [
      ['anonymous', {}, 403],
      ['outsider', { authorization: `Bearer ${outsider.token}` }, 403],
      ['member of a member organisation', { authorization: `Bearer ${localMember.token}` }, 403],
      ['secret key of a member organisation', { authorization: `Bearer ${localKey}` }, 403],
      ['requester', { authorization: `Bearer ${requester.token}` }, 403],
      ['umbrella member', { authorization: `Bearer ${umbrellaStaff.token}` }, 200],
      ['umbrella admin', { authorization: `Bearer ${umbrellaAdmin.token}` }, 200],
      ['umbrella secret key', { authorization: `Bearer ${umbrellaKey}` }, 200],
    ];
    for (const path of ['/reports/needs', '/reports/needs/v2']) {
      for (const [who, headers, status] of actors) {
        const own = await get(server, `${path}?umbrellaId=${umbrella.id}`, { headers });
        assert.equal(own.status, status, `${who} ${path}`);
        if (status !== 200) assert.equal(errorCode(own), 'forbidden');
        // Another umbrella, or an organisation that is no umbrella: never.
        const other = await get(server, `${path}?umbrellaId=${otherUmbrella.id}`, { headers });
        assert.equal(other.status, 403, `${who} ${path} other umbrella`);
        const notUmbrella = await get(server, `${path}?umbrellaId=${local.id}`, { headers });
        assert.equal(notUmbrella.status, 404, `${who} ${path} not an umbrella`);
        // Without umbrellaId everyone gets the same public aggregates.
        const open = await get(server, path, { headers });
        assert.equal(open.status, 200);
        if (path.endsWith('v2')) assert.deepEqual(open.body.totals, publicTotals);
      }
    }
  });

  it('an outsider learns nothing of a group-only task by any filter', async () => {
    const paths: string[] = [];
    const dims = [
      '',
      'category',
      'region',
      'month',
      'organisationKind',
      'category,region,month,organisationKind',
    ];
    const periods = [
      '',
      '&from=2024-03-10T10:00:00Z&to=2024-03-10T10:00:01Z',
      '&from=2024-03-01T00:00:00Z',
      '&to=2024-01-31T00:00:00Z',
    ];
    const filters = [
      '',
      '&category=kirjanpito-talous',
      '&region=Helsinki-Uusimaa',
      '&category=viestinta&region=Pirkanmaa',
    ];
    for (const d of dims)
      for (const p of periods)
        for (const f of filters) paths.push(`/reports/needs/v2?groupBy=${d}${p}${f}`);
    paths.push(
      '/reports/needs',
      '/reports/needs?from=2024-03-10T10:00:00Z&to=2024-03-10T10:00:01Z',
    );
    const answers = async () => {
      const out: string[] = [];
      for (const p of paths) {
        const res = await get(server, p, { token: outsider.token });
        if (res.body?.error) delete res.body.error.requestId;
        out.push(`${res.status} ${JSON.stringify(res.body)}`);
      }
      return out;
    };
    const before = await answers();
    // Move the group task around: category, state, hours, month. Nothing an outsider reads changes.
    for (const change of [
      { category: 'viestinta', regionCode: null },
      { status: 'cancelled' as const },
      { estimatedHours: 3 },
      { publishedAt: new Date(JANUARY) },
    ]) {
      await Task.update(change, { where: { id: groupTask.id } });
      assert.deepEqual(await answers(), before, JSON.stringify(change));
    }
    // And with it gone altogether.
    await Task.update({ status: 'pending_verification' }, { where: { id: groupTask.id } });
    assert.deepEqual(await answers(), before);
  });

  it('CSV in Finnish: BOM, semicolons, decimal comma, and it parses back to the same numbers', async () => {
    const json = await get(server, '/reports/needs/v2');
    const res = await fetch(`${server.api}/reports/needs/v2`, { headers: { accept: 'text/csv' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    const rows = parseCsv(await bodyText(res), ';');
    const header = rows[0]!;
    assert.deepEqual(header.slice(0, 4), ['category', 'regionCode', 'region', 'suppressed']);
    const num = (s: string) => (s === '' ? null : Number(s.replace(',', '.')));
    const measures = header.slice(4);
    const back = rows.slice(1, -1).map((r) => ({
      key: { category: r[0], region: r[2] || null, regionCode: r[1] || null },
      suppressed: r[3] === 'true',
      measures:
        r[3] === 'true' ? null : Object.fromEntries(measures.map((m, i) => [m, num(r[4 + i]!)])),
    }));
    assert.deepEqual(back, json.body.rows);
    const total = rows.at(-1)!;
    assert.equal(total[0], 'total');
    assert.deepEqual(
      Object.fromEntries(measures.map((m, i) => [m, num(total[4 + i]!)])),
      json.body.totals,
    );
    assert.ok(
      rows.some((r) => r.includes('3,6')),
      'decimal comma',
    );
  });

  it('CSV in English by format=csv&lang=en uses commas and points', async () => {
    const res = await fetch(`${server.api}/reports/needs/v2?format=csv&lang=en&groupBy=category`);
    const rows = parseCsv(await bodyText(res), ',');
    assert.deepEqual(rows[1]!.slice(0, 3), ['kirjanpito-talous', 'false', '4']);
    assert.ok(rows[1]!.includes('3.6'));
  });

  it('v1 keeps its shape and gains fields: suppressed rows left out and counted, totals over the rows shown', async () => {
    const res = await get(server, '/reports/needs');
    assert.equal(res.status, 200);
    const helsinki = {
      category: 'kirjanpito-talous',
      region: 'Helsinki-Uusimaa',
      tasks: 4,
      open: 1,
      completed: 1,
      estimatedHours: 10,
      actualHours: 7,
      filled: 2,
      cancelled: 1,
      expired: 0,
      organisations: 1,
      firstApplicationMedianHours: 2,
      firstApplicationP90Hours: 3.6,
      firstSelectionMedianHours: 7.5,
      firstSelectionP90Hours: 9.5,
    };
    assert.deepEqual(res.body.rows, [
      helsinki,
      {
        category: 'viestinta',
        region: null,
        tasks: 4,
        open: 2,
        completed: 0,
        estimatedHours: 4,
        actualHours: 0,
        filled: 0,
        cancelled: 1,
        expired: 1,
        organisations: 2,
        firstApplicationMedianHours: 8,
        firstApplicationP90Hours: 8,
        firstSelectionMedianHours: null,
        firstSelectionP90Hours: null,
      },
    ]);
    // Tampere's single task and the company's are out, and so are they from the totals.
    assert.equal(res.body.suppressed, 1);
    assert.deepEqual(res.body.totals, { tasks: 8, estimatedHours: 14, actualHours: 7 });
    const text = JSON.stringify(res.body);
    assert.ok(!text.includes('Salainen') && !text.includes('Paikallisosasto'));

    // The umbrella's own member sees its members' small cells too, exactly.
    const own = await get(server, `/reports/needs?umbrellaId=${umbrella.id}`, {
      token: umbrellaStaff.token,
    });
    assert.equal(own.status, 200);
    assert.equal(own.body.suppressed, 0);
    assert.deepEqual(own.body.rows, [
      helsinki,
      {
        category: 'viestinta',
        region: null,
        tasks: 1,
        open: 1,
        completed: 0,
        estimatedHours: 1,
        actualHours: 0,
        filled: 0,
        cancelled: 0,
        expired: 0,
        organisations: 1,
        firstApplicationMedianHours: 8,
        firstApplicationP90Hours: 8,
        firstSelectionMedianHours: null,
        firstSelectionP90Hours: null,
      },
    ]);
    assert.deepEqual(own.body.totals, { tasks: 5, estimatedHours: 11, actualHours: 7 });
  });

  it('v1 and v2 suppress the same rows: v1 leaves out exactly the rows v2 marks, and counts them', async () => {
    // One rule for both versions: a row v2 shows as suppressed is absent from v1 and counted in
    // its `suppressed`; every row v2 shows with figures is in v1 with the same figures.
    const queries: [string, string | undefined][] = [
      ['', undefined],
      ['from=2024-03-10T10:00:00Z&to=2024-03-10T10:00:01Z', undefined],
      ['to=2024-01-31T00:00:00Z', outsider.token],
      ['from=2024-02-01T00:00:00Z', umbrellaKey],
      [`umbrellaId=${umbrella.id}`, umbrellaStaff.token],
    ];
    for (const [query, token] of queries) {
      const v1 = await get(server, `/reports/needs?${query}`, { token });
      const v2 = await get(server, `/reports/needs/v2?${query}&groupBy=category,region`, { token });
      assert.equal(v1.status, 200, query);
      assert.equal(v2.status, 200, query);
      type V2Row = {
        key: { category: string; region: string | null };
        suppressed: boolean;
        measures: { posted: number; actualHours: number; filled: number } | null;
      };
      const rows: V2Row[] = v2.body.rows;
      assert.deepEqual(
        v1.body.rows.map((r: { category: string; region: string | null; tasks: number }) => [
          r.category,
          r.region,
          r.tasks,
        ]),
        rows
          .filter((r) => !r.suppressed)
          .map((r) => [r.key.category, r.key.region, r.measures!.posted]),
        query,
      );
      assert.equal(v1.body.suppressed, v2.body.suppressed, query);
      assert.equal(v1.body.suppressed, rows.filter((r) => r.suppressed).length, query);
      assert.ok(
        rows.every((r) => (r.suppressed ? r.measures === null : r.measures !== null)),
        'a suppressed row has no figures, not zeros',
      );
      assert.deepEqual(
        v1.body.totals,
        {
          tasks: v2.body.totals.posted,
          estimatedHours: v2.body.totals.estimatedHours,
          actualHours: v2.body.totals.actualHours,
        },
        query,
      );
    }
  });

  it("an umbrella's publishable key on its own site reads the public aggregates, suppressed the same, never its members' breakdown", async () => {
    const site = 'https://liitto.example.fi';
    const created = await post(server, `/organisations/${umbrella.id}/api-keys`, {
      token: umbrellaAdmin.token,
      body: { kind: 'publishable', name: 'Liiton sivut', allowedOrigins: [site] },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const key = created.body.key as string;
    const fromSite = { headers: { 'x-publishable-key': key, origin: site } };

    const anonymous = await get(server, '/reports/needs/v2?groupBy=category,region');
    const embedded = await get(server, '/reports/needs/v2?groupBy=category,region', fromSite);
    assert.equal(embedded.status, 200);
    assert.equal(embedded.headers.get('access-control-allow-origin'), site);
    assert.equal(embedded.body.scope, 'public');
    assert.deepEqual(embedded.body, anonymous.body);
    assert.deepEqual(embedded.body.totals, publicTotals);
    assert.equal(embedded.body.suppressed, 1);
    const v1 = await get(server, '/reports/needs', fromSite);
    assert.equal(v1.status, 200);
    assert.deepEqual(v1.body, (await get(server, '/reports/needs')).body);

    // The CSV a visitor downloads from the umbrella's site: the same figures, in Swedish form.
    const csv = await fetch(`${server.api}/reports/needs/v2?format=csv&lang=sv`, fromSite);
    assert.equal(csv.status, 200);
    assert.equal(csv.headers.get('access-control-allow-origin'), site);
    const rows = parseCsv(await bodyText(csv), ';');
    assert.deepEqual(rows.at(-1)!.slice(0, 5), ['total', '', '', 'false', '8']);

    // The key grants nothing: its umbrella's member breakdown and the finer groupings stay the
    // staff's, and the key works only on its own site.
    const members = await get(server, `/reports/needs/v2?umbrellaId=${umbrella.id}`, fromSite);
    assert.equal(members.status, 403);
    assert.equal(errorCode(members), 'forbidden');
    const finer = await get(server, '/reports/needs/v2?groupBy=organisation', fromSite);
    assert.equal(finer.status, 403);
    const elsewhere = await get(server, '/reports/needs/v2', {
      headers: { 'x-publishable-key': key, origin: 'https://huijaus.example.com' },
    });
    assert.equal(elsewhere.status, 403);
    assert.equal(errorCode(elsewhere), 'origin_not_allowed');
    assert.equal(elsewhere.headers.get('access-control-allow-origin'), null);
  });

  it('bad query values are a 422 naming the parameter', async () => {
    const cases: [string, string, string][] = [
      ['/reports/needs', 'from=yesterday', 'from'],
      ['/reports/needs', 'to=2024-13-01T00:00:00Z', 'to'],
      ['/reports/needs', 'umbrellaId=abc', 'umbrellaId'],
      ['/reports/needs', 'umbrellaId=0', 'umbrellaId'],
      ['/reports/needs', 'from=2024-06-01T00:00:00Z&to=2024-01-01T00:00:00Z', 'to'],
      ['/reports/needs/v2', 'groupBy=color', 'groupBy'],
      ['/reports/needs/v2', 'groupBy=month,week', 'groupBy'],
      ['/reports/needs/v2', 'category=nope', 'category'],
      ['/reports/needs/v2', 'region=Atlantis', 'region'],
      ['/reports/needs/v2', 'format=xml', 'format'],
    ];
    for (const [path, query, field] of cases) {
      const res = await get(server, `${path}?${query}`);
      assert.equal(res.status, 422, query);
      assert.equal(errorCode(res), 'validation_failed');
      assert.ok(
        res.body.error.details.issues.some((i: { path: string }) => i.path === field),
        `${field} named for ${query}: ${JSON.stringify(res.body.error.details)}`,
      );
    }
  });

  describe('the hours report', () => {
    const thisMonth = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .slice(0, 7);

    it('a helper sees their own hours given, the group task included, with their value', async () => {
      const res = await get(server, '/reports/hours', { token: helperTokens[0]! });
      assert.equal(res.status, 200);
      assert.equal(res.body.subject, 'person');
      assert.deepEqual(res.body.hourlyValue, { amount: 30, currency: 'EUR' });
      const figures = {
        hoursGiven: 52.5,
        hoursReceived: 0,
        tasksGiven: 2,
        tasksReceived: 0,
        valueGiven: 1575,
        valueReceived: 0,
      };
      assert.deepEqual(res.body.rows, [{ month: thisMonth, organisation: null, ...figures }]);
      assert.deepEqual(res.body.totals, figures);
    });

    it('an organisation sees the hours it received, its own group task included', async () => {
      const res = await get(server, `/reports/hours?organisationId=${local.id}`, {
        token: localMember.token,
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.subject, 'organisation');
      assert.deepEqual(res.body.totals, {
        hoursGiven: 0,
        hoursReceived: 57,
        tasksGiven: 0,
        tasksReceived: 3,
        valueGiven: 0,
        valueReceived: 1710,
      });
    });

    it("an umbrella sees its members' hours by organisation, not a member's group task", async () => {
      const res = await get(server, `/reports/hours?umbrellaId=${umbrella.id}`, {
        token: umbrellaStaff.token,
      });
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.rows, [
        {
          month: thisMonth,
          organisation: { id: local.id, name: 'Paikallisosasto ry' },
          hoursGiven: 0,
          hoursReceived: 7,
          tasksGiven: 0,
          tasksReceived: 2,
          valueGiven: 0,
          valueReceived: 210,
        },
      ]);
    });

    it('nobody else sees an organisation’s or umbrella’s hours', async () => {
      const cases: [string, string | undefined, number][] = [
        ['/reports/hours', undefined, 401],
        [`/reports/hours?organisationId=${local.id}`, undefined, 401],
        [`/reports/hours?organisationId=${local.id}`, outsider.token, 403],
        [`/reports/hours?organisationId=${local.id}`, umbrellaStaff.token, 403],
        [`/reports/hours?organisationId=${local.id}`, umbrellaKey, 403],
        [`/reports/hours?umbrellaId=${umbrella.id}`, localMember.token, 403],
        [`/reports/hours?umbrellaId=${umbrella.id}`, localKey, 403],
        [`/reports/hours?umbrellaId=${otherUmbrella.id}`, umbrellaStaff.token, 403],
        [`/reports/hours?umbrellaId=${local.id}`, localMember.token, 404],
        ['/reports/hours', localKey, 403],
        [`/reports/hours?organisationId=${local.id}&umbrellaId=${umbrella.id}`, localKey, 422],
      ];
      for (const [path, token, status] of cases) {
        const res = await get(server, path, { token });
        assert.equal(res.status, status, `${path} ${token?.slice(0, 3)}`);
      }
      const key = await get(server, `/reports/hours?organisationId=${local.id}`, {
        token: localKey,
      });
      assert.equal(key.status, 200);
      assert.equal(key.body.totals.hoursReceived, 57);
    });

    it('CSV parses back to the same numbers', async () => {
      const json = await get(server, `/reports/hours?umbrellaId=${umbrella.id}`, {
        token: umbrellaStaff.token,
      });
      const res = await fetch(
        `${server.api}/reports/hours?umbrellaId=${umbrella.id}&format=csv&lang=sv`,
        {
          headers: { authorization: `Bearer ${umbrellaStaff.token}` },
        },
      );
      const rows = parseCsv(await bodyText(res), ';');
      const header = rows[0]!;
      assert.deepEqual(header.slice(0, 3), ['month', 'organisationId', 'organisation']);
      const num = (x: string) => Number(x.replace(',', '.'));
      const back = rows.slice(1, -1).map((r) => ({
        month: r[0],
        organisation: { id: num(r[1]!), name: r[2] },
        ...Object.fromEntries(header.slice(3).map((h, i) => [h, num(r[3 + i]!)])),
      }));
      assert.deepEqual(back, json.body.rows);
      assert.deepEqual(
        Object.fromEntries(header.slice(3).map((h, i) => [h, num(rows.at(-1)![3 + i]!)])),
        json.body.totals,
      );
    });
  });
});

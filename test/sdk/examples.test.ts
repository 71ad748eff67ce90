/**
 * The two example scripts of the README, run as a developer would run them (a child process,
 * a CSV file, environment variables) against the real server.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Client } from '../../sdk/index.ts';
import { csvField, parseCsv, parseCsvRecords, toCsv } from '../../sdk/examples/csv.ts';
import { rowToTask } from '../../sdk/examples/import-tasks-csv.ts';
import { Task } from '../../server/db/models/index.ts';
import { dialectName, type TestServer } from '../helpers/server.ts';
import { signedIn, startServer } from './fixtures.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join('sdk/examples', script), ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('the CSV helpers of the examples', () => {
  it('reads quoted fields with separators, line breaks and doubled quotes, CRLF or LF', () => {
    const text = '\ufeffa,b,c\r\n1,"two, ""2""",3\n"multi\r\nline",,"x"\r\n\r\n';
    assert.deepEqual(parseCsv(text), [
      ['a', 'b', 'c'],
      ['1', 'two, "2"', '3'],
      ['multi\r\nline', '', 'x'],
    ]);
  });

  it('takes semicolons when the header uses them, as Finnish spreadsheets do', () => {
    assert.deepEqual(parseCsvRecords('title;hours\n"Kirjanpito; tilinpäätös";2,5\n'), [
      { title: 'Kirjanpito; tilinpäätös', hours: '2,5' },
    ]);
  });

  it('refuses a file that ends inside quotes', () => {
    assert.throws(() => parseCsv('a\n"open'), /inside a quoted field/);
  });

  it('writes what it reads, and never a formula', () => {
    const rows = [
      ['id', 'title'],
      [1, 'Hello, "world"\nagain'],
      [2, '=HYPERLINK("x")'],
    ];
    assert.deepEqual(parseCsv(toCsv(rows)), [
      ['id', 'title'],
      ['1', 'Hello, "world"\nagain'],
      ['2', `'=HYPERLINK("x")`],
    ]);
    assert.equal(csvField(-3), '-3', 'numbers are left as they are');
  });

  it('turns a row into a task body: decimal commas, yes/no, empty cells left out', () => {
    assert.deepEqual(
      rowToTask({
        category: 'viestinta',
        title: ' Tiedote ',
        estimatedHours: '2,5',
        remote: 'ei',
        postalCode: '00100',
        schedule: 'ensi viikolla',
        details: '',
      }),
      {
        category: 'viestinta',
        title: 'Tiedote',
        estimatedHours: 2.5,
        remote: false,
        postalCode: '00100',
        schedule: { text: 'ensi viikolla' },
      },
    );
  });
});

describe(`the example scripts against the server (${dialectName})`, () => {
  let server: TestServer;
  let admin: Client;
  let helper: Client;
  let orgId: number;
  let env: Record<string, string>;
  let dir: string;

  before(async () => {
    server = await startServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-examples-'));
    admin = await signedIn(server, 'admin@examples.example.fi');
    helper = await signedIn(server, 'helper@examples.example.fi');
    await helper.me.update({ name: 'Heli Helppari' });
    const org = await admin.organisations.create({ name: 'Tuonti ry', kind: 'association' });
    orgId = org.id;
    await admin.groups.create({ organisationId: org.id, name: 'Hallitus', code: 'HALLITUS1' });
    const key = await admin.organisations.apiKeys.create(org.id, { kind: 'secret', name: 'csv' });
    env = { TEHOSTAMO_URL: server.baseUrl, TEHOSTAMO_SECRET_KEY: key.key };
  });
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await server.close();
  });

  const csv = [
    'category;title;details;estimatedHours;remote;postalCode;schedule;startsAt;accountingReference;groupCode',
    'kirjanpito-talous;Tilinpäätös 2025;"Tase; tuloslaskelma ja ""liitetiedot""";3;kyllä;;tällä viikolla;;KP-1;',
    'viestinta;Jäsenkirje syksyllä;"Kaksi riviä:\nuutiset ja tapahtumat";2,5;ei;00100;;2026-09-01T09:00:00Z;;',
    'tietoturva;Salasanakäytännöt kuntoon;;1;;;ensi kuussa;;;HALLITUS1',
    'catering;Kahvit kokoukseen;;1;;;huomenna;;;',
    'hankinnat;Tarjouspyyntö tilintarkastuksesta;;1,5;;;syksyllä;;;',
    'hankinnat;Tarjouspyyntö tilintarkastuksesta;;1,5;;;syksyllä;;;',
  ].join('\r\n');

  it('import-tasks-csv creates a task per row, reports the refused row, and a rerun creates nothing', async () => {
    const file = path.join(dir, 'tasks.csv');
    fs.writeFileSync(file, csv);

    const first = await run('import-tasks-csv.ts', [file], env);
    assert.equal(first.code, 1, 'one row was refused: ' + first.stderr);
    assert.match(first.stdout, /line 5: not imported \(validation_failed\) category:/);
    assert.match(first.stdout, /5 created, 0 imported before, 1 refused/);
    const tasks = await Task.findAll({ where: { organisationId: orgId }, order: [['id', 'ASC']] });
    assert.deepEqual(
      tasks.map((t) => t.title),
      [
        'Tilinpäätös 2025',
        'Jäsenkirje syksyllä',
        'Salasanakäytännöt kuntoon',
        'Tarjouspyyntö tilintarkastuksesta',
        'Tarjouspyyntö tilintarkastuksesta',
      ],
    );
    assert.equal(tasks[0]!.details, 'Tase; tuloslaskelma ja "liitetiedot"');
    assert.equal(tasks[1]!.details, 'Kaksi riviä:\nuutiset ja tapahtumat');
    assert.equal(tasks[1]!.estimatedHours, 2.5);
    assert.equal(tasks[1]!.remote, false);
    assert.ok(tasks[2]!.groupId, 'posted to the group by its code');
    assert.equal(tasks[0]!.apiKeyId !== null, true, 'posted with the secret key');

    const again = await run('import-tasks-csv.ts', [file], env);
    assert.match(again.stdout, /0 created, 5 imported before, 1 refused/);
    assert.match(again.stdout, new RegExp(`line 2: task ${tasks[0]!.id} \\(imported before\\)`));
    assert.equal(await Task.count({ where: { organisationId: orgId } }), 5);
  });

  it("export-tasks-csv writes every task of the organisation with the helpers' approved hours", async () => {
    const [task] = (await admin.tasks.list({ organisationId: orgId, q: 'Tilinpäätös' })).data;
    assert.ok(task);
    const app = await helper.tasks.applications.create(task.id, { message: 'Hoidan tämän' });
    await admin.tasks.applications.select(task.id, app.id);
    await helper.tasks.assignments.done(task.id, app.id);
    await admin.tasks.assignments.approve(task.id, app.id, { actualHours: 3.5 });
    const cancelled = (await admin.tasks.list({ organisationId: orgId, q: 'Jäsenkirje' })).data[0]!;
    await admin.tasks.cancel(cancelled.id, { reason: 'Ei tarvita' });

    const out = path.join(dir, 'export.csv');
    const result = await run('export-tasks-csv.ts', [String(orgId), out], env);
    assert.equal(result.code, 0, result.stderr);
    const rows = parseCsvRecords(fs.readFileSync(out, 'utf8'));
    assert.equal(rows.length, 5);
    const done = rows.find((r) => r.id === String(task.id))!;
    assert.equal(done.status, 'completed');
    assert.equal(done.approvedHours, '3.5');
    assert.equal(done.helpers, 'Heli Helppari');
    assert.equal(done.accountingReference, 'KP-1');
    assert.equal(rows.find((r) => r.id === String(cancelled.id))?.status, 'cancelled');
    assert.deepEqual(
      rows.filter((r) => r.id !== String(task.id)).map((r) => r.approvedHours),
      ['0', '0', '0', '0'],
    );

    const toStdout = await run('export-tasks-csv.ts', [String(orgId)], env);
    assert.equal(toStdout.stdout, fs.readFileSync(out, 'utf8'));
  });

  it('the scripts explain their usage when run without what they need', async () => {
    const bare = await run('export-tasks-csv.ts', [], {
      TEHOSTAMO_URL: '',
      TEHOSTAMO_SECRET_KEY: '',
    });
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /usage:/);
  });
});

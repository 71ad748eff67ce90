/**
 * The SDK side of embedding: managing publishable keys, a visitor's help request confirmed with
 * the emailed code, join requests, and a company's pro bono programme and feed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isApiErrorWith, UnauthenticatedError, type Client } from '../../sdk/index.ts';
import { mailTo, dialectName, type TestServer } from '../helpers/server.ts';
import { anonymous, signedIn, startServer, taskInput } from './fixtures.ts';

async function emailedCode(email: string): Promise<string> {
  const mail = (await mailTo(email, 'visitor_verification')).at(-1);
  const code = mail && /\b(\d{6})\b/.exec(mail.text)?.[1];
  if (!code) throw new Error(`no confirmation code was mailed to ${email}`);
  return code;
}

describe(`embedding through the SDK (${dialectName})`, () => {
  let server: TestServer;
  let admin: Client;
  let orgId: number;

  before(async () => {
    server = await startServer();
    admin = await signedIn(server, 'admin@sdk-yhdistys.fi');
    orgId = (await admin.organisations.create({ name: 'SDK-yhdistys ry', kind: 'association' })).id;
  });
  after(() => server.close());

  it('apiKeys.update and apiKeys.rotate keep the settings and replace the secret', async () => {
    const created = await admin.organisations.apiKeys.create(orgId, {
      kind: 'publishable',
      name: 'Kotisivu',
      allowedOrigins: ['https://sdk-yhdistys.example.fi'],
    });
    assert.equal(created.autoJoin, false);
    const updated = await admin.organisations.apiKeys.update(orgId, created.id, {
      autoJoin: true,
      autoJoinDomains: ['sdk-yhdistys.example.fi'],
    });
    assert.equal(updated.autoJoin, true);
    assert.deepEqual(updated.autoJoinDomains, ['sdk-yhdistys.example.fi']);
    assert.deepEqual(updated.allowedOrigins, ['https://sdk-yhdistys.example.fi']);

    const rotated = await admin.organisations.apiKeys.rotate(orgId, created.id);
    assert.notEqual(rotated.key, created.key);
    assert.equal(rotated.autoJoin, true);
    assert.ok(rotated.rotatedAt);

    const stale = anonymous(server, { publishableKey: created.key });
    await assert.rejects(
      () => stale.tasks.list(),
      (e: unknown) => e instanceof UnauthenticatedError && e.code === 'invalid_publishable_key',
    );
    const fresh = anonymous(server, { publishableKey: rotated.key });
    assert.deepEqual((await fresh.tasks.list()).data, []);
    await admin.organisations.apiKeys.revoke(orgId, created.id);
  });

  it('a visitor sends a request with the publishable key and confirms it with tasks.verify', async () => {
    const key = await admin.organisations.apiKeys.create(orgId, {
      kind: 'publishable',
      name: 'Lomake',
      allowedOrigins: ['https://sdk-yhdistys.example.fi'],
    });
    const visitor = anonymous(server, { publishableKey: key.key });
    const email = 'vieras@sdk.example.fi';
    const task = await visitor.tasks.create(
      taskInput('Apua avustushakemukseen', {
        category: 'rahoitushakemukset',
        visitor: { email, name: 'Veera Vieras', lang: 'en' },
        website: '',
      }),
    );
    assert.equal(task.status, 'pending_verification');

    await assert.rejects(
      () => visitor.tasks.verify(task.id, { code: '00000', reference: task.verificationReference }),
      (e: unknown) => isApiErrorWith(e, 422),
    );
    const result = await visitor.tasks.verify(task.id, {
      code: await emailedCode(email),
      reference: task.verificationReference,
    });
    assert.equal(result.task.status, 'open');
    assert.equal(result.membership, 'pending_approval');

    const pending = await admin.organisations.joinRequests.list(orgId);
    assert.equal(pending.data.length, 1);
    assert.equal(pending.data[0]!.user.email, email);
    const approved = await admin.organisations.joinRequests.approve(orgId, pending.data[0]!.id);
    assert.equal(approved.status, 'approved');
    assert.deepEqual((await admin.organisations.joinRequests.list(orgId)).data, []);
    const done = await admin.organisations.joinRequests.list(orgId, { status: 'approved' });
    assert.equal(done.data.length, 1);

    const members = await admin.organisations.members.list(orgId);
    assert.ok(members.data.some((m) => m.user.email === email));
  });

  it('joinRequests.decline leaves the person out', async () => {
    const key = await admin.organisations.apiKeys.create(orgId, { kind: 'publishable', name: 'B' });
    const visitor = anonymous(server, { publishableKey: key.key });
    const email = 'toinen@sdk.example.fi';
    const task = await visitor.tasks.create(
      taskInput('Toinen avunpyyntö', { visitor: { email, name: 'Toivo Toinen' } }),
    );
    await visitor.tasks.verify(task.id, {
      code: await emailedCode(email),
      reference: task.verificationReference,
    });
    const [request] = (await admin.organisations.joinRequests.list(orgId)).data;
    const declined = await admin.organisations.joinRequests.decline(orgId, request!.id);
    assert.equal(declined.status, 'declined');
  });

  it("proBono.set and proBono.get state a company's programme, and its key's feed follows", async () => {
    const hr = await signedIn(server, 'hr@sdk-yritys.fi');
    const company = await hr.organisations.create({ name: 'SDK-yritys Oy', kind: 'company' });
    const empty = await hr.organisations.proBono.get(company.id);
    assert.equal(empty.updatedAt, null);
    const set = await hr.organisations.proBono.set(company.id, {
      categories: ['rahoitushakemukset'],
      justification: 'Autamme rahoitushakemuksissa.',
    });
    assert.deepEqual(set.categories, ['rahoitushakemukset']);
    const read = await anonymous(server).organisations.proBono.get(company.id);
    assert.equal(read.justification, 'Autamme rahoitushakemuksissa.');

    const key = await hr.organisations.apiKeys.create(company.id, {
      kind: 'publishable',
      name: 'Intranet',
    });
    const intranet = anonymous(server, { publishableKey: key.key });
    const info = await intranet.organisations.forKey();
    assert.deepEqual(info, {
      organisation: { id: company.id, name: 'SDK-yritys Oy', kind: 'company' },
      view: 'pro_bono',
      autoJoin: false,
    });
    const titles: string[] = [];
    for await (const task of intranet.tasks.list({ limit: 1 })) titles.push(task.title);
    assert.deepEqual(titles, ['Apua avustushakemukseen']);
  });
});

/**
 * Listings not checked for 12 months: marked stale in public answers, and their editors (the
 * organisation's admins and the listing's contact address) told by email once per staleness
 * period, by the scheduler, exactly once however many processes run it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../server/clock.ts';
import { DirectoryListing, Membership, Organisation } from '../../server/db/models/index.ts';
import { staleListings } from '../../server/jobs/directory-stale.ts';
import { createScheduler, jobs } from '../../server/jobs/index.ts';
import { DAY_MS } from '../../server/jobs/periods.ts';
import { call, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

const MONTH = 30.5 * DAY_MS;

describe(`stale listings (${dialectName})`, () => {
  let server: TestServer;
  const t0 = Date.parse('2026-01-15T08:00:00Z');
  const clock = new ManualClock(t0);
  let admin: SignedIn;
  let member: SignedIn;
  let freshAdmin: SignedIn;
  let withAccount = 0;
  let noAccount = 0;
  let fresh = 0;

  /** Runs the scheduler as two server processes at once, then once more: each item once. */
  async function at(ms: number) {
    clock.set(ms);
    const a = createScheduler(server.deps, jobs);
    const b = createScheduler(server.deps, jobs);
    await Promise.all([a.runDue([staleListings.name]), b.runDue([staleListings.name])]);
    await a.runDue([staleListings.name]);
  }

  const notices = async (email: string) =>
    (await mailTo(email, 'directory_listing_stale')).map((m) => m.text);

  const listing = (description: string, email: string) => ({
    description: { fi: description },
    email,
    areas: { municipalities: ['Kuopio'] },
    services: [
      {
        name: { fi: `${description}: ryhmä` },
        description: { fi: 'Vertaistukea muistisairaiden läheisille.' },
        targetGroups: ['carers'],
      },
    ],
  });

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 1000 }, { clock });
    admin = await signIn(server, 'puheenjohtaja@vanha.example', { lang: 'sv' });
    member = await signIn(server, 'jasen@vanha.example');
    freshAdmin = await signIn(server, 'hallitus@tuore.example');
    const org = await post(server, '/organisations', {
      token: admin.token,
      body: { name: 'Vanha yhdistys ry', kind: 'association' },
    });
    withAccount = org.body.id;
    await Membership.create({ organisationId: withAccount, userId: member.id, role: 'member' });
    const put = await call(server, 'PUT', `/directory/listings/${withAccount}`, {
      token: admin.token,
      body: {
        ...listing('Vanha', 'toimisto@vanha.example'),
        internalContact: { email: 'sihteeri@vanha.example' },
      },
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const other = await post(server, '/organisations', {
      token: freshAdmin.token,
      body: { name: 'Tuore yhdistys ry', kind: 'association' },
    });
    fresh = other.body.id;
    await call(server, 'PUT', `/directory/listings/${fresh}`, {
      token: freshAdmin.token,
      body: listing('Tuore', 'tuore@example.fi'),
    });
    // As the network's import brings them: nobody has an account, the public address is all.
    const imported = await Organisation.create({ name: 'Tilitön ry', kind: 'association' });
    noAccount = imported.id;
    await DirectoryListing.create({
      organisationId: noAccount,
      description: { fi: 'Tilitön.' },
      email: 'info@tiliton.example',
      phone: null,
      website: null,
      street: null,
      postalCode: '70100',
      areas: { wholeCountry: false, regions: [], municipalities: [] },
      languages: ['fi'],
      internalContact: null,
      keeperNotes: null,
      checkedAt: clock.now(),
    });
  });
  after(() => server.close());

  it('a listing checked within 12 months is neither marked nor flagged', async () => {
    await at(t0 + 11 * MONTH);
    const r = await get(server, `/directory/listings/${withAccount}`);
    assert.equal(r.body.stale, false);
    assert.equal(r.body.services[0].stale, false);
    assert.deepEqual(await notices('puheenjohtaja@vanha.example'), []);
    assert.deepEqual(await notices('info@tiliton.example'), []);
  });

  it('at 12 months: marked stale in the listing and in search, and its editors are told once', async () => {
    // Checked half a year in: this one is not stale at t0 + 12 months.
    clock.set(t0 + 6 * MONTH);
    const saved = await call(server, 'PUT', `/directory/listings/${fresh}`, {
      token: freshAdmin.token,
      body: listing('Tuore', 'tuore@example.fi'),
    });
    assert.equal(saved.status, 200);
    await at(t0 + 12 * MONTH + DAY_MS);

    const r = await get(server, `/directory/listings/${withAccount}`);
    assert.equal(r.body.stale, true);
    assert.equal(r.body.services[0].stale, true);
    const found = await get(server, '/directory/services?municipality=Kuopio');
    const byName = Object.fromEntries(
      found.body.data.map((s: { name: { fi: string }; stale: boolean }) => [s.name.fi, s.stale]),
    );
    assert.deepEqual(byName, { 'Vanha: ryhmä': true, 'Tuore: ryhmä': false });

    // The admin, in their language, to the settings where they check it.
    const toAdmin = await mailTo('puheenjohtaja@vanha.example', 'directory_listing_stale');
    assert.equal(toAdmin.length, 1);
    assert.match(toAdmin[0]!.subject, /Vanha yhdistys ry.*tjänstekatalogen/);
    assert.ok(toAdmin[0]!.text.includes(`${server.baseUrl}/settings/organisation`));
    // The contact address where edit links go, to the listing's page where one is asked for.
    const toContact = await notices('sihteeri@vanha.example');
    assert.equal(toContact.length, 1);
    assert.ok(toContact[0]!.includes(`${server.baseUrl}/directory/listings/${withAccount}`));
    assert.ok(toContact[0]!.includes('muokkauslinkki'));
    // Not every member, not the public address when an internal contact is named.
    assert.deepEqual(await notices('jasen@vanha.example'), []);
    assert.deepEqual(await notices('toimisto@vanha.example'), []);
    // No account: the public address.
    assert.equal((await notices('info@tiliton.example')).length, 1);
    assert.deepEqual(await notices('tuore@example.fi'), []);
  });

  it('is not flagged again in the same period, but again a year later if still unchecked', async () => {
    await at(t0 + 18 * MONTH);
    assert.equal((await notices('info@tiliton.example')).length, 1);
    assert.equal((await notices('puheenjohtaja@vanha.example')).length, 1);
    await at(t0 + 24 * MONTH + DAY_MS);
    assert.equal((await notices('info@tiliton.example')).length, 2);
    assert.equal((await notices('puheenjohtaja@vanha.example')).length, 2);
    await at(t0 + 24 * MONTH + 2 * DAY_MS);
    assert.equal((await notices('info@tiliton.example')).length, 2);
  });

  it('saving checks it: no longer stale, and flagged only 12 months after the save', async () => {
    const checkedAt = t0 + 25 * MONTH;
    clock.set(checkedAt);
    const saved = await call(server, 'PUT', `/directory/listings/${withAccount}`, {
      token: member.token,
      body: listing('Vanha', 'toimisto@vanha.example'),
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.stale, false);
    assert.equal((await get(server, `/directory/listings/${withAccount}`)).body.stale, false);
    await at(checkedAt + 11 * MONTH);
    assert.equal((await notices('puheenjohtaja@vanha.example')).length, 2);
    await at(checkedAt + 12 * MONTH + DAY_MS);
    // The save took the internal contact away: the public address is the contact now.
    assert.equal((await notices('puheenjohtaja@vanha.example')).length, 3);
    assert.equal((await notices('toimisto@vanha.example')).length, 1);
    assert.equal((await notices('sihteeri@vanha.example')).length, 2);
  });

  it('a closed organisation is not flagged', async () => {
    const before_ = (await notices('info@tiliton.example')).length;
    await Organisation.update({ closedAt: clock.now() }, { where: { id: noAccount } });
    await at(t0 + 36 * MONTH + DAY_MS);
    assert.equal((await notices('info@tiliton.example')).length, before_);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '../../server/auth/tokens.ts';
import { ApiKey, Membership, User } from '../../server/db/models/index.ts';
import { del, errorCode, get, patch, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

// Valid Y-tunnus values (checksum verified by the schema).
const BUSINESS_IDS = ['0737546-2', '1671299-3', '1563467-1', '0201256-6'];

describe(`organisations, members, umbrellas and API keys (${dialectName})`, () => {
  let server: TestServer;
  let admin: SignedIn; // admin of `org`
  let member: SignedIn; // member of `org`
  let outsider: SignedIn; // member of nothing
  let otherAdmin: SignedIn; // admin of `other`
  let org: number;
  let other: number;
  let secretKey: string; // `org`'s
  let otherSecretKey: string; // `other`'s

  async function createOrg(who: SignedIn, body: Record<string, unknown>): Promise<number> {
    const res = await post(server, '/organisations', { token: who.token, body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id;
  }

  async function makeSecretKey(who: SignedIn, orgId: number): Promise<string> {
    const res = await post(server, `/organisations/${orgId}/api-keys`, {
      token: who.token,
      body: { kind: 'secret', name: 'script' },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.key;
  }

  async function admins(orgId: number): Promise<number> {
    return Membership.count({ where: { organisationId: orgId, role: 'admin' } });
  }

  before(async () => {
    server = await startTestServer();
    admin = await signIn(server, 'admin@yhdistys.fi', { name: 'Aino Admin' });
    member = await signIn(server, 'member@yhdistys.fi', { name: 'Matti Member' });
    outsider = await signIn(server, 'outsider@example.fi', { name: 'Olli Outsider' });
    otherAdmin = await signIn(server, 'admin@toinen.fi', { name: 'Tiina Toinen' });
    org = await createOrg(admin, { name: 'Kotikylän yhdistys ry', kind: 'association' });
    other = await createOrg(otherAdmin, { name: 'Toinen yhdistys ry', kind: 'association' });
    const added = await post(server, `/organisations/${org}/members`, {
      token: admin.token,
      body: { email: member.email },
    });
    assert.equal(added.status, 201);
    secretKey = await makeSecretKey(admin, org);
    otherSecretKey = await makeSecretKey(otherAdmin, other);
  });
  after(() => server.close());

  describe('registering and reading', () => {
    it('a signed-in user registers an organisation and becomes its admin', async () => {
      const me = await signIn(server, 'founder@example.fi');
      const res = await post(server, '/organisations', {
        token: me.token,
        body: {
          name: 'Tampereen Talkoot ry',
          kind: 'association',
          sector: 'Sosiaali- ja terveysala',
          businessId: BUSINESS_IDS[0],
          description: 'Vapaaehtoistoimintaa Tampereella.',
          website: 'https://talkoot.example.fi',
          postalCode: '33100',
        },
      });
      assert.equal(res.status, 201);
      assert.equal(res.body.name, 'Tampereen Talkoot ry');
      assert.equal(res.body.businessId, BUSINESS_IDS[0]);
      assert.equal(res.body.municipality, 'Tampere');
      assert.deepEqual(res.body.umbrellas, []);
      assert.equal(res.body.memberOrganisationCount, 0);
      const mine = await get(server, '/me', { token: me.token });
      assert.deepEqual(
        mine.body.memberships.map((m: any) => [m.organisation.id, m.role]),
        [[res.body.id, 'admin']],
      );
    });

    it('registering needs a signed-in person: anonymous and secret keys are refused', async () => {
      const body = { name: 'Nimetön ry', kind: 'association' };
      const anonymous = await post(server, '/organisations', { body });
      assert.equal(anonymous.status, 401);
      assert.equal(errorCode(anonymous), 'unauthenticated');
      const byKey = await post(server, '/organisations', { token: secretKey, body });
      assert.equal(byKey.status, 401);
      assert.equal(errorCode(byKey), 'user_required');
    });

    it('a business id with a wrong check digit is refused', async () => {
      const res = await post(server, '/organisations', {
        token: outsider.token,
        body: { name: 'Väärä tunnus ry', kind: 'association', businessId: '0737546-3' },
      });
      assert.equal(res.status, 422);
      assert.equal(errorCode(res), 'validation_failed');
      assert.equal(res.body.error.details.issues[0].path, 'businessId');
    });

    it('a business id already registered is a conflict, on create and on update', async () => {
      await createOrg(outsider, {
        name: 'Ensimmäinen ry',
        kind: 'association',
        businessId: BUSINESS_IDS[1],
      });
      const again = await post(server, '/organisations', {
        token: otherAdmin.token,
        body: { name: 'Toinen samalla tunnuksella', kind: 'company', businessId: BUSINESS_IDS[1] },
      });
      assert.equal(again.status, 409);
      assert.equal(errorCode(again), 'business_id_taken');
      const update = await patch(server, `/organisations/${other}`, {
        token: otherAdmin.token,
        body: { businessId: BUSINESS_IDS[1] },
      });
      assert.equal(update.status, 409);
      assert.equal(errorCode(update), 'business_id_taken');
    });

    it('bad registrations get a 422 naming the field, and nothing is stored', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ name: 'X', kind: 'association' }, 'name'],
        [{ name: 'Outo ry', kind: 'club' }, 'kind'],
        [{ name: 'Outo ry', kind: 'association', postalCode: '123' }, 'postalCode'],
        [{ name: 'Outo ry', kind: 'association', postalCode: '00000' }, 'postalCode'],
        [{ name: 'Outo ry', kind: 'association', website: 'javascript:alert(1)' }, 'website'],
        [{ name: 'Outo ry', kind: 'association', id: 1 }, ''],
      ];
      for (const [body, path] of cases) {
        const res = await post(server, '/organisations', { token: outsider.token, body });
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(
          errorCode(res),
          body.postalCode === '00000' ? 'unknown_postal_code' : 'validation_failed',
        );
        assert.equal(res.body.error.details.issues[0].path, path, JSON.stringify(body));
      }
      const listed = await get(server, '/organisations?q=Outo');
      assert.deepEqual(listed.body.data, []);
    });

    it('anyone reads an organisation: public fields only', async () => {
      const res = await get(server, `/organisations/${org}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.name, 'Kotikylän yhdistys ry');
      assert.equal(JSON.stringify(res.body).includes('@'), false, 'no emails on the public view');
      assert.equal((await get(server, '/organisations/999999')).status, 404);
      const bad = await get(server, '/organisations/abc');
      assert.equal(bad.status, 422);
      assert.equal(errorCode(bad), 'validation_failed');
    });

    it('names are searched literally: % and _ are not wildcards', async () => {
      await createOrg(outsider, { name: 'Sata % Apua ry', kind: 'association' });
      await createOrg(outsider, { name: 'Apua_ja_tukea ry', kind: 'association' });
      await createOrg(outsider, { name: 'Apua ja tukea ry', kind: 'association' });
      const names = async (q: string) =>
        (await get(server, `/organisations?q=${encodeURIComponent(q)}`)).body.data.map(
          (o: any) => o.name,
        );
      assert.deepEqual(await names('%'), ['Sata % Apua ry']);
      assert.deepEqual(await names('_ja_'), ['Apua_ja_tukea ry']);
      assert.deepEqual(await names('apua ja'), ['Apua ja tukea ry']);
      assert.equal((await names('Apua')).length, 3);
    });

    it('the list filters by kind and pages through every organisation once', async () => {
      const companies = await get(server, '/organisations?kind=company');
      assert.ok(companies.body.data.every((o: any) => o.kind === 'company'));
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const page = await get(server, `/organisations?limit=2${query}`);
        assert.equal(page.status, 200);
        assert.ok(page.body.data.length <= 2);
        seen.push(...page.body.data.map((o: any) => o.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      const all = await get(server, '/organisations?limit=100');
      assert.deepEqual(
        seen,
        all.body.data.map((o: any) => o.id),
      );
      assert.equal(new Set(seen).size, seen.length);
    });

    it('quotes and backslashes in a search are only text', async () => {
      await createOrg(outsider, { name: "O'Brienin \\ ystävät ry", kind: 'association' });
      for (const q of ["O'Brien", '\\', "' OR 1=1 --"]) {
        const res = await get(server, `/organisations?q=${encodeURIComponent(q)}`);
        assert.equal(res.status, 200, q);
      }
      const hit = await get(server, `/organisations?q=${encodeURIComponent("O'Brienin \\")}`);
      assert.deepEqual(
        hit.body.data.map((o: any) => o.name),
        ["O'Brienin \\ ystävät ry"],
      );
      const none = await get(server, `/organisations?q=${encodeURIComponent("' OR 1=1 --")}`);
      assert.deepEqual(none.body.data, []);
    });

    it('a cursor the list did not hand out is a 400, a bad filter a 422', async () => {
      const res = await get(server, '/organisations?cursor=bm90LWEtY3Vyc29y');
      assert.equal(res.status, 400);
      assert.equal(errorCode(res), 'invalid_cursor');
      const kind = await get(server, '/organisations?kind=club');
      assert.equal(kind.status, 422);
      const limit = await get(server, '/organisations?limit=1000');
      assert.equal(limit.status, 422);
      for (const umbrellaId of ['1e300', '-1', 'abc', '1.5']) {
        const res = await get(server, `/organisations?umbrellaId=${umbrellaId}`);
        assert.equal(res.status, 422, umbrellaId);
        assert.equal(errorCode(res), 'validation_failed');
      }
    });
  });

  describe('updating', () => {
    it("the organisation's admins and its secret key may update it", async () => {
      const byAdmin = await patch(server, `/organisations/${org}`, {
        token: admin.token,
        body: { sector: 'Kulttuuri', postalCode: '00100' },
      });
      assert.equal(byAdmin.status, 200);
      assert.equal(byAdmin.body.sector, 'Kulttuuri');
      assert.equal(byAdmin.body.municipality, 'Helsinki');
      const byKey = await patch(server, `/organisations/${org}`, {
        token: secretKey,
        body: { description: 'Päivitetty skriptistä.' },
      });
      assert.equal(byKey.status, 200);
      assert.equal(byKey.body.description, 'Päivitetty skriptistä.');
      assert.equal(byKey.body.sector, 'Kulttuuri', 'fields not sent stay as they were');
    });

    it('members, outsiders, anonymous callers and other keys may not update it', async () => {
      const body = { name: 'Kaapattu ry' };
      const cases: [string | undefined, number, string][] = [
        [member.token, 403, 'not_an_admin'],
        [outsider.token, 403, 'not_a_member'],
        [otherAdmin.token, 403, 'not_a_member'],
        [otherSecretKey, 403, 'not_a_member'],
        [undefined, 401, 'unauthenticated'],
      ];
      for (const [token, status, code] of cases) {
        const res = await patch(server, `/organisations/${org}`, { token, body });
        assert.equal(res.status, status);
        assert.equal(errorCode(res), code);
      }
      assert.equal((await get(server, `/organisations/${org}`)).body.name, 'Kotikylän yhdistys ry');
    });

    it('only the writable fields can be written', async () => {
      for (const body of [{ id: 1 }, { createdAt: '2020-01-01T00:00:00Z' }, { umbrellas: [] }]) {
        const res = await patch(server, `/organisations/${org}`, { token: admin.token, body });
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(errorCode(res), 'validation_failed');
      }
      const unknown = await patch(server, `/organisations/${org}`, {
        token: admin.token,
        body: { postalCode: '00000' },
      });
      assert.equal(unknown.status, 422);
      const missing = await patch(server, '/organisations/999999', {
        token: admin.token,
        body: { name: 'Ei ole ry' },
      });
      assert.equal(missing.status, 404);
    });
  });

  describe('members', () => {
    it('members see the member list with emails; the secret key too', async () => {
      for (const token of [admin.token, member.token, secretKey]) {
        const res = await get(server, `/organisations/${org}/members`, { token });
        assert.equal(res.status, 200);
        const emails = res.body.data.map((m: any) => m.user.email);
        assert.ok(emails.includes(admin.email) && emails.includes(member.email));
        const roles = Object.fromEntries(res.body.data.map((m: any) => [m.user.email, m.role]));
        assert.equal(roles[admin.email], 'admin');
        assert.equal(roles[member.email], 'member');
      }
    });

    it('outsiders, anonymous callers and other keys do not see the member list', async () => {
      const cases: [string | undefined, number][] = [
        [outsider.token, 403],
        [otherAdmin.token, 403],
        [otherSecretKey, 403],
        [undefined, 401],
      ];
      for (const [token, status] of cases) {
        const res = await get(server, `/organisations/${org}/members`, { token });
        assert.equal(res.status, status);
        errorCode(res);
      }
      assert.equal(
        (await get(server, '/organisations/999999/members', { token: admin.token })).status,
        404,
      );
    });

    it('an admin adds a person with no account by email; they sign in later as a member', async () => {
      const res = await post(server, `/organisations/${org}/members`, {
        token: admin.token,
        body: { email: ' Uusi.Jasen@Example.FI ' },
      });
      assert.equal(res.status, 201);
      assert.equal(res.body.user.email, 'uusi.jasen@example.fi');
      assert.equal(res.body.role, 'member');
      assert.ok(await User.findOne({ where: { email: 'uusi.jasen@example.fi' } }));
      const [invitation, ...more] = await mailTo(
        'uusi.jasen@example.fi',
        'organisation_invitation',
      );
      assert.equal(more.length, 0, 'one invitation');
      assert.match(invitation!.subject, /Kotikylän yhdistys ry/);
      assert.match(invitation!.text, /Aino Admin/);
      assert.match(invitation!.text, /\/settings\/organisation/);
      const newcomer = await signIn(server, 'uusi.jasen@example.fi');
      assert.equal(newcomer.id, res.body.user.id, 'the sign-in uses the row made for them');
      const me = await get(server, '/me', { token: newcomer.token });
      assert.deepEqual(
        me.body.memberships.map((m: any) => [m.organisation.id, m.role]),
        [[org, 'member']],
      );
    });

    it('the secret key adds members, as an admin would', async () => {
      const res = await post(server, `/organisations/${org}/members`, {
        token: secretKey,
        body: { email: 'skriptista@example.fi', role: 'admin' },
      });
      assert.equal(res.status, 201);
      assert.equal(res.body.role, 'admin');
      const [invitation] = await mailTo('skriptista@example.fi', 'organisation_invitation');
      assert.match(invitation!.text, /ylläpitäjäksi/, 'the role is named');
    });

    it('a refused addition sends no invitation', async () => {
      for (const who of [member, outsider, otherAdmin]) {
        const res = await post(server, `/organisations/${org}/members`, {
          token: who.token,
          body: { email: 'ei.kutsua@example.fi' },
        });
        assert.equal(res.status, 403);
      }
      assert.deepEqual(await mailTo('ei.kutsua@example.fi'), []);
    });

    it('adding someone who is already a member is a conflict', async () => {
      const res = await post(server, `/organisations/${org}/members`, {
        token: admin.token,
        body: { email: member.email.toUpperCase() },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'already_member');
    });

    it('only admins add members, with a valid email and role', async () => {
      const cases: [string | undefined, unknown, number, string][] = [
        [member.token, { email: 'x1@example.fi' }, 403, 'not_an_admin'],
        [outsider.token, { email: 'x2@example.fi' }, 403, 'not_a_member'],
        [otherSecretKey, { email: 'x3@example.fi' }, 403, 'not_a_member'],
        [undefined, { email: 'x4@example.fi' }, 401, 'unauthenticated'],
        [admin.token, { email: 'not-an-email' }, 422, 'validation_failed'],
        [admin.token, { email: 'x5@example.fi', role: 'owner' }, 422, 'validation_failed'],
        [admin.token, { email: 'x6@example.fi', userId: 1 }, 422, 'validation_failed'],
      ];
      for (const [token, body, status, code] of cases) {
        const res = await post(server, `/organisations/${org}/members`, { token, body });
        assert.equal(res.status, status, JSON.stringify(body));
        assert.equal(errorCode(res), code);
      }
      assert.equal(await User.count({ where: { email: ['x1@example.fi', 'x2@example.fi'] } }), 0);
    });

    it("an admin changes a member's role; others may not", async () => {
      const person = await signIn(server, 'rooli@example.fi');
      await post(server, `/organisations/${org}/members`, {
        token: admin.token,
        body: { email: person.email },
      });
      const path = `/organisations/${org}/members/${person.id}`;
      for (const [token, status] of [
        [member.token, 403],
        [person.token, 403],
        [outsider.token, 403],
        [otherSecretKey, 403],
      ] as const) {
        const res = await patch(server, path, { token, body: { role: 'admin' } });
        assert.equal(res.status, status);
        errorCode(res);
      }
      const promoted = await patch(server, path, { token: admin.token, body: { role: 'admin' } });
      assert.equal(promoted.status, 200);
      assert.equal(promoted.body.role, 'admin');
      assert.equal(promoted.body.user.id, person.id);
      const demoted = await patch(server, path, { token: secretKey, body: { role: 'member' } });
      assert.equal(demoted.status, 200);
      assert.equal(demoted.body.role, 'member');
      const bad = await patch(server, path, { token: admin.token, body: { role: 'owner' } });
      assert.equal(bad.status, 422);
      const notMember = await patch(server, `/organisations/${org}/members/${outsider.id}`, {
        token: admin.token,
        body: { role: 'admin' },
      });
      assert.equal(notMember.status, 404);
    });

    it('a member may leave, but not remove others; an admin removes anyone', async () => {
      const a = await signIn(server, 'lahtija@example.fi');
      const b = await signIn(server, 'poistettava@example.fi');
      for (const who of [a, b]) {
        await post(server, `/organisations/${org}/members`, {
          token: admin.token,
          body: { email: who.email },
        });
      }
      const removeOther = await del(server, `/organisations/${org}/members/${b.id}`, {
        token: a.token,
      });
      assert.equal(removeOther.status, 403);
      assert.equal(errorCode(removeOther), 'not_an_admin');
      const byOutsider = await del(server, `/organisations/${org}/members/${b.id}`, {
        token: outsider.token,
      });
      assert.equal(byOutsider.status, 403);
      const anonymous = await del(server, `/organisations/${org}/members/${b.id}`);
      assert.equal(anonymous.status, 401);

      const leave = await del(server, `/organisations/${org}/members/${a.id}`, { token: a.token });
      assert.equal(leave.status, 204);
      const remove = await del(server, `/organisations/${org}/members/${b.id}`, {
        token: admin.token,
      });
      assert.equal(remove.status, 204);
      assert.equal(
        await Membership.count({ where: { organisationId: org, userId: [a.id, b.id] } }),
        0,
      );
      const again = await del(server, `/organisations/${org}/members/${b.id}`, {
        token: admin.token,
      });
      assert.equal(again.status, 404);
      const list = await get(server, `/organisations/${org}/members`, { token: a.token });
      assert.equal(list.status, 403, 'a former member no longer sees the list');
    });

    it('the last admin can be neither demoted nor removed', async () => {
      const solo = await signIn(server, 'yksin@example.fi');
      const id = await createOrg(solo, { name: 'Yhden hengen yhdistys ry', kind: 'association' });
      const path = `/organisations/${id}/members/${solo.id}`;
      const demote = await patch(server, path, { token: solo.token, body: { role: 'member' } });
      assert.equal(demote.status, 409);
      assert.equal(errorCode(demote), 'last_admin');
      const leave = await del(server, path, { token: solo.token });
      assert.equal(leave.status, 409);
      assert.equal(errorCode(leave), 'last_admin');
      const sameRole = await patch(server, path, { token: solo.token, body: { role: 'admin' } });
      assert.equal(sameRole.status, 200);
      assert.equal(await admins(id), 1);
    });

    it('admins who all step down at once leave exactly one admin behind', async () => {
      const people: SignedIn[] = [];
      for (let i = 0; i < 5; i++) people.push(await signIn(server, `hallitus${i}@example.fi`));
      const id = await createOrg(people[0]!, { name: 'Hallitus ry', kind: 'association' });
      for (const p of people.slice(1)) {
        const res = await post(server, `/organisations/${id}/members`, {
          token: people[0]!.token,
          body: { email: p.email, role: 'admin' },
        });
        assert.equal(res.status, 201);
      }
      assert.equal(await admins(id), 5);
      const replies = await Promise.all(
        people.map((p) =>
          patch(server, `/organisations/${id}/members/${p.id}`, {
            token: p.token,
            body: { role: 'member' },
          }),
        ),
      );
      const statuses = replies.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 200, 200, 200, 409]);
      assert.equal(await admins(id), 1);
    });

    it('admins who all leave at once leave exactly one admin behind', async () => {
      const people: SignedIn[] = [];
      for (let i = 0; i < 5; i++) people.push(await signIn(server, `johto${i}@example.fi`));
      const id = await createOrg(people[0]!, { name: 'Johtoryhmä ry', kind: 'association' });
      for (const p of people.slice(1)) {
        await post(server, `/organisations/${id}/members`, {
          token: people[0]!.token,
          body: { email: p.email, role: 'admin' },
        });
      }
      const replies = await Promise.all(
        people.map((p) => del(server, `/organisations/${id}/members/${p.id}`, { token: p.token })),
      );
      const statuses = replies.map((r) => r.status).sort();
      assert.deepEqual(statuses, [204, 204, 204, 204, 409]);
      assert.equal(await admins(id), 1);
      assert.equal(await Membership.count({ where: { organisationId: id } }), 1);
    });

    it('the member list pages by cursor', async () => {
      const first = await get(server, `/organisations/${org}/members?limit=1`, {
        token: admin.token,
      });
      assert.equal(first.body.data.length, 1);
      assert.ok(first.body.nextCursor);
      const second = await get(
        server,
        `/organisations/${org}/members?limit=1&cursor=${first.body.nextCursor}`,
        { token: admin.token },
      );
      assert.equal(second.body.data.length, 1);
      assert.notEqual(second.body.data[0].user.id, first.body.data[0].user.id);
    });
  });

  describe('umbrella organisations', () => {
    let umbrella: number;
    let umbrellaAdmin: SignedIn;
    let umbrellaMember: SignedIn;

    before(async () => {
      umbrellaAdmin = await signIn(server, 'admin@kattojarjesto.fi');
      umbrellaMember = await signIn(server, 'jasen@kattojarjesto.fi');
      umbrella = await createOrg(umbrellaAdmin, {
        name: 'Kattojärjestö ry',
        kind: 'umbrella',
        businessId: BUSINESS_IDS[3],
      });
      await post(server, `/organisations/${umbrella}/members`, {
        token: umbrellaAdmin.token,
        body: { email: umbrellaMember.email },
      });
    });

    it("an umbrella's admins invite an organisation; it is a member only once its admins accept", async () => {
      const res = await post(server, `/organisations/${umbrella}/member-organisations`, {
        token: umbrellaAdmin.token,
        body: { organisationId: org },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.id, org);
      assert.equal(res.body.affiliation, 'invited');
      assert.deepEqual(res.body.umbrellas, []);
      assert.deepEqual(
        (await get(server, `/organisations/${umbrella}/member-organisations`)).body.data,
        [],
      );
      // Asking again while it waits emails nobody twice.
      await post(server, `/organisations/${umbrella}/member-organisations`, {
        token: umbrellaAdmin.token,
        body: { organisationId: org },
      });
      const invited = await mailTo(admin.email, 'umbrella_invitation');
      assert.equal(invited.length, 1);
      assert.match(invited[0]!.text, /Kattojärjestö ry/);

      const path = `/organisations/${org}/umbrella-invitations`;
      for (const [token, status] of [
        [member.token, 403],
        [umbrellaAdmin.token, 403],
        [undefined, 401],
      ] as const) {
        assert.equal((await get(server, path, { token })).status, status);
        assert.equal((await post(server, `${path}/${umbrella}/accept`, { token })).status, status);
      }
      const waiting = await get(server, path, { token: admin.token });
      assert.deepEqual(
        waiting.body.data.map((i: any) => i.umbrella),
        [{ id: umbrella, name: 'Kattojärjestö ry', kind: 'umbrella' }],
      );
      const accepted = await post(server, `${path}/${umbrella}/accept`, { token: admin.token });
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      assert.equal(accepted.body.id, umbrella);
      assert.deepEqual((await get(server, path, { token: admin.token })).body.data, []);
      assert.equal(
        (await post(server, `${path}/${umbrella}/accept`, { token: admin.token })).status,
        404,
      );
      assert.deepEqual((await get(server, `/organisations/${org}`)).body.umbrellas, [
        { id: umbrella, name: 'Kattojärjestö ry', kind: 'umbrella' },
      ]);
      const top = await get(server, `/organisations/${umbrella}`);
      assert.equal(top.body.memberOrganisationCount, 1);
      const members = await get(server, `/organisations/${umbrella}/member-organisations`);
      assert.equal(members.status, 200);
      assert.deepEqual(
        members.body.data.map((o: any) => o.id),
        [org],
      );
      const filtered = await get(server, `/organisations?umbrellaId=${umbrella}`);
      assert.deepEqual(
        filtered.body.data.map((o: any) => o.id),
        [org],
      );
    });

    it('a declined invitation makes no member; an admin of both sides adds at once', async () => {
      const bothAdmin = await signIn(server, 'molemmat@kattojarjesto.fi');
      const branch = await createOrg(bothAdmin, {
        name: 'Paikallisosasto ry',
        kind: 'association',
      });
      await post(server, `/organisations/${umbrella}/members`, {
        token: umbrellaAdmin.token,
        body: { email: bothAdmin.email, role: 'admin' },
      });
      const atOnce = await post(server, `/organisations/${umbrella}/member-organisations`, {
        token: bothAdmin.token,
        body: { organisationId: branch },
      });
      assert.equal(atOnce.status, 201, JSON.stringify(atOnce.body));
      assert.equal(atOnce.body.affiliation, 'member');
      assert.equal((await get(server, `/organisations/${branch}`)).body.umbrellas.length, 1);

      await post(server, `/organisations/${umbrella}/member-organisations`, {
        token: umbrellaAdmin.token,
        body: { organisationId: other },
      });
      const declined = await post(
        server,
        `/organisations/${other}/umbrella-invitations/${umbrella}/decline`,
        { token: otherAdmin.token },
      );
      assert.equal(declined.status, 204);
      assert.equal((await get(server, `/organisations/${other}`)).body.umbrellas.length, 0);
      assert.deepEqual(
        (
          await get(server, `/organisations/${other}/umbrella-invitations`, {
            token: otherAdmin.token,
          })
        ).body.data,
        [],
      );
      // Tidy: the branch leaves, so the counts below are the first organisation's alone.
      await del(server, `/organisations/${umbrella}/member-organisations/${branch}`, {
        token: bothAdmin.token,
      });
    });

    it('adding the same member organisation twice is a conflict', async () => {
      const res = await post(server, `/organisations/${umbrella}/member-organisations`, {
        token: umbrellaAdmin.token,
        body: { organisationId: org },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'already_member');
    });

    it('only umbrellas have member organisations, and never themselves', async () => {
      const notUmbrella = await post(server, `/organisations/${other}/member-organisations`, {
        token: otherAdmin.token,
        body: { organisationId: org },
      });
      assert.equal(notUmbrella.status, 422);
      assert.equal(errorCode(notUmbrella), 'not_an_umbrella');
      const self = await post(server, `/organisations/${umbrella}/member-organisations`, {
        token: umbrellaAdmin.token,
        body: { organisationId: umbrella },
      });
      assert.equal(self.status, 422);
      assert.equal(errorCode(self), 'self_membership');
      const missing = await post(server, `/organisations/${umbrella}/member-organisations`, {
        token: umbrellaAdmin.token,
        body: { organisationId: 999999 },
      });
      assert.equal(missing.status, 422);
      assert.equal(errorCode(missing), 'unknown_organisation');
      const bad = await post(server, `/organisations/${umbrella}/member-organisations`, {
        token: umbrellaAdmin.token,
        body: { organisationId: 'kaikki' },
      });
      assert.equal(bad.status, 422);
      assert.equal(errorCode(bad), 'validation_failed');
    });

    it('others may not add member organisations to an umbrella', async () => {
      const cases: [string | undefined, number, string][] = [
        [umbrellaMember.token, 403, 'not_an_admin'],
        [admin.token, 403, 'not_a_member'],
        [secretKey, 403, 'not_a_member'],
        [undefined, 401, 'unauthenticated'],
      ];
      for (const [token, status, code] of cases) {
        const res = await post(server, `/organisations/${umbrella}/member-organisations`, {
          token,
          body: { organisationId: other },
        });
        assert.equal(res.status, status);
        assert.equal(errorCode(res), code);
      }
      assert.equal((await get(server, `/organisations/${other}`)).body.umbrellas.length, 0);
    });

    it('an umbrella with member organisations cannot stop being an umbrella', async () => {
      const res = await patch(server, `/organisations/${umbrella}`, {
        token: umbrellaAdmin.token,
        body: { kind: 'association' },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'has_member_organisations');
    });

    it("either side's admins may end the membership; no one else", async () => {
      const path = `/organisations/${umbrella}/member-organisations/${org}`;
      for (const [token, status] of [
        [umbrellaMember.token, 403],
        [member.token, 403],
        [outsider.token, 403],
        [otherSecretKey, 403],
        [undefined, 401],
      ] as const) {
        const res = await del(server, path, { token });
        assert.equal(res.status, status);
        errorCode(res);
      }
      // The member organisation's admin leaves the umbrella.
      assert.equal((await del(server, path, { token: admin.token })).status, 204);
      assert.equal((await get(server, `/organisations/${org}`)).body.umbrellas.length, 0);
      assert.equal((await del(server, path, { token: admin.token })).status, 404);
      // The umbrella's admin removes a member organisation.
      await post(server, `/organisations/${umbrella}/member-organisations`, {
        token: umbrellaAdmin.token,
        body: { organisationId: other },
      });
      const removed = await del(
        server,
        `/organisations/${umbrella}/member-organisations/${other}`,
        {
          token: umbrellaAdmin.token,
        },
      );
      assert.equal(removed.status, 204);
      assert.equal(
        (await get(server, `/organisations/${umbrella}`)).body.memberOrganisationCount,
        0,
      );
      assert.equal((await get(server, '/organisations/999999/member-organisations')).status, 404);
    });
  });

  describe('API keys', () => {
    it('an admin creates a secret key: shown once, stored hashed, works at once', async () => {
      const res = await post(server, `/organisations/${org}/api-keys`, {
        token: admin.token,
        body: { kind: 'secret', name: 'Jäsenrekisteri' },
      });
      assert.equal(res.status, 201);
      const key: string = res.body.key;
      assert.match(key, /^sk_[A-Za-z0-9_-]{40,}$/);
      assert.equal(res.body.prefix, key.slice(0, 12));
      assert.equal(res.body.revokedAt, null);
      const row = await ApiKey.findByPk(res.body.id);
      assert.equal(row!.keyHash, sha256(key));
      assert.equal(JSON.stringify(row!.toJSON()).includes(key), false, 'the key is not stored');
      const used = await get(server, `/organisations/${org}/members`, { token: key });
      assert.equal(used.status, 200);
    });

    it('the list shows prefixes, never keys', async () => {
      const res = await get(server, `/organisations/${org}/api-keys`, { token: admin.token });
      assert.equal(res.status, 200);
      assert.ok(res.body.data.length >= 2);
      for (const k of res.body.data) {
        assert.equal('key' in k, false);
        assert.equal(k.prefix.length, 12);
      }
      assert.equal(JSON.stringify(res.body).includes(secretKey), false);
      assert.ok(res.body.data.some((k: any) => secretKey.startsWith(k.prefix)));
    });

    it('a publishable key is stored with its allowed origins', async () => {
      const res = await post(server, `/organisations/${org}/api-keys`, {
        token: admin.token,
        body: {
          kind: 'publishable',
          name: 'Kotisivu',
          allowedOrigins: ['https://yhdistys.example.fi'],
        },
      });
      assert.equal(res.status, 201);
      assert.match(res.body.key, /^pk_/);
      assert.deepEqual(res.body.allowedOrigins, ['https://yhdistys.example.fi']);
    });

    it('bad key requests are refused with the field named', async () => {
      const cases: Record<string, unknown>[] = [
        { kind: 'master', name: 'x' },
        { kind: 'secret', name: '' },
        { kind: 'publishable', name: 'x', allowedOrigins: ['https://a.example.fi/path'] },
        { kind: 'publishable', name: 'x', allowedOrigins: ['ftp://a.example.fi'] },
        { kind: 'secret', name: 'x', allowedOrigins: ['https://a.example.fi'] },
        { kind: 'secret', name: 'x', keyHash: 'abc' },
      ];
      for (const body of cases) {
        const res = await post(server, `/organisations/${org}/api-keys`, {
          token: admin.token,
          body,
        });
        assert.equal(res.status, 422, JSON.stringify(body));
        errorCode(res);
      }
    });

    it('only admins signed in as themselves manage keys', async () => {
      const cases: [string | undefined, number, string][] = [
        [member.token, 403, 'not_an_admin'],
        [outsider.token, 403, 'not_a_member'],
        [otherAdmin.token, 403, 'not_a_member'],
        [secretKey, 401, 'user_required'],
        [otherSecretKey, 401, 'user_required'],
        [undefined, 401, 'unauthenticated'],
      ];
      for (const [token, status, code] of cases) {
        const list = await get(server, `/organisations/${org}/api-keys`, { token });
        assert.equal(list.status, status);
        assert.equal(errorCode(list), code);
        const create = await post(server, `/organisations/${org}/api-keys`, {
          token,
          body: { kind: 'secret', name: 'luvaton' },
        });
        assert.equal(create.status, status);
        assert.equal(errorCode(create), code);
      }
      const keys = await get(server, `/organisations/${org}/api-keys`, { token: admin.token });
      assert.equal(
        keys.body.data.some((k: any) => k.name === 'luvaton'),
        false,
      );
    });

    it('a revoked key stops working at once', async () => {
      const created = await post(server, `/organisations/${org}/api-keys`, {
        token: admin.token,
        body: { kind: 'secret', name: 'kertakäyttö' },
      });
      const path = `/organisations/${org}/api-keys/${created.body.id}`;
      for (const [token, status] of [
        [member.token, 403],
        [otherAdmin.token, 403],
        [created.body.key, 401],
      ] as const) {
        assert.equal((await del(server, path, { token })).status, status);
      }
      assert.equal((await del(server, path, { token: admin.token })).status, 204);
      const refused = await get(server, `/organisations/${org}/members`, {
        token: created.body.key,
      });
      assert.equal(refused.status, 401);
      assert.equal(errorCode(refused), 'invalid_api_key');
      const listed = await get(server, `/organisations/${org}/api-keys`, { token: admin.token });
      const row = listed.body.data.find((k: any) => k.id === created.body.id);
      assert.ok(row.revokedAt);
      assert.equal((await del(server, path, { token: admin.token })).status, 204);
    });

    it('a key is revoked only through its own organisation', async () => {
      const theirs = await post(server, `/organisations/${other}/api-keys`, {
        token: otherAdmin.token,
        body: { kind: 'secret', name: 'toisen avain' },
      });
      const res = await del(server, `/organisations/${org}/api-keys/${theirs.body.id}`, {
        token: admin.token,
      });
      assert.equal(res.status, 404);
      const still = await get(server, `/organisations/${other}/members`, {
        token: theirs.body.key,
      });
      assert.equal(still.status, 200);
    });

    it("another organisation's secret key acts only for its own organisation", async () => {
      const res = await get(server, `/organisations/${org}/members`, { token: otherSecretKey });
      assert.equal(res.status, 403);
      const add = await post(server, `/organisations/${org}/members`, {
        token: otherSecretKey,
        body: { email: 'ujuttaja@example.fi', role: 'admin' },
      });
      assert.equal(add.status, 403);
    });
  });
});

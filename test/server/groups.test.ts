import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  Group,
  GroupMember,
  Membership,
  Organisation,
  User,
} from '../../server/db/models/index.ts';
import { CODE_ALPHABET } from '../../server/services/groups.ts';
import { del, errorCode, get, patch, post, signIn, type SignedIn } from '../helpers/http.ts';
import { secretKeyOf } from '../helpers/fixtures.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

/** Organisations and memberships straight into the database: this file tests groups only. */
async function organisation(name: string, kind: Organisation['kind'] = 'association') {
  return Organisation.create({ name, kind });
}

async function join(org: Organisation, who: SignedIn, role: 'member' | 'admin' = 'member') {
  await Membership.create({ organisationId: org.id, userId: who.id, role });
}

let emailSeq = 0;
const freshEmail = (label: string) => `${label}-${++emailSeq}@example.fi`;

describe(`groups (${dialectName})`, () => {
  let server: TestServer;
  let org: Organisation;
  let otherOrg: Organisation;
  let admin: SignedIn;
  let member: SignedIn;
  let outsider: SignedIn;
  let otherOrgMember: SignedIn;
  let orgKey: string;
  let otherKey: string;

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000, codesPerEmailPerHour: 100 });
    org = await organisation('Kehitysvammatuki ry', 'umbrella');
    otherOrg = await organisation('Toinen yhdistys ry');
    admin = await signIn(server, 'admin@kvt.fi');
    member = await signIn(server, 'member@kvt.fi');
    outsider = await signIn(server, 'outsider@example.fi');
    otherOrgMember = await signIn(server, 'member@toinen.fi');
    await join(org, admin, 'admin');
    await join(org, member);
    await join(otherOrg, otherOrgMember, 'admin');
    orgKey = await secretKeyOf(org, admin);
    otherKey = await secretKeyOf(otherOrg, otherOrgMember);
  });
  after(() => server.close());

  async function newGroup(body: Record<string, unknown> = {}, token = admin.token) {
    const res = await post(server, '/groups', {
      token,
      body: { organisationId: org.id, name: 'Viestintäverkosto', ...body },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as {
      id: number;
      code: string;
      memberCap: number;
      memberCount: number;
      name: string;
    };
  }

  /** A signed-in user who has been added to the group by email. */
  async function groupMember(groupId: number): Promise<SignedIn> {
    const who = await signIn(server, freshEmail('gm'));
    await GroupMember.create({ groupId, email: who.email, invitedById: null });
    return who;
  }

  describe('creating', () => {
    it("an organisation's member creates a group with a generated code and the default cap", async () => {
      const res = await post(server, '/groups', {
        token: member.token,
        body: { organisationId: org.id, name: '  Paikallisosastot  ' },
      });
      assert.equal(res.status, 201);
      assert.equal(res.body.name, 'Paikallisosastot');
      assert.equal(res.body.organisationId, org.id);
      assert.equal(res.body.memberCap, 30);
      assert.equal(res.body.memberCount, 0);
      assert.equal(res.body.code.length, 6);
      for (const ch of res.body.code) assert.ok(CODE_ALPHABET.includes(ch), `${ch} in the code`);
      const row = await Group.findByPk(res.body.id);
      assert.equal(row?.createdById, member.id);
    });

    it('generated codes leave out look-alike characters', () => {
      for (const ch of '0O1I') assert.ok(!CODE_ALPHABET.includes(ch), ch);
    });

    it('the default cap comes from the configuration', async () => {
      // The server reads its configuration per request: change it for this one call.
      server.config.groupMemberCap = 12;
      try {
        assert.equal((await newGroup({ name: 'Pienempi' }, member.token)).memberCap, 12);
      } finally {
        server.config.groupMemberCap = 30;
      }
    });

    it('a custom code is upper-cased, and a taken one is refused with code_taken', async () => {
      const first = await newGroup({ code: 'viesti24' });
      assert.equal(first.code, 'VIESTI24');
      const again = await post(server, '/groups', {
        token: member.token,
        body: { organisationId: org.id, name: 'Toinen', code: 'Viesti24' },
      });
      assert.equal(again.status, 409);
      assert.equal(errorCode(again), 'code_taken');
      assert.equal(await Group.count({ where: { name: 'Toinen' } }), 0);
    });

    it('only the admins (or the secret key) choose a cap at creation', async () => {
      const byMember = await post(server, '/groups', {
        token: member.token,
        body: { organisationId: org.id, name: 'Iso ryhmä', memberCap: 100 },
      });
      assert.equal(byMember.status, 403);
      assert.equal(errorCode(byMember), 'not_an_admin');
      assert.equal((await newGroup({ memberCap: 100 })).memberCap, 100);
      const byKey = await post(server, '/groups', {
        token: orgKey,
        body: { organisationId: org.id, name: 'Skriptin ryhmä', memberCap: 5 },
      });
      assert.equal(byKey.status, 201);
      assert.equal(byKey.body.memberCap, 5);
      assert.equal((await Group.findByPk(byKey.body.id))?.createdById, null);
    });

    it('nobody creates a group for an organisation they do not belong to', async () => {
      const body = { organisationId: org.id, name: 'Kaappaus' };
      const byOutsider = await post(server, '/groups', { token: outsider.token, body });
      assert.equal(byOutsider.status, 403);
      assert.equal(errorCode(byOutsider), 'not_a_member');
      const byOtherKey = await post(server, '/groups', { token: otherKey, body });
      assert.equal(byOtherKey.status, 403);
      assert.equal(errorCode(byOtherKey), 'not_a_member');
      const anonymous = await post(server, '/groups', { body });
      assert.equal(anonymous.status, 401);
      assert.equal(errorCode(anonymous), 'unauthenticated');
      const unknownOrg = await post(server, '/groups', {
        token: admin.token,
        body: { organisationId: 999_999, name: 'Ei ketään' },
      });
      assert.equal(unknownOrg.status, 404);
      assert.equal(errorCode(unknownOrg), 'not_found');
      assert.equal(await Group.count({ where: { name: 'Kaappaus' } }), 0);
    });

    it('bad input is a 422 naming the field, or a 400 for broken JSON', async () => {
      const cases: [unknown, string][] = [
        [{ organisationId: org.id, name: 'x' }, 'name'],
        [{ organisationId: org.id, name: 'Ryhmä', code: 'AB' }, 'code'],
        [{ organisationId: org.id, name: 'Ryhmä', code: 'ÄÄKKÖSET' }, 'code'],
        [{ organisationId: org.id, name: 'Ryhmä', memberCap: 0 }, 'memberCap'],
        [{ organisationId: org.id, name: 'Ryhmä', memberCap: 2.5 }, 'memberCap'],
        [{ organisationId: 'abc', name: 'Ryhmä' }, 'organisationId'],
        [{ name: 'Ryhmä' }, 'organisationId'],
        [{ organisationId: org.id, name: 'Ryhmä', createdById: 1 }, ''],
      ];
      for (const [body, field] of cases) {
        const res = await post(server, '/groups', { token: admin.token, body });
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(errorCode(res), 'validation_failed');
        if (field) {
          assert.ok(
            res.body.error.details.issues.some((i: { path: string }) => i.path === field),
            `${field} named for ${JSON.stringify(body)}`,
          );
        }
      }
      const broken = await post(server, '/groups', { token: admin.token, body: '{"name":' });
      assert.equal(broken.status, 400);
      assert.equal(errorCode(broken), 'invalid_json');
    });
  });

  describe('reading', () => {
    it('the group and its code are visible to its members and its organisation only', async () => {
      const g = await newGroup();
      const inGroup = await groupMember(g.id);
      const allowed: [string, string][] = [
        ['group member', inGroup.token],
        ['organisation member', member.token],
        ['admin', admin.token],
        ['secret key', orgKey],
      ];
      for (const [who, token] of allowed) {
        const res = await get(server, `/groups/${g.id}`, { token });
        assert.equal(res.status, 200, who);
        assert.equal(res.body.code, g.code, who);
        assert.equal(res.body.memberCount, 1, who);
        const members = await get(server, `/groups/${g.id}/members`, { token });
        assert.equal(members.status, 200, who);
        assert.deepEqual(
          members.body.data.map((m: { email: string }) => m.email),
          [inGroup.email],
          who,
        );
      }
      const denied: [string, string][] = [
        ['outsider', outsider.token],
        ["another organisation's member", otherOrgMember.token],
        ["another organisation's key", otherKey],
      ];
      for (const [who, token] of denied) {
        for (const path of [`/groups/${g.id}`, `/groups/${g.id}/members`]) {
          const res = await get(server, path, { token });
          assert.equal(res.status, 404, `${who} ${path}`);
          assert.equal(errorCode(res), 'not_found');
        }
      }
      const anonymous = await get(server, `/groups/${g.id}`);
      assert.equal(anonymous.status, 401);
    });

    it('an unknown group is 404 and a malformed id is 422', async () => {
      const unknown = await get(server, '/groups/987654', { token: admin.token });
      assert.equal(unknown.status, 404);
      assert.equal(errorCode(unknown), 'not_found');
      for (const id of ['abc', '0', '-1', '1.5']) {
        const res = await get(server, `/groups/${id}`, { token: admin.token });
        assert.equal(res.status, 422, id);
        assert.equal(errorCode(res), 'validation_failed');
      }
    });

    it('GET /groups lists the groups the caller belongs to or whose organisation they belong to', async () => {
      const g = await newGroup({ name: 'Listattava' });
      const other = await post(server, '/groups', {
        token: otherOrgMember.token,
        body: { organisationId: otherOrg.id, name: 'Toisen ryhmä' },
      });
      assert.equal(other.status, 201);
      const inBoth = await groupMember(g.id);
      await GroupMember.create({ groupId: other.body.id, email: inBoth.email, invitedById: null });

      const ids = async (token: string) => {
        const res = await get(server, '/groups', { token });
        assert.equal(res.status, 200);
        return res.body.data.map((x: { id: number }) => x.id) as number[];
      };
      assert.deepEqual(await ids(outsider.token), []);
      assert.deepEqual((await ids(inBoth.token)).sort(), [g.id, other.body.id].sort());
      const mine = await ids(member.token);
      assert.ok(mine.includes(g.id) && !mine.includes(other.body.id));
      const byKey = await ids(orgKey);
      assert.ok(byKey.includes(g.id) && !byKey.includes(other.body.id));
      const byOtherKey = await ids(otherKey);
      assert.deepEqual(byOtherKey, [other.body.id]);
      const listed = (await get(server, '/groups', { token: inBoth.token })).body.data;
      for (const x of listed) assert.equal(typeof x.code, 'string');
      assert.equal((await get(server, '/groups')).status, 401);
    });
  });

  describe('adding members', () => {
    it('the organisation adds members by email, and each gets an invitation in their language', async () => {
      const g = await newGroup({ name: 'Kuvankäsittelijät' });
      const swede = await signIn(server, 'svensk@example.fi', { lang: 'sv', name: 'Sven' });
      const res = await post(server, `/groups/${g.id}/members`, {
        token: member.token,
        body: { emails: ['Uusi.Jasen@Example.FI', 'svensk@example.fi', 'uusi.jasen@example.fi'] },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.deepEqual(res.body.data.map((m: { email: string }) => m.email).sort(), [
        'svensk@example.fi',
        'uusi.jasen@example.fi',
      ]);
      const sven = res.body.data.find((m: { email: string }) => m.email === swede.email);
      assert.deepEqual(sven.user, { id: swede.id, name: 'Sven' });
      const stranger = res.body.data.find((m: { email: string }) => m.email !== swede.email);
      assert.equal(stranger.user, null);

      const fi = await mailTo('uusi.jasen@example.fi', 'group_invitation');
      assert.equal(fi.length, 1);
      assert.match(fi[0]!.subject, /Kuvankäsittelijät/);
      assert.match(fi[0]!.text, /Kehitysvammatuki ry/);
      assert.match(fi[0]!.text, /kirjautumiskoodin/);
      assert.ok(fi[0]!.text.includes(server.baseUrl));
      const sv = await mailTo('svensk@example.fi', 'group_invitation');
      assert.equal(sv.length, 1);
      assert.match(sv[0]!.subject, /gruppen Kuvankäsittelijät/);

      const after = await get(server, `/groups/${g.id}`, { token: member.token });
      assert.equal(after.body.memberCount, 2);
    });

    it('an invited address with no account sees the group once it signs in', async () => {
      const g = await newGroup({ name: 'Odottava' });
      const email = freshEmail('invited');
      const added = await post(server, `/groups/${g.id}/members`, {
        token: admin.token,
        body: { emails: [email] },
      });
      assert.equal(added.status, 201);
      assert.equal(await User.count({ where: { email } }), 0);
      const who = await signIn(server, email);
      const res = await get(server, `/groups/${g.id}`, { token: who.token });
      assert.equal(res.status, 200);
      assert.equal(res.body.code, g.code);
      const me = await get(server, '/me', { token: who.token });
      assert.deepEqual(
        me.body.groups.map((x: { id: number }) => x.id),
        [g.id],
      );
    });

    it('adding is all or nothing: an address already in the group is named and nothing is added', async () => {
      const g = await newGroup();
      const first = await post(server, `/groups/${g.id}/members`, {
        token: admin.token,
        body: { emails: ['eka@example.fi', 'toka@example.fi'] },
      });
      assert.equal(first.status, 201);
      const res = await post(server, `/groups/${g.id}/members`, {
        token: admin.token,
        body: { emails: ['uusi-x@example.fi', 'TOKA@example.fi', 'eka@example.fi'] },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'already_in_group');
      assert.deepEqual(res.body.error.details.emails, ['eka@example.fi', 'toka@example.fi']);
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 2);
      assert.equal((await mailTo('uusi-x@example.fi')).length, 0);
    });

    it('adding past the cap is group_full with the cap, and nothing is added', async () => {
      const g = await newGroup({ memberCap: 3 });
      await post(server, `/groups/${g.id}/members`, {
        token: admin.token,
        body: { emails: ['a1@example.fi', 'a2@example.fi'] },
      });
      const res = await post(server, `/groups/${g.id}/members`, {
        token: admin.token,
        body: { emails: ['a3@example.fi', 'a4@example.fi'] },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'group_full');
      assert.equal(res.body.error.details.memberCap, 3);
      assert.equal(res.body.error.details.memberCount, 2);
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 2);
      assert.equal((await mailTo('a3@example.fi')).length, 0);
      const fits = await post(server, `/groups/${g.id}/members`, {
        token: admin.token,
        body: { emails: ['a3@example.fi'] },
      });
      assert.equal(fits.status, 201);
    });

    it('only the organisation adds members; a group member may look but not add', async () => {
      const g = await newGroup();
      const inGroup = await groupMember(g.id);
      const body = { emails: ['lisatty@example.fi'] };
      const byGroupMember = await post(server, `/groups/${g.id}/members`, {
        token: inGroup.token,
        body,
      });
      assert.equal(byGroupMember.status, 403);
      assert.equal(errorCode(byGroupMember), 'not_a_member');
      for (const token of [outsider.token, otherOrgMember.token, otherKey]) {
        const res = await post(server, `/groups/${g.id}/members`, { token, body });
        assert.equal(res.status, 404);
      }
      assert.equal((await post(server, `/groups/${g.id}/members`, { body })).status, 401);
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 1);
      const byKey = await post(server, `/groups/${g.id}/members`, { token: orgKey, body });
      assert.equal(byKey.status, 201);
      assert.equal(byKey.body.data[0].email, 'lisatty@example.fi');
    });

    it('bad member lists are refused with 422', async () => {
      const g = await newGroup();
      const tooMany = Array.from({ length: 101 }, (_, i) => `m${i}@example.fi`);
      for (const body of [
        { emails: [] },
        { emails: ['not an email'] },
        { emails: tooMany },
        { emails: 'a@example.fi' },
        {},
        { emails: ['a@example.fi'], role: 'admin' },
      ]) {
        const res = await post(server, `/groups/${g.id}/members`, { token: admin.token, body });
        assert.equal(res.status, 422, JSON.stringify(body).slice(0, 80));
        assert.equal(errorCode(res), 'validation_failed');
      }
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 0);
    });

    it('parallel additions never take a group past its cap', async () => {
      const g = await newGroup({ memberCap: 5 });
      const replies = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          post(server, `/groups/${g.id}/members`, {
            token: admin.token,
            body: { emails: [`p${i}a@example.fi`, `p${i}b@example.fi`] },
          }),
        ),
      );
      const statuses = replies.map((r) => r.status).sort();
      assert.deepEqual(statuses, [201, 201, 409, 409, 409, 409]);
      for (const r of replies.filter((x) => x.status === 409))
        assert.equal(errorCode(r), 'group_full');
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 4);
    });
  });

  describe('changing a group', () => {
    it("the organisation's admins rename it and change its cap", async () => {
      const g = await newGroup();
      const res = await patch(server, `/groups/${g.id}`, {
        token: admin.token,
        body: { name: 'Uusi nimi', memberCap: 50 },
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.name, 'Uusi nimi');
      assert.equal(res.body.memberCap, 50);
      const byKey = await patch(server, `/groups/${g.id}`, {
        token: orgKey,
        body: { memberCap: 10 },
      });
      assert.equal(byKey.status, 200);
      assert.equal(byKey.body.memberCap, 10);
      assert.equal(byKey.body.name, 'Uusi nimi');
    });

    it('members of the organisation and of the group may not; others do not see it', async () => {
      const g = await newGroup({ name: 'Muuttumaton' });
      const inGroup = await groupMember(g.id);
      for (const token of [member.token, inGroup.token]) {
        const res = await patch(server, `/groups/${g.id}`, { token, body: { name: 'Muutettu' } });
        assert.equal(res.status, 403);
        assert.equal(errorCode(res), 'not_an_admin');
      }
      for (const token of [outsider.token, otherKey, otherOrgMember.token]) {
        const res = await patch(server, `/groups/${g.id}`, { token, body: { name: 'Muutettu' } });
        assert.equal(res.status, 404);
      }
      assert.equal((await Group.findByPk(g.id))?.name, 'Muuttumaton');
    });

    it('the cap cannot go below the current member count', async () => {
      const g = await newGroup();
      await post(server, `/groups/${g.id}/members`, {
        token: admin.token,
        body: { emails: ['c1@example.fi', 'c2@example.fi', 'c3@example.fi'] },
      });
      const res = await patch(server, `/groups/${g.id}`, {
        token: admin.token,
        body: { memberCap: 2 },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'cap_below_member_count');
      assert.equal(res.body.error.details.memberCount, 3);
      assert.equal((await Group.findByPk(g.id))?.memberCap, 30);
      const exact = await patch(server, `/groups/${g.id}`, {
        token: admin.token,
        body: { memberCap: 3 },
      });
      assert.equal(exact.status, 200);
      assert.equal(exact.body.memberCap, 3);
    });

    it('bad changes are refused with 422', async () => {
      const g = await newGroup();
      for (const body of [
        { memberCap: 0 },
        { memberCap: 10_001 },
        { name: 'x' },
        { code: 'NEWCODE1' },
        { organisationId: otherOrg.id },
      ]) {
        const res = await patch(server, `/groups/${g.id}`, { token: admin.token, body });
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(errorCode(res), 'validation_failed');
      }
      const row = await Group.findByPk(g.id);
      assert.equal(row?.organisationId, org.id);
      assert.equal(row?.code, g.code);
    });
  });

  describe('removing members', () => {
    it('a member removes themself, and the organisation removes anyone', async () => {
      const g = await newGroup();
      const leaver = await groupMember(g.id);
      const removed = await groupMember(g.id);
      const rows = await GroupMember.findAll({ where: { groupId: g.id }, order: [['id', 'ASC']] });
      const [leaverRow, removedRow] = rows;
      assert.equal(removedRow!.email, removed.email);

      const leave = await del(server, `/groups/${g.id}/members/${leaverRow!.id}`, {
        token: leaver.token,
      });
      assert.equal(leave.status, 204);
      assert.equal((await get(server, `/groups/${g.id}`, { token: leaver.token })).status, 404);

      const byOrg = await del(server, `/groups/${g.id}/members/${removedRow!.id}`, {
        token: member.token,
      });
      assert.equal(byOrg.status, 204);
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 0);
    });

    it('a group member cannot remove another; others do not see the group', async () => {
      const g = await newGroup();
      const one = await groupMember(g.id);
      await groupMember(g.id);
      const other = await GroupMember.findOne({
        where: { groupId: g.id },
        order: [['id', 'DESC']],
      });
      const path = `/groups/${g.id}/members/${other!.id}`;
      const byPeer = await del(server, path, { token: one.token });
      assert.equal(byPeer.status, 403);
      assert.equal(errorCode(byPeer), 'forbidden');
      for (const token of [outsider.token, otherKey, otherOrgMember.token]) {
        assert.equal((await del(server, path, { token })).status, 404);
      }
      assert.equal((await del(server, path)).status, 401);
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 2);
      assert.equal((await del(server, path, { token: orgKey })).status, 204);
    });

    it('a member of another group, or no member at all, is 404', async () => {
      const g = await newGroup();
      const h = await newGroup();
      await groupMember(h.id);
      const inH = await GroupMember.findOne({ where: { groupId: h.id } });
      const wrongGroup = await del(server, `/groups/${g.id}/members/${inH!.id}`, {
        token: admin.token,
      });
      assert.equal(wrongGroup.status, 404);
      assert.equal(await GroupMember.count({ where: { groupId: h.id } }), 1);
      const none = await del(server, `/groups/${g.id}/members/999999`, { token: admin.token });
      assert.equal(none.status, 404);
      const bad = await del(server, `/groups/${g.id}/members/abc`, { token: admin.token });
      assert.equal(bad.status, 422);
    });
  });

  describe('joining with the code', () => {
    it('a signed-in user joins with the code, in any letter case; joining again changes nothing', async () => {
      const g = await newGroup({ code: 'LIITY42' });
      const joiner = await signIn(server, freshEmail('joiner'));
      const res = await post(server, '/groups/join', {
        token: joiner.token,
        body: { code: ' liity42 ' },
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.id, g.id);
      assert.equal(res.body.code, 'LIITY42');
      assert.equal(res.body.memberCount, 1);
      const again = await post(server, '/groups/join', {
        token: joiner.token,
        body: { code: 'LIITY42' },
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.memberCount, 1);
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 1);
      assert.equal((await get(server, `/groups/${g.id}`, { token: joiner.token })).status, 200);
    });

    it('an unknown code is 404, a malformed one 422, and only signed-in users join', async () => {
      const unknown = await post(server, '/groups/join', {
        token: outsider.token,
        body: { code: 'EIOLE99' },
      });
      assert.equal(unknown.status, 404);
      assert.equal(errorCode(unknown), 'not_found');
      for (const body of [{ code: 'a' }, { code: 'ÄÄÄÄÄ' }, {}, { code: 'ABCDEF', groupId: 1 }]) {
        const res = await post(server, '/groups/join', { token: outsider.token, body });
        assert.equal(res.status, 422, JSON.stringify(body));
      }
      const g = await newGroup();
      const byKey = await post(server, '/groups/join', { token: orgKey, body: { code: g.code } });
      assert.equal(byKey.status, 401);
      assert.equal(errorCode(byKey), 'user_required');
      const anonymous = await post(server, '/groups/join', { body: { code: g.code } });
      assert.equal(anonymous.status, 401);
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 0);
    });

    it('a full group refuses a new member but still answers one already in it', async () => {
      const g = await newGroup({ memberCap: 1 });
      const first = await signIn(server, freshEmail('first'));
      const second = await signIn(server, freshEmail('second'));
      assert.equal(
        (await post(server, '/groups/join', { token: first.token, body: { code: g.code } })).status,
        200,
      );
      const full = await post(server, '/groups/join', {
        token: second.token,
        body: { code: g.code },
      });
      assert.equal(full.status, 409);
      assert.equal(errorCode(full), 'group_full');
      assert.equal(full.body.error.details.memberCap, 1);
      const again = await post(server, '/groups/join', {
        token: first.token,
        body: { code: g.code },
      });
      assert.equal(again.status, 200);
    });

    it('ten parallel joins to a group with a cap of three leave exactly three members', async () => {
      const g = await newGroup({ memberCap: 3 });
      const joiners: SignedIn[] = [];
      for (let i = 0; i < 10; i++) joiners.push(await signIn(server, `rush${i}@example.fi`));
      const replies = await Promise.all(
        joiners.map((j) =>
          post(server, '/groups/join', { token: j.token, body: { code: g.code } }),
        ),
      );
      const ok = replies.filter((r) => r.status === 200);
      const full = replies.filter((r) => r.status === 409);
      assert.equal(ok.length, 3, replies.map((r) => r.status).join(','));
      assert.equal(full.length, 7);
      for (const r of full) assert.equal(errorCode(r), 'group_full');
      assert.equal(await GroupMember.count({ where: { groupId: g.id } }), 3);
    });
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Application, Feedback, Group, Task, User } from '../../server/db/models/index.ts';
import { errorCode, get, patch, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`public profiles and profile editing (${dialectName})`, () => {
  let server: TestServer;
  let helper: SignedIn;
  let requester: SignedIn;
  let viewer: SignedIn;
  let orgId: number;

  const cv = {
    languages: ['suomi', 'englanti'],
    skills: ['kirjanpito', 'Excel'],
    experience: 'Kymmenen vuotta yhdistysten taloushallintoa.',
    videoUrl: 'https://www.youtube.com/watch?v=abc123',
    linkedinUrl: 'https://www.linkedin.com/in/helmi-helper',
  };

  before(async () => {
    server = await startTestServer();
    helper = await signIn(server, 'helmi@example.fi', {
      name: 'Helmi Helper',
      phone: '+358 40 123 4567',
      helperType: 'ngo_staff',
      bio: 'Autan mielelläni tilinpäätöksissä.',
      postalCode: '33100',
      ...cv,
    });
    requester = await signIn(server, 'rauni@yhdistys.fi', { name: 'Rauni Requester' });
    viewer = await signIn(server, 'vieras@example.fi', { name: 'Ville Viewer' });
    const org = await post(server, '/organisations', {
      token: requester.token,
      body: { name: 'Tilinpäättäjät ry', kind: 'association' },
    });
    orgId = org.body.id;
    const joined = await post(server, '/organisations', {
      token: helper.token,
      body: { name: 'Helmen yhdistys ry', kind: 'association' },
    });
    assert.equal(joined.status, 201);
  });
  after(() => server.close());

  /** A task of `orgId` with `helper`'s assignment; approved when `approved`. */
  async function assignment(approved: boolean): Promise<{ task: Task; app: Application }> {
    const task = await Task.create({
      organisationId: orgId,
      createdById: requester.id,
      status: approved ? 'completed' : 'assigned',
      category: 'kirjanpito-talous',
      title: 'Tilinpäätöksen valmistelu',
      details: 'Kolmen tunnin urakka.',
      remote: true,
      estimatedHours: 3,
      helpersWanted: 1,
    });
    const app = await Application.create({
      taskId: task.id,
      userId: helper.id,
      message: 'Voin auttaa.',
      status: 'selected',
      selectedAt: new Date(),
      ...(approved ? { doneAt: new Date(), approvedAt: new Date(), actualHours: 3 } : {}),
    });
    return { task, app };
  }

  describe('the public profile', () => {
    it('shows who the person is, where, and for which organisations; never email or phone', async () => {
      const res = await get(server, `/users/${helper.id}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.name, 'Helmi Helper');
      assert.equal(res.body.helperType, 'ngo_staff');
      assert.equal(res.body.bio, 'Autan mielelläni tilinpäätöksissä.');
      assert.equal(res.body.postalCode, '33100');
      assert.equal(res.body.municipality, 'Tampere');
      assert.equal(res.body.region, 'Pirkanmaa');
      assert.deepEqual(
        res.body.organisations.map((o: any) => [o.name, o.kind]),
        [['Helmen yhdistys ry', 'association']],
      );
      const text = JSON.stringify(res.body);
      assert.equal(text.includes('helmi@example.fi'), false);
      assert.equal(text.includes('123 4567'), false);
      assert.equal('email' in res.body, false);
      assert.equal('phone' in res.body, false);
    });

    it('keeps the CV private until the person shares it, but shows it to the person', async () => {
      const anonymous = await get(server, `/users/${helper.id}`);
      assert.equal(anonymous.body.cv, null);
      const other = await get(server, `/users/${helper.id}`, { token: viewer.token });
      assert.equal(other.body.cv, null);
      const own = await get(server, `/users/${helper.id}`, { token: helper.token });
      assert.deepEqual(own.body.cv, cv);

      await patch(server, '/me', { token: helper.token, body: { cvPublic: true } });
      const shared = await get(server, `/users/${helper.id}`, { token: viewer.token });
      assert.deepEqual(shared.body.cv, cv);
      const sharedAnonymous = await get(server, `/users/${helper.id}`);
      assert.deepEqual(sharedAnonymous.body.cv, cv);
      await patch(server, '/me', { token: helper.token, body: { cvPublic: false } });
      assert.equal((await get(server, `/users/${helper.id}`)).body.cv, null);
    });

    it('a new person has no completed tasks and no rating yet', async () => {
      const res = await get(server, `/users/${viewer.id}`);
      assert.equal(res.body.completedTasks, 0);
      assert.deepEqual(res.body.rating, { average: null, count: 0 });
      assert.deepEqual(res.body.feedback, []);
    });

    it('counts approved assignments only as completed tasks', async () => {
      await assignment(true);
      await assignment(true);
      await assignment(false);
      const res = await get(server, `/users/${helper.id}`);
      assert.equal(res.body.completedTasks, 2);
    });

    it('shows feedback received in both roles, newest first, with the average rating', async () => {
      const first = await assignment(true);
      const second = await assignment(true);
      // Received as a helper, twice; the newer one written first.
      await Feedback.create({
        taskId: second.task.id,
        applicationId: second.app.id,
        direction: 'to_helper',
        fromUserId: requester.id,
        toUserId: helper.id,
        rating: 4,
        text: 'Hyvää työtä.',
        createdAt: new Date('2025-03-03T10:00:00Z'),
      });
      await Feedback.create({
        taskId: first.task.id,
        applicationId: first.app.id,
        direction: 'to_helper',
        fromUserId: requester.id,
        toUserId: helper.id,
        rating: 5,
        text: 'Nopea ja huolellinen.',
        createdAt: new Date('2025-03-01T10:00:00Z'),
      });
      // Given by the helper to the requester: shows on the requester's profile, not here.
      await Feedback.create({
        taskId: first.task.id,
        applicationId: first.app.id,
        direction: 'to_requester',
        fromUserId: helper.id,
        toUserId: requester.id,
        rating: 3,
        text: 'Ohjeet olisivat voineet olla selkeämmät.',
        createdAt: new Date('2025-03-02T10:00:00Z'),
      });

      const res = await get(server, `/users/${helper.id}`);
      assert.deepEqual(res.body.rating, { average: 4.5, count: 2 });
      assert.deepEqual(
        res.body.feedback.map((f: any) => [f.rating, f.text, f.direction, f.from.name]),
        [
          [4, 'Hyvää työtä.', 'to_helper', 'Rauni Requester'],
          [5, 'Nopea ja huolellinen.', 'to_helper', 'Rauni Requester'],
        ],
      );
      assert.equal(res.body.feedback[0].to.id, helper.id);
      assert.equal(res.body.feedback[0].taskId, second.task.id);

      const theirs = await get(server, `/users/${requester.id}`);
      assert.deepEqual(theirs.body.rating, { average: 3, count: 1 });
      assert.equal(theirs.body.feedback[0].direction, 'to_requester');
      assert.equal(theirs.body.feedback[0].from.name, 'Helmi Helper');
      assert.equal(theirs.body.completedTasks, 0, 'requesting is not completing a task');
    });

    it('does not show feedback given on a group-only task', async () => {
      const { task, app } = await assignment(true);
      const group = await Group.create({
        organisationId: orgId,
        name: 'Hallitus',
        code: 'HALL1TUS',
        memberCap: 10,
        createdById: requester.id,
      });
      await task.update({ groupId: group.id });
      await Feedback.create({
        taskId: task.id,
        applicationId: app.id,
        direction: 'to_helper',
        fromUserId: requester.id,
        toUserId: helper.id,
        rating: 5,
        text: 'Ryhmän sisäinen kiitos.',
      });
      const res = await get(server, `/users/${helper.id}`);
      assert.equal(res.status, 200);
      assert.equal(
        res.body.feedback.some((f: any) => f.taskId === task.id),
        false,
      );
      assert.equal(JSON.stringify(res.body).includes('Ryhmän sisäinen kiitos.'), false);
    });

    it('an unknown id is 404 and a malformed one 422', async () => {
      const missing = await get(server, '/users/999999');
      assert.equal(missing.status, 404);
      assert.equal(errorCode(missing), 'not_found');
      for (const id of ['abc', '0', '-1', '1.5']) {
        const bad = await get(server, `/users/${id}`);
        assert.equal(bad.status, 422, id);
        assert.equal(errorCode(bad), 'validation_failed');
      }
    });
  });

  describe('editing your own profile', () => {
    async function update(body: unknown) {
      return patch(server, '/me', { token: viewer.token, body });
    }

    it('accepts https links to YouTube, Vimeo and LinkedIn', async () => {
      for (const videoUrl of [
        'https://youtu.be/abc123',
        'https://vimeo.com/123456',
        'https://player.vimeo.com/video/123456',
        'https://m.youtube.com/watch?v=abc',
      ]) {
        const res = await update({ videoUrl });
        assert.equal(res.status, 200, videoUrl);
        assert.equal(res.body.videoUrl, videoUrl);
      }
      const res = await update({ linkedinUrl: 'https://fi.linkedin.com/in/ville', videoUrl: null });
      assert.equal(res.status, 200);
      assert.equal(res.body.linkedinUrl, 'https://fi.linkedin.com/in/ville');
      assert.equal(res.body.videoUrl, null);
    });

    it('refuses video links that are not https or not on YouTube or Vimeo', async () => {
      for (const videoUrl of [
        'http://www.youtube.com/watch?v=abc',
        'https://youtube.com.evil.example/watch?v=abc',
        'https://evil.example/?u=https://youtube.com',
        'javascript:alert(1)',
        'https://www.linkedin.com/in/ville',
        'youtube.com/watch?v=abc',
      ]) {
        const res = await update({ videoUrl });
        assert.equal(res.status, 422, videoUrl);
        assert.equal(errorCode(res), 'validation_failed');
        assert.equal(res.body.error.details.issues[0].path, 'videoUrl');
      }
    });

    it('refuses LinkedIn links that are not https or not on LinkedIn', async () => {
      for (const linkedinUrl of [
        'http://www.linkedin.com/in/ville',
        'https://linkedin.com.evil.example/in/ville',
        'https://www.youtube.com/watch?v=abc',
        'data:text/html,hello',
      ]) {
        const res = await update({ linkedinUrl });
        assert.equal(res.status, 422, linkedinUrl);
        assert.equal(res.body.error.details.issues[0].path, 'linkedinUrl');
      }
    });

    it('refuses an unknown postal code and a malformed one', async () => {
      const unknown = await update({ postalCode: '00000' });
      assert.equal(unknown.status, 422);
      assert.equal(errorCode(unknown), 'unknown_postal_code');
      assert.equal(unknown.body.error.details.issues[0].path, 'postalCode');
      assert.equal(unknown.body.error.details.issues[0].code, 'unknown_postal_code');
      for (const postalCode of ['0010', '001000', 'abcde', 100]) {
        const res = await update({ postalCode });
        assert.equal(res.status, 422, String(postalCode));
      }
      const ok = await update({ postalCode: '22100' });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.municipality, 'Maarianhamina');
      assert.equal(ok.body.region, 'Ahvenanmaa');
    });

    it('refuses unknown fields and fields no one may write, and changes nothing', async () => {
      const before = (await User.findByPk(viewer.id))!.toJSON();
      for (const body of [
        { email: 'kaappaus@example.fi' },
        { id: 1 },
        { name: 'Uusi Nimi', email: 'kaappaus@example.fi' },
        { createdAt: '2020-01-01T00:00:00Z' },
        { memberships: [] },
        { nickname: 'V' },
      ]) {
        const res = await update(body);
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(errorCode(res), 'validation_failed');
      }
      const afterwards = (await User.findByPk(viewer.id))!.toJSON();
      assert.deepEqual(afterwards, before);
      const me = await get(server, '/me', { token: viewer.token });
      assert.equal(me.body.email, 'vieras@example.fi');
      assert.equal(me.body.id, viewer.id);
    });

    it('refuses out-of-range values with the field named', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ radiusKm: -1 }, 'radiusKm'],
        [{ radiusKm: 1.5 }, 'radiusKm'],
        [{ helperType: 'wizard' }, 'helperType'],
        [{ interestedCategories: ['kirjanpito-talous', 'astrologia'] }, 'interestedCategories.1'],
        [{ lang: 'de' }, 'lang'],
        [{ name: '' }, 'name'],
        [{ cvPublic: 'yes' }, 'cvPublic'],
        [{ skills: Array.from({ length: 31 }, (_, i) => `taito ${i}`) }, 'skills'],
      ];
      for (const [body, path] of cases) {
        const res = await update(body);
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(res.body.error.details.issues[0].path, path);
      }
    });

    it('needs a signed-in user', async () => {
      const res = await patch(server, '/me', { body: { name: 'Anonyymi' } });
      assert.equal(res.status, 401);
      assert.equal(errorCode(res), 'unauthenticated');
    });
  });
});

/**
 * The pilot guide's story "Vastavuoroisuus", over HTTP: a volunteer who got help with her
 * association's communications notices that her own speciality, fundraising, is needed by another
 * association, and helps in return. One user, both roles, and a profile that shows both.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as s from '../../sdk/schemas/index.ts';
import { errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`story: Vastavuoroisuus (${dialectName})`, () => {
  let server: TestServer;
  /** The volunteer of the story: a requester first, then a helper. */
  let vilma: SignedIn;
  /** A communications student who helps Vilma's association. */
  let otto: SignedIn;
  /** The other association's volunteer, who needs fundraising advice. */
  let wilhelmiina: SignedIn;
  /** Another helper who offers fundraising advice too and is thanked. */
  let eero: SignedIn;
  let ownOrgId: number;
  let otherOrgId: number;
  let commsTaskId: number;
  let commsAppId: number;
  let fundsTaskId: number;
  let vilmaAppId: number;

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    vilma = await signIn(server, 'vilma.vapaaehtoinen@lahiyhdistys.fi', {
      name: 'Vilma Vapaaehtoinen',
      helperType: 'ngo_staff',
      skills: ['varainhankinta', 'avustushakemukset'],
      experience: 'Rahastonhoitaja kahdessa yhdistyksessä.',
      interestedCategories: ['varainhoito'],
      postalCode: '33100',
    });
    otto = await signIn(server, 'otto.opiskelija@yliopisto.fi', {
      name: 'Otto Opiskelija',
      helperType: 'student',
      skills: ['somemarkkinointi'],
    });
    wilhelmiina = await signIn(server, 'wilhelmiina@kylayhdistys.fi', {
      name: 'Wilhelmiina Kyläyhdistyksestä',
    });
    eero = await signIn(server, 'eero.ekonomi@example.fi', {
      name: 'Eero Ekonomi',
      helperType: 'independent',
    });
  });
  after(() => server.close());

  it('Vilma and Wilhelmiina each register their association', async () => {
    const own = await post(server, '/organisations', {
      token: vilma.token,
      body: { name: 'Lähiyhdistys ry', kind: 'association' },
    });
    assert.equal(own.status, 201, JSON.stringify(own.body));
    ownOrgId = own.body.id;
    const other = await post(server, '/organisations', {
      token: wilhelmiina.token,
      body: { name: 'Kyläyhdistys ry', kind: 'association' },
    });
    assert.equal(other.status, 201, JSON.stringify(other.body));
    otherOrgId = other.body.id;
  });

  describe('as a requester', () => {
    it('Vilma asks for help with her association’s communications', async () => {
      const res = await post(server, '/tasks', {
        token: vilma.token,
        body: {
          organisationId: ownOrgId,
          category: 'viestinta',
          title: 'Somekanavien suunnitelma syksyn tapahtumille',
          details: 'Miten kerromme tapahtumista Instagramissa ja Facebookissa?',
          remote: true,
          schedule: { text: 'syyskuussa' },
          estimatedHours: 2,
        },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      commsTaskId = res.body.id;
    });

    it('she cannot offer help on her own association’s task', async () => {
      const res = await post(server, `/tasks/${commsTaskId}/applications`, {
        token: vilma.token,
        body: { message: 'Autan itseäni' },
      });
      assert.equal(res.status, 403);
      assert.equal(errorCode(res), 'own_task');
    });

    it('Otto applies, Vilma selects him, and they talk it through', async () => {
      const applied = await post(server, `/tasks/${commsTaskId}/applications`, {
        token: otto.token,
        body: { message: 'Opiskelen viestintää ja teen tämän mielelläni.' },
      });
      assert.equal(applied.status, 201, JSON.stringify(applied.body));
      commsAppId = applied.body.id;
      const selected = await post(
        server,
        `/tasks/${commsTaskId}/applications/${commsAppId}/select`,
        { token: vilma.token },
      );
      assert.equal(selected.status, 200, JSON.stringify(selected.body));
      assert.equal(selected.body.canSelectMore, false);
      assert.equal(selected.body.task.status, 'assigned');
      const message = await post(server, `/tasks/${commsTaskId}/messages`, {
        token: otto.token,
        body: { body: 'Tein luonnoksen julkaisukalenterista, katsotaanko yhdessä?' },
      });
      assert.equal(message.status, 201);
      assert.equal((await mailTo(vilma.email, 'new_message')).length, 1);
    });

    it('Otto marks it done, Vilma approves with feedback, and Otto thanks her back', async () => {
      const done = await post(server, `/tasks/${commsTaskId}/assignments/${commsAppId}/done`, {
        token: otto.token,
      });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      const approved = await post(
        server,
        `/tasks/${commsTaskId}/assignments/${commsAppId}/approve`,
        {
          token: vilma.token,
          body: {
            actualHours: 2,
            feedback: { rating: 5, text: 'Saimme selkeän julkaisukalenterin.' },
          },
        },
      );
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      const back = await post(server, `/tasks/${commsTaskId}/feedback`, {
        token: otto.token,
        body: { applicationId: commsAppId, rating: 5, text: 'Innostunut tilaaja.' },
      });
      assert.equal(back.status, 201, JSON.stringify(back.body));
      assert.equal(back.body.to.id, vilma.id);
      const task = await get(server, `/tasks/${commsTaskId}`);
      assert.equal(task.body.status, 'completed');
    });
  });

  describe('as a helper', () => {
    it('Wilhelmiina asks for fundraising advice for two helpers', async () => {
      const res = await post(server, '/tasks', {
        token: wilhelmiina.token,
        body: {
          organisationId: otherOrgId,
          category: 'varainhoito',
          title: 'Neuvoja varainhankinnan aloittamiseen',
          details: 'Miten yhdistys hakee rahankeräyslupaa ja mistä kannattaa aloittaa?',
          remote: true,
          schedule: { text: 'lokakuussa' },
          estimatedHours: 1.5,
          helpersWanted: 2,
        },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      fundsTaskId = res.body.id;
    });

    it('Vilma notices that her speciality is needed', async () => {
      const feed = await get(server, '/me/opportunities', { token: vilma.token });
      assert.equal(feed.status, 200, JSON.stringify(feed.body));
      const ids = feed.body.data.map((t: s.Task) => t.id);
      assert.ok(ids.includes(fundsTaskId), 'the fundraising task is in her feed');
      assert.ok(!ids.includes(commsTaskId), 'her own finished task is not');
    });

    it('she offers help in the helper role, and so does Eero', async () => {
      const res = await post(server, `/tasks/${fundsTaskId}/applications`, {
        token: vilma.token,
        body: { message: 'Sain itse apua viestintään – nyt autan vuorostani varainhankinnassa.' },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      vilmaAppId = res.body.id;
      assert.equal(res.body.applicant.id, vilma.id);
      const eeros = await post(server, `/tasks/${fundsTaskId}/applications`, {
        token: eero.token,
        body: { message: 'Voin auttaa.' },
      });
      assert.equal(eeros.status, 201);
      const mails = await mailTo(wilhelmiina.email, 'new_application');
      assert.equal(mails.length, 2);
      assert.match(mails[0]!.text, /Vilma Vapaaehtoinen/);
    });

    it('Wilhelmiina sees that Vilma has helped before being asked to choose', async () => {
      const res = await get(server, `/tasks/${fundsTaskId}/applications`, {
        token: wilhelmiina.token,
      });
      const summary = (res.body.data as s.Application[]).find((a) => a.id === vilmaAppId)!;
      assert.deepEqual(summary.applicant.skills, ['varainhankinta', 'avustushakemukset']);
      assert.equal(summary.applicant.completedTasks, 0, 'asking for help is not helping');
      assert.deepEqual(summary.applicant.rating, { average: 5, count: 1 });
    });

    it('Wilhelmiina selects Vilma, one is enough after all, and she closes applications', async () => {
      const selected = await post(
        server,
        `/tasks/${fundsTaskId}/applications/${vilmaAppId}/select`,
        { token: wilhelmiina.token },
      );
      assert.equal(selected.status, 200, JSON.stringify(selected.body));
      assert.equal(selected.body.canSelectMore, true);
      const closed = await post(server, `/tasks/${fundsTaskId}/close-applications`, {
        token: wilhelmiina.token,
      });
      assert.equal(closed.status, 200, JSON.stringify(closed.body));
      assert.equal(closed.body.thanked, 1);
      assert.equal(closed.body.task.status, 'assigned');
      assert.equal((await mailTo(eero.email, 'thanked')).length, 1);
      assert.equal((await mailTo(vilma.email, 'selected')).length, 1);
    });

    it('they talk in the chat; Vilma sees it as a helper, Otto does not', async () => {
      const question = await post(server, `/tasks/${fundsTaskId}/messages`, {
        token: wilhelmiina.token,
        body: { body: 'Kiitos! Milloin ehtisit puhelimeen?' },
      });
      assert.equal(question.status, 201);
      const answer = await post(server, `/tasks/${fundsTaskId}/messages`, {
        token: vilma.token,
        body: { body: 'Huomenna aamupäivällä.' },
      });
      assert.equal(answer.status, 201);
      const thread = await get(server, `/tasks/${fundsTaskId}/messages`, { token: vilma.token });
      assert.equal(thread.body.data.length, 2);
      const otto403 = await get(server, `/tasks/${fundsTaskId}/messages`, { token: otto.token });
      assert.equal(otto403.status, 403);
      assert.equal((await mailTo(wilhelmiina.email, 'new_message')).length, 1);
    });

    it('Vilma marks it done; Wilhelmiina approves with feedback; Vilma thanks her back', async () => {
      const done = await post(server, `/tasks/${fundsTaskId}/assignments/${vilmaAppId}/done`, {
        token: vilma.token,
      });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.equal((await mailTo(wilhelmiina.email, 'marked_done')).length, 1);
      const approved = await post(
        server,
        `/tasks/${fundsTaskId}/assignments/${vilmaAppId}/approve`,
        {
          token: wilhelmiina.token,
          body: {
            actualHours: 1.5,
            feedback: { rating: 4, text: 'Tiedämme nyt, mistä aloittaa.' },
          },
        },
      );
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.assignment.actualHours, 1.5);
      const back = await post(server, `/tasks/${fundsTaskId}/feedback`, {
        token: vilma.token,
        body: { applicationId: vilmaAppId, rating: 5, text: 'Hyvät kysymykset valmiina.' },
      });
      assert.equal(back.status, 201, JSON.stringify(back.body));
      assert.equal(back.body.to.id, wilhelmiina.id);
      const task = await get(server, `/tasks/${fundsTaskId}`);
      assert.equal(task.body.status, 'completed');
    });
  });

  it('Vilma’s own lists and public profile show both roles', async () => {
    const mine = await get(server, '/me/applications', { token: vilma.token });
    assert.equal(mine.status, 200);
    assert.deepEqual(
      mine.body.data.map((a: s.Application & { task: s.Task }) => [
        a.task.id,
        a.assignment?.status,
      ]),
      [[fundsTaskId, 'approved']],
    );
    const me = await get(server, '/me', { token: vilma.token });
    assert.deepEqual(
      me.body.memberships.map((m: { organisation: { id: number } }) => m.organisation.id),
      [ownOrgId],
    );

    const profile = s.PublicProfile.parse((await get(server, `/users/${vilma.id}`)).body);
    assert.equal(profile.completedTasks, 1);
    const received = profile.feedback.map((f) => [f.direction, f.from.id, f.taskId]);
    assert.deepEqual(
      received.sort(),
      [
        ['to_helper', wilhelmiina.id, fundsTaskId],
        ['to_requester', otto.id, commsTaskId],
      ].sort(),
    );
    assert.deepEqual(profile.rating, { average: 4.5, count: 2 });
  });
});

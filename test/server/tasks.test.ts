import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  Application,
  Group,
  GroupMember,
  Membership,
  Organisation,
  Task,
  User,
} from '../../server/db/models/index.ts';
import { errorCode, get, patch, post, signIn, type SignedIn } from '../helpers/http.ts';
import { secretKeyOf } from '../helpers/fixtures.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let seq = 0;

async function person(name: string, profile?: Record<string, unknown>): Promise<SignedIn> {
  seq += 1;
  return signIn(server, `${name}.${seq}@example.fi`, { name, ...profile });
}

async function organisation(name: string, ...members: SignedIn[]): Promise<Organisation> {
  const org = await Organisation.create({ name, kind: 'association' });
  for (const m of members) {
    await Membership.create({ organisationId: org.id, userId: m.id, role: 'admin' });
  }
  return org;
}

async function group(org: Organisation, code: string, emails: string[]): Promise<Group> {
  const g = await Group.create({
    organisationId: org.id,
    name: `Ryhmä ${code}`,
    code,
    memberCap: 30,
    createdById: null,
  });
  for (const email of emails) {
    await GroupMember.create({ groupId: g.id, email, invitedById: null });
  }
  return g;
}

const validTask = {
  category: 'kirjanpito-talous',
  title: 'Tilinpäätösten valmistelu',
  details: 'Tarvitsemme apua tilinpäätöksen valmisteluun.',
  postalCode: '00100',
  remote: false,
  schedule: { text: 'tällä viikolla' },
  estimatedHours: 3,
};

async function postTask(token: string, body: Record<string, unknown> = {}) {
  const res = await post(server, '/tasks', { token, body: { ...validTask, ...body } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

describe(`tasks: posting, reading, editing and cancelling (${dialectName})`, () => {
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  describe('posting', () => {
    it('a member posts for their only organisation: open at once, place stored on the row', async () => {
      const ann = await person('Ann');
      const org = await organisation('Yhdistys ry', ann);
      const task = await postTask(ann.token, {
        accountingReference: 'KP-2024-7',
        postalCode: '02150',
        helpersWanted: 2,
        schedule: { startsAt: '2030-03-01T08:00:00Z', endsAt: '2030-03-01T11:00:00Z' },
      });
      assert.equal(task.status, 'open');
      assert.equal(task.organisation.id, org.id);
      assert.equal(task.organisation.name, 'Yhdistys ry');
      assert.equal(task.requester.id, ann.id);
      assert.equal(task.accountingReference, 'KP-2024-7');
      assert.equal(task.helpersWanted, 2);
      assert.equal(task.selectedCount, 0);
      assert.equal(task.applicationsOpen, true);
      assert.equal(task.group, null);
      assert.deepEqual(task.viewer, { canManage: true, application: null });
      assert.ok(task.publishedAt);
      assert.equal(task.schedule.startsAt, '2030-03-01T08:00:00.000Z');
      assert.equal(task.schedule.endsAt, '2030-03-01T11:00:00.000Z');
      assert.deepEqual(task.location, {
        postalCode: '02150',
        placeName: 'Espoo',
        municipality: { code: '049', name: 'Espoo' },
        region: { code: 'FI1B1', name: 'Helsinki-Uusimaa' },
      });
      const row = await Task.findByPk(task.id);
      assert.equal(row?.municipalityCode, '049');
      assert.equal(row?.regionCode, 'FI1B1');
      assert.equal(row?.createdById, ann.id);
      assert.equal(row?.apiKeyId, null);
      assert.ok(typeof row?.lat === 'number' && row.lat > 60 && row.lat < 60.5);
    });

    it('the requester gets the order confirmation with the selection rules', async () => {
      const ann = await person('Ann');
      await organisation('Kuvataideyhdistys', ann);
      const task = await postTask(ann.token, { estimatedHours: 1.5 });
      const mails = await mailTo(ann.email, 'task_confirmation');
      assert.equal(mails.length, 1);
      const text = mails[0]!.text;
      assert.match(mails[0]!.subject, /Tilausvahvistus: Tilinpäätösten valmistelu/);
      assert.match(text, new RegExp(`Tunniste: ${task.id}\\b`));
      assert.match(text, /Tilaaja: Kuvataideyhdistys/);
      assert.match(text, /Tilattu palvelu: Kirjanpito ja talous/);
      assert.match(text, /Tuntia: 1,5/);
      assert.match(text, /Aikataulu: tällä viikolla/);
      assert.match(text, /Päiväys: \d{1,2}\.\d{1,2}\.\d{4}/);
      assert.match(text, /hakijat/);
      assert.match(text, /tekijää ei voi enää vaihtaa/);
      assert.match(text, /perumalla tehtävän ja luomalla uuden/);
      assert.match(text, /varmista tekijältä ennen valintaa/);
      assert.match(text, /hyväksymässä se ja antamassa palautetta/);
    });

    it('the confirmation speaks the requester’s language, category name included', async () => {
      const sv = await person('Sven', { lang: 'sv' });
      const en = await person('Emma', { lang: 'en' });
      await organisation('Förening rf', sv);
      await organisation('Society', en);
      await postTask(sv.token, { category: 'viestinta' });
      await postTask(en.token, { category: 'viestinta' });
      const [svMail] = await mailTo(sv.email, 'task_confirmation');
      const [enMail] = await mailTo(en.email, 'task_confirmation');
      assert.match(svMail!.subject, /^Orderbekräftelse/);
      assert.match(svMail!.text, /Tjänst: Kommunikation/);
      assert.match(svMail!.text, /utföraren inte längre bytas/);
      assert.match(enMail!.subject, /^Order confirmation/);
      assert.match(enMail!.text, /Service: Communications/);
      assert.match(enMail!.text, /cannot be swapped/);
    });

    it('a member of several organisations must say which one asks', async () => {
      const ann = await person('Ann');
      await organisation('Eka ry', ann);
      const second = await organisation('Toka ry', ann);
      const res = await post(server, '/tasks', { token: ann.token, body: validTask });
      assert.equal(res.status, 422);
      assert.equal(errorCode(res), 'organisation_required');
      const task = await postTask(ann.token, { organisationId: second.id });
      assert.equal(task.organisation.id, second.id);
    });

    it('only members of an organisation post, and only for their own', async () => {
      const loner = await person('Loner');
      const res = await post(server, '/tasks', { token: loner.token, body: validTask });
      assert.equal(res.status, 403);
      assert.equal(errorCode(res), 'not_a_member');

      const other = await person('Other');
      const otherOrg = await organisation('Muu ry', other);
      const ann = await person('Ann');
      await organisation('Oma ry', ann);
      const foreign = await post(server, '/tasks', {
        token: ann.token,
        body: { ...validTask, organisationId: otherOrg.id },
      });
      assert.equal(foreign.status, 403);
      assert.equal(errorCode(foreign), 'not_a_member');
      assert.equal(await Task.count({ where: { organisationId: otherOrg.id } }), 0);
    });

    it('an anonymous caller cannot post', async () => {
      const res = await post(server, '/tasks', { body: validTask });
      assert.equal(res.status, 401);
      assert.equal(errorCode(res), 'unauthenticated');
    });

    it('a secret key posts for its organisation, in the name of the key’s creator', async () => {
      const admin = await person('Admin');
      const org = await organisation('Avain ry', admin);
      const key = await secretKeyOf(org, admin);
      const task = await postTask(key);
      assert.equal(task.organisation.id, org.id);
      assert.equal(task.requester.id, admin.id);
      assert.equal(task.viewer.canManage, true);
      const row = await Task.findByPk(task.id);
      assert.equal(row?.createdById, admin.id);
      assert.ok(row?.apiKeyId);
      assert.equal((await mailTo(admin.email, 'task_confirmation')).length, 1);

      const other = await organisation('Vieras ry');
      const res = await post(server, '/tasks', {
        token: key,
        body: { ...validTask, organisationId: other.id },
      });
      assert.equal(res.status, 403);
      assert.equal(errorCode(res), 'forbidden');
    });

    it('bad input gets 422 and writes nothing', async () => {
      const ann = await person('Ann');
      const org = await organisation('Tarkka ry', ann);
      const cases: [string, Record<string, unknown>, string][] = [
        ['unknown postal code', { postalCode: '00001' }, 'unknown_postal_code'],
        ['malformed postal code', { postalCode: '123' }, 'validation_failed'],
        ['on-site without postal code', { postalCode: null, remote: false }, 'validation_failed'],
        ['hours not in half-hour steps', { estimatedHours: 0.3 }, 'validation_failed'],
        ['zero hours', { estimatedHours: 0 }, 'validation_failed'],
        ['hours as text', { estimatedHours: '3' }, 'validation_failed'],
        ['unknown category', { category: 'astrologia' }, 'validation_failed'],
        [
          'end before start',
          { schedule: { startsAt: '2030-03-02T08:00:00Z', endsAt: '2030-03-01T08:00:00Z' } },
          'validation_failed',
        ],
        ['no schedule', { schedule: {} }, 'validation_failed'],
        ['short title', { title: 'Apua' }, 'validation_failed'],
        ['zero helpers', { helpersWanted: 0 }, 'validation_failed'],
        ['a status of its own choosing', { status: 'completed' }, 'validation_failed'],
        ['a selected count of its own choosing', { selectedCount: 5 }, 'validation_failed'],
        [
          'an unknown schedule field',
          { schedule: { text: 'pian', when: 'x' } },
          'validation_failed',
        ],
        ['a malformed group code', { groupCode: 'a-b' }, 'validation_failed'],
      ];
      for (const [what, change, code] of cases) {
        const res = await post(server, '/tasks', {
          token: ann.token,
          body: { ...validTask, ...change },
        });
        assert.equal(res.status, 422, what);
        assert.equal(errorCode(res), code, what);
      }
      const notJson = await post(server, '/tasks', {
        token: ann.token,
        body: '{"category": ',
      });
      assert.equal(notJson.status, 400);
      errorCode(notJson);
      assert.equal(await Task.count({ where: { organisationId: org.id } }), 0);
      assert.equal((await mailTo(ann.email, 'task_confirmation')).length, 0);
    });

    it('a remote task needs no postal code', async () => {
      const ann = await person('Ann');
      await organisation('Etä ry', ann);
      const task = await postTask(ann.token, { postalCode: undefined, remote: true });
      assert.equal(task.location, null);
      assert.equal(task.remote, true);
    });
  });

  describe('posting to a group', () => {
    it('a group member posts by code: the group hears of it, with or without an account', async () => {
      const umbrellaWorker = await person('Umbrella', { lang: 'sv' });
      const umbrella = await organisation('Keskusjärjestö', umbrellaWorker);
      const volunteer = await person('Volunteer');
      await organisation('Paikallisosasto', volunteer);
      const g = await group(umbrella, 'KESKUS1', [
        umbrellaWorker.email,
        volunteer.email,
        'no-account-yet@example.fi',
      ]);
      const task = await postTask(volunteer.token, {
        groupCode: 'keskus1',
        category: 'viestinta',
        title: 'Valokuvien muokkaus',
      });
      assert.deepEqual(task.group, { id: g.id, name: g.name });
      const worker = await mailTo(umbrellaWorker.email, 'group_task_posted');
      assert.equal(worker.length, 1);
      assert.match(worker[0]!.subject, /Ny begäran om hjälp till gruppen Ryhmä KESKUS1/);
      assert.match(worker[0]!.text, /Valokuvien muokkaus/);
      const invited = await mailTo('no-account-yet@example.fi', 'group_task_posted');
      assert.equal(invited.length, 1);
      assert.match(invited[0]!.subject, /Uusi avunpyyntö ryhmälle/);
      assert.equal((await mailTo(volunteer.email, 'group_task_posted')).length, 0);
      const confirmation = await mailTo(volunteer.email, 'task_confirmation');
      assert.match(confirmation[0]!.text, /Näkyy vain ryhmälle: Ryhmä KESKUS1/);
    });

    it('a member of the group’s organisation may post to it without being in the group', async () => {
      const staff = await person('Staff');
      const owner = await organisation('Omistaja ry', staff);
      await group(owner, 'OMAT01', []);
      const task = await postTask(staff.token, { groupCode: 'OMAT01' });
      assert.equal(task.group.name, 'Ryhmä OMAT01');
    });

    it('others may not post to a group, and an unknown code is refused', async () => {
      const staff = await person('Staff');
      const owner = await organisation('Suljettu ry', staff);
      await group(owner, 'SULJETTU', [staff.email]);
      const outsider = await person('Outsider');
      await organisation('Ulko ry', outsider);
      const res = await post(server, '/tasks', {
        token: outsider.token,
        body: { ...validTask, groupCode: 'SULJETTU' },
      });
      assert.equal(res.status, 403);
      assert.equal(errorCode(res), 'not_a_group_member');
      const unknown = await post(server, '/tasks', {
        token: outsider.token,
        body: { ...validTask, groupCode: 'EIOLEMASSA' },
      });
      assert.equal(unknown.status, 422);
      assert.equal(errorCode(unknown), 'unknown_group_code');
      assert.equal((await mailTo(staff.email, 'group_task_posted')).length, 0);
    });
  });

  describe('who sees a task', () => {
    let requester: SignedIn;
    let colleague: SignedIn;
    let stranger: SignedIn;
    let groupie: SignedIn;
    let applicant: SignedIn;
    let key: string;
    let otherKey: string;
    let publicTask: { id: number };
    let groupTask: { id: number };
    let pendingTask: Task;

    before(async () => {
      requester = await person('Requester');
      colleague = await person('Colleague');
      stranger = await person('Stranger');
      groupie = await person('Groupie');
      applicant = await person('Applicant');
      const org = await organisation('Näkyvä ry', requester, colleague);
      const other = await organisation('Toinen ry', stranger);
      key = await secretKeyOf(org, requester);
      otherKey = await secretKeyOf(other, stranger);
      await group(org, 'NAKYVA', [groupie.email]);
      publicTask = await postTask(requester.token, { accountingReference: 'SISÄINEN-1' });
      groupTask = await postTask(requester.token, { groupCode: 'NAKYVA' });
      await Application.create({ taskId: groupTask.id, userId: applicant.id, message: 'Autan' });
      pendingTask = await Task.create({
        organisationId: org.id,
        createdById: requester.id,
        status: 'pending_verification',
        category: 'viestinta',
        title: 'Odottaa vahvistusta',
        details: '',
        remote: true,
        scheduleText: 'pian',
        estimatedHours: 1,
        helpersWanted: 1,
      });
    });

    it('a public task is seen by anyone, its internal reference only by its organisation', async () => {
      const anon = await get(server, `/tasks/${publicTask.id}`);
      assert.equal(anon.status, 200);
      assert.equal(anon.body.accountingReference, null);
      assert.deepEqual(anon.body.viewer, { canManage: false, application: null });
      const other = await get(server, `/tasks/${publicTask.id}`, { token: stranger.token });
      assert.equal(other.status, 200);
      assert.equal(other.body.accountingReference, null);
      const own = await get(server, `/tasks/${publicTask.id}`, { token: colleague.token });
      assert.equal(own.body.accountingReference, 'SISÄINEN-1');
      assert.equal(own.body.viewer.canManage, true);
      const byKey = await get(server, `/tasks/${publicTask.id}`, { token: key });
      assert.equal(byKey.body.accountingReference, 'SISÄINEN-1');
      assert.equal(byKey.body.viewer.canManage, true);
      const byOtherKey = await get(server, `/tasks/${publicTask.id}`, { token: otherKey });
      assert.equal(byOtherKey.body.accountingReference, null);
      assert.equal(byOtherKey.body.viewer.canManage, false);
    });

    it('a group task is seen by its group, its organisation and its applicants only', async () => {
      const statusFor = async (token?: string) =>
        (await get(server, `/tasks/${groupTask.id}`, { token })).status;
      assert.equal(await statusFor(), 404);
      assert.equal(await statusFor(stranger.token), 404);
      assert.equal(await statusFor(otherKey), 404);
      assert.equal(await statusFor(groupie.token), 200);
      assert.equal(await statusFor(colleague.token), 200);
      assert.equal(await statusFor(key), 200);
      const asApplicant = await get(server, `/tasks/${groupTask.id}`, { token: applicant.token });
      assert.equal(asApplicant.status, 200);
      assert.equal(asApplicant.body.viewer.application.status, 'pending');
      const hidden = await get(server, `/tasks/${groupTask.id}`, { token: stranger.token });
      assert.equal(errorCode(hidden), 'not_found');
    });

    it('a task waiting for verification is seen by its organisation only', async () => {
      const statusFor = async (token?: string) =>
        (await get(server, `/tasks/${pendingTask.id}`, { token })).status;
      assert.equal(await statusFor(), 404);
      assert.equal(await statusFor(stranger.token), 404);
      assert.equal(await statusFor(groupie.token), 404);
      assert.equal(await statusFor(colleague.token), 200);
      assert.equal(await statusFor(key), 200);
    });

    it('a missing task is 404 and a malformed id 422', async () => {
      const missing = await get(server, '/tasks/999999');
      assert.equal(missing.status, 404);
      assert.equal(errorCode(missing), 'not_found');
      const malformed = await get(server, '/tasks/abc');
      assert.equal(malformed.status, 422);
      assert.equal(errorCode(malformed), 'validation_failed');
    });
  });

  describe('editing', () => {
    let requester: SignedIn;
    let stranger: SignedIn;
    let key: string;

    before(async () => {
      requester = await person('Editor');
      stranger = await person('Stranger');
      const org = await organisation('Muokkaus ry', requester);
      await organisation('Sivullinen ry', stranger);
      key = await secretKeyOf(org, requester);
    });

    it('the requesting organisation edits an open task; a new postal code moves it', async () => {
      const task = await postTask(requester.token);
      const res = await patch(server, `/tasks/${task.id}`, {
        token: requester.token,
        body: {
          title: 'Tilinpäätös ja toimintakertomus',
          postalCode: '33100',
          estimatedHours: 4.5,
          schedule: { text: 'ensi viikolla' },
        },
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.title, 'Tilinpäätös ja toimintakertomus');
      assert.equal(res.body.estimatedHours, 4.5);
      assert.equal(res.body.location.municipality.name, 'Tampere');
      assert.deepEqual(res.body.schedule, { text: 'ensi viikolla', startsAt: null, endsAt: null });
      const row = await Task.findByPk(task.id);
      assert.equal(row?.municipalityCode, '837');
      assert.equal(row?.regionCode, 'FI197');
      assert.ok(row?.lat && row.lat > 61);
      const again = await get(server, `/tasks/${task.id}`);
      assert.equal(again.body.title, 'Tilinpäätös ja toimintakertomus');
    });

    it('a secret key edits its organisation’s task', async () => {
      const task = await postTask(requester.token);
      const res = await patch(server, `/tasks/${task.id}`, {
        token: key,
        body: { helpersWanted: 3 },
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.helpersWanted, 3);
    });

    it('others may see but not edit: 403; a group task they cannot see: 404', async () => {
      const task = await postTask(requester.token);
      const res = await patch(server, `/tasks/${task.id}`, {
        token: stranger.token,
        body: { title: 'Kaapattu tehtävä' },
      });
      assert.equal(res.status, 403);
      assert.equal(errorCode(res), 'forbidden');
      const anon = await patch(server, `/tasks/${task.id}`, {
        body: { title: 'Kaapattu tehtävä' },
      });
      assert.equal(anon.status, 401);

      const org = await Organisation.findOne({ where: { name: 'Muokkaus ry' } });
      await group(org!, 'MUOKKAUS', []);
      const hidden = await postTask(requester.token, { groupCode: 'MUOKKAUS' });
      const res404 = await patch(server, `/tasks/${hidden.id}`, {
        token: stranger.token,
        body: { title: 'Kaapattu tehtävä' },
      });
      assert.equal(res404.status, 404);
      assert.equal((await Task.findByPk(task.id))?.title, validTask.title);
    });

    it('only an open task can be edited', async () => {
      const task = await postTask(requester.token);
      await Task.update({ status: 'assigned' }, { where: { id: task.id } });
      const res = await patch(server, `/tasks/${task.id}`, {
        token: requester.token,
        body: { title: 'Myöhästynyt muutos' },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'task_not_open');
    });

    it('helpers wanted cannot go below the helpers already selected', async () => {
      const task = await postTask(requester.token, { helpersWanted: 3 });
      await Task.update({ selectedCount: 2 }, { where: { id: task.id } });
      const res = await patch(server, `/tasks/${task.id}`, {
        token: requester.token,
        body: { helpersWanted: 1 },
      });
      assert.equal(res.status, 409);
      assert.equal(errorCode(res), 'helpers_below_selected');
      assert.equal((await Task.findByPk(task.id))?.helpersWanted, 3);
      const ok = await patch(server, `/tasks/${task.id}`, {
        token: requester.token,
        body: { helpersWanted: 2 },
      });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.helpersWanted, 2);
    });

    it('an on-site task keeps a postal code, and bad edits are refused', async () => {
      const task = await postTask(requester.token, { remote: true, postalCode: undefined });
      const onSite = await patch(server, `/tasks/${task.id}`, {
        token: requester.token,
        body: { remote: false },
      });
      assert.equal(onSite.status, 422);
      assert.equal(errorCode(onSite), 'postal_code_required');
      const placed = await postTask(requester.token);
      const cleared = await patch(server, `/tasks/${placed.id}`, {
        token: requester.token,
        body: { postalCode: null },
      });
      assert.equal(cleared.status, 422);
      assert.equal(errorCode(cleared), 'postal_code_required');
      const cases: [Record<string, unknown>, string][] = [
        [{ postalCode: '00001' }, 'unknown_postal_code'],
        [{ estimatedHours: 0.3 }, 'validation_failed'],
        [{ status: 'completed' }, 'validation_failed'],
        [{ organisationId: 1 }, 'validation_failed'],
        [{ groupCode: 'NAKYVA' }, 'validation_failed'],
        [{ helpersWanted: 0 }, 'validation_failed'],
      ];
      for (const [body, code] of cases) {
        const res = await patch(server, `/tasks/${placed.id}`, { token: requester.token, body });
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(errorCode(res), code, JSON.stringify(body));
      }
      const row = await Task.findByPk(placed.id);
      assert.equal(row?.postalCode, '00100');
      assert.equal(row?.status, 'open');
    });
  });

  describe('cancelling', () => {
    let requester: SignedIn;
    let stranger: SignedIn;

    before(async () => {
      requester = await person('Canceller');
      stranger = await person('Stranger');
      await organisation('Peruva ry', requester);
      await organisation('Ulkopuolinen ry', stranger);
    });

    it('cancelling declines pending applications and tells the applicants and the selected', async () => {
      const task = await postTask(requester.token, { helpersWanted: 2 });
      const chosen = await person('Chosen', { lang: 'en' });
      const waiting = await person('Waiting');
      const gone = await person('Gone');
      await Application.create({
        taskId: task.id,
        userId: chosen.id,
        message: 'Osaan',
        status: 'selected',
        selectedAt: new Date(),
      });
      await Application.create({ taskId: task.id, userId: waiting.id, message: 'Autan' });
      await Application.create({
        taskId: task.id,
        userId: gone.id,
        message: 'Ehkä',
        status: 'withdrawn',
      });
      await Task.update({ selectedCount: 1 }, { where: { id: task.id } });

      const res = await post(server, `/tasks/${task.id}/cancel`, {
        token: requester.token,
        body: { reason: 'Hoidimme asian itse.' },
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.status, 'cancelled');
      assert.ok(res.body.cancelledAt);
      assert.equal(res.body.applicationsOpen, false);

      const statuses = await Application.findAll({
        where: { taskId: task.id },
        order: [['id', 'ASC']],
      });
      assert.deepEqual(
        statuses.map((a) => a.status),
        ['selected', 'declined', 'withdrawn'],
      );
      const toChosen = await mailTo(chosen.email, 'task_cancelled');
      assert.equal(toChosen.length, 1);
      assert.match(toChosen[0]!.text, /you were selected for/);
      assert.match(toChosen[0]!.text, /Hoidimme asian itse/);
      const toWaiting = await mailTo(waiting.email, 'task_cancelled');
      assert.equal(toWaiting.length, 1);
      assert.match(toWaiting[0]!.text, /johon hait/);
      assert.equal((await mailTo(gone.email, 'task_cancelled')).length, 0);
      assert.equal((await Task.findByPk(task.id))?.cancelReason, 'Hoidimme asian itse.');

      // The reason is on the task for the requesting organisation and the people who applied;
      // a stranger or an anonymous reader sees that it was cancelled, not why.
      assert.equal(res.body.cancelReason, 'Hoidimme asian itse.');
      for (const who of [chosen, waiting])
        assert.equal(
          (await get(server, `/tasks/${task.id}`, { token: who.token })).body.cancelReason,
          'Hoidimme asian itse.',
        );
      for (const token of [stranger.token, undefined]) {
        const seen = await get(server, `/tasks/${task.id}`, token ? { token } : {});
        assert.equal(seen.body.status, 'cancelled');
        assert.equal(seen.body.cancelReason, null);
      }
    });

    it('waiting, open and assigned tasks can be cancelled; completed and cancelled ones cannot', async () => {
      const allowed = ['pending_verification', 'open', 'assigned'] as const;
      for (const status of allowed) {
        const task = await postTask(requester.token);
        await Task.update({ status }, { where: { id: task.id } });
        const res = await post(server, `/tasks/${task.id}/cancel`, {
          token: requester.token,
          body: {},
        });
        assert.equal(res.status, 200, status);
      }
      for (const status of ['completed', 'cancelled'] as const) {
        const task = await postTask(requester.token);
        await Task.update({ status }, { where: { id: task.id } });
        const res = await post(server, `/tasks/${task.id}/cancel`, {
          token: requester.token,
          body: {},
        });
        assert.equal(res.status, 409, status);
        assert.equal(errorCode(res), 'task_not_cancellable');
        assert.equal((await Task.findByPk(task.id))?.status, status);
      }
    });

    it('of parallel cancels exactly one succeeds, and each applicant is told once', async () => {
      const task = await postTask(requester.token);
      const waiting = await person('Parallel');
      await Application.create({ taskId: task.id, userId: waiting.id, message: 'Autan' });
      const replies = await Promise.all(
        Array.from({ length: 8 }, () =>
          post(server, `/tasks/${task.id}/cancel`, { token: requester.token, body: {} }),
        ),
      );
      const statuses = replies.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 409, 409, 409, 409, 409, 409, 409]);
      assert.equal((await mailTo(waiting.email, 'task_cancelled')).length, 1);
    });

    it('others may not cancel: 403 when they see the task, 401 anonymously', async () => {
      const task = await postTask(requester.token);
      const res = await post(server, `/tasks/${task.id}/cancel`, {
        token: stranger.token,
        body: {},
      });
      assert.equal(res.status, 403);
      assert.equal(errorCode(res), 'forbidden');
      const anon = await post(server, `/tasks/${task.id}/cancel`, { body: {} });
      assert.equal(anon.status, 401);
      const unknownField = await post(server, `/tasks/${task.id}/cancel`, {
        token: requester.token,
        body: { status: 'completed' },
      });
      assert.equal(unknownField.status, 422);
      assert.equal((await Task.findByPk(task.id))?.status, 'open');
    });
  });

  it('anyone sees who asked, by name', async () => {
    const ann = await person('Anneli');
    await organisation('Nimi ry', ann);
    const task = await postTask(ann.token);
    const user = await User.findByPk(ann.id);
    assert.deepEqual((await get(server, `/tasks/${task.id}`)).body.requester, {
      id: ann.id,
      name: user?.name,
    });
  });
});

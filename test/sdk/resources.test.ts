/**
 * Every method of the SDK against the real server: the pilot guide's bookkeeping story from
 * posting to feedback, plus organisations, groups, profiles, reports and sign-in.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  endpoints,
  ForbiddenError,
  memoryStorage,
  NotFoundError,
  UnauthenticatedError,
  type Client,
} from '../../sdk/index.ts';
import { coveredEndpoints } from '../../sdk/client.ts';
import { lastCode } from '../helpers/http.ts';
import { dialectName, mailTo, type TestServer } from '../helpers/server.ts';
import { anonymous, signedIn, startServer, taskInput } from './fixtures.ts';

describe('the SDK has a method for every endpoint', () => {
  it('no endpoint of the contract is left without a method', () => {
    const covered = coveredEndpoints();
    const names = (e: unknown) =>
      Object.entries(endpoints).find(([, value]) => value === e)?.[0] ?? '?';
    const missing = Object.values(endpoints).filter((e) => !covered.includes(e));
    assert.deepEqual(missing.map(names), []);
  });
});

/** Every request the clients of the suite below send, as "METHOD /path". */
const calls = new Set<string>();
const recording: typeof fetch = (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  calls.add(`${request.method} ${new URL(request.url).pathname}`);
  return fetch(input, init);
};

describe(`every SDK method against the server (${dialectName})`, () => {
  let server: TestServer;
  let anon: Client;
  let rita: Client; // requester, admin of Tilitoimisto ry
  let helga: Client; // helper
  let heikki: Client; // helper
  let pekka: Client; // applies, then withdraws
  let olli: Client; // outsider
  let orgId: number;
  let umbrellaId: number;
  let taskId: number;
  const ids: Record<string, number> = {};

  before(async () => {
    server = await startServer();
    anon = anonymous(server, { fetch: recording });
    rita = await signedIn(server, 'rita@sdk.example.fi', { fetch: recording });
    helga = await signedIn(server, 'helga@sdk.example.fi', { fetch: recording });
    heikki = await signedIn(server, 'heikki@sdk.example.fi', { fetch: recording });
    pekka = await signedIn(server, 'pekka@sdk.example.fi', { fetch: recording });
    olli = await signedIn(server, 'olli@sdk.example.fi', { fetch: recording });
  });
  after(() => server.close());

  describe('auth', () => {
    it('requestCode emails a code and signIn gives a client with the token, kept in storage', async () => {
      const storage = memoryStorage();
      const app = anonymous(server, { storage, fetch: recording });
      const asked = await app.auth.requestCode('sanna@sdk.example.fi');
      assert.equal(asked.expiresInSeconds, 600);
      const sanna = await app.auth.signIn(
        'sanna@sdk.example.fi',
        await lastCode('sanna@sdk.example.fi'),
      );
      assert.match(String(storage.get()), /^tht_/);
      assert.equal(sanna.options.token, storage.get());
      assert.equal((await sanna.me.get()).email, 'sanna@sdk.example.fi');
      // The original client reads the stored token on each request, so it is signed in too.
      assert.equal((await app.me.get()).email, 'sanna@sdk.example.fi');
      assert.equal(app.options.token, undefined, 'the original client is unchanged');

      await app.auth.signOut();
      assert.equal(storage.get(), null);
      await assert.rejects(sanna.me.get(), UnauthenticatedError);
      await sanna.auth.signOut(); // signing out twice is not an error
    });

    it('createToken answers the token with its expiry and the user', async () => {
      await anon.auth.requestCode('tuomas@sdk.example.fi');
      const session = await anon.auth.createToken({
        email: 'Tuomas@SDK.example.fi',
        code: await lastCode('tuomas@sdk.example.fi'),
      });
      assert.match(session.token, /^tht_/);
      assert.ok(Date.parse(session.expiresAt) > Date.now());
      assert.equal(session.user.email, 'tuomas@sdk.example.fi');
    });
  });

  describe('reference data', () => {
    it('categories.list gives the 14 categories in three languages', async () => {
      const { data } = await anon.categories.list();
      assert.equal(data.length, 14);
      assert.equal(data.find((c) => c.slug === 'viestinta')?.names.fi, 'Viestintä');
    });

    it('postalCodes.get gives the municipality and region', async () => {
      const place = await anon.postalCodes.get('00100');
      assert.equal(place.municipality.name, 'Helsinki');
      await assert.rejects(anon.postalCodes.get('00001'), NotFoundError);
    });
  });

  describe('me', () => {
    it('me.get and me.update read and write your own profile', async () => {
      const updated = await helga.me.update({
        name: 'Helga Helppari',
        helperType: 'pro_bono',
        postalCode: '00100',
        radiusKm: 50,
        interestedCategories: ['kirjanpito-talous'],
        skills: ['kirjanpito'],
      });
      assert.equal(updated.name, 'Helga Helppari');
      assert.equal(updated.municipality, 'Helsinki');
      assert.deepEqual((await helga.me.get()).skills, ['kirjanpito']);
      await heikki.me.update({ name: 'Heikki', interestedCategories: ['kirjanpito-talous'] });
      await rita.me.update({ name: 'Rita Requester' });
    });
  });

  describe('organisations', () => {
    it('organisations.create makes you admin; get, list and update', async () => {
      const org = await rita.organisations.create({
        name: 'Tilitoimisto ry',
        kind: 'association',
        postalCode: '00100',
      });
      orgId = org.id;
      assert.equal((await anon.organisations.get(org.id)).name, 'Tilitoimisto ry');
      const found = await anon.organisations.list({ q: 'Tilitoimisto' });
      assert.deepEqual(
        found.data.map((o) => o.id),
        [org.id],
      );
      const updated = await rita.organisations.update(org.id, { description: 'Kirjanpitoapua' });
      assert.equal(updated.description, 'Kirjanpitoapua');
      await assert.rejects(olli.organisations.update(org.id, { description: 'x' }), ForbiddenError);
      assert.equal((await rita.me.get()).memberships[0]?.role, 'admin');
    });

    it('members.add, list, update and remove', async () => {
      const added = await rita.organisations.members.add(orgId, {
        email: 'olli@sdk.example.fi',
        role: 'member',
      });
      assert.equal(added.role, 'member');
      const members = await rita.organisations.members.list(orgId);
      assert.deepEqual(members.data.map((m) => m.user.email).sort(), [
        'olli@sdk.example.fi',
        'rita@sdk.example.fi',
      ]);
      const promoted = await rita.organisations.members.update(orgId, added.user.id, {
        role: 'admin',
      });
      assert.equal(promoted.role, 'admin');
      await rita.organisations.members.remove(orgId, added.user.id);
      assert.equal((await rita.organisations.members.list(orgId)).data.length, 1);
    });

    it('memberOrganisations.add, list and remove for an umbrella; umbrellaInvitations accept', async () => {
      const umbrella = await olli.organisations.create({ name: 'Kattojärjestö', kind: 'umbrella' });
      umbrellaId = umbrella.id;
      const member = await olli.organisations.memberOrganisations.add(umbrella.id, {
        organisationId: orgId,
      });
      assert.equal(member.id, orgId);
      assert.equal(member.affiliation, 'invited');
      const waiting = await rita.organisations.umbrellaInvitations.list(orgId);
      assert.deepEqual(
        waiting.data.map((i) => i.umbrella.id),
        [umbrella.id],
      );
      const accepted = await rita.organisations.umbrellaInvitations.accept(orgId, umbrella.id);
      assert.equal(accepted.id, umbrella.id);
      const list = await anon.organisations.memberOrganisations.list(umbrella.id);
      assert.deepEqual(
        list.data.map((o) => o.id),
        [orgId],
      );
      await olli.organisations.memberOrganisations.remove(umbrella.id, orgId);
      assert.equal((await anon.organisations.memberOrganisations.list(umbrella.id)).data.length, 0);
      await olli.organisations.memberOrganisations.add(umbrella.id, { organisationId: orgId });
      await rita.organisations.umbrellaInvitations.decline(orgId, umbrella.id);
      assert.deepEqual((await rita.organisations.umbrellaInvitations.list(orgId)).data, []);
      await olli.organisations.memberOrganisations.add(umbrella.id, { organisationId: orgId });
      await rita.organisations.umbrellaInvitations.accept(orgId, umbrella.id);
    });

    it('apiKeys.create shows the key once; list and revoke; a secret key acts for its organisation', async () => {
      const created = await rita.organisations.apiKeys.create(orgId, {
        kind: 'secret',
        name: 'Tuontiskripti',
      });
      assert.match(created.key, /^sk_/);
      const script = rita.extend({ secretKey: created.key });
      assert.equal(script.options.token, undefined, 'extend replaced the token with the key');
      assert.equal((await script.organisations.members.list(orgId)).data.length, 1);
      const keys = await rita.organisations.apiKeys.list(orgId);
      assert.deepEqual(
        keys.data.map((k) => k.id),
        [created.id],
      );
      assert.equal('key' in keys.data[0]!, false);
      await rita.organisations.apiKeys.revoke(orgId, created.id);
      await assert.rejects(script.organisations.members.list(orgId), UnauthenticatedError);
    });
  });

  describe('organisations on other sites: keys, pro bono, visitors', () => {
    it('apiKeys.update changes settings and apiKeys.rotate gives a new secret, stopping the old', async () => {
      const created = await rita.organisations.apiKeys.create(orgId, { kind: 'secret', name: 'A' });
      const renamed = await rita.organisations.apiKeys.update(orgId, created.id, { name: 'B' });
      assert.equal(renamed.name, 'B');
      const rotated = await rita.organisations.apiKeys.rotate(orgId, created.id);
      assert.match(rotated.key, /^sk_/);
      assert.notEqual(rotated.key, created.key);
      assert.ok(rotated.rotatedAt);
      await assert.rejects(
        anon.extend({ secretKey: created.key }).organisations.members.list(orgId),
        UnauthenticatedError,
      );
      const fresh = anon.extend({ secretKey: rotated.key });
      assert.equal((await fresh.organisations.members.list(orgId)).data.length, 1);
      await rita.organisations.apiKeys.revoke(orgId, created.id);
    });

    it('proBono.set states a company programme and proBono.get shows it to anyone', async () => {
      const company = await olli.organisations.create({ name: 'Yritys Oy', kind: 'company' });
      const set = await olli.organisations.proBono.set(company.id, {
        categories: ['kirjanpito-talous'],
        regions: ['Helsinki-Uusimaa'],
        justification: 'Osaamme kirjanpidon.',
      });
      assert.deepEqual(set.categories, ['kirjanpito-talous']);
      const shown = await anon.organisations.proBono.get(company.id);
      assert.equal(shown.justification, 'Osaamme kirjanpidon.');
      assert.equal(shown.regions[0]?.name, 'Helsinki-Uusimaa');
      await assert.rejects(
        rita.organisations.proBono.set(company.id, { justification: 'x' }),
        ForbiddenError,
      );
    });

    it('a visitor posts through a publishable key (organisations.forKey names whose), tasks.verify confirms, joinRequests decide', async () => {
      const key = await rita.organisations.apiKeys.create(orgId, {
        kind: 'publishable',
        name: 'Kotisivu',
        allowedOrigins: ['https://tilitoimisto.example'],
      });
      const site = anonymous(server, { publishableKey: key.key, fetch: recording });
      const whose = await site.organisations.forKey();
      assert.equal(whose.organisation.id, orgId);
      assert.equal(whose.view, 'own');
      assert.equal(whose.autoJoin, false);
      const visitors: Record<string, number> = {};
      for (const name of ['vilja', 'ville']) {
        const email = `${name}@visitor.example.fi`;
        const pending = await site.tasks.create(
          taskInput(`Vierailijan pyyntö ${name}`, { visitor: { email, name } }),
        );
        assert.equal(pending.status, 'pending_verification');
        const mail = (await mailTo(email, 'visitor_verification')).at(-1)!;
        const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
        const reference = pending.verificationReference;
        assert.ok(reference, 'the sender gets the request’s reference');
        const verified = await anon.tasks.verify(pending.id, { code, reference });
        assert.equal(verified.task.status, 'open');
        assert.equal(verified.membership, 'pending_approval');
        visitors[name] = pending.id;
      }
      const requests = await rita.organisations.joinRequests.list(orgId);
      assert.deepEqual(requests.data.map((r) => r.user.email).sort(), [
        'vilja@visitor.example.fi',
        'ville@visitor.example.fi',
      ]);
      const byEmail = (e: string) => requests.data.find((r) => r.user.email === e)!;
      const approved = await rita.organisations.joinRequests.approve(
        orgId,
        byEmail('vilja@visitor.example.fi').id,
      );
      assert.equal(approved.status, 'approved');
      const declined = await rita.organisations.joinRequests.decline(
        orgId,
        byEmail('ville@visitor.example.fi').id,
      );
      assert.equal(declined.status, 'declined');
      assert.equal((await rita.organisations.joinRequests.list(orgId)).data.length, 0);
      const decided = await rita.organisations.joinRequests.list(orgId, { status: 'approved' });
      assert.equal(decided.data[0]?.task?.id, visitors.vilja);

      // A signed-in person asks in the app: the request waits on their own profile too.
      const asked = await olli.organisations.joinRequests.create(orgId);
      assert.equal(asked.status, 'pending');
      assert.deepEqual(
        (await olli.me.get()).joinRequests.map((r) => r.organisation.id),
        [orgId],
      );
      await rita.organisations.joinRequests.decline(orgId, asked.id);
    });
  });

  describe('directory', () => {
    it('a member writes the listing; anyone finds it by an inflected word; the edit link saves once', async () => {
      const vocabulary = await anon.directory.vocabulary();
      assert.ok(vocabulary.targetGroups.some((g) => g.code === 'carers'));
      const org = await rita.organisations.create({
        name: 'Omaishoitajat SDK ry',
        kind: 'association',
      });
      const input = {
        description: { fi: 'Omaishoitajien tukea.' },
        email: 'omaiset@sdk.example.fi',
        areas: { municipalities: ['Kuopio'] },
        keeperNotes: 'vain ylläpidolle',
        services: [
          {
            name: { fi: 'Omaishoitajien vertaisryhmä' },
            description: { fi: 'Tukea muistisairaiden omaishoitajille.' },
            targetGroups: ['carers' as const],
          },
        ],
      };
      const saved = await rita.directory.listings.update(org.id, input);
      assert.equal(saved.keeperNotes, 'vain ylläpidolle');
      assert.equal(
        (await rita.directory.listings.getEditable(org.id)).keeperNotes,
        'vain ylläpidolle',
      );
      await assert.rejects(olli.directory.listings.getEditable(org.id), ForbiddenError);
      const listing = await anon.directory.listings.get(org.id);
      assert.equal(listing.services[0]!.name.fi, 'Omaishoitajien vertaisryhmä');
      const found = await anon.directory.search({ q: 'muistisairaus', municipality: 'Kuopio' });
      assert.ok(found.data.some((s) => s.organisation.id === org.id));

      const sent = await anon.directory.listings.requestEditLink(org.id, {});
      assert.equal(sent.sentTo, 'o…@sdk.example.fi');
      const mail = (await mailTo('omaiset@sdk.example.fi', 'directory_edit_link')).at(-1);
      const token = /#(tel_[A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
      assert.equal((await anon.directory.editLink.open({ token })).organisation.id, org.id);
      const changed = await anon.directory.editLink.save({
        token,
        listing: { ...input, description: { fi: 'Uusi kuvaus.' } },
      });
      assert.equal(changed.description.fi, 'Uusi kuvaus.');
    });
  });

  describe('groups', () => {
    it('groups.create, get, update, list, members.add, list and remove, join', async () => {
      const group = await rita.groups.create({ organisationId: orgId, name: 'Kirjanpitäjät' });
      ids.group = group.id;
      assert.ok(group.code);
      const renamed = await rita.groups.update(group.id, { name: 'Kirjanpitorinki' });
      assert.equal(renamed.name, 'Kirjanpitorinki');
      assert.equal((await rita.groups.get(group.id)).name, 'Kirjanpitorinki');
      const added = await rita.groups.members.add(group.id, {
        emails: ['heikki@sdk.example.fi', 'someone@elsewhere.example.fi'],
      });
      assert.equal(added.data.length, 2);
      const listed = await rita.groups.members.list(group.id);
      assert.equal(listed.data.length, 2);
      const stranger = listed.data.find((m) => m.email === 'someone@elsewhere.example.fi')!;
      assert.equal(stranger.user, null);
      await rita.groups.members.remove(group.id, stranger.id);
      assert.equal((await rita.groups.members.list(group.id)).data.length, 1);
      const joined = await helga.groups.join({ code: group.code! });
      assert.equal(joined.id, group.id);
      assert.deepEqual(
        (await helga.groups.list()).data.map((g) => g.id),
        [group.id],
      );
      await assert.rejects(pekka.groups.get(group.id), NotFoundError);
    });
  });

  describe('a task from posting to feedback', () => {
    it('tasks.create, get, update and list', async () => {
      const task = await rita.tasks.create(
        taskInput('Tilinpäätösten valmistelu', { organisationId: orgId, helpersWanted: 2 }),
      );
      taskId = task.id;
      assert.equal(task.status, 'open');
      assert.equal(task.viewer.canManage, true);
      const edited = await rita.tasks.update(task.id, { estimatedHours: 3.5 });
      assert.equal(edited.estimatedHours, 3.5);
      assert.equal((await anon.tasks.get(task.id)).viewer.canManage, false);
      const listed = await anon.tasks.list({
        category: ['kirjanpito-talous'],
        q: 'Tilinpäätösten',
      });
      assert.deepEqual(
        listed.data.map((t) => t.id),
        [task.id],
      );
      assert.equal((await anon.tasks.list({ category: 'viestinta' })).data.length, 0);
    });

    it('me.opportunities shows the task to a helper whose categories match', async () => {
      const feed = await helga.me.opportunities({ remote: true });
      assert.ok(feed.data.some((t) => t.id === taskId));
    });

    it('applications.create, list, withdraw; me.applications', async () => {
      ids.helga = (
        await helga.tasks.applications.create(taskId, { message: 'Autan mielelläni' })
      ).id;
      ids.heikki = (await heikki.tasks.applications.create(taskId, { message: 'Minä myös' })).id;
      const pekkas = await pekka.tasks.applications.create(taskId, { message: 'Kiinnostaa' });
      const withdrawn = await pekka.tasks.applications.withdraw(taskId, pekkas.id);
      assert.equal(withdrawn.status, 'withdrawn');
      const apps = await rita.tasks.applications.list(taskId);
      assert.equal(apps.data.length, 3);
      assert.equal(
        apps.data.find((a) => a.id === ids.helga)?.applicant.email,
        'helga@sdk.example.fi',
      );
      const mine = await helga.me.applications();
      assert.deepEqual(
        mine.data.map((a) => a.task.id),
        [taskId],
      );
      const work = await helga.me.work();
      assert.deepEqual(
        work.helper.applications.map((item) => item.task.id),
        [taskId],
      );
      await assert.rejects(olli.tasks.applications.list(taskId), ForbiddenError);
    });

    it('me.calendar, createCalendar and revokeCalendar', async () => {
      assert.deepEqual(await helga.me.calendar(), { url: null, active: false });
      const made = await helga.me.createCalendar();
      assert.match(made.url!, /\/calendar\/cal_[\w-]+\.ics$/);
      assert.equal((await helga.me.calendar()).active, true);
      await helga.me.revokeCalendar();
      assert.equal((await helga.me.calendar()).active, false);
    });

    it('applications.select, decline and closeApplications', async () => {
      const selected = await rita.tasks.applications.select(taskId, ids.helga!);
      assert.equal(selected.application.status, 'selected');
      assert.equal(selected.canSelectMore, true);
      const another = await rita.tasks.create(
        taskInput('Toinen tehtävä', { organisationId: orgId }),
      );
      const app = await heikki.tasks.applications.create(another.id, { message: 'Voin auttaa' });
      const declined = await rita.tasks.applications.decline(another.id, app.id);
      assert.equal(declined.status, 'declined');
      const closed = await rita.tasks.closeApplications(taskId);
      assert.equal(closed.task.status, 'assigned');
      assert.equal(closed.thanked, 1, 'heikki is thanked');
      const cancelled = await rita.tasks.cancel(another.id, { reason: 'Ei enää tarvita' });
      assert.equal(cancelled.status, 'cancelled');
    });

    it('suggestedHelpers lists who fits, best first; invitations.create invites once', async () => {
      const available = await heikki.me.update({ availableToHelp: true });
      assert.equal(available.availableToHelp, true);
      const fresh = await rita.tasks.create(
        taskInput('Kutsuttava tehtävä', { organisationId: orgId }),
      );
      const suggested = await rita.tasks.suggestedHelpers(fresh.id, { limit: 5 });
      const heikkiThere = suggested.data.find((s) => s.user.id === available.id);
      assert.ok(heikkiThere, 'the available helper is suggested');
      assert.equal(suggested.invitations.remaining, suggested.invitations.limit);
      const invited = await rita.tasks.invitations.create(fresh.id, { userId: available.id });
      assert.equal(invited.created, true);
      assert.equal(invited.invitation.user.id, available.id);
      assert.equal(invited.invitations.sent, 1);
      await assert.rejects(heikki.tasks.suggestedHelpers(fresh.id), ForbiddenError);
      await rita.tasks.cancel(fresh.id, {});
    });

    it('messages.create and list between the requester and the selected helper', async () => {
      await rita.tasks.messages.create(taskId, { body: 'Tervetuloa mukaan!' });
      await helga.tasks.messages.create(taskId, { body: 'Kiitos, aloitan huomenna.' });
      const thread = await rita.tasks.messages.list(taskId);
      assert.deepEqual(
        thread.data.map((m) => m.body),
        ['Tervetuloa mukaan!', 'Kiitos, aloitan huomenna.'],
      );
      const after = await helga.tasks.messages.list(taskId, { after: thread.data[0]!.id });
      assert.equal(after.data.length, 1);
      await assert.rejects(heikki.tasks.messages.list(taskId), ForbiddenError);
    });

    it("messages.readState and markRead; participants with the other side's contact", async () => {
      const before = await helga.tasks.messages.readState(taskId);
      assert.equal(before.unread >= 1, true);
      const thread = await helga.tasks.messages.list(taskId);
      const read = await helga.tasks.messages.markRead(taskId, {
        lastReadId: thread.data.at(-1)!.id,
      });
      assert.deepEqual(read, { lastReadId: thread.data.at(-1)!.id, unread: 0 });
      const people = await helga.tasks.participants(taskId);
      assert.equal(people.viewerSide, 'helper');
      assert.match(people.requester.contact?.email ?? '', /@/);
      await assert.rejects(heikki.tasks.participants(taskId), ForbiddenError);
    });

    it('assignments.done, approve, feedback.create and list; the profile shows it', async () => {
      const done = await helga.tasks.assignments.done(taskId, ids.helga!);
      assert.equal(done.assignment?.status, 'done');
      const approved = await rita.tasks.assignments.approve(taskId, ids.helga!, {
        actualHours: 4,
        feedback: { rating: 5, text: 'Erinomaista työtä' },
      });
      assert.equal(approved.assignment?.status, 'approved');
      assert.equal(approved.assignment?.actualHours, 4);
      const back = await helga.tasks.feedback.create(taskId, {
        applicationId: ids.helga!,
        rating: 4,
        text: 'Selkeä toimeksianto',
      });
      assert.equal(back.direction, 'to_requester');
      const all = await anon.tasks.feedback.list(taskId);
      assert.deepEqual(all.data.map((f) => f.direction).sort(), ['to_helper', 'to_requester']);
      assert.equal((await anon.tasks.get(taskId)).status, 'completed');

      const profile = await anon.users.get((await helga.me.get()).id);
      assert.equal(profile.name, 'Helga Helppari');
      assert.equal(profile.completedTasks, 1);
      assert.equal(profile.rating.average, 5);
    });

    it('for await over tasks.list walks every page, newest first', async () => {
      for (let i = 1; i <= 4; i++) {
        await rita.tasks.create(taskInput(`Sivutettu tehtävä ${i}`, { organisationId: orgId }));
      }
      const all = await rita.tasks.list({ limit: 100 });
      assert.equal(all.nextCursor, null);
      assert.ok(all.data.length >= 4);
      const first = await rita.tasks.list({ limit: 2 });
      assert.equal(first.data.length, 2);
      assert.ok(first.nextCursor);
      const walked: number[] = [];
      for await (const t of rita.tasks.list({ limit: 2 })) walked.push(t.id);
      assert.deepEqual(
        walked,
        all.data.map((t) => t.id),
      );
      const filtered: string[] = [];
      for await (const t of anon.tasks.list({ q: 'Sivutettu', limit: 3 })) filtered.push(t.title);
      assert.equal(filtered.length, 4);
    });

    it('reports.needs counts the tasks and hours by category and region', async () => {
      // The umbrella's own staff (olli made it) see its members; the public may not narrow so.
      const report = await olli.reports.needs({ umbrellaId });
      const row = report.rows.find((r) => r.category === 'kirjanpito-talous');
      assert.ok(row, JSON.stringify(report));
      assert.equal(report.totals.actualHours, 4);
      await assert.rejects(anon.reports.needs({ umbrellaId }), { status: 403 });
      const everywhere = await anon.reports.needs({ from: '2020-01-01T00:00:00Z' });
      assert.ok(everywhere.totals.tasks >= 0);
    });

    it('reports.needsInsight groups every measure; the umbrella sees its members by organisation', async () => {
      const mine = await olli.reports.needsInsight({ umbrellaId, groupBy: ['organisation'] });
      assert.equal(mine.scope, 'umbrella');
      assert.equal(mine.totals.actualHours, 4);
      assert.ok(mine.rows.every((r) => r.key.organisation && r.measures));
      const hours = await helga.reports.hours();
      assert.equal(hours.subject, 'person');
      const theirs = await olli.reports.hours({ umbrellaId });
      assert.equal(theirs.subject, 'umbrella');
      const open = await anon.reports.needsInsight({ groupBy: ['category', 'month'] });
      assert.equal(open.scope, 'public');
      assert.equal(open.suppressBelow, 3);
    });

    it('reports.needsCsv downloads the server’s CSV with the client’s credentials, in its language', async () => {
      const mine = await olli.reports.needsCsv({
        umbrellaId,
        groupBy: ['organisation'],
        lang: 'fi',
      });
      assert.match(mine.type, /^text\/csv/);
      const bytes = new Uint8Array(await mine.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark kept');
      const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
      assert.match(lines[0]!, /^organisationId;organisation;suppressed;posted;/);
      assert.match(lines.at(-2) ?? lines.at(-1)!, /^total;/);
      // A plain link could not carry the token: without it the umbrella's breakdown is refused.
      await assert.rejects(anon.reports.needsCsv({ umbrellaId }), { status: 403 });
      const open = await anon.reports.needsCsv({ groupBy: 'category', lang: 'en' });
      assert.match((await open.text()).split(/\r?\n/)[0]!, /^category,suppressed,posted,/);
    });

    it('me.export, me.audit, organisations.export and audit; closing and erasing with a code', async () => {
      const mine = await rita.me.export();
      assert.equal(mine.profile.email, 'rita@sdk.example.fi');
      assert.ok((await rita.me.audit()).data.some((e) => e.kind === 'data_exported'));
      assert.equal((await rita.organisations.export(orgId)).organisation.id, orgId);
      assert.ok(
        (await rita.organisations.audit(orgId)).data.some(
          (e) => e.kind === 'organisation_exported',
        ),
      );
      const code = async (email: string, kind: string) =>
        /\b(\d{6})\b/.exec((await mailTo(email, kind)).at(-1)?.text ?? '')![1]!;
      const leaving = await signedIn(server, 'poistuva@sdk.example.fi', { fetch: recording });
      const org = await leaving.organisations.create({ name: 'Lopettava ry', kind: 'association' });
      await leaving.organisations.requestClosureCode(org.id);
      await leaving.organisations.close(org.id, {
        code: await code('poistuva@sdk.example.fi', 'closure_code'),
      });
      await leaving.me.requestErasureCode();
      await leaving.me.erase({ code: await code('poistuva@sdk.example.fi', 'erasure_code') });
      await assert.rejects(leaving.me.get(), UnauthenticatedError);
    });
  });

  it('every endpoint of the contract was called by the tests above', () => {
    const missed = Object.entries(endpoints)
      .filter(([, e]) => {
        const pattern = new RegExp(
          `^${e.method} /api/v1${e.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`,
        );
        return ![...calls].some((c) => pattern.test(c));
      })
      .map(([name]) => name);
    assert.deepEqual(missed, []);
  });
});

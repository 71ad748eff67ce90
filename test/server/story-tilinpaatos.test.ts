/**
 * The pilot guide's story "Tilinpäätösten valmistelu", over HTTP: an association preparing its
 * financial statements asks for three hours of a bookkeeping professional's help; three people
 * offer, the association picks two, they talk it through, the work is done and approved, and
 * feedback goes both ways onto both profiles.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as s from '../../sdk/schemas/index.ts';
import { errorCode, get, post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, mailTo, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`story: Tilinpäätösten valmistelu (${dialectName})`, () => {
  let server: TestServer;
  /** The executive director posts the request; the treasurer is a member of the same association. */
  let director: SignedIn;
  let treasurer: SignedIn;
  let helpers: SignedIn[];
  let orgId: number;
  let taskId: number;
  const appIds: number[] = [];

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    director = await signIn(server, 'toiminnanjohtaja@kotiseutuyhdistys.fi', {
      name: 'Tuula Toiminnanjohtaja',
    });
    treasurer = await signIn(server, 'taloudenhoitaja@kotiseutuyhdistys.fi', {
      name: 'Teemu Taloudenhoitaja',
    });
    helpers = [
      await signIn(server, 'pia.probono@tilitoimisto.fi', {
        name: 'Pia Pro Bono',
        helperType: 'pro_bono',
        phone: '+358 40 111 2222',
        skills: ['tilinpäätös', 'kirjanpito'],
        languages: ['suomi', 'englanti'],
        experience: 'Tilitoimiston asiakasvastaava, 12 vuotta.',
        postalCode: '00100',
      }),
      await signIn(server, 'kalle.keskusjarjesto@liitto.fi', {
        name: 'Kalle Keskusjärjestöstä',
        helperType: 'umbrella_staff',
        skills: ['yhdistyksen talous'],
        languages: ['suomi', 'ruotsi'],
        lang: 'sv',
      }),
      await signIn(server, 'sanni.opiskelija@amk.fi', {
        name: 'Sanni Opiskelija',
        helperType: 'student',
        skills: ['taloushallinto'],
        languages: ['suomi'],
      }),
    ];
  });
  after(() => server.close());

  const [pia, kalle, sanni] = [0, 1, 2];

  it('the association is on Tehostamo with its director and treasurer', async () => {
    const org = await post(server, '/organisations', {
      token: director.token,
      body: { name: 'Kotiseutuyhdistys ry', kind: 'association', sector: 'kulttuuri' },
    });
    assert.equal(org.status, 201, JSON.stringify(org.body));
    orgId = org.body.id;
    const member = await post(server, `/organisations/${orgId}/members`, {
      token: director.token,
      body: { email: treasurer.email },
    });
    assert.equal(member.status, 201, JSON.stringify(member.body));
  });

  it('the director posts a three-hour bookkeeping request for two helpers', async () => {
    const res = await post(server, '/tasks', {
      token: director.token,
      body: {
        organisationId: orgId,
        category: 'kirjanpito-talous',
        title: 'Tilinpäätöksen valmistelu ja kirjanpidon toimintatavat',
        details:
          'Kirjanpidon lainsäädäntö on muuttunut. Tarvitsemme taloushallinnon ammattilaista ' +
          'ratkaisemaan muutaman kysymyksen ja pohtimaan, kannattaako kirjanpito jatkossa tehdä itse.',
        accountingReference: 'TP-2025',
        remote: true,
        schedule: { text: 'ennen tilinpäätöksen määräpäivää' },
        estimatedHours: 3,
        helpersWanted: 2,
      },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const task = s.Task.parse(res.body);
    taskId = task.id;
    assert.equal(task.status, 'open');
    assert.equal(task.estimatedHours, 3);
    assert.equal(task.helpersWanted, 2);
    assert.equal((await mailTo(director.email, 'task_confirmation')).length, 1);
  });

  it('three people offer their help, and the director hears of each', async () => {
    const messages = [
      'Olen tilitoimistossa töissä ja tunnen uudet säännökset. Voin auttaa etänä.',
      'Keskusjärjestössä neuvomme jäsenyhdistyksiä juuri tällaisissa kysymyksissä.',
      'Opiskelen taloushallintoa ja tekisin mielelläni harjoitusta oikeassa yhdistyksessä.',
    ];
    for (const [i, h] of helpers.entries()) {
      const res = await post(server, `/tasks/${taskId}/applications`, {
        token: h.token,
        body: { message: messages[i] },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      appIds.push(res.body.id);
    }
    assert.equal((await mailTo(director.email, 'new_application')).length, 3);
  });

  it('the treasurer compares the applicants, profile summaries side by side', async () => {
    const res = await get(server, `/tasks/${taskId}/applications`, { token: treasurer.token });
    assert.equal(res.status, 200);
    const list = res.body.data as s.Application[];
    assert.deepEqual(
      list.map((a) => a.applicant.name),
      ['Pia Pro Bono', 'Kalle Keskusjärjestöstä', 'Sanni Opiskelija'],
    );
    const piaSummary = list[0]!.applicant;
    assert.equal(piaSummary.helperType, 'pro_bono');
    assert.equal(piaSummary.phone, '+358 40 111 2222');
    assert.equal(piaSummary.email, 'pia.probono@tilitoimisto.fi');
    assert.deepEqual(piaSummary.skills, ['tilinpäätös', 'kirjanpito']);
    assert.equal(list[2]!.applicant.helperType, 'student');
    // Applicants see only their own application.
    const own = await get(server, `/tasks/${taskId}/applications`, {
      token: helpers[sanni]!.token,
    });
    assert.equal(own.body.data.length, 1);
  });

  it('the director picks Pia and is asked whether to pick more', async () => {
    const res = await post(server, `/tasks/${taskId}/applications/${appIds[pia]}/select`, {
      token: director.token,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const result = s.SelectResult.parse(res.body);
    assert.equal(result.canSelectMore, true);
    assert.equal(result.task.selectedCount, 1);
    assert.equal(result.task.applicationsOpen, true);
    assert.equal((await mailTo(helpers[pia]!.email, 'selected')).length, 1);
  });

  it('she picks Kalle too; with both helpers chosen, applications close', async () => {
    const res = await post(server, `/tasks/${taskId}/applications/${appIds[kalle]}/select`, {
      token: director.token,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.canSelectMore, false);
    assert.equal(res.body.task.status, 'assigned');
    assert.equal(res.body.task.applicationsOpen, false);
    const mails = await mailTo(helpers[kalle]!.email, 'selected');
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject, /^Du har valts/, 'Kalle reads Swedish');
    // Closing by hand now has nothing left to close.
    const close = await post(server, `/tasks/${taskId}/close-applications`, {
      token: director.token,
    });
    assert.equal(close.status, 409);
    assert.equal(errorCode(close), 'task_not_open');
  });

  it('Sanni gets a thank-you email and sees her application declined', async () => {
    const mails = await mailTo(helpers[sanni]!.email, 'thanked');
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject, /^Kiitos avuntarjouksestasi/);
    assert.match(mails[0]!.text, /Kotiseutuyhdistys ry/);
    for (const h of [helpers[pia]!, helpers[kalle]!]) {
      assert.equal((await mailTo(h.email, 'thanked')).length, 0);
    }
    const mine = await get(server, '/me/applications', { token: helpers[sanni]!.token });
    assert.equal(mine.body.data[0].status, 'declined');
    assert.equal(mine.body.data[0].task.id, taskId);
  });

  it('the treasurer and the two helpers agree on a call in the chat', async () => {
    const write = async (who: SignedIn, body: string) => {
      const res = await post(server, `/tasks/${taskId}/messages`, {
        token: who.token,
        body: { body },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    };
    await write(treasurer, 'Kiitos! Sopisiko verkkotapaaminen torstaina klo 14?');
    await write(helpers[pia]!, 'Sopii hyvin. Lähetän linkin.');
    await write(helpers[kalle]!, 'Torstai käy minullekin.');
    const thread = [
      'Kiitos! Sopisiko verkkotapaaminen torstaina klo 14?',
      'Sopii hyvin. Lähetän linkin.',
      'Torstai käy minullekin.',
    ];
    for (const who of [director, treasurer, helpers[pia]!, helpers[kalle]!]) {
      const res = await get(server, `/tasks/${taskId}/messages`, { token: who.token });
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.data.map((m: s.Message) => m.body),
        thread,
      );
    }
    // Both helpers heard of the treasurer's message; the director of the helpers' replies.
    assert.equal((await mailTo(helpers[pia]!.email, 'new_message')).length, 1);
    assert.equal((await mailTo(helpers[kalle]!.email, 'new_message')).length, 1);
    assert.equal((await mailTo(director.email, 'new_message')).length, 2);
  });

  it('Sanni, who was not picked, cannot read or write in the chat', async () => {
    const read = await get(server, `/tasks/${taskId}/messages`, { token: helpers[sanni]!.token });
    assert.equal(read.status, 403);
    assert.equal(errorCode(read), 'not_in_chat');
    const write = await post(server, `/tasks/${taskId}/messages`, {
      token: helpers[sanni]!.token,
      body: { body: 'Voinko tulla mukaan?' },
    });
    assert.equal(write.status, 403);
  });

  it('both helpers mark the work done, and the director is asked to approve', async () => {
    for (const i of [pia, kalle]) {
      const res = await post(server, `/tasks/${taskId}/assignments/${appIds[i]}/done`, {
        token: helpers[i]!.token,
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.assignment.status, 'done');
    }
    assert.equal((await mailTo(director.email, 'marked_done')).length, 2);
  });

  it('the director approves the actual hours, with feedback, and the task is completed', async () => {
    const first = await post(server, `/tasks/${taskId}/assignments/${appIds[pia]}/approve`, {
      token: director.token,
      body: {
        actualHours: 2.5,
        feedback: { rating: 5, text: 'Selkeät vastaukset, ja nyt tiedämme miten jatketaan.' },
      },
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.assignment.status, 'approved');
    assert.equal(first.body.assignment.actualHours, 2.5);
    const halfway = await get(server, `/tasks/${taskId}`, { token: director.token });
    assert.equal(halfway.body.status, 'assigned');

    const second = await post(server, `/tasks/${taskId}/assignments/${appIds[kalle]}/approve`, {
      token: treasurer.token,
      body: { actualHours: 3.5 },
    });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    const feedback = await post(server, `/tasks/${taskId}/feedback`, {
      token: treasurer.token,
      body: { applicationId: appIds[kalle], rating: 4, text: 'Hyviä vinkkejä jäsenasioihin.' },
    });
    assert.equal(feedback.status, 201, JSON.stringify(feedback.body));

    const task = await get(server, `/tasks/${taskId}`);
    assert.equal(task.body.status, 'completed');
    assert.ok(task.body.completedAt);
    assert.equal(task.body.accountingReference, null, 'internal to the association');
  });

  it('the helpers give the association feedback in return', async () => {
    for (const [i, rating, text] of [
      [pia, 5, 'Hyvin valmisteltu, kysymykset olivat valmiina.'],
      [kalle, 4, 'Mukava yhdistys.'],
    ] as const) {
      const res = await post(server, `/tasks/${taskId}/feedback`, {
        token: helpers[i]!.token,
        body: { applicationId: appIds[i], rating, text },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.direction, 'to_requester');
      assert.equal(res.body.to.id, director.id);
    }
    assert.equal((await mailTo(director.email, 'feedback_received')).length, 2);
    assert.equal((await mailTo(helpers[pia]!.email, 'feedback_received')).length, 1);
    const all = await get(server, `/tasks/${taskId}/feedback`);
    assert.equal(all.body.data.length, 4);
  });

  it('the feedback shows on the profiles of the helpers and of the director', async () => {
    const piaProfile = s.PublicProfile.parse(
      (await get(server, `/users/${helpers[pia]!.id}`)).body,
    );
    assert.equal(piaProfile.completedTasks, 1);
    assert.deepEqual(piaProfile.rating, { average: 5, count: 1 });
    assert.match(piaProfile.feedback[0]!.text, /Selkeät vastaukset/);
    assert.equal(piaProfile.feedback[0]!.from.id, director.id);

    const kalleProfile = (await get(server, `/users/${helpers[kalle]!.id}`)).body;
    assert.equal(kalleProfile.completedTasks, 1);
    assert.equal(kalleProfile.feedback[0].from.id, treasurer.id);

    const directorProfile = s.PublicProfile.parse(
      (await get(server, `/users/${director.id}`)).body,
    );
    assert.equal(directorProfile.feedback.length, 2);
    assert.deepEqual(directorProfile.rating, { average: 4.5, count: 2 });
    assert.equal(directorProfile.completedTasks, 0, 'she asked; she did not help');

    const sanniProfile = (await get(server, `/users/${helpers[sanni]!.id}`)).body;
    assert.equal(sanniProfile.completedTasks, 0);
    assert.deepEqual(sanniProfile.feedback, []);
  });
});

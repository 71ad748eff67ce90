/**
 * Every email of a task's life links to the page of the app where its reader acts, on
 * `PUBLIC_URL`, in an HTML part with a plain-text alternative, in the reader's language, with
 * what users wrote escaped.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OutboxMessage } from '../../server/db/models/index.ts';
import { post, signIn, type SignedIn } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

/** The app's pages that emails may link to (the URLs agreed for the app). */
const APP_PAGES = [
  /^\/tasks\/\d+$/,
  /^\/tasks\/\d+#chat$/,
  /^\/users\/\d+$/,
  /^\/opportunities$/,
  /^\/ongoing$/,
  /^\/history$/,
  /^\/settings(\/(profile|groups|organisation))?$/,
  /^\/sign-in$/,
];

/** The links of a message, but its one-click unsubscribe address (a page of its own). */
function linksOf(row: OutboxMessage) {
  const notUnsubscribe = (link: string) => link !== row.listUnsubscribe;
  const inText = [...row.textBody.matchAll(/https?:\/\/[^\s<>"']+/g)]
    .map((m) => m[0])
    .filter(notUnsubscribe);
  const inHtml = [...(row.htmlBody ?? '').matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter(notUnsubscribe);
  return { inText: [...new Set(inText)].sort(), inHtml: [...new Set(inHtml)].sort() };
}

describe(`links in emails (${dialectName})`, () => {
  let server: TestServer;
  let requester: SignedIn;
  let helperSv: SignedIn;
  let helperEn: SignedIn;
  let member: SignedIn;
  const langOf = new Map<string, string>();

  before(async () => {
    server = await startTestServer({ codesPerIpPerHour: 100_000 });
    requester = await signIn(server, 'rahastonhoitaja@yhdistys.fi', { name: 'Riikka' });
    helperSv = await signIn(server, 'hjalpare@forening.fi', { name: 'Sven', lang: 'sv' });
    helperEn = await signIn(server, 'helper@example.org', {
      name: 'Ed <b>"Bold"</b>',
      lang: 'en',
    });
    member = await signIn(server, 'ryhmalainen@yhdistys.fi', { name: 'Ryhmä Jäsen' });
    for (const [who, lang] of [
      [requester, 'fi'],
      [helperSv, 'sv'],
      [helperEn, 'en'],
      [member, 'fi'],
    ] as const)
      langOf.set(who.email, lang);

    // The whole life of a task, and a cancelled one, and one posted to a group.
    const org = await post(server, '/organisations', {
      token: requester.token,
      body: { name: 'Yhdistys & <Kumppanit> ry', kind: 'association', sector: 'kulttuuri' },
    });
    assert.equal(org.status, 201, JSON.stringify(org.body));
    const group = await post(server, '/groups', {
      token: requester.token,
      body: { organisationId: org.body.id, name: 'Lähiverkosto' },
    });
    assert.equal(group.status, 201, JSON.stringify(group.body));
    const added = await post(server, `/groups/${group.body.id}/members`, {
      token: requester.token,
      body: { emails: [member.email] },
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const colleague = await post(server, `/organisations/${org.body.id}/members`, {
      token: requester.token,
      body: { email: 'kollega@yhdistys.fi' },
    });
    assert.equal(colleague.status, 201, JSON.stringify(colleague.body));

    const newTask = async (extra: Record<string, unknown> = {}) => {
      const res = await post(server, '/tasks', {
        token: requester.token,
        body: {
          organisationId: org.body.id,
          category: 'kirjanpito-talous',
          title: 'Tilinpäätös <script>alert(1)</script>',
          schedule: { text: 'tällä viikolla' },
          estimatedHours: 2,
          helpersWanted: 1,
          remote: true,
          ...extra,
        },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as number;
    };
    const taskId = await newTask();
    const apply = async (who: SignedIn, id: number) => {
      const res = await post(server, `/tasks/${id}/applications`, {
        token: who.token,
        body: { message: 'Voin auttaa <img src=x onerror=alert(1)>' },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as number;
    };
    const chosen = await apply(helperSv, taskId);
    await apply(helperEn, taskId);
    const ok = async (path: string, token: string, body?: unknown) => {
      const res = await post(server, path, { token, body });
      assert.ok(res.status < 300, `${path}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    await ok(`/tasks/${taskId}/applications/${chosen}/select`, requester.token);
    await ok(`/tasks/${taskId}/close-applications`, requester.token).catch(() => {});
    await ok(`/tasks/${taskId}/messages`, requester.token, { body: 'Hei <b>Sven</b>!' });
    await ok(`/tasks/${taskId}/messages`, helperSv.token, { body: 'Hej!' });
    await ok(`/tasks/${taskId}/assignments/${chosen}/done`, helperSv.token);
    await ok(`/tasks/${taskId}/assignments/${chosen}/approve`, requester.token, {
      actualHours: 1.5,
      feedback: { rating: 5, text: 'Kiitos <3' },
    });
    await ok(`/tasks/${taskId}/feedback`, helperSv.token, {
      applicationId: chosen,
      rating: 5,
      text: 'Tack!',
    });

    const cancelled = await newTask();
    await apply(helperEn, cancelled);
    await ok(`/tasks/${cancelled}/cancel`, requester.token, { reason: 'Ei <tarvita>' });

    await newTask({ groupCode: group.body.code });
  });
  after(() => server.close());

  it('every kind of email the task lifecycle sends is covered here', async () => {
    const kinds = new Set((await OutboxMessage.findAll()).map((r) => r.kind));
    for (const kind of [
      'sign_in_code',
      'group_invitation',
      'organisation_invitation',
      'task_confirmation',
      'group_task_posted',
      'new_application',
      'selected',
      'thanked',
      'new_message',
      'marked_done',
      'feedback_received',
      'task_cancelled',
    ]) {
      assert.ok(kinds.has(kind), `no ${kind} email was sent`);
    }
  });

  it('every link is an app page on PUBLIC_URL, the same in the text and the HTML part, and no API path', async () => {
    const rows = await OutboxMessage.findAll({ order: [['id', 'ASC']] });
    for (const row of rows) {
      const { inText, inHtml } = linksOf(row);
      assert.deepEqual(inHtml, inText, `${row.kind}: the HTML and text parts link alike`);
      if (row.kind !== 'sign_in_code') assert.ok(inText.length > 0, `${row.kind} has no link`);
      for (const link of inText) {
        assert.ok(link.startsWith(`${server.config.publicUrl}/`), `${row.kind}: ${link}`);
        const url = new URL(link);
        const page = url.pathname + url.hash;
        assert.ok(!url.pathname.startsWith('/api/'), `${row.kind} links to the API: ${link}`);
        assert.ok(
          APP_PAGES.some((p) => p.test(page)),
          `${row.kind} links to ${page}, not a page of the app`,
        );
      }
    }
    const byKind = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.textBody);
    assert.ok(byKind('new_message').every((t) => /\/tasks\/\d+#chat\b/.test(t)));
    assert.ok(byKind('feedback_received').some((t) => t.includes(`/users/${helperSv.id}`)));
    assert.ok(byKind('group_invitation').every((t) => t.includes('/settings/groups')));
    assert.ok(byKind('organisation_invitation').every((t) => t.includes('/settings/organisation')));
  });

  it('every link opens the app', async () => {
    const rows = await OutboxMessage.findAll();
    const links = new Set(rows.flatMap((r) => linksOf(r).inText));
    for (const link of links) {
      const res = await fetch(link, { headers: { accept: 'text/html' } });
      const type = res.headers.get('content-type') ?? '';
      assert.equal(res.status, 200, `${link} answers ${res.status}`);
      assert.match(type, /^text\/html/, `${link} answers ${type}`);
      const page = await res.text();
      assert.match(page, /<tehostamo-/, `${link} is not the app`);
    }
  });

  it("each email is in its reader's language, HTML with a plain-text alternative", async () => {
    for (const row of await OutboxMessage.findAll()) {
      assert.ok(row.htmlBody, `${row.kind} has no HTML part`);
      // A first code goes out before the new user has chosen a language.
      if (row.kind === 'sign_in_code') continue;
      const lang = langOf.get(row.toEmail) ?? 'fi';
      assert.match(row.htmlBody!, new RegExp(`<html lang="${lang}">`), row.kind);
      assert.ok(row.textBody.length > 0);
      assert.doesNotMatch(row.textBody, /<\/?(p|a|br)\b/, 'the text part carries no markup');
    }
    const toSv = await OutboxMessage.findOne({ where: { kind: 'selected' } });
    assert.match(toSv!.subject, /Du har valts/);
    const toEn = await OutboxMessage.findOne({ where: { kind: 'thanked' } });
    assert.match(toEn!.subject, /Thank you/);
  });

  it('what users wrote is escaped in the HTML part', async () => {
    for (const row of await OutboxMessage.findAll()) {
      const html = row.htmlBody!;
      assert.doesNotMatch(html, /<script|<img|<b>|<Kumppanit>|<tarvita>/, row.kind);
    }
    const message = await OutboxMessage.findOne({ where: { kind: 'new_message' } });
    assert.match(message!.htmlBody!, /Hei &lt;b&gt;Sven&lt;\/b&gt;!/);
    assert.match(message!.textBody, /Hei <b>Sven<\/b>!/, 'the text part says it as written');
  });
});

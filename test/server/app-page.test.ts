import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { matchRoute, safeNext } from '../../widgets/app/routes.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe(`the app's pages (${dialectName})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('answers the app for every path of the app, so a reload or an emailed link opens it', async () => {
    for (const path of [
      '/',
      '/opportunities',
      '/ongoing',
      '/history',
      '/settings',
      '/settings/profile',
      '/settings/groups',
      '/settings/organisation',
      '/tasks/new',
      '/tasks/12',
      '/users/7',
      '/sign-in',
      '/sign-in?next=%2Ftasks%2F12',
    ]) {
      const res = await fetch(`${server.baseUrl}${path}`, { headers: html });
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/, path);
      const body = await res.text();
      assert.match(body, /<tehostamo-app[\s>]/, path);
      assert.match(body, /src="\/widgets\/app\.js"/, path);
    }
  });

  it('answers an unknown page with a 404 that the app shows as "page not found"', async () => {
    for (const path of ['/nothing-here', '/tasks/abc', '/tasks/12/more', '/users/0']) {
      const res = await fetch(`${server.baseUrl}${path}`, { headers: html });
      assert.equal(res.status, 404, path);
      assert.match(await res.text(), /<tehostamo-app[\s>]/, path);
    }
  });

  it('leaves the API and the bundle alone: their unknown paths stay JSON errors', async () => {
    const api = await fetch(`${server.api}/nothing`, { headers: html });
    assert.equal(api.status, 404);
    assert.equal((await api.json()).error.code, 'route_not_found');
    const script = await fetch(`${server.baseUrl}/nothing-here`);
    assert.equal(script.status, 404);
    assert.equal((await script.json()).error.code, 'route_not_found');
    const post = await fetch(`${server.baseUrl}/opportunities`, { method: 'POST' });
    assert.equal(post.status, 404);
    assert.equal((await post.json()).error.code, 'route_not_found');
  });

  it('serves every widget at work, with a snippet, at /demo; /embed is the app’s builder', async () => {
    const builder = await fetch(`${server.baseUrl}/embed`, { headers: html });
    assert.equal(builder.status, 200);
    assert.match(await builder.text(), /<tehostamo-app/);
    const res = await fetch(`${server.baseUrl}/demo`, { headers: html });
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /<tehostamo-task-list/);
    assert.ok(
      body.includes(`${server.baseUrl}/widgets/tehostamo.js`),
      'the snippet names the bundle',
    );
  });

  it('lets the page call only its own origin, whatever host name served it', async () => {
    const res = await fetch(`${server.baseUrl}/`, { headers: html });
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(await res.text(), /base-url=/, 'no fixed address for the API in the page');
  });
});

describe('the app’s routes', () => {
  it('turns paths into views and back', () => {
    assert.deepEqual(matchRoute('/'), { view: 'home' });
    assert.deepEqual(matchRoute('/tasks/42'), { view: 'task', id: 42 });
    assert.deepEqual(matchRoute('/tasks/new'), { view: 'new-task' });
    assert.deepEqual(matchRoute('/settings/groups'), { view: 'settings', section: 'groups' });
    assert.deepEqual(matchRoute('/history/'), { view: 'history' });
    assert.deepEqual(matchRoute('/embed'), { view: 'embed' });
    assert.equal(matchRoute('/demo'), null);
    assert.equal(matchRoute('/tasks/'), null);
  });

  it('returns after sign-in only to a page of the app on this origin', () => {
    assert.equal(safeNext('/tasks/42#chat'), '/tasks/42#chat');
    assert.equal(safeNext('/ongoing?x=1'), '/ongoing?x=1');
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '/sign-in',
      '/nothing',
      null,
    ]) {
      assert.equal(safeNext(bad), '/', String(bad));
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { endpoints } from '../../sdk/endpoints.ts';
import { get, post, lastCode } from '../helpers/http.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

describe(`OpenAPI document and development mailbox (${dialectName})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('the OpenAPI 3.1 document describes every endpoint of the contract', async () => {
    const res = await get(server, '/openapi.json');
    assert.equal(res.status, 200);
    const doc = res.body;
    assert.equal(doc.openapi, '3.1.0');
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[endpoint.method.toLowerCase()];
      assert.ok(operation, `${name} is missing`);
      assert.equal(operation.operationId, name);
      for (const param of path.match(/\{(\w+)\}/g) ?? []) {
        const paramName = param.slice(1, -1);
        assert.ok(
          operation.parameters.some(
            (p: { name: string; in: string }) => p.name === paramName && p.in === 'path',
          ),
          `${name} lacks path parameter ${paramName}`,
        );
      }
      if ('body' in endpoint) assert.ok(operation.requestBody, `${name} lacks its request body`);
    }
    const create = doc.paths['/tasks'].post;
    const body = create.requestBody.content['application/json'].schema;
    assert.ok(body.required.includes('title'));
    assert.ok(body.required.includes('category'));
    assert.ok(create.parameters.some((p: { name: string }) => p.name === 'Idempotency-Key'));
    assert.ok(
      create.security.some(
        (s: Record<string, unknown>) => 'publishableKey' in s && !('bearer' in s),
      ),
      'a visitor posts with a publishable key alone',
    );
    assert.equal(doc.components.securitySchemes.publishableKey.name, 'X-Publishable-Key');
    assert.deepEqual(doc.paths['/me'].get.security, [{ bearer: [] }]);
  });

  it('the development mailbox lists queued emails so a newcomer can sign in locally', async () => {
    await post(server, '/auth/code', { body: { email: 'newcomer@example.fi' } });
    const code = await lastCode('newcomer@example.fi');
    const page = await fetch(`${server.baseUrl}/dev/mailbox?to=newcomer@example.fi`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.ok(html.includes(code), 'the code is on the page');
    assert.ok(html.includes('newcomer@example.fi'));
  });

  it('the emailed code is also written as an .eml file when no SMTP server is set', async () => {
    await post(server, '/auth/code', { body: { email: 'eml@example.fi' } });
    const code = await lastCode('eml@example.fi');
    await server.deps.mailer.flush();
    const html = await (await fetch(`${server.baseUrl}/dev/mailbox?to=eml@example.fi`)).text();
    const link = /href="(\/dev\/mailbox\/\d+\.eml)"/.exec(html)?.[1];
    assert.ok(link, 'a link to the .eml file');
    const eml = await fetch(server.baseUrl + link!);
    assert.equal(eml.status, 200);
    const text = await eml.text();
    assert.match(text, /^To: eml@example\.fi$/m);
    assert.ok(text.includes(code));
  });

  it('the mailbox is not served when mail goes through SMTP', async () => {
    const smtp = await startTestServer({ devMailbox: false });
    try {
      const res = await fetch(`${smtp.baseUrl}/dev/mailbox`);
      assert.equal(res.status, 404);
    } finally {
      await smtp.close();
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { errorCodes } from '../../sdk/error-codes.ts';
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

  it('each operation lists the statuses and error codes it can answer, from the one table', async () => {
    const doc = (await get(server, '/openapi.json')).body;
    const codesOf = (operation: { responses: Record<string, any> }, status: string): string[] =>
      operation.responses[status]?.content['application/json'].schema.allOf[1].properties.error
        .properties.code.enum ?? [];
    const listed = new Set<string>();
    for (const methods of Object.values<Record<string, any>>(doc.paths)) {
      for (const operation of Object.values<any>(methods)) {
        assert.ok(!('4XX' in operation.responses), `${operation.operationId} has a generic 4XX`);
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          if (Number(status) < 400) continue;
          for (const code of codesOf(operation, status)) {
            listed.add(code);
            const entry = errorCodes[code as keyof typeof errorCodes];
            assert.ok(entry, `${operation.operationId} lists unknown code ${code}`);
            assert.ok(
              ([entry.status].flat() as number[]).includes(Number(status)),
              `${code} under ${status}`,
            );
            assert.ok(response.description.includes(entry.meaning));
          }
        }
      }
    }
    const select = doc.paths['/tasks/{id}/applications/{appId}/select'].post;
    for (const code of ['task_full', 'task_not_open', 'application_not_pending']) {
      assert.ok(codesOf(select, '409').includes(code), `select answers ${code}`);
    }
    assert.deepEqual(codesOf(select, '404'), ['not_found']);
    assert.ok(codesOf(select, '503').includes('service_unavailable'));
    assert.ok(select.responses['503'].headers['Retry-After']);
    assert.ok(codesOf(doc.paths['/auth/token'].post, '401').includes('invalid_code'));
    assert.ok(codesOf(doc.paths['/tasks/{id}/verify'].post, '422').includes('invalid_code'));
    // Codes no single operation owns: unknown paths and methods, the widget bundle.
    const elsewhere = ['route_not_found', 'method_not_allowed', 'widgets_not_built'];
    for (const code of Object.keys(errorCodes)) {
      if (!elsewhere.includes(code)) assert.ok(listed.has(code), `no operation answers ${code}`);
    }
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

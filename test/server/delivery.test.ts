/**
 * Delivery: text answers compressed (brotli, else gzip) with their own ETags; the widget files
 * served as the build compressed them, hashed chunks cached for good, entries revalidated.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import type { Deps } from '../../server/context.ts';
import { compression } from '../../server/http/compression.ts';
import { modulepreloads, WIDGETS_DIR, widgetRoutes } from '../../server/routes/widgets.ts';
import { dialectName, startTestServer, type TestServer } from '../helpers/server.ts';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose answer is not decoded (fetch would decode it). */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }),
        );
      })
      .on('error', reject);
  });
}

const decode = (r: Raw) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

describe(`delivery (${dialectName})`, () => {
  let server: TestServer;
  let widgets: http.Server;
  let widgetsUrl: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-widgets-'));
  const entry = `export const x = ${JSON.stringify('x'.repeat(3000))};`;

  before(async () => {
    server = await startTestServer();
    fs.mkdirSync(path.join(dir, 'chunks'));
    for (const [file, text] of [
      ['task-list.js', entry],
      ['chunks/chunk-ABC123.js', 'export const y = 1;'],
    ] as const) {
      fs.writeFileSync(path.join(dir, file), text);
      fs.writeFileSync(path.join(dir, `${file}.br`), brotliCompressSync(text));
      fs.writeFileSync(path.join(dir, `${file}.gz`), gzipSync(text));
    }
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        'task-list': {
          imports: ['chunks/chunk-ABC123.js'],
          strings: { fi: ['chunks/fi-FI111.js'], sv: ['chunks/sv-SV222.js'], en: [] },
        },
        'widgets/task/task.ts': {
          file: 'chunks/task-T333.js',
          imports: ['chunks/chunk-ABC123.js', 'chunks/chunk-DEF456.js'],
          strings: { fi: ['chunks/fi-TASK44.js'], sv: [], en: [] },
        },
      }),
    );
    const deps = { config: { publicUrl: 'http://x', devMailbox: false } } as Deps;
    widgets = express().use(compression()).use(widgetRoutes(deps, dir)).listen(0, '127.0.0.1');
    await new Promise((resolve) => widgets.once('listening', resolve));
    widgetsUrl = `http://127.0.0.1:${(widgets.address() as AddressInfo).port}`;
  });
  after(async () => {
    await server.close();
    widgets.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('compresses a JSON answer with brotli or gzip, as the reader accepts, and not for one that accepts neither', async () => {
    const url = `${server.api}/categories`;
    const plain = await get(url);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(String(plain.headers.vary), /accept-encoding/i);
    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers['content-type']), /application\/json; charset=utf-8/);
    assert.deepEqual(JSON.parse(decode(br).toString()), JSON.parse(plain.body.toString()));
    assert.ok(br.body.length < plain.body.length / 2);
    const gz = await get(url, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(decode(gz), plain.body);
    // Each encoding has its own validator, and it still validates.
    assert.notEqual(br.headers.etag, plain.headers.etag);
    const again = await get(url, {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    assert.equal(again.status, 304);
  });

  it('compresses the app page', async () => {
    const page = await get(`${server.baseUrl}/`, { accept: 'text/html', 'accept-encoding': 'br' });
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-encoding'], 'br');
    assert.match(decode(page).toString(), /<tehostamo-app/);
  });

  it('serves widget files as the build compressed them: hashed chunks for good, entries revalidated', async () => {
    const br = await get(`${widgetsUrl}/widgets/task-list.js`, { 'accept-encoding': 'br, gzip' });
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers['content-type']), /javascript/);
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.equal(br.headers['access-control-allow-origin'], '*');
    assert.match(String(br.headers['cache-control']), /max-age=300/);
    assert.equal(decode(br).toString(), entry);
    const revalidated = await get(`${widgetsUrl}/widgets/task-list.js`, {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    assert.equal(revalidated.status, 304);
    const gz = await get(`${widgetsUrl}/widgets/task-list.js`, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(decode(gz).toString(), entry);
    const plain = await get(`${widgetsUrl}/widgets/task-list.js`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), entry);
    const chunk = await get(`${widgetsUrl}/widgets/chunks/chunk-ABC123.js`, {
      'accept-encoding': 'br',
    });
    assert.match(String(chunk.headers['cache-control']), /immutable/);
    assert.equal(decode(chunk).toString(), 'export const y = 1;');
    assert.equal((await get(`${widgetsUrl}/widgets/../manifest.json.br`)).status, 404);
    assert.equal(
      (await get(`${widgetsUrl}/widgets/nothing.js`, { 'accept-encoding': 'br' })).status,
      404,
    );
  });

  it('names the chunks an entry imports, and its strings in the page language, for modulepreload', () => {
    const link = (chunk: string) =>
      `<link rel="modulepreload" href="/widgets/chunks/${chunk}" crossorigin>`;
    assert.equal(
      modulepreloads('task-list', { lang: 'fi', dir }),
      [link('chunk-ABC123.js'), link('fi-FI111.js')].join('\n'),
    );
    assert.equal(
      modulepreloads('task-list', { lang: 'sv', dir }),
      [link('chunk-ABC123.js'), link('sv-SV222.js')].join('\n'),
    );
    assert.equal(
      modulepreloads('task-list', { lang: 'fi', modules: ['widgets/task/task.ts'], dir }),
      [
        link('chunk-ABC123.js'),
        link('fi-FI111.js'),
        link('task-T333.js'),
        link('chunk-DEF456.js'),
        link('fi-TASK44.js'),
      ].join('\n'),
      'a module loaded at once comes with its imports and strings, each chunk named once',
    );
    assert.equal(modulepreloads('task-list', { dir: path.join(dir, 'none') }), '');
  });

  it('preloads the view an address opens, in the language the reader’s browser asks for', async () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(WIDGETS_DIR, 'manifest.json'), 'utf8'),
    ) as Record<string, { file?: string; imports: string[]; strings: Record<string, string[]> }>;
    const preloaded = async (address: string, language: string) => {
      const page = await fetch(`${server.baseUrl}${address}`, {
        headers: { accept: 'text/html', 'accept-language': language },
      });
      assert.match(String(page.headers.get('vary')), /accept-language/i);
      const html = await page.text();
      assert.match(html, new RegExp(`<html lang="${language.slice(0, 2).replace('de', 'fi')}">`));
      return new Set(
        Array.from(html.matchAll(/rel="modulepreload" href="\/widgets\/([^"]+)"/g), (m) => m[1]),
      );
    };
    const home = await preloaded('/', 'sv-FI,sv;q=0.9,en;q=0.5');
    assert.ok(
      home.has(manifest['widgets/task-list/task-list.ts']!.file!),
      'a visitor sees the task list at /',
    );
    for (const chunk of manifest.app!.strings.sv!) assert.ok(home.has(chunk), chunk);
    for (const chunk of manifest.app!.strings.fi!) assert.ok(!home.has(chunk), chunk);
    const form = await preloaded('/tasks/new', 'en-GB');
    assert.ok(form.has(manifest['widgets/request-form/request-form.ts']!.file!));
    assert.ok(!form.has(manifest['widgets/task-list/task-list.ts']!.file!));
    for (const chunk of manifest.app!.strings.en!) assert.ok(form.has(chunk), chunk);
    const finnish = await preloaded('/', 'de');
    for (const chunk of manifest.app!.strings.fi!) assert.ok(finnish.has(chunk), chunk);
  });
});

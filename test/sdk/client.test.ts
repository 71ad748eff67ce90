/**
 * The client itself, against a scripted server that records what it is sent: credentials and
 * headers, the query string, immutability, lists across pages, and token storage.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { browserStorage, createClient, memoryStorage } from '../../sdk/index.ts';
import { fastRetry } from './fixtures.ts';
import { categories, startStub, task, type Seen, type Stub } from './stub.ts';

let stub: Stub;
let pages: Record<string, { ids: number[]; next: string | null }>;

before(async () => {
  stub = await startStub((req: Seen) => {
    if (req.url.pathname === '/api/v1/categories') return { body: categories };
    if (req.url.pathname === '/api/v1/tasks') {
      const page = pages[req.url.searchParams.get('cursor') ?? 'first']!;
      return { body: { data: page.ids.map(task), nextCursor: page.next } };
    }
    if (req.url.pathname === '/api/v1/auth/token') {
      return { status: 401, body: { error: { code: 'invalid_token', message: 'revoked' } } };
    }
    return { status: 404, body: { error: { code: 'route_not_found', message: 'no' } } };
  });
});
after(() => stub.close());
beforeEach(() => {
  stub.seen.length = 0;
  pages = { first: { ids: [], next: null } };
});

const last = () => stub.seen.at(-1)!;

describe('what the client sends', () => {
  it('a token or a secret key as a bearer credential, the language and the publishable key', async () => {
    const client = createClient({
      baseUrl: stub.baseUrl,
      token: 'tht_abc',
      lang: 'sv',
      publishableKey: 'pk_live_1',
    });
    await client.categories.list();
    assert.equal(last().headers.authorization, 'Bearer tht_abc');
    assert.equal(last().headers['accept-language'], 'sv');
    assert.equal(last().headers['x-publishable-key'], 'pk_live_1');
    assert.equal(last().url.pathname, '/api/v1/categories');

    await createClient({ baseUrl: stub.baseUrl, secretKey: 'sk_xyz' }).categories.list();
    assert.equal(last().headers.authorization, 'Bearer sk_xyz');
    await createClient({ baseUrl: stub.baseUrl }).categories.list();
    assert.equal(last().headers.authorization, undefined);
  });

  it('a base URL that already ends in /api/v1, or in a slash, is taken as it is', async () => {
    for (const baseUrl of [`${stub.baseUrl}/`, `${stub.baseUrl}/api/v1`, new URL(stub.baseUrl)]) {
      await createClient({ baseUrl }).categories.list();
      assert.equal(last().url.pathname, '/api/v1/categories');
    }
  });

  it('list filters as the server parses them: lists comma-joined, booleans and numbers as text', async () => {
    const client = createClient({ baseUrl: stub.baseUrl });
    await client.tasks.list({
      category: ['viestinta', 'markkinointi'],
      remote: true,
      limit: 5,
      q: 'tiedote ja some',
      region: undefined,
    });
    const query = Object.fromEntries(last().url.searchParams);
    assert.deepEqual(query, {
      category: 'viestinta,markkinointi',
      remote: 'true',
      limit: '5',
      q: 'tiedote ja some',
    });
    await client.tasks.list({ category: 'viestinta' });
    assert.equal(last().url.searchParams.get('category'), 'viestinta');
  });

  it('path parameters are encoded', async () => {
    await assert.rejects(createClient({ baseUrl: stub.baseUrl }).postalCodes.get('00/10'));
    assert.equal(last().url.pathname, '/api/v1/postal-codes/00%2F10');
  });

  it('a client takes a token or a secret key, not both', () => {
    assert.throws(
      () => createClient({ baseUrl: stub.baseUrl, token: 'tht_a', secretKey: 'sk_b' }),
      TypeError,
    );
  });
});

describe('immutability', () => {
  it('extend gives a new client and leaves the old one as it was', async () => {
    const base = createClient({ baseUrl: stub.baseUrl, lang: 'fi', headers: { 'x-trace': '1' } });
    const signedIn = base.extend({ token: 'tht_1', headers: { 'x-more': '2' } });
    const asKey = signedIn.extend({ secretKey: 'sk_2' });
    assert.notEqual(signedIn, base);
    assert.equal(base.options.token, undefined);
    assert.equal(asKey.options.token, undefined, 'a secret key replaces the token');
    assert.equal(asKey.options.secretKey, 'sk_2');

    await signedIn.categories.list();
    assert.equal(last().headers.authorization, 'Bearer tht_1');
    assert.equal(last().headers['x-trace'], '1');
    assert.equal(last().headers['x-more'], '2');
    assert.equal(last().headers['accept-language'], 'fi');
    await base.categories.list();
    assert.equal(last().headers.authorization, undefined);
    assert.equal(last().headers['x-more'], undefined);
  });

  it('a client and its options cannot be changed', () => {
    const client = createClient({ baseUrl: stub.baseUrl, token: 'tht_1' });
    assert.ok(Object.isFrozen(client) && Object.isFrozen(client.options));
    assert.ok(Object.isFrozen(client.tasks) && Object.isFrozen(client.tasks.applications));
    assert.throws(() => {
      (client.options as { token?: string }).token = 'tht_2';
    }, TypeError);
  });
});

describe('lists', () => {
  it('awaiting a list gives the first page; iterating it gives every item across pages', async () => {
    pages = {
      first: { ids: [5, 4], next: 'c4' },
      c4: { ids: [3, 2], next: 'c2' },
      c2: { ids: [1], next: null },
    };
    const client = createClient({ baseUrl: stub.baseUrl, retry: fastRetry });
    const page = await client.tasks.list({ category: 'viestinta', limit: 2 });
    assert.deepEqual(
      page.data.map((t) => t.id),
      [5, 4],
    );
    assert.equal(page.nextCursor, 'c4');

    stub.seen.length = 0;
    const ids: number[] = [];
    for await (const t of client.tasks.list({ category: 'viestinta', limit: 2 })) ids.push(t.id);
    assert.deepEqual(ids, [5, 4, 3, 2, 1]);
    assert.deepEqual(
      stub.seen.map((r) => r.url.searchParams.get('cursor')),
      [null, 'c4', 'c2'],
    );
    assert.ok(stub.seen.every((r) => r.url.searchParams.get('category') === 'viestinta'));
    assert.ok(stub.seen.every((r) => r.url.searchParams.get('limit') === '2'));
  });

  it('stopping early fetches no more pages', async () => {
    pages = { first: { ids: [2, 1], next: 'c1' }, c1: { ids: [0], next: null } };
    const client = createClient({ baseUrl: stub.baseUrl });
    for await (const t of client.tasks.list()) {
      assert.equal(t.id, 2);
      break;
    }
    assert.equal(stub.seen.length, 1);
  });
});

describe('token storage', () => {
  it('a client with a storage and no token reads the token on each request', async () => {
    const storage = memoryStorage();
    const client = createClient({ baseUrl: stub.baseUrl, storage });
    await client.categories.list();
    assert.equal(last().headers.authorization, undefined);
    storage.set('tht_later');
    await client.categories.list();
    assert.equal(last().headers.authorization, 'Bearer tht_later');
    await client.extend({ token: 'tht_explicit' }).categories.list();
    assert.equal(last().headers.authorization, 'Bearer tht_explicit', 'an explicit token wins');
  });

  it('signing out forgets the stored token even when the server had already let it go', async () => {
    const storage = memoryStorage('tht_old');
    const client = createClient({ baseUrl: stub.baseUrl, storage });
    await client.auth.signOut();
    assert.equal(last().method, 'DELETE');
    assert.equal(last().headers.authorization, 'Bearer tht_old');
    assert.equal(storage.get(), null);
  });

  it('browserStorage keeps the token in localStorage under its key', () => {
    const items = new Map<string, string>();
    const fake = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    const g = globalThis as { localStorage?: unknown };
    const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { value: fake, configurable: true });
    try {
      const storage = browserStorage('my-app.token');
      assert.equal(storage.get(), null);
      storage.set('tht_1');
      assert.equal(items.get('my-app.token'), 'tht_1');
      assert.equal(browserStorage('my-app.token').get(), 'tht_1', 'survives a reload');
      storage.clear();
      assert.equal(items.size, 0);
    } finally {
      if (had) Object.defineProperty(globalThis, 'localStorage', had);
      else delete g.localStorage;
    }
  });

  it('browserStorage falls back to memory where localStorage is missing or refuses', () => {
    const g = globalThis as { localStorage?: unknown };
    const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      get() {
        throw new Error('SecurityError: access denied');
      },
      configurable: true,
    });
    try {
      const storage = browserStorage();
      storage.set('tht_2');
      assert.equal(storage.get(), 'tht_2');
      storage.clear();
      assert.equal(storage.get(), null);
    } finally {
      if (had) Object.defineProperty(globalThis, 'localStorage', had);
      else delete g.localStorage;
    }
  });
});

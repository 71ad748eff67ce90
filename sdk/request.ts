/**
 * The one request core. Every SDK method is an endpoint of sdk/endpoints.ts bound to this core:
 * it fills the path, serialises the query, sends the body, adds credentials and the idempotency
 * key, retries what is safe to retry, turns failures into the SDK's errors and parses the answer
 * with the endpoint's response schema. The types of every method are derived from the same
 * endpoint, so nothing about the wire format is written twice.
 */
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { z } from 'zod';
import type { Endpoint } from './endpoints.ts';
import { apiErrorFrom, NetworkError, ResponseValidationError } from './errors.ts';
import type { Lang } from './schemas/common.ts';
import type { TokenStorage } from './storage.ts';

// ---------------------------------------------------------------------------------------------
// Options

export interface RetryPolicy {
  /** Retries after the first attempt. Default 3. */
  limit?: number;
  /** Delay before retry `attempt` (1, 2, …) in ms, before jitter. Default 300 ms doubling. */
  delay?: (attempt: number) => number;
  /** Upper bound of one backoff delay in ms. Default 10 s. */
  backoffLimit?: number;
  /** Longest `Retry-After` to wait for, in ms; a longer one is cut to this. Default 60 s. */
  maxRetryAfter?: number;
}

export interface ClientOptions {
  /** Where the server is, e.g. `https://tehostamo.example`. `/api/v1` is added unless present. */
  baseUrl: string | URL;
  /** An organisation's publishable key (`pk_…`), safe in a web page. */
  publishableKey?: string;
  /** A signed-in user's bearer token. */
  token?: string;
  /** An organisation's secret key (`sk_…`), for servers and scripts only. */
  secretKey?: string;
  /** Where a signed-in user's token is kept; read on each request when no token is given. */
  storage?: TokenStorage;
  /** Language of server messages and emails (`Accept-Language`). */
  lang?: Lang;
  /** A fetch of your own (a proxy, instrumentation, tests). Default: the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Retry policy for reads and creating calls, or a number of retries; 0 turns retries off. */
  retry?: number | RetryPolicy;
  /** Timeout of one attempt in ms, or false. Default 10 s. */
  timeout?: number | false;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface CreateOptions extends RequestOptions {
  /**
   * Makes the call safe to repeat: the server answers a repeat with the first result. One is
   * generated for each call when not given; pass your own to make a rerun of a script safe too.
   */
  idempotencyKey?: string;
}

/** A client's resolved configuration and its HTTP instance. Immutable. */
export interface Core {
  readonly options: Readonly<ClientOptions>;
  readonly http: KyInstance;
  readonly retry: Required<RetryPolicy>;
}

function apiRoot(baseUrl: string | URL): string {
  const url = String(baseUrl).replace(/\/+$/, '');
  return /\/api\/v1$/.test(url) ? `${url}/` : `${url}/api/v1/`;
}

function retryPolicy(retry: ClientOptions['retry']): Required<RetryPolicy> {
  const given: RetryPolicy = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return {
    limit: given.limit ?? 3,
    delay: given.delay ?? ((attempt) => 300 * 2 ** (attempt - 1)),
    backoffLimit: given.backoffLimit ?? 10_000,
    maxRetryAfter: given.maxRetryAfter ?? 60_000,
  };
}

export function createCore(options: ClientOptions): Core {
  if (options.token && options.secretKey) {
    throw new TypeError('Give a client a token or a secret key, not both.');
  }
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.lang) headers['accept-language'] = options.lang;
  if (options.publishableKey) headers['x-publishable-key'] = options.publishableKey;
  const http = ky.create({
    prefixUrl: apiRoot(options.baseUrl),
    headers,
    timeout: options.timeout ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return Object.freeze({
    options: Object.freeze({ ...options }),
    http,
    retry: retryPolicy(options.retry),
  });
}

// ---------------------------------------------------------------------------------------------
// Calling one endpoint

export interface CallInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** A random UUID; `getRandomValues` where `randomUUID` is missing (pages not served over https). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function paramNames(path: string): string[] {
  return Array.from(path.matchAll(/:([A-Za-z]+)/g), (m) => m[1]!);
}

function fillPath(path: string, params: Record<string, unknown> = {}): string {
  return path.slice(1).replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`${path}: the path parameter "${name}" is missing.`);
    }
    return encodeURIComponent(String(value));
  });
}

/** Query values as the server reads them: strings, lists comma-joined, dates in ISO form. */
function searchParams(query: Record<string, unknown> = {}): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value)
      ? value.join(',')
      : value instanceof Date
        ? value.toISOString()
        : String(value);
    out.set(key, text);
  }
  return out;
}

async function errorFrom(error: unknown): Promise<unknown> {
  if (error instanceof HTTPError) {
    const { response } = error;
    let body: unknown = null;
    const text = await response.text().catch(() => '');
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    const wire = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } })
      ?.error;
    const fromWire = wire && typeof wire.code === 'string' && typeof wire.message === 'string';
    return apiErrorFrom({
      status: response.status,
      code: fromWire ? (wire.code as string) : `http_${response.status}`,
      message: fromWire
        ? (wire.message as string)
        : `${response.status} ${response.statusText}`.trim() || 'The request failed.',
      details: fromWire ? wire.details : text.slice(0, 500) || undefined,
      requestId: response.headers.get('x-request-id') ?? undefined,
      headers: response.headers,
    });
  }
  // The caller's own abort is not a failure of ours: it goes back as it came.
  if (error instanceof Error && error.name === 'AbortError') return error;
  if (error instanceof TimeoutError) return new NetworkError('The request timed out.', error);
  const message = error instanceof Error ? error.message : String(error);
  return new NetworkError(`The request got no answer: ${message}`, error);
}

/** Whether a failed attempt may be repeated; ky has already checked method and status. */
function isRetriable(error: Error): boolean | undefined {
  // A concurrent attempt with the same idempotency key is still running: its answer will come.
  if (error instanceof HTTPError && error.response.status === 409) {
    return error.response.headers.get('retry-after') !== null;
  }
  return undefined;
}

/**
 * Sends one request to `endpoint` and returns its parsed answer. Reads are retried on network
 * errors, timeouts, 429 and 503; a creating call only when it carries an idempotency key (it
 * always does: one is generated), and the same key goes with every attempt.
 */
export async function call(
  core: Core,
  endpoint: Endpoint,
  input: CallInput = {},
  options: CreateOptions = {},
): Promise<unknown> {
  return parse(endpoint, await send(core, endpoint, input, options));
}

/**
 * Sends one request as `call` does (credentials, retries, errors) and answers the response
 * unread: for an endpoint's other representations, such as a report's CSV.
 */
export async function send(
  core: Core,
  endpoint: Endpoint,
  input: CallInput = {},
  options: CreateOptions = {},
): Promise<Response> {
  const method = endpoint.method;
  const path = fillPath(endpoint.path, input.params);
  const headers = new Headers(options.headers);
  const { token, secretKey, storage } = core.options;
  const credential = secretKey ?? token ?? (storage ? await storage.get() : null);
  if (credential) headers.set('authorization', `Bearer ${credential}`);
  const keyed = endpoint.idempotent === true && method === 'POST';
  if (keyed) headers.set('idempotency-key', options.idempotencyKey ?? newIdempotencyKey());
  const retriable = method === 'GET' || keyed;

  let response: Response;
  try {
    response = await core.http(path, {
      method,
      headers,
      searchParams: searchParams(input.query),
      ...(input.body === undefined ? {} : { json: input.body }),
      ...(options.signal ? { signal: options.signal } : {}),
      retry: {
        limit: retriable ? core.retry.limit : 0,
        methods: retriable ? [method.toLowerCase() as 'get' | 'post'] : [],
        statusCodes: [409, 429, 503],
        afterStatusCodes: [409, 429, 503],
        maxRetryAfter: core.retry.maxRetryAfter,
        backoffLimit: core.retry.backoffLimit,
        delay: core.retry.delay,
        jitter: true,
        retryOnTimeout: true,
        shouldRetry: ({ error }) => (isRetriable(error) === false ? false : undefined),
      },
    });
  } catch (error) {
    throw await errorFrom(error);
  }
  return response;
}

async function parse(endpoint: Endpoint, response: Response): Promise<unknown> {
  const text = await response.text();
  if (endpoint.response === null) return undefined;
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new ResponseValidationError(
      `${endpoint.method} ${endpoint.path} answered with something that is not JSON.`,
      { issues: [], status: response.status, body: text.slice(0, 2000) },
    );
  }
  const result = endpoint.response.safeParse(body);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    throw new ResponseValidationError(
      `${endpoint.method} ${endpoint.path} answered off the contract (${where}${first?.message ?? 'invalid'}).`,
      { issues: result.error.issues, status: response.status, body },
    );
  }
  return result.data;
}

// ---------------------------------------------------------------------------------------------
// Lists

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** The first page when awaited; every item across all pages when iterated with `for await`. */
export interface PagePromise<T, P = Page<T>> extends Promise<P>, AsyncIterable<T> {}

export function paginate<T, P extends Page<T>>(
  fetchPage: (cursor: string | undefined) => Promise<P>,
): PagePromise<T, P> {
  const first = fetchPage(undefined);
  return Object.assign(first, {
    async *[Symbol.asyncIterator](): AsyncGenerator<T> {
      let page = await first;
      for (;;) {
        yield* page.data;
        if (!page.nextCursor || page.data.length === 0) return;
        page = await fetchPage(page.nextCursor);
      }
    },
  });
}

function isPaged(endpoint: Endpoint): boolean {
  const shape = (endpoint.response as { shape?: Record<string, unknown> } | null)?.shape;
  return Boolean(endpoint.query && shape && 'nextCursor' in shape && 'data' in shape);
}

// ---------------------------------------------------------------------------------------------
// Methods derived from endpoints

type PathNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? [Name, ...PathNames<Rest>]
  : P extends `${string}:${infer Name}`
    ? [Name]
    : [];

type Pick1<O, N> = N extends keyof O ? O[N] : never;
type ParamValues<Names extends string[], O> = { [I in keyof Names]: Pick1<O, Names[I]> };

type ParamArgs<E extends Endpoint> = E extends { params: infer S extends z.ZodType }
  ? ParamValues<PathNames<E['path']>, z.output<S>>
  : [];

type BodyArgs<E extends Endpoint> = E extends { body: infer S extends z.ZodType }
  ? object extends z.input<S>
    ? [body?: z.input<S>]
    : [body: z.input<S>]
  : [];

/** A list filter: every field optional; a list field also takes a single value. */
export type Filter<Q> = {
  [K in keyof Q]?: NonNullable<Q[K]> extends readonly (infer I)[] ? I | NonNullable<Q[K]> : Q[K];
};

type QueryArgs<E extends Endpoint> = E extends { query: infer S extends z.ZodType }
  ? [query?: Filter<z.output<S>>]
  : [];

type OptionArgs<E extends Endpoint> = E extends { idempotent: true }
  ? [options?: CreateOptions]
  : [options?: RequestOptions];

/** The arguments of an endpoint's method: path parameters in order, body, query, options. */
export type Args<E extends Endpoint> = [
  ...ParamArgs<E>,
  ...BodyArgs<E>,
  ...QueryArgs<E>,
  ...OptionArgs<E>,
];

/** What the endpoint answers, as parsed by its response schema. */
export type Output<E extends Endpoint> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : void;

export type Result<E extends Endpoint> =
  Output<E> extends { data: (infer T)[]; nextCursor: string | null }
    ? E extends { query: z.ZodType }
      ? PagePromise<T, Output<E>>
      : Promise<Output<E>>
    : Promise<Output<E>>;

export type EndpointMethod<E extends Endpoint> = (...args: Args<E>) => Result<E>;

/** Binds an endpoint to a core: the SDK method a developer calls. */
export function endpointMethod<E extends Endpoint>(core: Core, endpoint: E): EndpointMethod<E> {
  const names = paramNames(endpoint.path);
  const paged = isPaged(endpoint);
  const method = (...args: unknown[]) => {
    let i = 0;
    const params: Record<string, unknown> = {};
    for (const name of names) params[name] = args[i++];
    const body = endpoint.body ? args[i++] : undefined;
    const query = (endpoint.query ? args[i++] : undefined) as Record<string, unknown> | undefined;
    const options = args[i] as CreateOptions | undefined;
    if (!paged) return call(core, endpoint, { params, body, query }, options);
    return paginate(
      (cursor) =>
        call(
          core,
          endpoint,
          { params, query: cursor ? { ...query, cursor } : query },
          options,
        ) as Promise<Page<unknown>>,
    );
  };
  return method as unknown as EndpointMethod<E>;
}

// ---------------------------------------------------------------------------------------------
// Helpers: methods that are more than one endpoint call (sign-in and the like)

/** A hand-made method over one or more endpoints, made when a client is built. */
export interface Helper<F> {
  readonly covers: readonly Endpoint[];
  readonly make: (core: Core, extend: (options: Partial<ClientOptions>) => unknown) => F;
}

export function helper<F>(covers: readonly Endpoint[], make: Helper<F>['make']): Helper<F> {
  return { covers, make };
}

import type { Endpoint } from './endpoints.ts';
import {
  createCore,
  endpointMethod,
  type ClientOptions,
  type Core,
  type EndpointMethod,
  type Helper,
} from './request.ts';
import { auth } from './resources/auth.ts';
import { directory } from './resources/directory.ts';
import { groups } from './resources/groups.ts';
import { me } from './resources/me.ts';
import { organisations } from './resources/organisations.ts';
import { categories, postalCodes } from './resources/reference.ts';
import { reports } from './resources/reports.ts';
import { tasks } from './resources/tasks.ts';
import { users } from './resources/users.ts';

/** Every resource of the API, as a tree of endpoints and helpers. */
export const resources = {
  auth,
  me,
  categories,
  postalCodes,
  organisations,
  groups,
  tasks,
  users,
  reports,
  directory,
};

/** A tree of endpoints and helpers, bound to a client: each leaf becomes a method. */
export type Bound<T> = {
  readonly [K in keyof T]: T[K] extends Endpoint
    ? EndpointMethod<T[K]>
    : T[K] extends Helper<infer F>
      ? F
      : Bound<T[K]>;
};

type Resources = Bound<typeof resources>;

export interface Client extends Resources {
  /** The options this client was made with (frozen). */
  readonly options: Readonly<ClientOptions>;
  /** A new client with these options on top of this one's; this client is unchanged. */
  extend(options: Partial<ClientOptions>): Client;
}

function isEndpoint(value: unknown): value is Endpoint {
  return typeof value === 'object' && value !== null && 'method' in value && 'path' in value;
}

function isHelper(value: unknown): value is Helper<unknown> {
  return typeof value === 'object' && value !== null && 'make' in value && 'covers' in value;
}

function bind(
  tree: Record<string, unknown>,
  core: Core,
  extend: (options: Partial<ClientOptions>) => Client,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(tree)) {
    out[name] = isEndpoint(value)
      ? endpointMethod(core, value)
      : isHelper(value)
        ? value.make(core, extend)
        : bind(value as Record<string, unknown>, core, extend);
    if (!isEndpoint(value) && !isHelper(value)) Object.freeze(out[name]);
  }
  return out;
}

/**
 * A client for the Tehostamo API. Immutable: `extend()` gives a new one.
 *
 * ```ts
 * const client = createClient({ baseUrl: 'https://tehostamo.example', secretKey: process.env.TEHOSTAMO_KEY });
 * for await (const task of client.tasks.list({ category: 'viestinta' })) console.log(task.title);
 * ```
 */
export function createClient(options: ClientOptions): Client {
  const core = createCore(options);
  const extend = (more: Partial<ClientOptions>): Client => {
    const merged: ClientOptions = {
      ...core.options,
      ...more,
      headers: { ...core.options.headers, ...more.headers },
    };
    // A new credential replaces the old one rather than clashing with it.
    if (more.token) delete merged.secretKey;
    if (more.secretKey) delete merged.token;
    return createClient(merged);
  };
  const client = {
    ...bind(resources as Record<string, unknown>, core, extend),
    options: core.options,
    extend,
  };
  return Object.freeze(client) as unknown as Client;
}

/** Every endpoint the client reaches, for checking that none is left without a method. */
export function coveredEndpoints(tree: Record<string, unknown> = resources): Endpoint[] {
  return Object.values(tree).flatMap((value) =>
    isEndpoint(value)
      ? [value]
      : isHelper(value)
        ? [...value.covers]
        : coveredEndpoints(value as Record<string, unknown>),
  );
}

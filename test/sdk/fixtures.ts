/** Shared set-up for the SDK tests: a real server, and people signed in through the SDK. */
import { createClient, type Client, type ClientOptions } from '../../sdk/index.ts';
import { lastCode } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

export async function startServer(): Promise<TestServer> {
  // Many sign-ins come from one address in these tests.
  return startTestServer({ codesPerIpPerHour: 10_000, codesPerEmailPerHour: 100 });
}

/** Retries quick enough for tests; timing is never asserted. */
export const fastRetry = { limit: 3, delay: () => 5, backoffLimit: 20 };

export function anonymous(server: TestServer, options: Partial<ClientOptions> = {}): Client {
  return createClient({ baseUrl: server.baseUrl, retry: fastRetry, ...options });
}

/** Signs in by the emailed code, the way an app would, and answers with the user's client. */
export async function signedIn(
  server: TestServer,
  email: string,
  options: Partial<ClientOptions> = {},
): Promise<Client> {
  const client = anonymous(server, options);
  await client.auth.requestCode(email);
  return client.auth.signIn(email, await lastCode(email));
}

export const schedule = { text: 'tällä viikolla' };

/** A valid task body; override what a test is about. */
export function taskInput(title: string, extra: Record<string, unknown> = {}) {
  return {
    category: 'kirjanpito-talous' as const,
    title,
    details: 'Tilinpäätöksen valmistelu',
    remote: true,
    schedule,
    estimatedHours: 3,
    ...extra,
  };
}

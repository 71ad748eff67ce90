import { mailTo, type TestServer } from './server.ts';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One HTTP call to the API; `body` is parsed JSON (or null). */
export async function call<T = any>(
  server: TestServer,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const res = await fetch(server.api + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export const get = (s: TestServer, p: string, o?: CallOptions) => call(s, 'GET', p, o);
export const post = (s: TestServer, p: string, o?: CallOptions) => call(s, 'POST', p, o);
export const patch = (s: TestServer, p: string, o?: CallOptions) => call(s, 'PATCH', p, o);
export const del = (s: TestServer, p: string, o?: CallOptions) => call(s, 'DELETE', p, o);

/** The newest sign-in code emailed to `email`. */
export async function lastCode(email: string): Promise<string> {
  const mails = await mailTo(email, 'sign_in_code');
  const last = mails.at(-1);
  const code = last && /\b(\d{6})\b/.exec(last.text)?.[1];
  if (!code) throw new Error(`no sign-in code was mailed to ${email}`);
  return code;
}

export interface SignedIn {
  token: string;
  id: number;
  email: string;
}

/** Signs in by the emailed code, as a person would. */
export async function signIn(
  server: TestServer,
  email: string,
  profile?: Record<string, unknown>,
): Promise<SignedIn> {
  const asked = await post(server, '/auth/code', { body: { email } });
  if (asked.status !== 202)
    throw new Error(`code request failed: ${asked.status} ${JSON.stringify(asked.body)}`);
  const code = await lastCode(email);
  const res = await post(server, '/auth/token', { body: { email, code } });
  if (res.status !== 201)
    throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  const who = {
    token: res.body.token as string,
    id: res.body.user.id as number,
    email: email.toLowerCase(),
  };
  if (profile) {
    const updated = await patch(server, '/me', { token: who.token, body: profile });
    if (updated.status !== 200)
      throw new Error(`profile update failed: ${updated.status} ${JSON.stringify(updated.body)}`);
  }
  return who;
}

/** Asserts the one error shape and returns its code. */
export function errorCode(reply: Reply): string {
  const error = (reply.body as { error?: { code?: unknown; message?: unknown } })?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string') {
    throw new Error(`not the error shape: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return error.code;
}

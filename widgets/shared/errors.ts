import {
  isApiError,
  isNetworkError,
  isResponseValidationError,
  RateLimitedError,
} from '../../sdk/errors.ts';
import { createClient } from '../../sdk/client.ts';
import type { TehostamoClient } from '../context.ts';
import type { Strings } from '../i18n/index.ts';

export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** A stable code for any failure: the API's own, or one of ours. */
export function errorCode(error: unknown): string {
  if (isApiError(error)) return error.code;
  if (isNetworkError(error)) return isOffline() ? 'offline' : 'network_error';
  if (isResponseValidationError(error)) return 'response_invalid';
  return 'unknown_error';
}

/** What to tell a person about a failure, in their language. */
export function errorText(error: unknown, t: Strings): string {
  if (isApiError(error)) {
    if (error instanceof RateLimitedError || error.status === 429) {
      const retryAfter = error instanceof RateLimitedError ? error.retryAfter : null;
      // The general limit says how long to wait; a code of its own (too_many_attempts) says why.
      if (error.code === 'rate_limited' || !t.errors.codes[error.code]) {
        return t.errors.rateLimited(retryAfter);
      }
      return t.errors.codes[error.code]!;
    }
    return t.errors.codes[error.code] ?? t.errors.generic;
  }
  if (isNetworkError(error)) return isOffline() ? t.errors.offline : t.errors.network;
  return t.errors.generic;
}

const refusedHere = new WeakMap<TehostamoClient, Promise<boolean>>();

/**
 * Whether the client's publishable key is refused on this page's origin. The server refuses
 * such a call without CORS permission, so the page sees only a network error; a call without
 * the key to a public endpoint that does get through tells the two apart. Asked once per
 * client; a probe that failed too (really no connection) is asked again after the next failure.
 */
export function keyRefusedHere(client: TehostamoClient | undefined): Promise<boolean> {
  const options = client?.options;
  if (!client || !options?.publishableKey || !options.baseUrl) return Promise.resolve(false);
  let verdict = refusedHere.get(client);
  if (!verdict) {
    const bare = createClient({
      baseUrl: options.baseUrl,
      retry: 0,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    verdict = bare.categories.list().then(
      () => true,
      () => false,
    );
    refusedHere.set(client, verdict);
    void verdict.then((refused) => {
      if (!refused) refusedHere.delete(client);
    });
  }
  return verdict;
}

/** Field errors the server named (422 `issues`), by the first segment of their path. */
export function serverFieldIssues(
  error: unknown,
): { path: string; code: string; message: string }[] {
  if (!isApiError(error)) return [];
  const details = error.details as { issues?: unknown } | undefined;
  if (!Array.isArray(details?.issues)) return [];
  return (details.issues as unknown[]).flatMap((issue) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, code, message } = issue as Record<string, unknown>;
    const p = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
    return [
      { path: p, code: typeof code === 'string' ? code : '', message: String(message ?? '') },
    ];
  });
}

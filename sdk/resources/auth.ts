import type { Client } from '../client.ts';
import { endpoints as e } from '../endpoints.ts';
import { isApiErrorWith } from '../errors.ts';
import { endpointMethod, helper, type RequestOptions } from '../request.ts';
import type { Lang } from '../schemas/common.ts';
import type { TokenStorage } from '../storage.ts';

/** Signing in with an emailed one-time code. */
export const auth = {
  /** Emails a six-digit sign-in code to `email` (in the client's language unless `lang`). */
  requestCode: helper([e.requestCode], (core) => {
    const send = endpointMethod(core, e.requestCode);
    return (email: string, options: RequestOptions & { lang?: Lang } = {}) =>
      send({ email, lang: options.lang ?? core.options.lang }, options);
  }),

  /**
   * Exchanges the emailed code for a token and answers with a new client that uses it. The token
   * is also saved in `storage` (or the client's own), so the next page load is signed in.
   */
  signIn: helper([e.createToken], (core, extend) => {
    const createToken = endpointMethod(core, e.createToken);
    return async (
      email: string,
      code: string,
      options: RequestOptions & { storage?: TokenStorage } = {},
    ): Promise<Client> => {
      const { token } = await createToken({ email, code }, options);
      await (options.storage ?? core.options.storage)?.set(token);
      return extend({ token, secretKey: undefined }) as Client;
    };
  }),

  /** The raw exchange of a code for `{ token, expiresAt, user }`, when you keep the token yourself. */
  createToken: e.createToken,

  /** Revokes the token in use and forgets it from the storage. Safe to call twice. */
  signOut: helper([e.revokeToken], (core) => {
    const revoke = endpointMethod(core, e.revokeToken);
    return async (options?: RequestOptions): Promise<void> => {
      try {
        await revoke(options);
      } catch (error) {
        // Already revoked or expired: signed out all the same.
        if (!isApiErrorWith(error, 401)) throw error;
      }
      await core.options.storage?.clear();
    };
  }),
};

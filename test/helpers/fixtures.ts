/**
 * Rows made directly with the models, for tests whose subject is not how they are made
 * (organisations and keys have their own API tests).
 */
import { randomSecret, sha256 } from '../../server/auth/tokens.ts';
import { ApiKey, type Organisation } from '../../server/db/models/index.ts';
import type { SignedIn } from './http.ts';

/** A working secret key (`sk_…`) of `org`, made by `creator`. */
export async function secretKeyOf(org: Organisation, creator: SignedIn): Promise<string> {
  const secret = randomSecret('sk_');
  await ApiKey.create({
    organisationId: org.id,
    kind: 'secret',
    name: 'script',
    prefix: secret.slice(0, 10),
    keyHash: sha256(secret),
    createdById: creator.id,
  });
  return secret;
}

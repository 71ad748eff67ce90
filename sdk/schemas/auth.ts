import * as z from 'zod';
import { Email, Lang, Timestamp } from './common.ts';
import { Me } from './users.ts';

export const CodeRequest = z.object({ email: Email, lang: Lang.optional() });
export const CodeRequested = z.object({ expiresInSeconds: z.number().int() });

export const TokenRequest = z.object({
  email: Email,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'the code is six digits'),
});
export const TokenResponse = z.object({ token: z.string(), expiresAt: Timestamp, user: Me });
export type TokenResponse = z.infer<typeof TokenResponse>;

import * as z from 'zod';
import { isValidBusinessId } from './business-id.ts';
import {
  Email,
  Id,
  IdParam,
  OrganisationRef,
  PageQuery,
  PostalCode,
  SearchText,
  Timestamp,
} from './common.ts';

export const OrganisationKind = z.enum([
  'association',
  'umbrella',
  'company',
  'education',
  'public',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;
export const MemberRole = z.enum(['member', 'admin']);

/** Y-tunnus: seven digits, a dash and a check digit, checked with its checksum. */
export const BusinessId = z
  .string()
  .trim()
  .refine(isValidBusinessId, 'not a valid Finnish business id (Y-tunnus)');

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  kind: OrganisationKind,
  sector: z.string().nullable(),
  businessId: z.string().nullable(),
  description: z.string(),
  website: z.string().nullable(),
  postalCode: PostalCode.nullable(),
  municipality: z.string().nullable(),
  umbrellas: z.array(OrganisationRef),
  memberOrganisationCount: z.number().int().nonnegative(),
  createdAt: Timestamp,
});
export type Organisation = z.infer<typeof Organisation>;

const website = z.url({ protocol: /^https?$/ }).max(300);

export const OrganisationCreate = z
  .object({
    name: z.string().trim().min(2).max(200),
    kind: OrganisationKind,
    sector: z.string().trim().min(1).max(100).nullable().optional(),
    businessId: BusinessId.nullable().optional(),
    description: z.string().trim().max(2000).optional(),
    website: website.nullable().optional(),
    postalCode: PostalCode.nullable().optional(),
  })
  .strict();
export type OrganisationCreate = z.input<typeof OrganisationCreate>;

export const OrganisationUpdate = OrganisationCreate.partial().strict();
export type OrganisationUpdate = z.input<typeof OrganisationUpdate>;

export const OrganisationListQuery = PageQuery.extend({
  /** Part of the name, or the whole business id (`1234567-8`). */
  q: SearchText(100).optional(),
  kind: OrganisationKind.optional(),
  umbrellaId: IdParam.optional(),
});

export const OrganisationMember = z.object({
  user: z.object({ id: Id, name: z.string(), email: z.string() }),
  role: MemberRole,
  createdAt: Timestamp,
});
export type OrganisationMember = z.infer<typeof OrganisationMember>;

export const MemberAdd = z.object({ email: Email, role: MemberRole.default('member') }).strict();
export const MemberUpdate = z.object({ role: MemberRole }).strict();

export const MemberOrganisationAdd = z.object({ organisationId: Id }).strict();

/**
 * The organisation an umbrella added: a `member` at once when the caller is an admin of both,
 * else `invited` — it becomes a member only when its own admins accept.
 */
export const MemberOrganisationAdded = Organisation.extend({
  affiliation: z.enum(['member', 'invited']),
});
export type MemberOrganisationAdded = z.infer<typeof MemberOrganisationAdded>;

/** An umbrella's invitation waiting for the invited organisation's admins. */
export const UmbrellaInvitation = z.object({
  umbrella: OrganisationRef,
  invitedAt: Timestamp,
});
export type UmbrellaInvitation = z.infer<typeof UmbrellaInvitation>;

export const ApiKeyKind = z.enum(['secret', 'publishable']);
export const ApiKey = z.object({
  id: Id,
  kind: ApiKeyKind,
  name: z.string(),
  /** The first characters of the key, enough to recognise it; the key itself is shown once. */
  prefix: z.string(),
  allowedOrigins: z.array(z.string()),
  /**
   * Publishable keys: whether a visitor who confirms a help request sent through the key becomes
   * a member of the organisation at once (true) or asks to join and waits for an admin (false).
   */
  autoJoin: z.boolean(),
  /**
   * With `autoJoin`: the email domains (e.g. `yhdistys.fi`) whose people join at once; a visitor
   * on any other domain asks to join and an admin decides. The address is proved by the emailed
   * code, so a domain here is a domain the person really has mail at.
   */
  autoJoinDomains: z.array(z.string()),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
  /** When the key last got a new secret (POST …/rotate); null if never. */
  rotatedAt: Timestamp.nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** An email domain, as the part after the @: lower case, at least one dot. */
const EmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'an email domain, such as yhdistys.fi',
  );

const Origin = z
  .string()
  .trim()
  .refine((s) => {
    try {
      const url = new URL(s);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === s;
    } catch {
      return false;
    }
  }, 'an origin is scheme://host[:port] with nothing after it');

export const ApiKeyCreate = z
  .object({
    kind: ApiKeyKind,
    name: z.string().trim().min(1).max(100),
    allowedOrigins: z.array(Origin).max(20).default([]),
    autoJoin: z.boolean().default(false),
    autoJoinDomains: z.array(EmailDomain).max(20).default([]),
  })
  .strict();

/** Changes to a key's settings; the secret stays (rotate for a new one). */
export const ApiKeyUpdate = z
  .object({
    name: z.string().trim().min(1).max(100),
    allowedOrigins: z.array(Origin).max(20),
    autoJoin: z.boolean(),
    autoJoinDomains: z.array(EmailDomain).max(20),
  })
  .partial()
  .strict();
export const ApiKeyCreated = ApiKey.extend({ key: z.string() });
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

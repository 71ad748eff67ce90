import * as z from 'zod';
import { Email, Id, Timestamp, UserRef } from './common.ts';

/** Join codes are short, upper-case, and avoid look-alike characters. */
export const GroupCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,12}$/, 'a group code is 4 to 12 letters and digits');

export const Group = z.object({
  id: Id,
  organisationId: Id,
  name: z.string(),
  /** Shown to the group's members and the owning organisation's members only. */
  code: z.string().nullable(),
  memberCap: z.number().int().positive(),
  memberCount: z.number().int().nonnegative(),
  createdAt: Timestamp,
});
export type Group = z.infer<typeof Group>;

export const GroupCreate = z
  .object({
    organisationId: Id,
    name: z.string().trim().min(2).max(120),
    code: GroupCode.optional(),
    memberCap: z.number().int().min(1).max(10000).optional(),
  })
  .strict();
export type GroupCreate = z.input<typeof GroupCreate>;

export const GroupUpdate = z
  .object({
    name: z.string().trim().min(2).max(120),
    memberCap: z.number().int().min(1).max(10000),
  })
  .partial()
  .strict();

export const GroupMember = z.object({
  id: Id,
  /**
   * Shown to the owning organisation's members (who manage the list) and to the member
   * themselves; null for everyone else, who see names only.
   */
  email: z.string().nullable(),
  user: UserRef.nullable(),
  createdAt: Timestamp,
});
export type GroupMember = z.infer<typeof GroupMember>;

export const GroupMembersAdd = z.object({ emails: z.array(Email).min(1).max(100) }).strict();
export const GroupJoin = z.object({ code: GroupCode }).strict();

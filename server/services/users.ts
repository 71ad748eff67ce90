import type { Transaction } from 'sequelize';
import type { z } from 'zod';
import type { Me, MeUpdate } from '../../sdk/schemas/users.ts';
import { fieldError } from '../errors.ts';
import {
  GroupMember,
  Group,
  JoinRequest,
  Membership,
  Organisation,
  type User,
} from '../db/models/index.ts';
import { alertSettingsFor, setAlertSettings } from './alerts.ts';
import { lookupPlace } from './places.ts';

/** The signed-in user's own view of themselves. */
export async function toMe(user: User, t?: Transaction): Promise<Me> {
  const [memberships, groupRows, joinRows, alerts] = await Promise.all([
    Membership.findAll({
      where: { userId: user.id },
      include: [{ model: Organisation, as: 'organisation' }],
      order: [['id', 'ASC']],
      transaction: t,
    }),
    GroupMember.findAll({
      where: { email: user.email },
      include: [{ model: Group, as: 'group' }],
      order: [['id', 'ASC']],
      transaction: t,
    }),
    JoinRequest.findAll({
      where: { userId: user.id, status: 'pending' },
      order: [['id', 'ASC']],
      transaction: t,
    }),
    alertSettingsFor(user.email, t),
  ]);
  const asked = joinRows.length
    ? await Organisation.findAll({
        where: { id: joinRows.map((j) => j.organisationId) },
        transaction: t,
      })
    : [];
  const place = user.postalCode ? lookupPlace(user.postalCode) : null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    lang: user.lang,
    phone: user.phone,
    helperType: user.helperType as Me['helperType'],
    bio: user.bio,
    postalCode: user.postalCode,
    municipality: place?.municipality.name ?? null,
    region: place?.region.name ?? null,
    radiusKm: user.radiusKm,
    languages: user.languages,
    skills: user.skills,
    experience: user.experience,
    cvPublic: user.cvPublic,
    videoUrl: user.videoUrl,
    linkedinUrl: user.linkedinUrl,
    interestedCategories: user.interestedCategories as Me['interestedCategories'],
    availableToHelp: user.availableToHelp,
    memberships: memberships.map((m) => {
      const org = (m as Membership & { organisation: Organisation }).organisation;
      return { organisation: { id: org.id, name: org.name, kind: org.kind }, role: m.role };
    }),
    groups: groupRows.map((gm) => {
      const g = (gm as GroupMember & { group: Group }).group;
      return { id: g.id, name: g.name, organisationId: g.organisationId };
    }),
    joinRequests: joinRows.flatMap((j) => {
      const org = asked.find((o) => o.id === j.organisationId);
      return org
        ? [
            {
              id: j.id,
              organisation: { id: org.id, name: org.name, kind: org.kind },
              createdAt: j.createdAt.toISOString(),
            },
          ]
        : [];
    }),
    alerts,
    createdAt: user.createdAt.toISOString(),
  };
}

type MeUpdateInput = z.output<typeof MeUpdate>;

/** Applies the fields the user may write on their own profile. */
export async function updateMe(user: User, input: MeUpdateInput): Promise<Me> {
  if (input.postalCode && !lookupPlace(input.postalCode)) {
    throw fieldError({
      field: 'postalCode',
      message: 'Unknown postal code.',
      issue: 'no such postal code',
      code: 'unknown_postal_code',
    });
  }
  const { alerts, ...fields } = input;
  if (alerts) await setAlertSettings(user.email, alerts);
  await user.update(fields);
  return toMe(user);
}

import * as z from 'zod';
import { AlertSettings, DEFAULT_ALERTS } from './alerts.ts';
import { CategorySlug } from './categories.ts';
import { Id, Lang, OrganisationRef, PostalCode, Rating, Timestamp, UserRef } from './common.ts';

export const HelperType = z.enum([
  'ngo_staff',
  'umbrella_staff',
  'student',
  'pro_bono',
  'independent',
]);
export type HelperType = z.infer<typeof HelperType>;

const VIDEO_HOSTS = [
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'vimeo.com',
  'www.vimeo.com',
  'player.vimeo.com',
];
const LINKEDIN_HOSTS = ['linkedin.com', 'www.linkedin.com', 'fi.linkedin.com'];

function httpsUrlOn(hosts: string[], what: string) {
  return z
    .string()
    .trim()
    .max(500)
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' && hosts.includes(url.hostname.toLowerCase());
      } catch {
        return false;
      }
    }, `must be an https link to ${what}`);
}

export const VideoUrl = httpsUrlOn(VIDEO_HOSTS, 'YouTube or Vimeo');
export const LinkedInUrl = httpsUrlOn(LINKEDIN_HOSTS, 'LinkedIn');

export const Feedback = z.object({
  id: Id,
  taskId: Id,
  applicationId: Id,
  direction: z.enum(['to_helper', 'to_requester']),
  rating: z.number().int().min(1).max(5),
  text: z.string(),
  from: UserRef,
  to: UserRef,
  createdAt: Timestamp,
});
export type Feedback = z.infer<typeof Feedback>;

/**
 * What anyone may see of a user. CV fields appear when the user shares the CV (or to the user).
 * `name` is the public name the person chose; it is empty (`''`) until they choose one (a new
 * account gets none from its email address), and clients show such a person as unnamed.
 */
export const PublicProfile = z.object({
  id: Id,
  name: z.string(),
  helperType: HelperType.nullable(),
  bio: z.string(),
  postalCode: PostalCode.nullable(),
  municipality: z.string().nullable(),
  region: z.string().nullable(),
  organisations: z.array(OrganisationRef),
  completedTasks: z.number().int().nonnegative(),
  rating: Rating,
  feedback: z.array(Feedback),
  cv: z
    .object({
      languages: z.array(z.string()),
      skills: z.array(z.string()),
      experience: z.string(),
      videoUrl: z.string().nullable(),
      linkedinUrl: z.string().nullable(),
    })
    .nullable(),
});
export type PublicProfile = z.infer<typeof PublicProfile>;

/** A request of yours to join an organisation, waiting for its admins. */
export const MyJoinRequest = z.object({
  id: Id,
  organisation: OrganisationRef,
  createdAt: Timestamp,
});
export type MyJoinRequest = z.infer<typeof MyJoinRequest>;

export const Me = z.object({
  id: Id,
  email: z.string(),
  /**
   * The public name. `''` until the person chooses one: a new account is given no name (none is
   * taken from the email address), and the app asks for it at the first sign-in.
   */
  name: z.string(),
  lang: Lang,
  phone: z.string().nullable(),
  helperType: HelperType.nullable(),
  bio: z.string(),
  postalCode: PostalCode.nullable(),
  municipality: z.string().nullable(),
  region: z.string().nullable(),
  radiusKm: z.number().int().nonnegative(),
  languages: z.array(z.string()),
  skills: z.array(z.string()),
  experience: z.string(),
  cvPublic: z.boolean(),
  videoUrl: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  interestedCategories: z.array(CategorySlug),
  /**
   * Said they are available to help: requesters of tasks that fit them then see them among the
   * suggested helpers (name, municipality, skills the task mentions, languages, feedback) and may
   * invite them to apply, unless invitations are turned off (`alerts.invitations`).
   */
  availableToHelp: z.boolean().default(false),
  memberships: z.array(
    z.object({ organisation: OrganisationRef, role: z.enum(['member', 'admin']) }),
  ),
  groups: z.array(z.object({ id: Id, name: z.string(), organisationId: Id })),
  /** Your requests to join organisations that their admins have not yet decided. */
  joinRequests: z.array(MyJoinRequest).default([]),
  /** What the user is emailed about and how often, per kind (see `AlertSettings`). */
  alerts: AlertSettings.default(DEFAULT_ALERTS),
  createdAt: Timestamp,
});
export type Me = z.infer<typeof Me>;

const shortList = z.array(z.string().trim().min(1).max(80)).max(30);

/** The fields a user may write on their own profile; nothing else (no mass assignment). */
export const MeUpdate = z
  .object({
    name: z.string().trim().min(1).max(120),
    lang: Lang,
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{5,20}$/, 'not a phone number')
      .nullable(),
    helperType: HelperType.nullable(),
    bio: z.string().trim().max(2000),
    postalCode: PostalCode.nullable(),
    radiusKm: z.number().int().min(0).max(1000),
    languages: shortList,
    skills: shortList,
    experience: z.string().trim().max(5000),
    cvPublic: z.boolean(),
    videoUrl: VideoUrl.nullable(),
    linkedinUrl: LinkedInUrl.nullable(),
    interestedCategories: z.array(CategorySlug).max(14),
    availableToHelp: z.boolean(),
    /** Only the kinds given change. */
    alerts: AlertSettings.partial().strict(),
  })
  .partial()
  .strict();
export type MeUpdate = z.input<typeof MeUpdate>;

export const ApplicantSummary = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  helperType: HelperType.nullable(),
  bio: z.string(),
  municipality: z.string().nullable(),
  languages: z.array(z.string()),
  skills: z.array(z.string()),
  experience: z.string(),
  completedTasks: z.number().int().nonnegative(),
  rating: Rating,
});
export type ApplicantSummary = z.infer<typeof ApplicantSummary>;

/**
 * What the profile editor holds while the person types, and how it becomes the body of
 * `PATCH /me`: checked with the contract's own `MeUpdate` schema (the one the server validates
 * with), each issue put next to its field.
 */
import { MeUpdate, type Me, type PublicProfile } from '../../sdk/schemas/users.ts';
import type { CategorySlug } from '../../sdk/schemas/categories.ts';
import type { Lang } from '../i18n/index.ts';
import { parseWholeNumber } from '../shared/number.ts';
import type { ProfileEditorStrings } from './strings.ts';

export interface Draft {
  name: string;
  helperType: string;
  bio: string;
  postalCode: string;
  radiusKm: string;
  languages: string;
  skills: string;
  experience: string;
  cvPublic: boolean;
  videoUrl: string;
  linkedinUrl: string;
  phone: string;
  lang: Lang;
  interestedCategories: CategorySlug[];
  availableToHelp: boolean;
}

export type Field = keyof Draft;
export type FieldErrors = Partial<Record<Field, string>>;

export function draftOf(me: Me): Draft {
  return {
    name: me.name,
    helperType: me.helperType ?? '',
    bio: me.bio,
    postalCode: me.postalCode ?? '',
    radiusKm: String(me.radiusKm),
    languages: me.languages.join(', '),
    skills: me.skills.join(', '),
    experience: me.experience,
    cvPublic: me.cvPublic,
    videoUrl: me.videoUrl ?? '',
    linkedinUrl: me.linkedinUrl ?? '',
    phone: me.phone ?? '',
    lang: me.lang,
    interestedCategories: [...me.interestedCategories],
    availableToHelp: me.availableToHelp,
  };
}

/** "suomi, englanti" → ["suomi", "englanti"]: commas or new lines, blanks dropped. */
export function listOf(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The body of `PATCH /me` for what was typed. */
export function toMeUpdate(d: Draft): MeUpdate {
  return {
    name: d.name.trim(),
    helperType: (d.helperType || null) as MeUpdate['helperType'],
    bio: d.bio.trim(),
    postalCode: orNull(d.postalCode),
    radiusKm: d.radiusKm.trim() === '' ? Number.NaN : (parseWholeNumber(d.radiusKm) ?? Number.NaN),
    languages: listOf(d.languages),
    skills: listOf(d.skills),
    experience: d.experience.trim(),
    cvPublic: d.cvPublic,
    videoUrl: orNull(d.videoUrl),
    linkedinUrl: orNull(d.linkedinUrl),
    phone: orNull(d.phone),
    lang: d.lang,
    interestedCategories: d.interestedCategories,
    availableToHelp: d.availableToHelp,
  };
}

/** The message for an issue on `field`, in the reader's language. */
export function messageFor(field: Field, code: string, s: ProfileEditorStrings): string {
  switch (field) {
    case 'name':
      return code === 'too_big' ? s.nameTooLong : s.nameRequired;
    case 'bio':
      return s.bioTooLong;
    case 'postalCode':
      return code === 'unknown_postal_code' ? s.postalCodeUnknown : s.postalCodeInvalid;
    case 'radiusKm':
      return s.radiusInvalid;
    case 'languages':
    case 'skills':
      return s.listTooLong;
    case 'experience':
      return s.experienceTooLong;
    case 'videoUrl':
      return s.videoUrlInvalid;
    case 'linkedinUrl':
      return s.linkedinUrlInvalid;
    case 'phone':
      return s.phoneInvalid;
    default:
      return s.saveFailed;
  }
}

/** Every field's error by the contract's rules, plus the pilot guide's "at least one language". */
export function validate(d: Draft, s: ProfileEditorStrings): FieldErrors {
  const errors: FieldErrors = {};
  const parsed = MeUpdate.safeParse(toMeUpdate(d));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field | undefined;
      if (field && !errors[field]) errors[field] = messageFor(field, issue.code, s);
    }
  }
  if (!errors.languages && listOf(d.languages).length === 0) errors.languages = s.languagesRequired;
  return errors;
}

/**
 * What others would see if the draft were saved: the public profile's own shape, with the
 * numbers (tasks done, feedback, organisations) from the saved profile. The CV only when shared,
 * as `GET /users/:id` answers anyone but the person themself.
 */
export function previewOf(
  d: Draft,
  base: PublicProfile,
  place: { municipality: string; region: string } | null,
): PublicProfile {
  const body = toMeUpdate(d);
  return {
    ...base,
    name: body.name ?? '',
    helperType: body.helperType ?? null,
    bio: body.bio ?? '',
    postalCode: body.postalCode ?? null,
    municipality: place?.municipality ?? null,
    region: place?.region ?? null,
    cv: d.cvPublic
      ? {
          languages: body.languages ?? [],
          skills: body.skills ?? [],
          experience: body.experience ?? '',
          videoUrl: body.videoUrl ?? null,
          linkedinUrl: body.linkedinUrl ?? null,
        }
      : null,
  };
}

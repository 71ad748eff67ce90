/**
 * The directory (hyvinvointitarjotin): each organisation's public listing and the services it
 * offers its own people, found by need and place. The vocabularies of target groups, themes and
 * languages are fixed and translated here, so that every client shows the same words and a search
 * by need means the same everywhere.
 */
import * as z from 'zod';
import {
  Email,
  Id,
  IdParam,
  OrganisationRef,
  PostalCode,
  SearchText,
  Timestamp,
} from './common.ts';
import { BusinessId } from './organisations.ts';

import {
  languageLabels,
  targetGroupLabels,
  themeLabels,
  type Label,
} from './directory-vocabulary.ts';

export { languageLabels, targetGroupLabels, themeLabels, type Label };

type Keys<T> = [keyof T & string, ...(keyof T & string)[]];
const keysOf = <T extends object>(o: T) => Object.keys(o) as Keys<T>;

export const TargetGroup = z.enum(keysOf(targetGroupLabels));
export type TargetGroup = z.infer<typeof TargetGroup>;
export const Theme = z.enum(keysOf(themeLabels));
export type Theme = z.infer<typeof Theme>;
export const ServiceLanguage = z.enum(keysOf(languageLabels));
export type ServiceLanguage = z.infer<typeof ServiceLanguage>;

const VocabularyEntry = z.object({
  code: z.string(),
  label: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
});
export const DirectoryVocabulary = z.object({
  targetGroups: z.array(VocabularyEntry),
  themes: z.array(VocabularyEntry),
  languages: z.array(VocabularyEntry),
});
export type DirectoryVocabulary = z.infer<typeof DirectoryVocabulary>;

/** The vocabularies as the API answers them (GET /directory/vocabulary). */
export function directoryVocabulary(): DirectoryVocabulary {
  const list = (o: Record<string, Label>) =>
    Object.entries(o).map(([code, label]) => ({ code, label }));
  return {
    targetGroups: list(targetGroupLabels),
    themes: list(themeLabels),
    languages: list(languageLabels),
  };
}

/** A text in Finnish, with optional Swedish and English. */
export function LocalTextInput(max: number) {
  const part = z.string().trim().max(max);
  return z
    .object({
      fi: part.min(1),
      sv: part.optional().transform((s) => (s ? s : undefined)),
      en: part.optional().transform((s) => (s ? s : undefined)),
    })
    .strict();
}
export const LocalText = z.object({
  fi: z.string(),
  sv: z.string().optional(),
  en: z.string().optional(),
});
export type LocalText = z.infer<typeof LocalText>;

const phone = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[+0-9 ()-]+$/, 'a phone number: digits, spaces, + ( ) -');
const url = z.url({ protocol: /^https?$/ }).max(300);

/** How a person reaches a service. */
export const Channel = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('place'),
      name: z.string().trim().max(200).optional(),
      street: z.string().trim().min(1).max(200),
      postalCode: PostalCode,
      /** Free text, e.g. "ti ja to 10–14". */
      openingHours: z.string().trim().max(500).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('phone'),
      number: phone,
      /** Who answers or when, e.g. "omaishoitajien neuvoja, ma–pe 9–15". */
      description: z.string().trim().max(200).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('web'), url }).strict(),
  z
    .object({
      kind: z.literal('online'),
      url: url.optional(),
      description: z.string().trim().max(500).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('email'), email: Email }).strict(),
]);
export type Channel = z.infer<typeof Channel>;

/** Where a place channel is, as the API answers it: with its municipality. */
export const ChannelOut = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('place'),
    name: z.string().optional(),
    street: z.string(),
    postalCode: PostalCode,
    placeName: z.string().nullable(),
    municipality: z.string().nullable(),
    openingHours: z.string().optional(),
  }),
  z.object({ kind: z.literal('phone'), number: z.string(), description: z.string().optional() }),
  z.object({ kind: z.literal('web'), url: z.string() }),
  z.object({
    kind: z.literal('online'),
    url: z.string().optional(),
    description: z.string().optional(),
  }),
  z.object({ kind: z.literal('email'), email: z.string() }),
]);
export type ChannelOut = z.infer<typeof ChannelOut>;

/** Areas served, as given: regions and municipalities by code or by Finnish or Swedish name. */
export const AreasInput = z
  .object({
    wholeCountry: z.boolean().default(false),
    regions: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
    municipalities: z.array(z.string().trim().min(1).max(60)).max(400).default([]),
  })
  .strict();
const NamedCode = z.object({ code: z.string(), name: z.string() });
export const Areas = z.object({
  wholeCountry: z.boolean(),
  regions: z.array(NamedCode),
  municipalities: z.array(NamedCode),
});
export type Areas = z.infer<typeof Areas>;

export const Fee = z
  .object({
    free: z.boolean(),
    /** e.g. "jäsenille 5 €, muille 10 €". */
    description: z.string().trim().max(300).optional(),
  })
  .strict();

export const DirectoryServiceInput = z
  .object({
    /** An existing service of the listing to change; without it, a new service. */
    id: Id.optional(),
    name: LocalTextInput(200),
    description: LocalTextInput(4000),
    targetGroups: z.array(TargetGroup).max(12).default([]),
    themes: z.array(Theme).max(12).default([]),
    keywords: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
    channels: z.array(Channel).max(20).default([]),
    fee: Fee.default({ free: true }),
    referralRequired: z.boolean().default(false),
    /** Where the service is offered; left out, the listing's areas. */
    areas: AreasInput.nullable().optional(),
    /** Languages the service is offered in; left out, the listing's languages. */
    languages: z.array(ServiceLanguage).max(12).nullable().optional(),
  })
  .strict();
export type DirectoryServiceInput = z.input<typeof DirectoryServiceInput>;

/** A person the keepers of the directory may contact; never public. */
export const InternalContact = z
  .object({
    name: z.string().trim().max(200).optional(),
    email: Email.optional(),
    phone: phone.optional(),
  })
  .strict();

/** A listing as its editors write it: the whole listing with its services, replaced at once. */
export const DirectoryListingInput = z
  .object({
    description: LocalTextInput(4000),
    email: Email.nullable().optional(),
    phone: phone.nullable().optional(),
    website: url.nullable().optional(),
    street: z.string().trim().max(200).nullable().optional(),
    postalCode: PostalCode.nullable().optional(),
    areas: AreasInput.default({ wholeCountry: false, regions: [], municipalities: [] }),
    languages: z.array(ServiceLanguage).max(12).default(['fi']),
    /** Private: who the keepers contact, and where edit links go (else the public email). */
    internalContact: InternalContact.nullable().optional(),
    /** Private: notes for the directory's keepers. */
    keeperNotes: z.string().trim().max(2000).nullable().optional(),
    services: z.array(DirectoryServiceInput).max(50).default([]),
  })
  .strict();
export type DirectoryListingInput = z.input<typeof DirectoryListingInput>;

export const DirectoryService = z.object({
  id: Id,
  organisation: OrganisationRef,
  name: LocalText,
  description: LocalText,
  targetGroups: z.array(TargetGroup),
  themes: z.array(Theme),
  keywords: z.array(z.string()),
  channels: z.array(ChannelOut),
  fee: z.object({ free: z.boolean(), description: z.string().optional() }),
  referralRequired: z.boolean(),
  areas: Areas,
  languages: z.array(ServiceLanguage),
  checkedAt: Timestamp,
  /** Not checked for 12 months. */
  stale: z.boolean(),
});
export type DirectoryService = z.infer<typeof DirectoryService>;

/** What the organisation has helped others with through Tehostamo. */
export const HelpedOthers = z.object({
  count: z.number().int().nonnegative(),
  categories: z.array(z.object({ category: z.string(), count: z.number().int().positive() })),
});

export const DirectoryListing = z.object({
  organisation: OrganisationRef.extend({ businessId: z.string().nullable() }),
  description: LocalText,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: PostalCode.nullable(),
  placeName: z.string().nullable(),
  municipality: z.string().nullable(),
  areas: Areas,
  languages: z.array(ServiceLanguage),
  services: z.array(DirectoryService),
  checkedAt: Timestamp,
  stale: z.boolean(),
  helped: HelpedOthers,
});
export type DirectoryListing = z.infer<typeof DirectoryListing>;

/** The listing with its private fields, for its editors only. */
export const EditableListing = DirectoryListing.extend({
  internalContact: z
    .object({
      name: z.string().optional(),
      email: z.string().optional(),
      phone: z.string().optional(),
    })
    .nullable(),
  keeperNotes: z.string().nullable(),
});
export type EditableListing = z.infer<typeof EditableListing>;

export const ListingParams = z.object({ id: IdParam });

/** Search: free text (Finnish word forms match), need, place and language; keyset pages. */
export const DirectorySearchQuery = z
  .object({
    q: SearchText(200).optional(),
    targetGroup: TargetGroup.optional(),
    theme: Theme.optional(),
    language: ServiceLanguage.optional(),
    /** A municipality (code or name): services for it, its region and the whole country. */
    municipality: z.string().trim().min(1).max(60).optional(),
    /** A region (code or name): services anywhere in it, and those for the whole country. */
    region: z.string().trim().min(1).max(60).optional(),
    free: z.enum(['true', 'false']).optional(),
    referral: z.enum(['required', 'not_required']).optional(),
    organisation: IdParam.optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();
export type DirectorySearchQuery = z.input<typeof DirectorySearchQuery>;

const Counts = <T extends z.ZodType<string>>(key: T) =>
  z.array(z.object({ code: key, count: z.number().int().nonnegative() }));

export const DirectorySearchResult = z.object({
  data: z.array(DirectoryService),
  nextCursor: z.string().nullable(),
  /** Services matching the whole query (every page). */
  total: z.number().int().nonnegative(),
  /** Of the matching services, how many have each value (values with none are left out). */
  facets: z.object({
    targetGroups: Counts(TargetGroup),
    themes: Counts(Theme),
    languages: Counts(ServiceLanguage),
    free: z.number().int().nonnegative(),
    referralRequired: z.number().int().nonnegative(),
  }),
});
export type DirectorySearchResult = z.infer<typeof DirectorySearchResult>;

/** Asks for an edit link by email: it goes to the listing's stored contact address only. */
export const EditLinkRequest = z.object({ lang: z.enum(['fi', 'sv', 'en']).optional() }).strict();
export const EditLinkSent = z.object({
  /** The address the link went to, partly hidden: `a…@example.fi`. */
  sentTo: z.string(),
  expiresInMinutes: z.number().int().positive(),
});
export const EditLinkToken = z.object({ token: z.string().trim().min(20).max(200) }).strict();
export const EditLinkSave = z
  .object({ token: z.string().trim().min(20).max(200), listing: DirectoryListingInput })
  .strict();

/** The public directory as open data: every listing with its services. */
export const OpenDirectory = z.object({
  generatedAt: Timestamp,
  license: z.string(),
  listings: z.array(
    DirectoryListing.omit({ helped: true }).extend({
      organisation: OrganisationRef.extend({ businessId: z.string().nullable() }),
    }),
  ),
});
export type OpenDirectory = z.infer<typeof OpenDirectory>;

/** A row of an organisation import (CSV): the columns a network's existing list has. */
export const OrganisationImportRow = z.object({
  name: z.string().trim().min(2).max(200),
  businessId: BusinessId.optional(),
  kind: z
    .enum(['association', 'umbrella', 'company', 'education', 'public'])
    .default('association'),
  email: Email.optional(),
  phone: phone.optional(),
  website: url.optional(),
  street: z.string().trim().max(200).optional(),
  postalCode: PostalCode.optional(),
  description: z.string().trim().max(4000).optional(),
});
export type OrganisationImportRow = z.infer<typeof OrganisationImportRow>;

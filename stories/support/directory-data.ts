/**
 * A fake directory for the stories and tests of `<tehostamo-directory>` and
 * `<tehostamo-listing-editor>`: a few Pohjois-Savo services, search with facets, listings and
 * edit links, answered in memory.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type {
  DirectoryListing,
  DirectoryListingInput,
  DirectorySearchResult,
  DirectoryService,
  EditableListing,
} from '../../sdk/schemas/directory.ts';
import type { DirectoryClient } from '../../widgets/context.ts';
import '../../widgets/provider/provider.ts';
import { errors, fakeClient, fakeDefaults } from './fake-client.ts';
import type { SceneArgs } from './scene.ts';

const MUISTI = { id: 11, name: 'Kuopion Muistiyhdistys ry', kind: 'association' as const };
const KRIISI = { id: 12, name: 'Kriisikeskus ry', kind: 'association' as const };
const checked = '2026-10-01T10:00:00.000Z';
const pohjoisSavo = {
  wholeCountry: false,
  regions: [{ code: 'FI1D2', name: 'Pohjois-Savo' }],
  municipalities: [],
};

export const SERVICES: DirectoryService[] = [
  {
    id: 1,
    organisation: MUISTI,
    name: { fi: 'Muistikahvila', sv: 'Minnescafé' },
    description: { fi: 'Vertaistukiryhmä muistisairaiden omaisille joka toinen tiistai.' },
    targetGroups: ['memory_disorders', 'carers'],
    themes: ['peer_support', 'carer_support'],
    keywords: ['muistikahvila'],
    channels: [
      {
        kind: 'place',
        street: 'Puijonkatu 1',
        postalCode: '70100',
        placeName: 'Kuopio',
        municipality: 'Kuopio',
        openingHours: 'ti 13–15',
      },
      { kind: 'phone', number: '017 123 4567', description: 'muistineuvoja' },
    ],
    fee: { free: true },
    referralRequired: false,
    areas: { wholeCountry: false, regions: [], municipalities: [{ code: '297', name: 'Kuopio' }] },
    languages: ['fi'],
    checkedAt: checked,
    stale: false,
  },
  {
    id: 2,
    organisation: MUISTI,
    name: { fi: 'Muistineuvonta' },
    description: { fi: 'Neuvontaa muistiasioissa koko maakunnassa.' },
    targetGroups: ['memory_disorders', 'older_people'],
    themes: ['guidance'],
    keywords: [],
    channels: [{ kind: 'online', url: 'https://muisti.example/chat', description: 'Chat' }],
    fee: { free: false, description: '10 € / kerta' },
    referralRequired: true,
    areas: pohjoisSavo,
    languages: ['fi', 'sv'],
    checkedAt: checked,
    stale: false,
  },
  {
    id: 3,
    organisation: KRIISI,
    name: { fi: 'Kriisipuhelin', en: 'Crisis line' },
    description: { fi: 'Keskusteluapua kriisissä oleville ja heidän läheisilleen.' },
    targetGroups: ['mental_health', 'everyone'],
    themes: ['crisis_help'],
    keywords: [],
    channels: [
      { kind: 'phone', number: '09 2525 0111' },
      { kind: 'web', url: 'https://kriisi.example' },
    ],
    fee: { free: true },
    referralRequired: false,
    areas: { wholeCountry: true, regions: [], municipalities: [] },
    languages: ['fi', 'sv', 'en'],
    checkedAt: '2024-06-01T10:00:00.000Z',
    stale: true,
  },
];

export function listingOf(org: typeof MUISTI, services = SERVICES): EditableListing {
  return {
    organisation: { ...org, businessId: null },
    description: { fi: 'Tukea muistisairaille ja heidän läheisilleen Pohjois-Savossa.' },
    email: 'toimisto@muisti.example',
    phone: '017 123 4567',
    website: 'https://muisti.example',
    street: 'Puijonkatu 1',
    postalCode: '70100',
    placeName: 'Kuopio',
    municipality: 'Kuopio',
    areas: pohjoisSavo,
    languages: ['fi'],
    services: services.filter((s) => s.organisation.id === org.id),
    // Every save checks the listing and its services together: the listing is as old as they are.
    checkedAt: services.find((s) => s.organisation.id === org.id)?.checkedAt ?? checked,
    stale: services.some((s) => s.organisation.id === org.id && s.stale),
    helped: { count: 3, categories: [{ category: 'viestinta', count: 3 }] },
    internalContact: { name: 'Salli Salainen', email: 'salli@muisti.example' },
    keeperNotes: 'Jäsenmäärä 412',
  };
}

export interface FakeDirectoryOptions {
  services?: DirectoryService[];
  /** Operations that never answer. */
  pending?: ('search' | 'get' | 'open' | 'getEditable')[];
  /** Operations that fail with this error. */
  errors?: Partial<
    Record<'search' | 'get' | 'open' | 'save' | 'update' | 'requestEditLink', unknown>
  >;
  pageSize?: number;
}

export interface FakeDirectory extends DirectoryClient {
  readonly calls: { op: string; args: unknown[] }[];
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** A directory that answers from `services`: words match on their first five letters. */
export function fakeDirectory(options: FakeDirectoryOptions = {}): FakeDirectory {
  const services = structuredClone(options.services ?? SERVICES);
  const calls: { op: string; args: unknown[] }[] = [];
  const usedTokens = new Set<string>();
  async function run<T>(
    op: keyof NonNullable<FakeDirectoryOptions['errors']> | 'getEditable',
    args: unknown[],
    answer: () => T,
  ): Promise<T> {
    calls.push({
      op,
      args: structuredClone(
        args.filter(
          (a) =>
            typeof a !== 'function' &&
            !(a instanceof AbortSignal) &&
            !(typeof a === 'object' && a !== null && 'signal' in a),
        ),
      ),
    });
    if (options.pending?.includes(op as never)) return new Promise<T>(() => {});
    if (fakeDefaults.delay) await new Promise((r) => setTimeout(r, fakeDefaults.delay));
    const error = options.errors?.[op as keyof NonNullable<FakeDirectoryOptions['errors']>];
    if (error) throw error;
    return answer();
  }
  const search = (q: Record<string, string | number | undefined>): DirectorySearchResult => {
    const found = services.filter((s) => {
      const text = words(
        `${s.name.fi} ${s.name.sv ?? ''} ${s.description.fi} ${s.organisation.name}`,
      );
      if (q.q && !words(String(q.q)).every((w) => text.some((t) => t.startsWith(w.slice(0, 5)))))
        return false;
      if (q.targetGroup && !s.targetGroups.includes(q.targetGroup as never)) return false;
      if (q.theme && !s.themes.includes(q.theme as never)) return false;
      if (q.language && !s.languages.includes(q.language as never)) return false;
      if (q.free === 'true' && !s.fee.free) return false;
      if (
        q.region &&
        !s.areas.wholeCountry &&
        !s.areas.regions.some((r) => r.name === q.region) &&
        !s.areas.municipalities.length
      )
        return false;
      return true;
    });
    const count = (values: string[]) =>
      [...new Set(values)].map((code) => ({
        code,
        count: values.filter((v) => v === code).length,
      }));
    const size = options.pageSize ?? 20;
    const start = q.cursor ? Number(q.cursor) : 0;
    return {
      data: found.slice(start, start + size),
      nextCursor: start + size < found.length ? String(start + size) : null,
      total: found.length,
      facets: {
        targetGroups: count(found.flatMap((s) => s.targetGroups)) as never,
        themes: count(found.flatMap((s) => s.themes)) as never,
        languages: count(found.flatMap((s) => s.languages)) as never,
        free: found.filter((s) => s.fee.free).length,
        referralRequired: found.filter((s) => s.referralRequired).length,
      },
    };
  };
  const listing = (id: number): EditableListing => {
    const org = services.find((s) => s.organisation.id === id)?.organisation;
    if (!org) throw errors.api(404, 'not_found');
    return listingOf(org as typeof MUISTI, services);
  };
  const publicListing = (id: number): DirectoryListing => {
    const { internalContact: _i, keeperNotes: _k, ...rest } = listing(id);
    return rest;
  };
  const saved = (id: number, input: DirectoryListingInput): EditableListing => ({
    ...listing(id),
    description: { fi: input.description.fi },
    keeperNotes: input.keeperNotes ?? null,
  });
  return {
    calls,
    search: ((q: Record<string, string>) => run('search', [q], () => search(q))) as never,
    listings: {
      get: ((id: number) => run('get', [id], () => publicListing(id))) as never,
      getEditable: ((id: number) => run('getEditable', [id], () => listing(id))) as never,
      update: ((id: number, input: DirectoryListingInput) =>
        run('update', [id, input], () => saved(id, input))) as never,
      requestEditLink: ((id: number) =>
        run('requestEditLink', [id], () => {
          listing(id);
          return { sentTo: 't…@muisti.example', expiresInMinutes: 1440 };
        })) as never,
    },
    editLink: {
      open: ((body: { token: string }) =>
        run('open', [body], () => {
          if (usedTokens.has(body.token) || !body.token.startsWith('tel_'))
            throw errors.api(410, 'edit_link_invalid');
          return listing(11);
        })) as never,
      save: ((body: { token: string; listing: DirectoryListingInput }) =>
        run('save', [body], () => {
          if (usedTokens.has(body.token)) throw errors.api(410, 'edit_link_invalid');
          usedTokens.add(body.token);
          return saved(11, body.listing);
        })) as never,
    },
  };
}

/** A directory widget inside a provider whose client has the fake directory. */
export function directoryScene(
  options: FakeDirectoryOptions,
  content: TemplateResult,
  args: SceneArgs = {},
): TemplateResult {
  const client = Object.assign(fakeClient({}), { directory: fakeDirectory(options) });
  const style = [
    args.width ? `max-width:${args.width}px` : '',
    args.theme === 'dark' ? 'background:#0e0f17;padding:8px' : '',
  ]
    .filter(Boolean)
    .join(';');
  return html`<div style=${ifDefined(style || undefined)}>
    <tehostamo-provider .client=${client} .user=${null} lang=${ifDefined(args.lang)}>
      ${content}
    </tehostamo-provider>
  </div>`;
}

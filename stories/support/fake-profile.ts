/**
 * The fake client's part for `<tehostamo-profile-editor>` and `<tehostamo-onboarding>`: saving
 * your profile, postal codes, and (for the stories) organisations. Finding, creating
 * and asking to join organisations are the settings' fake (`fake-settings.ts`).
 */
import type { Place } from '../../sdk/schemas/common.ts';
import type { Organisation } from '../../sdk/schemas/organisations.ts';
import type { Me, MeUpdate } from '../../sdk/schemas/users.ts';
import type { TehostamoClient } from '../../widgets/context.ts';

export type ProfileOperation = 'me.update' | 'postalCodes.get';

/** The postal codes the fake knows; any other is unknown (404). */
export const FAKE_PLACES: Record<string, Place> = {
  '00100': place('00100', 'Helsinki', '091', 'Helsinki', 'FI1B1', 'Helsinki-Uusimaa'),
  '33100': place('33100', 'Tampere', '837', 'Tampere', 'FI197', 'Pirkanmaa'),
  '20100': place('20100', 'Turku', '853', 'Turku', 'FI1C1', 'Varsinais-Suomi'),
  '90100': place('90100', 'Oulu', '564', 'Oulu', 'FI1D9', 'Pohjois-Pohjanmaa'),
};

function place(
  postalCode: string,
  placeName: string,
  mCode: string,
  mName: string,
  rCode: string,
  rName: string,
): Place {
  return {
    postalCode,
    placeName,
    municipality: { code: mCode, name: mName },
    region: { code: rCode, name: rName },
  };
}

export function makeOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 1,
    name: 'Kotikylän Eläkeläiset ry',
    kind: 'association',
    sector: 'Sosiaali- ja terveysala',
    businessId: '0737546-2',
    description: '',
    website: null,
    postalCode: '33100',
    municipality: 'Tampere',
    umbrellas: [],
    memberOrganisationCount: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

interface Kit {
  state: { user: Me | undefined };
  run: <T>(op: ProfileOperation, args: unknown[], answer: () => T) => Promise<T>;
  requireUser: () => Me;
  fail: (status: number, code: string, details?: unknown) => Error;
}

type Methods = Pick<TehostamoClient, 'postalCodes'> & {
  me: Pick<TehostamoClient['me'], 'update'>;
};

export function profileMethods({ state, run, requireUser, fail }: Kit): Methods {
  return {
    me: {
      update: ((body: MeUpdate) =>
        run('me.update', [body], () => {
          const user = requireUser();
          if (body.postalCode && !FAKE_PLACES[body.postalCode]) {
            throw fail(422, 'validation_failed', {
              in: 'body',
              issues: [{ path: 'postalCode', code: 'unknown_postal_code', message: 'no such' }],
            });
          }
          const next: Me = { ...user, ...(body as Partial<Me>) };
          if (body.postalCode !== undefined) {
            const p = body.postalCode ? FAKE_PLACES[body.postalCode] : undefined;
            next.municipality = p?.municipality.name ?? null;
            next.region = p?.region.name ?? null;
          }
          state.user = next;
          return structuredClone(next);
        })) as Methods['me']['update'],
    },
    postalCodes: {
      get: ((code: string) =>
        run('postalCodes.get', [code], () => {
          const found = FAKE_PLACES[code];
          if (!found) throw fail(404, 'not_found');
          return structuredClone(found);
        })) as Methods['postalCodes']['get'],
    },
  };
}

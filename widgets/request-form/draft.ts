/**
 * What someone has typed into a request form, kept in Web Storage under one key per form, so
 * that it survives a failed request and a reload. The idempotency key of the publish call is
 * kept with it: a retry after an unknown outcome (a cut connection, a reload mid-request)
 * sends the same key, and the server answers with the task it already made.
 */
import { newIdempotencyKey } from '../../sdk/request.ts';

export interface Draft {
  category: string;
  title: string;
  details: string;
  accountingReference: string;
  scheduleMode: 'text' | 'exact';
  scheduleText: string;
  startsAt: string;
  endsAt: string;
  estimatedHours: string;
  helpersWanted: string;
  remote: boolean;
  postalCode: string;
  groupCode: string;
  organisationId: string;
  /** A visitor without an account (with a publishable key): who asks. */
  visitorName: string;
  visitorEmail: string;
}

export interface Saved {
  version: 1;
  step: number;
  draft: Draft;
  /** The key of the last publish attempt and the body it went with. */
  attempt: { key: string; body: string } | null;
  /** A visitor's request that waits for the emailed code. */
  pending?: PendingRequest | null;
}

export function emptyDraft(): Draft {
  return {
    category: '',
    title: '',
    details: '',
    accountingReference: '',
    scheduleMode: 'text',
    scheduleText: '',
    startsAt: '',
    endsAt: '',
    estimatedHours: '',
    helpersWanted: '1',
    remote: true,
    postalCode: '',
    groupCode: '',
    organisationId: '',
    visitorName: '',
    visitorEmail: '',
  };
}

export type StorageKind = 'local' | 'session';

function storage(kind: StorageKind): Storage | null {
  try {
    return kind === 'session' ? globalThis.sessionStorage : globalThis.localStorage;
  } catch {
    return null;
  }
}

export class DraftStore {
  constructor(
    readonly key: string,
    private readonly kind: StorageKind,
  ) {}

  load(): Saved | null {
    try {
      const raw = storage(this.kind)?.getItem(this.key);
      if (!raw) return null;
      const saved = JSON.parse(raw) as Saved;
      if (saved?.version !== 1 || typeof saved.draft !== 'object') return null;
      return { ...saved, draft: { ...emptyDraft(), ...saved.draft } };
    } catch {
      return null;
    }
  }

  save(saved: Saved): void {
    try {
      storage(this.kind)?.setItem(this.key, JSON.stringify(saved));
    } catch {
      // Full or refused: the form still holds what was typed for this page.
    }
  }

  clear(): void {
    try {
      storage(this.kind)?.removeItem(this.key);
    } catch {
      // Nothing kept.
    }
  }
}

/** The same key for the same body; a new one once the body has changed. */
export function attemptFor(
  previous: Saved['attempt'],
  body: string,
): NonNullable<Saved['attempt']> {
  if (previous && previous.body === body) return previous;
  return { key: newIdempotencyKey(), body };
}

/** Whether anything worth keeping has been typed. */
export function isBlank(draft: Draft): boolean {
  const empty = emptyDraft();
  return (Object.keys(empty) as (keyof Draft)[]).every((k) => draft[k] === empty[k]);
}

/** A visitor's request sent and waiting for the emailed code. */
export interface PendingRequest {
  taskId: number;
  email: string;
  /** The request's reference from the answer that created it; confirming needs it. */
  reference?: string;
}

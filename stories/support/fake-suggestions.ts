/**
 * The fake client's part for the task page's suggested helpers: the suggestions of a task and
 * inviting one of them, with the cap and the errors the server answers.
 */
import type {
  InvitationResult,
  SuggestedHelper,
  SuggestedHelpers,
  TaskInvitation,
} from '../../sdk/schemas/suggestions.ts';
import type { TehostamoClient } from '../../widgets/context.ts';

export type SuggestionOperation = 'tasks.suggestedHelpers' | 'invitations.create';

export interface FakeSuggestionOptions {
  /** Suggestions by task id; a task not listed has none. */
  byTask?: Record<number, SuggestedHelper[]>;
  /** Invitations a task may send (INVITATIONS_PER_TASK); 5 when not given. */
  limit?: number;
  /** Invitations already sent, by task id. */
  invited?: Record<number, TaskInvitation[]>;
}

interface Kit {
  run: <T>(op: SuggestionOperation, args: unknown[], answer: () => T) => Promise<T>;
  requireUser: () => { id: number; name: string };
  fail: (status: number, code: string, details?: unknown) => Error;
}

type Methods = Required<Pick<TehostamoClient['tasks'], 'suggestedHelpers' | 'invitations'>>;

export function makeSuggestion(
  overrides: Partial<SuggestedHelper['user']> = {},
  reasons: Partial<SuggestedHelper['reasons']> = {},
  score = 80,
): SuggestedHelper {
  return {
    user: {
      id: 301,
      name: 'Maija Mallikas',
      helperType: 'pro_bono',
      municipality: 'Helsinki',
      completedTasks: 12,
      rating: { average: 4.8, count: 9 },
      ...overrides,
    },
    score,
    reasons: {
      category: 'chosen',
      skills: ['kirjanpito'],
      distanceKm: 12,
      remote: false,
      languages: ['suomi', 'ruotsi'],
      speaksRequesterLanguage: true,
      activeRecently: true,
      ...reasons,
    },
  };
}

/** Three people who fit the bookkeeping task, best first. */
export const SUGGESTIONS = [
  makeSuggestion({ id: 301, name: 'Maija Mallikas' }, {}, 86.3),
  makeSuggestion(
    {
      id: 302,
      name: 'Bertta Berg',
      helperType: 'ngo_staff',
      municipality: 'Espoo',
      completedTasks: 3,
      rating: { average: 5, count: 2 },
    },
    { skills: [], distanceKm: 9, languages: ['svenska', 'suomi'] },
    61.2,
  ),
  makeSuggestion(
    {
      id: 303,
      name: '',
      helperType: 'student',
      municipality: 'Vantaa',
      completedTasks: 0,
      rating: { average: null, count: 0 },
    },
    { category: 'any', skills: ['Excel'], distanceKm: 17, languages: ['suomi', 'englanti'] },
    48.5,
  ),
];

export function suggestionMethods(kit: Kit, options: FakeSuggestionOptions = {}) {
  const limit = options.limit ?? 5;
  const invited = new Map<number, TaskInvitation[]>(
    Object.entries(options.invited ?? {}).map(([id, list]) => [Number(id), structuredClone(list)]),
  );
  const listOf = (taskId: number) => invited.get(taskId) ?? [];
  const allowance = (taskId: number) => {
    const sent = listOf(taskId).length;
    return { sent, limit, remaining: Math.max(0, limit - sent) };
  };
  let nextId = 700;
  const methods: Methods = {
    suggestedHelpers: ((taskId: number) =>
      kit.run('tasks.suggestedHelpers', [taskId], (): SuggestedHelpers => {
        kit.requireUser();
        const taken = new Set(listOf(taskId).map((i) => i.user.id));
        return {
          data: structuredClone(
            (options.byTask?.[taskId] ?? []).filter((s) => !taken.has(s.user.id)),
          ),
          invitations: allowance(taskId),
          invited: structuredClone(listOf(taskId)),
        };
      })) as Methods['suggestedHelpers'],
    invitations: {
      create: ((taskId: number, body: { userId: number }, opts?: { idempotencyKey?: string }) =>
        kit.run('invitations.create', [taskId, body, opts ?? {}], (): InvitationResult => {
          const me = kit.requireUser();
          const existing = listOf(taskId).find((i) => i.user.id === body.userId);
          if (existing) {
            return { invitation: existing, created: false, invitations: allowance(taskId) };
          }
          const person = options.byTask?.[taskId]?.find((s) => s.user.id === body.userId);
          if (!person) throw kit.fail(409, 'not_invitable');
          if (allowance(taskId).remaining === 0) throw kit.fail(409, 'invitation_limit', { limit });
          const invitation: TaskInvitation = {
            id: nextId++,
            taskId,
            user: { id: person.user.id, name: person.user.name },
            invitedBy: { id: me.id, name: me.name },
            createdAt: new Date().toISOString(),
            acceptedAt: null,
          };
          invited.set(taskId, [...listOf(taskId), invitation]);
          return {
            invitation: structuredClone(invitation),
            created: true,
            invitations: allowance(taskId),
          };
        })) as Methods['invitations']['create'],
    },
  };
  return methods;
}

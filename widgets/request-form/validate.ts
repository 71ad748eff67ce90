/**
 * The form's field errors come from the contract's own `TaskCreate` schema, the one the server
 * validates with: the form turns what was typed into the request body, parses it, and puts each
 * zod issue (or each issue of a 422 from the server) next to the field it belongs to, in the
 * reader's language. The schema (zod) is loaded the first time the form checks anything
 * (`validationReady`), not with the form: a page that shows the form without using it, or
 * only lists tasks, never loads the parser.
 */
import type {
  TaskCreate as TaskCreateInput,
  TaskCreate as TaskCreateSchema,
} from '../../sdk/schemas/tasks.ts';
import { contract } from '../shared/contract.ts';
import type { Strings } from '../i18n/index.ts';
import type { RequestFormStrings } from './strings.ts';
import { parseDecimal } from '../shared/number.ts';
import type { Draft } from './draft.ts';

export type Field = Exclude<keyof Draft, 'scheduleMode'>;
export type FieldErrors = Partial<Record<Field, string>>;

export const STEP_FIELDS: Record<1 | 2 | 3, Field[]> = {
  1: ['category', 'title', 'details', 'accountingReference'],
  2: [
    'scheduleText',
    'startsAt',
    'endsAt',
    'estimatedHours',
    'helpersWanted',
    'remote',
    'postalCode',
    'groupCode',
  ],
  3: ['organisationId', 'visitorName', 'visitorEmail'],
};

const text = (value: string) => value.trim();
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Empty: not given; a number as people type it ("1,5"); anything else: NaN, which the schema refuses. */
function number(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  return parseDecimal(value) ?? Number.NaN;
}

function isoOrNull(local: string): string | null {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

export interface AsVisitor {
  lang: 'fi' | 'sv' | 'en';
  /** The honeypot field's value: people leave it empty. */
  website: string;
}

/** The body of `POST /tasks` for what was typed; a visitor's name and address when given. */
export function toTaskCreate(draft: Draft, visitor?: AsVisitor): TaskCreateInput {
  const exact = draft.scheduleMode === 'exact';
  const body: Record<string, unknown> = {
    category: draft.category,
    title: text(draft.title),
    details: text(draft.details),
    accountingReference: orNull(draft.accountingReference),
    postalCode: orNull(draft.postalCode),
    remote: draft.remote,
    schedule: exact
      ? { text: null, startsAt: isoOrNull(draft.startsAt), endsAt: isoOrNull(draft.endsAt) }
      : { text: orNull(draft.scheduleText), startsAt: null, endsAt: null },
    estimatedHours: number(draft.estimatedHours),
    helpersWanted: number(draft.helpersWanted),
  };
  if (draft.groupCode.trim()) body.groupCode = draft.groupCode.trim();
  if (draft.organisationId && !visitor) body.organisationId = Number(draft.organisationId);
  if (visitor) {
    body.visitor = {
      email: draft.visitorEmail.trim(),
      name: draft.visitorName.trim(),
      lang: visitor.lang,
    };
    body.website = visitor.website;
  }
  return body as unknown as TaskCreateInput;
}

interface Issue {
  path: (string | number)[];
  code: string;
  message?: string;
  minimum?: unknown;
  maximum?: unknown;
  input?: unknown;
}

function fieldOf(path: (string | number)[], draft: Draft): Field | null {
  const [head, sub] = path.map(String);
  switch (head) {
    case 'visitor':
      return sub === 'name' ? 'visitorName' : 'visitorEmail';
    case 'schedule':
      if (sub === 'endsAt') return 'endsAt';
      if (sub === 'startsAt') return 'startsAt';
      if (sub === 'text') return 'scheduleText';
      return draft.scheduleMode === 'exact' ? 'startsAt' : 'scheduleText';
    case 'category':
    case 'title':
    case 'details':
    case 'accountingReference':
    case 'estimatedHours':
    case 'helpersWanted':
    case 'remote':
    case 'postalCode':
    case 'groupCode':
    case 'organisationId':
      return head;
    default:
      return null;
  }
}

function messageFor(field: Field, issue: Issue, draft: Draft, r: RequestFormStrings): string {
  const e = r.fieldErrors;
  const empty = issue.input === undefined || issue.input === null || issue.input === '';
  switch (field) {
    case 'category':
      return e.chooseCategory;
    case 'title':
    case 'details':
    case 'accountingReference':
    case 'scheduleText':
      if (field === 'scheduleText' && issue.code === 'custom') return e.schedule;
      if (issue.code === 'too_small')
        return draft[field].trim() === '' ? e.required : e.tooShort(Number(issue.minimum));
      if (issue.code === 'too_big') return e.tooLong(Number(issue.maximum));
      return empty ? e.required : e.invalid;
    case 'startsAt':
      return issue.code === 'custom' ? e.schedule : e.invalid;
    case 'endsAt':
      return issue.code === 'custom' ? e.endBeforeStart : e.invalid;
    case 'estimatedHours':
      if (draft.estimatedHours.trim() === '') return e.required;
      if (issue.code === 'too_small') return e.hoursMin;
      if (issue.code === 'too_big') return e.hoursMax;
      return e.hoursStep;
    case 'helpersWanted':
      return e.helpersWanted;
    case 'postalCode':
      return issue.code === 'custom' ? e.postalCodeNeeded : e.postalCode;
    case 'groupCode':
      return e.groupCode;
    case 'visitorName':
      return e.name;
    case 'visitorEmail':
      return e.email;
    default:
      return e.invalid;
  }
}

let schema: typeof TaskCreateSchema | undefined;

/** Loads the contract's `TaskCreate` once; `validate` needs it. */
export async function validationReady(): Promise<void> {
  schema ??= (await contract()).TaskCreate;
}

/** Whether `validate` can run now, without waiting for the schema. */
export const canValidate = () => schema !== undefined;

/**
 * Field errors for what was typed: all of them, or those of some fields only. Call after
 * `validationReady()`; before it, nothing is checked here (the server still checks).
 */
export function validate(
  draft: Draft,
  r: RequestFormStrings,
  only?: Field[],
  visitor?: AsVisitor,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!schema) return errors;
  const result = schema.safeParse(toTaskCreate(draft, visitor));
  if (result.success) return errors;
  for (const issue of result.error.issues as unknown as Issue[]) {
    const field = fieldOf(issue.path, draft);
    if (!field || (only && !only.includes(field)) || errors[field]) continue;
    errors[field] = messageFor(field, issue, draft, r);
  }
  return errors;
}

/** Field errors from a 422 of the server, whose issues name paths like `schedule.text`. */
export function fromServerIssues(
  issues: { path: string; code: string; message: string }[],
  draft: Draft,
  t: Strings,
  r: RequestFormStrings,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path.split('.'), draft);
    if (!field || errors[field]) continue;
    errors[field] =
      t.errors.codes[issue.code] ?? messageFor(field, { path: [], code: issue.code }, draft, r);
  }
  return errors;
}

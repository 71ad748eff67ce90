/**
 * Type tests: checked by `tsc --noEmit`, never run. Each `@ts-expect-error` is a wrong call that
 * must not compile; if it ever compiles, tsc fails on the unused directive.
 */
import {
  createClient,
  errorCodes,
  isApiError,
  isApiErrorWith,
  memoryStorage,
  RateLimitedError,
  type Client,
  type CodeOf,
  type ErrorCode,
  type Page,
  type StatusOf,
  type Task,
} from '../../sdk/index.ts';

declare const client: Client;

export async function inputs() {
  const schedule = { text: 'ensi viikolla' };
  const task = { category: 'viestinta', title: 'Tiedote', schedule, estimatedHours: 2 } as const;
  await client.tasks.create(task);
  await client.tasks.create(task, { idempotencyKey: 'row-1' });

  // @ts-expect-error the body is required
  await client.tasks.create();
  // @ts-expect-error title is a string
  await client.tasks.create({ ...task, title: 42 });
  // @ts-expect-error not a category
  await client.tasks.create({ ...task, category: 'catering' });
  // @ts-expect-error estimatedHours is required
  await client.tasks.create({ category: 'viestinta', title: 'Tiedote', schedule });
  // @ts-expect-error no such field (the server refuses unknown fields too)
  await client.tasks.create({ ...task, status: 'completed' });

  await client.tasks.get(1);
  // @ts-expect-error ids are numbers
  await client.tasks.get('1');
  // @ts-expect-error the application id is missing
  await client.tasks.applications.select(1);
  await client.tasks.applications.select(1, 2);
  await client.tasks.assignments.approve(1, 2, { actualHours: 3 });
  // @ts-expect-error approving needs the actual hours
  await client.tasks.assignments.approve(1, 2, {});
  await client.postalCodes.get('00100');

  // Only creating calls and one-click changes take an idempotency key.
  await client.tasks.cancel(1, { reason: 'Ei tarvita' }, { signal: AbortSignal.timeout(1000) });
  await client.tasks.cancel(1, {}, { idempotencyKey: 'x' });
  // @ts-expect-error editing is neither: a repeat of the same edit changes nothing
  await client.tasks.update(1, { title: 'Uusi otsikko' }, { idempotencyKey: 'x' });
  await client.tasks.cancel(1); // the body of a cancel is optional

  // Filters: list fields take one value or many; everything is optional.
  await client.tasks.list();
  await client.tasks.list({ category: 'viestinta', remote: true, limit: 10 });
  await client.tasks.list({ category: ['viestinta', 'markkinointi'], status: ['open'] });
  // @ts-expect-error not a category
  await client.tasks.list({ category: ['viestinta', 'catering'] });
  // @ts-expect-error radiusKm is a number
  await client.tasks.list({ postalCode: '00100', radiusKm: '10' });
  // @ts-expect-error no such filter
  await client.tasks.list({ colour: 'red' });
  await client.organisations.members.list(1, { limit: 5 });
  await client.tasks.messages.list(1, { after: 10 });

  await client.me.update({ name: 'Aino', helperType: 'student' });
  // @ts-expect-error not a helper type
  await client.me.update({ helperType: 'wizard' });
  // @ts-expect-error a user may not make themselves anything else
  await client.me.update({ isAdmin: true });

  await client.auth.requestCode('aino@example.fi');
  // @ts-expect-error the email is a string
  await client.auth.requestCode({ email: 'aino@example.fi' });
  // @ts-expect-error the categories take no arguments but options
  await client.categories.list({ category: 'viestinta' });
}

export async function outputs() {
  const task: Task = await client.tasks.get(1);
  const title: string = task.title;
  const status:
    'pending_verification' | 'open' | 'assigned' | 'completed' | 'cancelled' | 'expired' =
    task.status;
  // @ts-expect-error no such field on a task
  void task.budget;
  // @ts-expect-error a nullable field is not a plain string
  const place: string = task.location;

  const page: Page<Task> = await client.tasks.list();
  const next: string | null = page.nextCursor;
  for await (const t of client.tasks.list({ category: 'viestinta' })) {
    const id: number = t.id;
    void id;
  }
  for await (const a of client.me.applications()) {
    const taskTitle: string = a.task.title;
    void taskTitle;
  }
  // @ts-expect-error a list without pages is a plain promise, not iterable
  for await (const c of client.categories.list()) void c;

  const selected = await client.tasks.applications.select(1, 2);
  const more: boolean = selected.canSelectMore;
  const removed: void = await client.organisations.members.remove(1, 2);
  const signedIn: Client = await client.auth.signIn('aino@example.fi', '123456');
  const created = await client.organisations.apiKeys.create(1, { kind: 'secret', name: 'cli' });
  const secret: string = created.key;
  void [title, status, place, next, more, removed, signedIn, secret];
}

export function options() {
  createClient({ baseUrl: 'https://tehostamo.example', lang: 'sv', storage: memoryStorage() });
  createClient({ baseUrl: new URL('https://tehostamo.example'), retry: 0, timeout: false });
  // @ts-expect-error a language the product does not speak
  createClient({ baseUrl: 'https://tehostamo.example', lang: 'de' });
  // @ts-expect-error the base URL is required
  createClient({ token: 'tht_1' });
  const extended: Client = client.extend({ token: 'tht_2' });
  // @ts-expect-error the client is read-only
  client.tasks = {} as Client['tasks'];
  void extended;
}

export function errors(error: unknown) {
  if (isApiError(error)) {
    const code: string = error.code;
    const status: number = error.status;
    void [code, status];
  }
  if (error instanceof RateLimitedError) {
    const wait: number | null = error.retryAfter;
    void wait;
  }
}

export function errorCodesOfTheContract(error: unknown) {
  if (isApiErrorWith(error, 'task_full')) {
    const code: 'task_full' = error.code;
    void code;
  }
  isApiErrorWith(error, 409);
  isApiErrorWith(error, 'service_unavailable');
  // @ts-expect-error a misspelt code is not one of the contract's
  isApiErrorWith(error, 'task_ful');
  // @ts-expect-error codes are the contract's, not free strings
  isApiErrorWith(error, 'something_else' as string);

  const fullIs409: StatusOf<'task_full'> = 409;
  // @ts-expect-error task_full is a 409, not a 404
  const fullIs404: StatusOf<'task_full'> = 404;
  const conflict: CodeOf<409> = 'already_applied';
  // @ts-expect-error not_found is not a 409
  const notAConflict: CodeOf<409> = 'not_found';
  const codes: ErrorCode[] = Object.keys(errorCodes) as (keyof typeof errorCodes)[];
  void [fullIs409, fullIs404, conflict, notAConflict, codes];
}

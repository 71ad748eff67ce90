import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isNetworkError } from '../../sdk/errors.ts';
import type { Strings } from '../i18n/index.ts';
import { isOffline } from './errors.ts';

export { initialState, TaskStatus };

/** A load that failed: the error, the text to show for it, and whether the device is offline. */
export class LoadFailure extends Error {
  constructor(
    override readonly cause: unknown,
    /** What to tell the person, in their language. */
    readonly text: string,
    /** The device has no network: the view says so and retries when it is back. */
    readonly offline: boolean,
  ) {
    super(text);
    this.name = 'LoadFailure';
  }
}

/** What a load needs of its widget besides the controller host. */
export interface LoadContext {
  /** Localised text for a failure; may also report it (`tehostamo-error`). */
  describe(action: string, error: unknown): Promise<string>;
  /** The strings of the widget's language, read at render time. */
  strings(): Strings;
}

export interface LoadOptions<A extends readonly unknown[], T> {
  /** Names the load in `tehostamo-error` (`detail.action`). */
  action: string;
  /**
   * What the load depends on. It runs again whenever one of these changes (compared one by one
   * with `!==`); return a new object only when a filter really changed.
   */
  args: () => A;
  /**
   * Fetches. Pass `signal` on to the SDK: a newer run aborts it. Return `initialState` when
   * there is nothing to load yet (no client, no id): the view goes back to its initial state.
   */
  run: (args: A, signal: AbortSignal) => Promise<T | typeof initialState>;
  /** Runs on the newest answer only; a stale one never arrives here. */
  onComplete?: (value: T) => void;
  /** Runs on the newest failure only (never for a run that was replaced or aborted). */
  onError?: (failure: LoadFailure) => void;
  /** `false`: only `run()` starts it. Default: runs when `args` change, before the update. */
  autoRun?: boolean | 'afterUpdate';
}

export interface LoadRenderers<T> {
  complete: (value: T) => unknown;
  /** Default: a polite "loading" line with `aria-busy`. */
  pending?: () => unknown;
  /** Before the first run (e.g. no client yet). Default: nothing. */
  initial?: () => unknown;
  /** A view of its own for a failure; return `undefined` for the default one. */
  error?: (failure: LoadFailure) => unknown;
  /** The heading of the default error view (default: the generic error text). */
  errorHeading?: string;
  /** The heading of the default offline view (default: the generic offline text). */
  offlineHeading?: string;
}

/**
 * Loading in a widget, in one line: a `@lit/task` controller (Lit's `packages/task/src/task.ts`)
 * that runs when its arguments change, aborts the request it replaces, ignores stale answers,
 * and renders pending / complete / error. A failure is described in the reader's language
 * (and reported as `tehostamo-error`) once, and the default error view is the widgets' one:
 * the message, "offline" when there is no network, and a *Retry* button. A load that failed
 * because the device was offline runs again when the network comes back.
 *
 * ```ts
 * // in a TehostamoElement (its `loader()` supplies the context):
 * private tasks = this.loader({
 *   action: 'list-tasks',
 *   args: () => [this.activeClient, this.filter] as const,
 *   run: ([client, filter], signal) => client ? client.tasks.list(filter, { signal }) : Promise.resolve(initialState),
 * });
 * render() { return this.tasks.render({ complete: (page) => … }); }
 * ```
 */
export class Load<A extends readonly unknown[], T> implements ReactiveController {
  readonly task: Task<A, T>;

  constructor(
    host: ReactiveControllerHost,
    options: LoadOptions<A, T>,
    private readonly context: LoadContext,
  ) {
    host.addController(this);
    this.task = new Task<A, T>(host, {
      args: options.args,
      autoRun: options.autoRun ?? true,
      task: async (args, { signal }) => {
        try {
          return (await options.run(args, signal)) as T;
        } catch (error) {
          // Replaced by a newer run, or abandoned: there is nothing to say.
          if (signal.aborted) return initialState as unknown as T;
          const text = await context.describe(options.action, error);
          if (signal.aborted) return initialState as unknown as T;
          throw new LoadFailure(error, text, isNetworkError(error) && isOffline());
        }
      },
      ...(options.onComplete ? { onComplete: options.onComplete } : {}),
      ...(options.onError
        ? { onError: (error: unknown) => options.onError!(asFailure(error)) }
        : {}),
    });
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** The newest answer; while a new run is pending, still the one before. */
  get value(): T | undefined {
    return this.task.value;
  }

  /** The newest failure, while the status is `ERROR`. */
  get failure(): LoadFailure | undefined {
    return this.task.status === TaskStatus.ERROR ? asFailure(this.task.error) : undefined;
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Runs now (a retry, a refresh after a change); aborts a run still pending. */
  run(): Promise<void> {
    return this.task.run();
  }

  /** Aborts a pending run; the view goes back to its initial state. */
  abort(): void {
    this.task.abort();
  }

  /** Resolves with the newest answer once the current run is done (for tests and sequencing). */
  get complete(): Promise<T> {
    return this.task.taskComplete;
  }

  private readonly onOnline = () => {
    if (this.failure?.offline || this.task.status === TaskStatus.ERROR) void this.run();
  };

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /** Renders the current state; only `complete` is required. */
  render(renderers: LoadRenderers<T>): unknown {
    const t = this.context.strings();
    return this.task.render({
      initial: () => renderers.initial?.() ?? nothing,
      pending: () =>
        renderers.pending
          ? renderers.pending()
          : html`<p class="muted" aria-busy="true">${t.common.loading}</p>`,
      complete: (value) => renderers.complete(value),
      error: (error) => {
        const failure = asFailure(error);
        return renderers.error?.(failure) ?? this.renderError(failure, renderers);
      },
    });
  }

  /** The widgets' error view: what went wrong and *Retry*. */
  renderError(failure: LoadFailure, headings: Omit<LoadRenderers<T>, 'complete'> = {}): unknown {
    const t = this.context.strings();
    const heading = failure.offline
      ? (headings.offlineHeading ?? t.errors.offline)
      : (headings.errorHeading ?? t.errors.generic);
    const detail =
      !failure.offline && failure.text !== heading && failure.text !== t.errors.generic;
    return html`<div class="state notice error" part="state">
      <p>${heading}</p>
      ${detail ? html`<p>${failure.text}</p>` : nothing}
      <button part="button" type="button" @click=${() => this.run()}>${t.common.retry}</button>
    </div>`;
  }
}

function asFailure(error: unknown): LoadFailure {
  return error instanceof LoadFailure ? error : new LoadFailure(error, String(error), false);
}

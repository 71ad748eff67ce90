import { html, nothing, type ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../../sdk/request.ts';
import type { Application, Task } from '../../sdk/schemas/tasks.ts';
import type { Me } from '../../sdk/schemas/users.ts';
import type { TehostamoClient } from '../context.ts';
import { emit } from '../events.ts';
import type { Strings } from '../i18n/index.ts';
import { field } from './field.ts';

/** What the apply flow needs of the widget it runs in (a `TehostamoElement`). */
export interface ApplyHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ApplyContext {
  client(): TehostamoClient | undefined;
  user(): Me | null | undefined;
  strings(): Strings;
  /** Localised text for a failure (and `tehostamo-error`). */
  failure(action: string, error: unknown): Promise<string>;
  announce(text: string): void;
  signOut(): void;
  /** Handler for the inline sign-in's `tehostamo-sign-in`. */
  onSignedIn(event: HTMLElementEventMap['tehostamo-sign-in']): void;
  /** The application was sent: the task as it is now for the viewer. */
  onSent?(task: Task, application: Application): void;
}

/** One key per task's application draft, kept across retries so a retry never applies twice. */
const applyKeys = new Map<number, string>();

function draftKey(taskId: number) {
  return `tehostamo:apply:${taskId}`;
}

function readDraft(taskId: number): string {
  try {
    return sessionStorage.getItem(draftKey(taskId)) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(taskId: number, value: string | null) {
  try {
    if (value === null) sessionStorage.removeItem(draftKey(taskId));
    else sessionStorage.setItem(draftKey(taskId), value);
  } catch {
    // Storage refused (privacy mode): the text stays in the field.
  }
}

/**
 * The *Apply* flow of one task, shared by the task list's details and the task page: the inline
 * sign-in for a visitor, then a short message, kept as a draft in the session, sent with an
 * idempotency key that a retry of the same draft reuses, so it never applies twice. It renders
 * into its widget's own shadow root (ids `message`, `apply-result`, `apply-error`; part
 * `apply-form`) and emits `tehostamo-application-sent` from it.
 */
export class ApplyFlow {
  private state: 'idle' | 'sending' | 'sent' = 'idle';
  private error = '';
  private messageError = '';

  constructor(
    private readonly host: ApplyHost,
    private readonly context: ApplyContext,
  ) {}

  /** Starts afresh, e.g. when another task is opened. */
  reset(): void {
    this.state = 'idle';
    this.error = '';
    this.messageError = '';
    this.host.requestUpdate();
  }

  private get messageInput(): HTMLTextAreaElement | null {
    return this.host.renderRoot.querySelector<HTMLTextAreaElement>('#message');
  }

  private set(changes: {
    state?: 'idle' | 'sending' | 'sent';
    error?: string;
    messageError?: string;
  }) {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  private onMessageInput(task: Task, event: Event) {
    const value = (event.target as HTMLTextAreaElement).value;
    writeDraft(task.id, value);
    if (this.messageError && value.trim()) this.set({ messageError: '' });
  }

  private async apply(task: Task, event: Event) {
    event.preventDefault();
    const client = this.context.client();
    if (!client || this.state === 'sending') return;
    const t = this.context.strings();
    const message = (this.messageInput?.value ?? '').trim();
    if (!message || message.length > 2000) {
      this.set({
        messageError: message
          ? t.requestForm.fieldErrors.tooLong(2000)
          : t.requestForm.fieldErrors.required,
      });
      this.messageInput?.focus();
      return;
    }
    this.set({ state: 'sending', error: '', messageError: '' });
    let key = applyKeys.get(task.id);
    if (!key) {
      key = newIdempotencyKey();
      applyKeys.set(task.id, key);
    }
    try {
      const application = await client.tasks.applications.create(
        task.id,
        { message },
        { idempotencyKey: key },
      );
      applyKeys.delete(task.id);
      writeDraft(task.id, null);
      const updated: Task = {
        ...task,
        viewer: { ...task.viewer, application: { id: application.id, status: application.status } },
      };
      this.set({ state: 'sent' });
      this.context.onSent?.(updated, application);
      this.context.announce(t.taskList.sent);
      emit(this.host, 'tehostamo-application-sent', { task: updated, application });
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#apply-result')?.focus();
    } catch (error) {
      this.set({ state: 'idle', error: await this.context.failure('apply', error) });
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#apply-error')?.focus();
    }
  }

  /** What the viewer can do about applying to `task` now. */
  render(task: Task) {
    const t = this.context.strings();
    const user = this.context.user();
    const client = this.context.client();
    const application = task.viewer.application;
    if (this.state === 'sent') {
      return html`<div id="apply-result" class="notice success" tabindex="-1">
        <p>${t.taskList.sent}</p>
      </div>`;
    }
    if (task.viewer.canManage) return html`<p class="notice info">${t.taskList.ownTask}</p>`;
    if (application) {
      const status =
        t.picker.status[application.status as keyof typeof t.picker.status] ?? application.status;
      return html`<p class="notice info">${t.taskList.alreadyApplied(status)}</p>`;
    }
    if (task.status !== 'open' || !task.applicationsOpen) {
      return html`<p class="notice info">${t.taskList.closed}</p>`;
    }
    if (user === undefined && client) {
      return html`<p class="muted" aria-busy="true">${t.common.loading}</p>`;
    }
    if (!user) {
      // The sign-in's code comes when someone not signed in first wants to apply.
      void import('./sign-in.ts');
      return html`<tehostamo-sign-in
        view="helper"
        .client=${client}
        .intro=${t.taskList.signInToApply}
        @tehostamo-sign-in=${this.context.onSignedIn}
      ></tehostamo-sign-in>`;
    }
    return html`<div class="session">
        <span>${t.signIn.signedInAs(user.name || user.email)}</span>
        <button class="link" part="button" type="button" @click=${() => this.context.signOut()}>
          ${t.signIn.signOut}
        </button>
      </div>
      ${
        this.error
          ? html`<div id="apply-error" class="notice error" role="alert" tabindex="-1">
              ${this.error}
            </div>`
          : nothing
      }
      <form part="apply-form" @submit=${(e: Event) => this.apply(task, e)} novalidate>
        ${field(
          {
            id: 'message',
            label: t.taskList.message,
            hint: t.taskList.messageHint,
            error: this.messageError,
          },
          (c) =>
            html`<textarea
              id=${c.id}
              name="message"
              maxlength="2000"
              required
              .value=${readDraft(task.id)}
              @input=${(e: Event) => this.onMessageInput(task, e)}
              aria-invalid=${c.invalid}
              aria-describedby=${c.describedBy}
            ></textarea>`,
        )}
        <button class="primary" part="button" type="submit" ?disabled=${this.state === 'sending'}>
          ${this.state === 'sending' ? t.taskList.sending : t.taskList.send}
        </button>
      </form>`;
  }
}

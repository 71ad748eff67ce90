import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { newIdempotencyKey } from '../../sdk/request.ts';
import type { Task } from '../../sdk/schemas/tasks.ts';
import { emit } from '../events.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import './sign-in.ts';
import { TehostamoElement } from './tehostamo-element.ts';

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
 * The *Apply* flow of one task: a visitor signs in inline with an emailed code, writes a short
 * message and sends it. The draft is kept in the session, and a retry of the same draft carries
 * the same idempotency key, so it never applies twice. Used on the task page; the task list's
 * details can use it too.
 *
 * @summary Apply to one task, signing in inline when needed.
 *
 * @event tehostamo-application-sent - An application was sent: `detail.task`, `detail.application`.
 * @event tehostamo-sign-in - Someone signed in inline: `detail.user`, `detail.client`.
 * @event tehostamo-sign-out - The user signed out.
 * @event tehostamo-error - A request failed: `detail.action`, `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper.
 * @csspart apply-form - The application form.
 * @csspart button - Buttons.
 */
@customElement('tehostamo-task-apply')
export class TehostamoTaskApply extends TehostamoElement {
  static override styles = [
    theme,
    controls,
    css`
      .base {
        padding: 0;
        background: transparent;
      }
      .session {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
        margin-bottom: 0.75rem;
        color: var(--_text-muted);
      }
    `,
  ];

  /** The task to apply to. */
  @property({ attribute: false }) task: Task | null = null;

  @state() private sending = false;
  @state() private sent = false;
  @state() private applyError = '';
  @state() private messageError = '';

  @query('#message') private messageInput?: HTMLTextAreaElement;

  protected override updated(changed: PropertyValues): void {
    if (changed.has('contextClient') || changed.has('contextUser')) this.ensureUser();
    if (changed.has('task')) {
      const before = changed.get('task') as Task | null | undefined;
      if (before?.id !== this.task?.id) this.sent = false;
    }
  }

  protected override afterSignIn(): void {
    this.messageInput?.focus();
  }

  /** Moves focus to the first thing to fill in: the message, or the sign-in's email. */
  override focus(options?: FocusOptions): void {
    const target =
      this.messageInput ??
      this.renderRoot.querySelector<HTMLElement>('tehostamo-sign-in') ??
      this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]');
    if (target) target.focus(options);
    else super.focus(options);
  }

  private onMessageInput(event: Event) {
    const value = (event.target as HTMLTextAreaElement).value;
    if (this.task) writeDraft(this.task.id, value);
    if (this.messageError && value.trim()) this.messageError = '';
  }

  private async apply(event: Event) {
    event.preventDefault();
    const client = this.activeClient;
    const task = this.task;
    if (!client || !task || this.sending) return;
    const t = this.t;
    const message = (this.messageInput?.value ?? '').trim();
    if (!message || message.length > 2000) {
      this.messageError = message
        ? t.requestForm.fieldErrors.tooLong(2000)
        : t.requestForm.fieldErrors.required;
      this.messageInput?.focus();
      return;
    }
    this.messageError = '';
    this.applyError = '';
    this.sending = true;
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
      this.sent = true;
      this.announce(t.taskList.sent);
      emit(this, 'tehostamo-application-sent', { task: updated, application });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#apply-result')?.focus();
    } catch (error) {
      this.applyError = await this.failure('apply', error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#apply-error')?.focus();
    } finally {
      this.sending = false;
    }
  }

  private renderBody(task: Task) {
    const t = this.t;
    const user = this.activeUser;
    const application = task.viewer.application;
    if (this.sent) {
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
    if (user === undefined && this.activeClient) {
      return html`<p class="muted" aria-busy="true">${t.common.loading}</p>`;
    }
    if (!user) {
      return html`<tehostamo-sign-in
        view="helper"
        .client=${this.activeClient}
        .intro=${t.taskList.signInToApply}
        @tehostamo-sign-in=${this.onSignedIn}
      ></tehostamo-sign-in>`;
    }
    return html`<div class="session">
        <span>${t.signIn.signedInAs(user.name)}</span>
        <button class="link" part="button" type="button" @click=${() => this.signOut()}>
          ${t.signIn.signOut}
        </button>
      </div>
      ${
        this.applyError
          ? html`<div id="apply-error" class="notice error" role="alert" tabindex="-1">
              ${this.applyError}
            </div>`
          : nothing
      }
      <form part="apply-form" @submit=${this.apply} novalidate>
        <div class="field">
          <label for="message">${t.taskList.message}</label>
          <span id="message-hint" class="hint">${t.taskList.messageHint}</span>
          <textarea
            id="message"
            name="message"
            maxlength="2000"
            required
            .value=${readDraft(task.id)}
            @input=${this.onMessageInput}
            aria-invalid=${this.messageError ? 'true' : 'false'}
            aria-describedby=${this.messageError ? 'message-hint message-error' : 'message-hint'}
          ></textarea>
          ${
            this.messageError
              ? html`<span id="message-error" class="field-error">${this.messageError}</span>`
              : nothing
          }
        </div>
        <button class="primary" part="button" type="submit" ?disabled=${this.sending}>
          ${this.sending ? t.taskList.sending : t.taskList.send}
        </button>
      </form>`;
  }

  protected override render() {
    const task = this.task;
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
      ${task ? this.renderBody(task) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-task-apply': TehostamoTaskApply;
  }
}

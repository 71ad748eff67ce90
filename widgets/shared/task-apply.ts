import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Task } from '../../sdk/schemas/tasks.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { ApplyFlow } from './apply-flow.ts';
import { TehostamoElement } from './tehostamo-element.ts';

/**
 * The *Apply* flow of one task as an element of its own (the task page uses it; the task list
 * runs the same `ApplyFlow` in its details): a visitor signs in inline with an emailed code,
 * writes a short message and sends it. The draft is kept in the session, and a retry of the same
 * draft carries the same idempotency key, so it never applies twice.
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

  private flow = new ApplyFlow(this, {
    client: () => this.activeClient,
    user: () => this.activeUser,
    strings: () => this.t,
    failure: (action, error) => this.failure(action, error),
    announce: (text) => this.announce(text),
    signOut: () => void this.signOut(),
    onSignedIn: (event) => this.onSignedIn(event),
  });

  protected override updated(changed: PropertyValues): void {
    if (changed.has('contextClient') || changed.has('contextUser')) this.ensureUser();
    if (changed.has('task')) {
      const before = changed.get('task') as Task | null | undefined;
      if (before && before.id !== this.task?.id) this.flow.reset();
    }
  }

  protected override afterSignIn(): void {
    this.renderRoot.querySelector<HTMLElement>('#message')?.focus();
  }

  protected override render() {
    const task = this.task;
    return html`<div class=${this.baseClasses('helper')} part="base" lang=${this.language}>
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
      ${task ? this.flow.render(task) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-task-apply': TehostamoTaskApply;
  }
}

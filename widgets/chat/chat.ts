import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { isApiErrorWith } from '../../sdk/errors.ts';
import type { Participant, ReadState, TaskParticipants } from '../../sdk/schemas/chat.ts';
import type { Message } from '../../sdk/schemas/tasks.ts';
import type { TehostamoClient } from '../context.ts';
import { emit } from '../events.ts';
import { formatDateTime } from '../i18n/index.ts';
import { initialState } from '../shared/load.ts';
import { TehostamoElement } from '../shared/tehostamo-element.ts';
import { warnOnce } from '../shared/warnings.ts';
import { controls } from '../styles/controls.ts';
import { theme } from '../styles/theme.ts';
import { chatStyles } from './chat.styles.ts';
import { linkify } from './linkify.ts';
import { chatStrings, type ChatStrings } from './strings.ts';

interface Draft {
  body: string;
  /** One key per message, kept across retries and reloads, so the server stores it once. */
  key: string;
}

interface Loaded {
  participants: TaskParticipants;
  read: ReadState;
}

const MAX_BACKOFF_MS = 60_000;
const draftKey = (taskId: number) => `tehostamo-chat-draft:${taskId}`;

/**
 * The chat of a task, between the requesting organisation's members and the selected helpers:
 * the participants with the contact details each may see at the top, then the thread, newest at
 * the bottom, then the message field.
 *
 * New messages arrive by polling with the `after` cursor (every `poll-interval` ms; paused while
 * the element is not in the page or the page is hidden; backing off after errors), which stays
 * correct with any number of server processes. The unread count is kept on the server per person
 * and task, so it follows the reader across devices; the thread is marked read once its end has
 * been in view. Links (`http:` and `https:` only) are made clickable; nothing else in a message is
 * interpreted. A message carries an idempotency key that survives retries and reloads, and the
 * draft stays until the server has confirmed it, so a message is never lost or sent twice.
 *
 * @summary The chat of a task between the requester's organisation and the selected helpers.
 *
 * @event tehostamo-message-sent - A message was stored: `detail.taskId`, `detail.message`.
 * @event tehostamo-error - A call failed: `detail.action` (`load-chat`, `poll-chat`, `send-message`), `detail.code`, `detail.message`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart participants - The participants and their contact details.
 * @csspart unread - The unread count.
 * @csspart log - The thread.
 * @csspart message - One message.
 * @csspart composer - The message field and the send button.
 * @csspart button - Buttons.
 * @csspart state - Loading, error and "not a participant" messages.
 *
 * @cssproperty --tehostamo-accent - Accent colour (buttons, own messages).
 * @cssproperty --tehostamo-accent-soft - Background of own messages.
 * @cssproperty --tehostamo-surface - Background.
 * @cssproperty --tehostamo-surface-alt - Background of others' messages.
 * @cssproperty --tehostamo-text - Text colour.
 * @cssproperty --tehostamo-text-muted - Secondary text colour.
 * @cssproperty --tehostamo-border - Borders.
 * @cssproperty --tehostamo-focus-ring - Focus outline colour.
 * @cssproperty --tehostamo-radius - Corner radius.
 * @cssproperty --tehostamo-font-family - Font (default: inherited from the page).
 * @cssproperty --tehostamo-chat-max-height - Height of the thread before it scrolls (default 28rem).
 */
@customElement('tehostamo-chat')
export class TehostamoChat extends TehostamoElement {
  static override styles = [theme, controls, chatStyles];

  /** The task whose chat this is. */
  @property({ attribute: 'task-id', type: Number }) taskId?: number;
  /** Milliseconds between polls for new messages. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 4000;

  @state() private messages: Message[] = [];
  @state() private draft: Draft = { body: '', key: '' };
  @state() private sending = false;
  @state() private sendFailed = false;
  /** The reader's mark on the server. */
  @state() private lastReadId: number | null = null;
  /** The mark when the thread was opened: the "new messages" line goes after it. */
  @state() private openedAt: number | null = null;

  @query('textarea') private field?: HTMLTextAreaElement;
  @query('.end') private end?: HTMLElement;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private polling = false;
  private endVisible = false;
  private observer: IntersectionObserver | undefined;
  private loadedFor: number | undefined;

  private get s(): ChatStrings {
    return chatStrings.get(this.language);
  }

  protected override get catalogues() {
    return [...super.catalogues, chatStrings];
  }

  /** Messages by others after the reader's mark. */
  get unread(): number {
    const me = this.activeUser?.id;
    return this.messages.filter(
      (m) => m.author.id !== me && (this.lastReadId === null || m.id > this.lastReadId),
    ).length;
  }

  private chat = this.loader({
    action: 'load-chat',
    args: () => [this.activeClient, this.taskId] as const,
    run: async ([client, taskId], signal) => {
      if (!client || !taskId) return initialState;
      const [participants, read] = await Promise.all([
        client.tasks.participants(taskId, { signal }),
        client.tasks.messages.readState(taskId, { signal }),
      ]);
      const messages = await this.fetchAfter(client, taskId, 0, signal);
      this.messages = messages;
      this.lastReadId = read.lastReadId;
      this.openedAt = read.lastReadId ?? 0;
      this.loadedFor = taskId;
      this.failures = 0;
      this.restoreDraft(taskId);
      return { participants, read } satisfies Loaded;
    },
    onComplete: () => {
      void this.updateComplete.then(() => {
        this.scrollToEnd();
        this.schedule();
      });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.loadedFor !== undefined) this.schedule(0);
    void this.updateComplete.then(() => {
      if (!this.taskId) warnOnce('missing-task-id', '<tehostamo-chat> needs a task-id.');
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.end && !this.observer && typeof IntersectionObserver !== 'undefined') {
      this.observer = new IntersectionObserver((entries) => {
        this.endVisible = entries.some((e) => e.isIntersecting);
        this.markReadIfSeen();
      });
      this.observer.observe(this.end);
    }
    if (changed.has('taskId') && changed.get('taskId') !== undefined) {
      this.stop();
      this.messages = [];
      this.loadedFor = undefined;
    }
  }

  private onVisibility = () => {
    if (document.hidden) this.stop();
    else if (this.loadedFor !== undefined) this.schedule(0);
  };

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Polls again after the interval, or later after errors (doubling, at most a minute). */
  private schedule(delay?: number): void {
    this.stop();
    if (!this.isConnected || document.hidden || this.loadedFor === undefined) return;
    const backoff = Math.min(this.pollInterval * 2 ** this.failures, MAX_BACKOFF_MS);
    this.timer = setTimeout(() => void this.poll(), delay ?? backoff);
  }

  private async fetchAfter(
    client: TehostamoClient,
    taskId: number,
    after: number,
    signal?: AbortSignal,
  ): Promise<Message[]> {
    const out: Message[] = [];
    let cursor = after;
    for (;;) {
      const page = await client.tasks.messages.list(
        taskId,
        { after: cursor, limit: 100 },
        { signal },
      );
      out.push(...page.data);
      if (!page.nextCursor || page.data.length === 0) return out;
      cursor = page.data.at(-1)!.id;
    }
  }

  /** Asks for messages after the newest one shown; the answer is the same from any server. */
  private async poll(): Promise<void> {
    const client = this.activeClient;
    const taskId = this.loadedFor;
    if (!client || taskId === undefined || this.polling) return;
    this.polling = true;
    try {
      const after = this.messages.at(-1)?.id ?? 0;
      const fresh = await this.fetchAfter(client, taskId, after);
      if (taskId !== this.loadedFor) return;
      this.failures = 0;
      const added = this.merge(fresh);
      const me = this.activeUser?.id;
      const fromOthers = added.filter((m) => m.author.id !== me).length;
      if (fromOthers > 0) this.announce(this.s.announceNew(fromOthers));
      if (added.length) {
        const stick = this.nearEnd();
        await this.updateComplete;
        if (stick) this.scrollToEnd();
        this.markReadIfSeen();
      }
    } catch (error) {
      this.failures++;
      void this.failure('poll-chat', error);
    } finally {
      this.polling = false;
      this.schedule();
    }
  }

  /** Adds messages not yet shown, in id order; answers the ones that were new. */
  private merge(incoming: Message[]): Message[] {
    const known = new Set(this.messages.map((m) => m.id));
    const added = incoming.filter((m) => !known.has(m.id));
    if (added.length) this.messages = [...this.messages, ...added].sort((a, b) => a.id - b.id);
    return added;
  }

  private nearEnd(): boolean {
    const log = this.renderRoot.querySelector('.log');
    if (!log) return true;
    return log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  }

  private scrollToEnd(): void {
    const log = this.renderRoot.querySelector('.log');
    if (log) log.scrollTop = log.scrollHeight;
  }

  /** The thread counts as read once its end has been in view on a visible page. */
  private markReadIfSeen(): void {
    const client = this.activeClient;
    const taskId = this.loadedFor;
    const newest = this.messages.at(-1)?.id;
    if (!client || taskId === undefined || newest === undefined) return;
    if (!this.endVisible || document.hidden) return;
    if (this.lastReadId !== null && newest <= this.lastReadId) return;
    this.lastReadId = newest;
    client.tasks.messages.markRead(taskId, { lastReadId: newest }).then(
      (read) => {
        if (read.lastReadId !== null && read.lastReadId > (this.lastReadId ?? 0)) {
          this.lastReadId = read.lastReadId;
        }
      },
      () => {
        // The mark is tried again with the next message; the count stays local meanwhile.
      },
    );
  }

  // ---- the draft ----------------------------------------------------------------------------

  private restoreDraft(taskId: number): void {
    try {
      const saved = localStorage.getItem(draftKey(taskId));
      if (saved) {
        const draft = JSON.parse(saved) as Draft;
        if (typeof draft.body === 'string' && typeof draft.key === 'string') this.draft = draft;
      }
    } catch {
      // No storage (private mode): the draft lives in the page only.
    }
  }

  private saveDraft(): void {
    if (this.loadedFor === undefined) return;
    try {
      if (this.draft.body)
        localStorage.setItem(draftKey(this.loadedFor), JSON.stringify(this.draft));
      else localStorage.removeItem(draftKey(this.loadedFor));
    } catch {
      // As above.
    }
  }

  private onInput = (event: Event) => {
    const body = (event.target as HTMLTextAreaElement).value;
    // Another text is another message: it gets a key of its own.
    this.draft = { body, key: body === this.draft.body ? this.draft.key : '' };
    this.sendFailed = false;
    this.saveDraft();
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void this.send();
  };

  private onSubmit = (event: Event) => {
    event.preventDefault();
    void this.send();
  };

  /** Sends the draft; it stays, with its key, until the server has stored it. */
  async send(): Promise<void> {
    const client = this.activeClient;
    const taskId = this.loadedFor;
    const body = this.draft.body.trim();
    if (!client || taskId === undefined || !body || this.sending) return;
    if (!this.draft.key) this.draft = { ...this.draft, key: crypto.randomUUID() };
    this.saveDraft();
    const { key } = this.draft;
    this.sending = true;
    this.sendFailed = false;
    try {
      const message = await client.tasks.messages.create(taskId, { body }, { idempotencyKey: key });
      if (this.draft.key === key) this.draft = { body: '', key: '' };
      this.saveDraft();
      this.merge([message]);
      this.lastReadId = Math.max(this.lastReadId ?? 0, message.id);
      this.announce(this.s.announceSent);
      emit(this, 'tehostamo-message-sent', { taskId, message });
      await this.updateComplete;
      this.scrollToEnd();
      this.field?.focus();
    } catch (error) {
      this.sendFailed = true;
      void this.failure('send-message', error);
    } finally {
      this.sending = false;
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  private renderContact(p: Participant) {
    if (!p.contact) return nothing;
    const s = this.s;
    const tel = p.contact.phone?.replace(/[^+0-9]/g, '');
    return html`<span class="contact">
      <a href="mailto:${p.contact.email}"
        ><span class="sr-only">${s.email}: </span>${p.contact.email}</a
      >
      ${
        p.contact.phone
          ? html`<a href="tel:${tel}"
              ><span class="sr-only">${s.phone}: </span>${p.contact.phone}</a
            >`
          : nothing
      }
    </span>`;
  }

  private renderParticipants(p: TaskParticipants) {
    const s = this.s;
    const person = (who: Participant, role: string) =>
      html`<li>
        <span class="who"
          ><a href="/users/${who.id}">${who.name || this.t.common.unnamed}</a>
          <span class="role"
            >${role}${who.id === this.activeUser?.id ? ` (${s.you})` : ''}</span
          ></span
        >
        ${this.renderContact(who)}
      </li>`;
    return html`<section class="participants" part="participants" aria-labelledby="people">
      <h4 id="people">${s.participants}</h4>
      <ul>
        ${person(p.requester, `${s.requester}, ${p.organisation.name}`)}
        ${p.helpers.map((h) => person(h, s.helper))}
      </ul>
      ${p.contactsShared ? nothing : html`<p class="muted">${s.contactsWithdrawn}</p>`}
    </section>`;
  }

  private renderBody(body: string) {
    return linkify(body).map((part) =>
      'href' in part
        ? html`<a href=${part.href} target="_blank" rel="noopener noreferrer"
            >${part.text}<span class="sr-only"> ${this.s.external}</span></a
          >`
        : part.text,
    );
  }

  private renderMessage(m: Message, divider: boolean) {
    const mine = m.author.id === this.activeUser?.id;
    return html`${
        divider ? html`<li class="divider"><span>${this.s.newMessages}</span></li>` : nothing
      }
      <li class="message ${mine ? 'mine' : 'theirs'}" part="message">
        <p class="meta">
          <a href="/users/${m.author.id}">${m.author.name || this.t.common.unnamed}</a>
          <time datetime=${m.createdAt}>${formatDateTime(m.createdAt, this.language)}</time>
        </p>
        <p class="body">${this.renderBody(m.body)}</p>
      </li>`;
  }

  private renderThread({ participants }: Loaded) {
    const s = this.s;
    const me = this.activeUser?.id;
    const firstUnread = this.messages.find(
      (m) => m.author.id !== me && this.openedAt !== null && m.id > this.openedAt,
    )?.id;
    const unread = this.unread;
    return html`${this.renderParticipants(participants)}
      ${unread > 0 ? html`<p class="unread" part="unread">${s.unread(unread)}</p>` : nothing}
      <div class="log" part="log" role="log" aria-live="polite" aria-label=${s.log} tabindex="0">
        ${this.messages.length === 0 ? html`<p class="muted empty">${s.empty}</p>` : nothing}
        <ol class="messages">
          ${this.messages.map((m) => this.renderMessage(m, m.id === firstUnread))}
        </ol>
        <div class="end"></div>
      </div>
      <form class="composer" part="composer" @submit=${this.onSubmit}>
        <label for="draft">${s.draftLabel}</label>
        <textarea
          id="draft"
          rows="3"
          maxlength="5000"
          aria-describedby="draft-hint${this.sendFailed ? ' draft-error' : ''}"
          .value=${this.draft.body}
          ?readonly=${this.sending}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
        ></textarea>
        <p id="draft-hint" class="hint">${s.draftHint}</p>
        ${
          this.sendFailed
            ? html`<p id="draft-error" class="error" role="alert">${s.sendFailed}</p>`
            : nothing
        }
        <button
          part="button"
          class="primary"
          type="submit"
          aria-disabled=${this.sending || !this.draft.body.trim() ? 'true' : 'false'}
        >
          ${this.sending ? s.sending : this.sendFailed ? s.retry : s.send}
        </button>
      </form>`;
  }

  override render() {
    this.ensureUser();
    const s = this.s;
    return html`<div class=${this.baseClasses('requester')} part="base">
      ${this.chat.render({
        pending: () => html`<p class="muted" part="state" aria-busy="true">${s.loading}</p>`,
        complete: (loaded) => this.renderThread(loaded),
        error: (failure) =>
          isApiErrorWith(failure.cause, 'not_in_chat') ||
          isApiErrorWith(failure.cause, 'unauthenticated')
            ? html`<p class="state notice" part="state">${s.notParticipant}</p>`
            : undefined,
      })}
      <div role="status" aria-live="polite" class="sr-only">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-chat': TehostamoChat;
  }
}

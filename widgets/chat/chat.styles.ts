import { css } from 'lit';

export const chatStyles = css`
  .participants h4 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .participants ul {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  .participants li,
  .who,
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
    align-items: baseline;
    overflow-wrap: anywhere;
  }
  .participants a {
    color: inherit;
  }
  .role {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .unread {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  .log {
    margin: 0 0 0.75rem;
    padding: 0.5rem;
    max-height: var(--tehostamo-chat-max-height, 28rem);
    overflow-y: auto;
    border: 1px solid var(--_border-soft);
    border-radius: var(--tehostamo-radius, 0.5rem);
  }
  .messages {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .empty {
    margin: 0;
  }
  .log:focus-visible {
    outline: 3px solid var(--tehostamo-focus-ring, currentColor);
    outline-offset: 2px;
  }
  .message {
    max-width: min(100%, 36rem);
    padding: 0.5rem 0.75rem;
    border-radius: var(--tehostamo-radius, 0.5rem);
    background: var(--_surface-alt);
  }
  .message.mine {
    align-self: flex-end;
    background: var(--_accent-soft);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
  }
  .meta a {
    color: inherit;
    font-weight: 600;
  }
  .meta time {
    color: var(--_text-muted);
  }
  .body {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .body a {
    color: inherit;
  }
  .divider {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .divider::before,
  .divider::after {
    content: '';
    flex: 1;
    border-top: 1px solid var(--_border);
  }
  .end {
    min-height: 1px;
  }
  .composer {
    display: grid;
    gap: 0.25rem;
  }
  .composer label {
    font-weight: 600;
  }
  .composer textarea {
    width: 100%;
    box-sizing: border-box;
    resize: vertical;
  }
  .composer .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .composer .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .composer button {
    justify-self: start;
  }
`;

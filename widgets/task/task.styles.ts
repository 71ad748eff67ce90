import { css } from 'lit';

export const taskStyles = css`
  .base {
    container-type: inline-size;
  }
  header {
    display: grid;
    gap: 0.25rem;
    margin-bottom: 1rem;
  }
  header h2 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin: 0;
    color: var(--_text-muted);
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  section {
    border-top: 1px solid var(--_border-soft);
    padding-top: 1rem;
    margin-top: 1rem;
    min-width: 0;
  }
  section > h3:first-child {
    margin-top: 0;
  }

  .timeline {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
  }
  .timeline li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_border-soft);
    border-radius: 999px;
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .timeline li::before {
    content: '';
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
  }
  .timeline li.done {
    color: var(--_text);
  }
  .timeline li.done::before {
    background: var(--_success);
    border-color: var(--_success);
  }
  .timeline li[aria-current] {
    color: var(--_text);
    font-weight: 600;
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .timeline li[aria-current]::before {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .timeline li.cancelled::before {
    background: var(--_danger);
    border-color: var(--_danger);
  }

  .facts {
    display: grid;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(0, 11rem) minmax(0, 1fr);
    gap: 0.75rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 30rem) {
    .facts div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .details-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .card {
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    padding: 0.875rem 1rem;
    min-width: 0;
  }
  .card h4 {
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .message {
    white-space: pre-line;
    overflow-wrap: anywhere;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .ratings {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .ratings .check {
    margin: 0;
  }
  .manage-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
    margin-top: 1rem;
  }
  input[type='text'],
  input:not([type]) {
    max-width: 100%;
  }
  .narrow {
    max-width: 10rem;
  }
`;

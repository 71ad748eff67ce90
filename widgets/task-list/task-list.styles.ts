import { css } from 'lit';

export const taskListStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0 1rem;
    align-items: end;
    padding: 1rem;
    margin: 0 0 1rem;
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @container (max-width: 24rem) {
    .filters {
      padding: 0.75rem;
    }
  }
  .filters .legend {
    grid-column: 1 / -1;
    margin: 0 0 0.5rem;
  }
  .filters .actions {
    grid-column: 1 / -1;
    margin: 0;
  }
  .filters .check {
    margin-bottom: 1rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .task {
    border: 1px solid var(--_border-soft);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.875rem 1rem;
    background: var(--_surface);
    box-shadow: var(--_shadow);
    min-width: 0;
  }
  .task h3 {
    margin: 0 0 0.25rem;
  }
  .task-open {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .task-open:hover {
    text-decoration-thickness: 2px;
  }
  .task-open:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0.5rem;
    padding: 0;
    list-style: none;
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .excerpt {
    margin: 0;
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-top: 1rem;
  }
  .skeleton.card {
    height: 7rem;
  }
  .state {
    padding: 1.5rem 1rem;
    text-align: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .facts {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 1rem;
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
  .apply {
    border-top: 1px solid var(--_border-soft);
    padding-top: 1rem;
    margin-top: 1rem;
  }
  .session {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin-bottom: 0.75rem;
    color: var(--_text-muted);
  }
`;

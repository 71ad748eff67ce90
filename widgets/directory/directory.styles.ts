import { css } from 'lit';

export const directoryStyles = css`
  .heading {
    margin: 0 0 0.75rem;
  }
  .search .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .search .grow {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .facets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: flex-end;
    margin: 0.5rem 0 0.75rem;
  }
  .facets .field {
    flex: 1 1 10rem;
    min-width: 0;
  }
  .facets select {
    width: 100%;
  }
  .check {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    min-height: 2.75rem;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .card h3 {
    margin: 0 0 0.25rem;
  }
  .org {
    margin: 0 0 0.5rem;
  }
  .description {
    margin: 0 0 0.5rem;
    white-space: pre-line;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  .chip {
    background: var(--_accent-soft);
    border-radius: 999px;
    padding: 0.125rem 0.625rem;
    font-size: 0.875rem;
  }
  .facts,
  .channels {
    margin: 0 0 0.5rem;
    padding-left: 1.25rem;
  }
  .muted {
    color: var(--_text-muted);
  }
  .stale {
    margin: 0;
    font-style: italic;
    color: var(--_text-muted);
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    min-height: 2.75rem;
    color: var(--_accent);
    text-decoration: underline;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-align: left;
  }
  .more {
    margin-top: 0.75rem;
  }
  .listing h2 {
    margin: 0.5rem 0;
  }
  .edit-link {
    margin-top: 1rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .error {
    color: var(--_danger);
  }
`;

import { css } from 'lit';

export const groupsStyles = css`
  section + section {
    margin-top: 1.5rem;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
  }
  .groups,
  .members,
  .notes {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .group {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    padding: 0.75rem 1rem;
    margin-bottom: 0.75rem;
  }
  .group-name {
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.5rem;
    color: var(--_text-muted);
  }
  .code {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_text);
  }
  .members li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    padding: 0.375rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .who .name {
    font-weight: 600;
  }
  .add {
    margin-top: 1rem;
  }
  .summary p,
  .notes li {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  .bad {
    color: var(--_danger);
    font-weight: 600;
  }
  .code-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem;
  }
  .code-row .grow {
    flex: 1 1 12rem;
  }
  .code-row button {
    margin-bottom: 0.75rem;
  }
  .join {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem;
  }
  .join .grow {
    flex: 1 1 12rem;
  }
  .join button {
    margin-bottom: 0.75rem;
  }
  textarea {
    width: 100%;
  }
`;

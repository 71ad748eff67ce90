import { css } from 'lit';

export const myWorkStyles = css`
  /* Each role's part of the page takes that role's colour, as in the original app. */
  .side {
    --_accent: var(--tehostamo-accent, var(--_role-accent));
    --_on-accent: var(--tehostamo-on-accent, var(--_role-on-accent));
    --_accent-soft: var(--tehostamo-accent-soft, var(--_role-accent-soft));
    --_focus: var(--tehostamo-focus-ring, var(--_accent));
    border-top: 4px solid var(--_accent);
    padding-top: 0.75rem;
    margin-bottom: 1.5rem;
    min-width: 0;
  }
  .summary {
    font-weight: 600;
  }
  .group {
    margin: 0 0 1.25rem;
  }
  .group h4 {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .count {
    display: inline-block;
    min-width: 1.75em;
    text-align: center;
    border-radius: 999px;
    padding: 0 0.5rem;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.875em;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .item {
    border: 1px solid var(--_border-soft);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.625rem 0.875rem;
    background: var(--_surface);
    min-width: 0;
  }
  .item a.title {
    font-weight: 600;
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .item p {
    margin: 0.25rem 0 0;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .helpers {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
  }
  .status-chip {
    font-weight: 600;
  }
  blockquote {
    margin: 0.25rem 0 0;
    padding: 0.375rem 0.625rem;
    border-left: 3px solid var(--_border);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .state {
    padding: 1rem;
    text-align: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state a {
    color: var(--_accent);
    font-weight: 600;
  }
  .skeleton.card {
    height: 4.5rem;
  }
`;

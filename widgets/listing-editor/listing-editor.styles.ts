import { css } from 'lit';

export const listingEditorStyles = css`
  form {
    display: grid;
    gap: 0.75rem;
  }
  h2,
  h3 {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem 0.75rem;
    margin: 0;
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .checks {
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  }
  .check {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    min-height: 2.75rem;
  }
  .private {
    background: var(--_surface-alt, transparent);
  }
  .checked {
    margin: 0;
    color: var(--_text-muted);
  }
  .stale {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_accent);
    background: var(--_surface-alt, transparent);
  }
  .problems {
    color: var(--_danger);
  }
  .actions {
    display: flex;
    gap: 0.5rem;
  }
  textarea,
  input:not([type='checkbox']) {
    width: 100%;
    box-sizing: border-box;
  }
`;

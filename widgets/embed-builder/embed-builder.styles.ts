import { css } from 'lit';

export const embedStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    margin-top: 1.5rem;
  }
  .keys,
  .origins {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .key {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin-bottom: 0.75rem;
  }
  .key.revoked {
    opacity: 0.75;
  }
  .key h4 {
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .origins li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    overflow-wrap: anywhere;
  }
  .once {
    border-left: 4px solid var(--_accent);
    padding: 0.25rem 0.75rem;
    margin: 0.5rem 0;
  }
  code.secret {
    display: block;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .row,
  .actions,
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .grid {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  textarea[part='snippet'] {
    width: 100%;
    box-sizing: border-box;
    font-family: ui-monospace, monospace;
    font-size: 0.875rem;
  }
  .preview {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    min-width: 0;
  }
  .muted {
    color: var(--_text-muted);
  }
  button.link {
    min-height: 2.75rem;
    min-width: 2.75rem;
  }
`;

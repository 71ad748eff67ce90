import { css } from 'lit';

export const profileEditorStyles = css`
  .layout {
    display: grid;
    gap: 1.5rem;
    align-items: start;
  }
  @media (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .preview {
      position: sticky;
      top: 1rem;
    }
  }
  section {
    margin-bottom: 1.25rem;
  }
  fieldset {
    border: 0;
    margin: 0 0 1rem;
    padding: 0;
    min-width: 0;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0 1rem;
  }
  .audience {
    font-weight: 600;
    color: var(--_text);
  }
  .more {
    display: block;
  }
  .place {
    color: var(--_text-muted);
    min-height: 1.25em;
  }
  .preview {
    border: 1px solid var(--_border-soft, var(--_border));
    border-radius: var(--_radius);
    padding: 1rem;
    background: var(--_surface-alt, var(--_surface));
    min-width: 0;
  }
  .groups {
    margin: 0 0 0.5rem;
  }
  a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
`;

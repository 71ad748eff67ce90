import { css } from 'lit';

export const organisationStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    margin-bottom: 1.25rem;
  }
  .card h2 {
    margin-top: 0;
  }
  .chooser {
    max-width: 28rem;
  }
  .facts {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 1rem;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(0, 10rem) minmax(0, 1fr);
    gap: 0.75rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    .facts div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  .pre {
    white-space: pre-line;
  }
  .rows {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
  }
  .rows li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.375rem 0.75rem;
    padding: 0.5rem 0;
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
  .role {
    font-size: 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5rem;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem;
  }
  .search .grow {
    flex: 1 1 12rem;
  }
  .search button {
    margin-bottom: 0.75rem;
  }
  .checks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.25rem 1rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip button {
    margin-left: 0.25rem;
  }
  .preview {
    margin-top: 1rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  textarea,
  input:not([type='checkbox']):not([type='radio']),
  select {
    max-width: 100%;
  }
`;

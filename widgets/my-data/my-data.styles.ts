import { css } from 'lit';

export const myDataStyles = css`
  section + section {
    margin-top: 1.5rem;
    padding-top: 1rem;
    border-top: 1px solid var(--_border-soft);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
  }
  .actions button {
    flex: 1 1 14rem;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: #fff;
  }
  input[name='code'] {
    max-width: 10rem;
    letter-spacing: 0.2em;
  }
`;

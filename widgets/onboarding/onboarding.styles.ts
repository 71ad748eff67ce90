import { css } from 'lit';

export const onboardingStyles = css`
  .base {
    max-width: 40rem;
  }
  fieldset {
    border: 0;
    margin: 0 0 1rem;
    padding: 0;
    min-width: 0;
  }
  .panel {
    border-top: 1px solid var(--_border-soft, var(--_border));
    padding-top: 1rem;
    margin-top: 1rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .row input {
    flex: 1 1 12rem;
    width: auto;
  }
  .results,
  .status,
  .next {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .results li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    border: 1px solid var(--_border-soft, var(--_border));
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .results li > div {
    display: grid;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .muted,
  .place {
    color: var(--_text-muted);
  }
  a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
`;

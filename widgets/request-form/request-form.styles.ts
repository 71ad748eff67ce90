import { css } from 'lit';

export const requestFormStyles = css`
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0 0 1.25rem;
    counter-reset: step;
  }
  .steps li {
    flex: 1 1 8rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 0.25rem 0.5rem 0;
    border-top: 4px solid var(--_border-soft);
    color: var(--_text-muted);
    font-size: 0.9375em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .steps li::before {
    counter-increment: step;
    content: counter(step);
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
    font-weight: 700;
  }
  .steps li.done {
    border-top-color: var(--_accent);
    color: var(--_text);
  }
  .steps li[aria-current='step'] {
    border-top-color: var(--_accent);
    color: var(--_text);
    font-weight: 700;
  }
  .steps li[aria-current='step']::before,
  .steps li.done::before {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  /* Narrow: the other steps show their number only (their names stay for screen readers). */
  @container (max-width: 30rem) {
    .steps li:not([aria-current]) {
      flex: 0 0 auto;
      padding-right: 0.5rem;
    }
    .steps li:not([aria-current]) .step-name {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  .step-heading {
    outline-offset: 4px;
  }
  .step-of {
    display: block;
    color: var(--_text-muted);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .two {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: 0 1rem;
  }
  .radios {
    display: grid;
    gap: 0.25rem;
  }
  .review {
    display: grid;
    gap: 1rem;
    margin: 0 0 1rem;
  }
  .review section {
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .review-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .review dl {
    display: grid;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
  }
  .review dl div {
    display: grid;
    grid-template-columns: minmax(0, 12rem) minmax(0, 1fr);
    gap: 0.75rem;
  }
  .review dt {
    font-weight: 600;
  }
  .review dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  @container (max-width: 30rem) {
    .review dl div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .nav {
    display: flex;
    flex-wrap: wrap-reverse;
    justify-content: space-between;
    gap: 0.75rem;
    margin-top: 1.25rem;
  }
  .nav .forward {
    margin-left: auto;
  }
  /* The honeypot: out of sight and out of the tab order; people leave it empty. */
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .done {
    text-align: left;
  }
`;

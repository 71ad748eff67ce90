import { css } from 'lit';

/** The app's frame: top bar, navigation, the view and the footer; narrow first (320 px). */
export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
  }
  .app {
    min-height: 100vh;
    padding: 0;
    border-radius: 0;
    display: flex;
    flex-direction: column;
    background: var(--tehostamo-page, var(--_surface-alt));
  }
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -10rem;
    padding: 0.5rem 1rem;
    background: var(--_surface);
    color: var(--_accent);
    z-index: 10;
  }
  .skip:focus-visible {
    top: 0.5rem;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a.button {
    text-decoration: none;
  }
  a.button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .top {
    background: var(--_accent);
    color: var(--_on-accent);
    padding: 0.5rem 1rem 0;
  }
  .top a,
  .top .who {
    color: var(--_on-accent);
  }
  .top :focus-visible {
    outline-color: var(--_on-accent);
  }
  .brand-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    max-width: 72rem;
    margin: 0 auto;
  }
  .brand {
    font-weight: 700;
    font-size: 1.375em;
    text-decoration: none;
  }
  .tagline {
    flex: 1 1 12rem;
    font-size: 0.9375em;
  }
  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .session select {
    font: inherit;
    min-height: 2.75rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_on-accent);
    background: var(--_accent);
    color: var(--_on-accent);
    padding: 0 0.5rem;
  }
  .top .button,
  .top button {
    background: transparent;
    color: var(--_on-accent);
    border-color: var(--_on-accent);
  }
  .top .button.primary {
    background: var(--_on-accent);
    color: var(--_accent);
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    max-width: 72rem;
    margin: 0.5rem auto 0;
    padding-bottom: 0.5rem;
  }
  nav ul,
  .subnav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav li a,
  .subnav a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border-radius: var(--_radius);
    text-decoration: none;
    font-weight: 600;
    border-bottom: 3px solid transparent;
  }
  nav li a[aria-current='page'] {
    border-bottom-color: currentColor;
    text-decoration: underline;
    text-underline-offset: 0.35em;
  }
  .subnav {
    margin-bottom: 1rem;
  }
  .subnav a[aria-current='page'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .view {
    flex: 1;
    width: 100%;
    max-width: 72rem;
    margin: 0 auto;
    padding: 1.25rem 1rem 2rem;
  }
  h1 {
    font-size: 1.75em;
    line-height: 1.2;
    margin: 0 0 0.75rem;
    overflow-wrap: anywhere;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .lead {
    max-width: 46rem;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    padding: 1rem;
    max-width: 46rem;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 1rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: 0.5rem;
    }
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    justify-content: center;
    padding: 1rem;
    border-top: 1px solid var(--_border-soft);
    background: var(--_surface);
  }
`;

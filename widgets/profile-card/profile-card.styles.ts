import { css } from 'lit';

export const profileCardStyles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: baseline;
    justify-content: space-between;
  }
  .name {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .name a {
    color: inherit;
  }
  .kind {
    margin: 0.125rem 0 0.5rem;
    color: var(--_text-muted);
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    font-weight: 600;
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
  .pre {
    white-space: pre-line;
  }
  @container (max-width: 30rem) {
    .facts div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .bio {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  :host([compact]) .bio {
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .feedback {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .feedback li {
    border-left: 3px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    padding: 0.5rem 0.75rem;
    min-width: 0;
  }
  .feedback blockquote {
    margin: 0.25rem 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .feedback .by {
    margin: 0;
    font-size: 0.9375em;
    color: var(--_text-muted);
  }
  .stars {
    font-weight: 600;
  }
  .state {
    padding: 1rem;
    text-align: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton.line {
    height: 1.25rem;
    margin-bottom: 0.5rem;
  }
  .skeleton.line.short {
    width: 40%;
  }
`;

import { css } from 'lit';

/** Headings, buttons, fields, notices and dialogs shared by every widget. */
export const controls = css`
  h2,
  h3,
  h4 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.5rem 1.125rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    text-align: center;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.link {
    border-color: transparent;
    background: transparent;
    min-height: auto;
    padding: 0.125rem 0.25rem;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  button:hover:not([disabled]) {
    filter: brightness(1.08);
  }
  button.primary:hover:not([disabled]) {
    filter: brightness(1.15);
  }
  button[disabled],
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1rem;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    margin-bottom: 1rem;
    min-width: 0;
  }
  label,
  legend,
  .label {
    font-weight: 600;
  }
  .hint {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .optional {
    font-weight: 400;
    color: var(--_text-muted);
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.5rem 0.625rem;
    min-height: 2.75rem;
    width: 100%;
    max-width: 100%;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: 400;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    font-size: 0.9375em;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1rem;
    min-width: 0;
  }

  .notice {
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin: 0 0 1rem;
    border-left: 4px solid var(--_border);
    background: var(--_surface-alt);
  }
  .notice.error {
    border-color: var(--_danger);
    background: var(--_danger-soft);
  }
  .notice.success {
    border-color: var(--_success);
    background: var(--_success-soft);
  }
  .notice.info {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .notice > :last-child {
    margin-bottom: 0;
  }

  .muted {
    color: var(--_text-muted);
  }
  .chip {
    display: inline-block;
    border-radius: 999px;
    padding: 0.125rem 0.625rem;
    font-size: 0.875em;
    background: var(--_accent-soft);
    color: var(--_text);
    border: 1px solid var(--_border-soft);
  }

  dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    box-shadow: 0 10px 40px rgb(0 0 0 / 0.3);
    padding: 1.25rem;
    width: min(36rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(10 12 24 / 0.55);
  }

  .skeleton {
    border-radius: var(--_radius);
    background: linear-gradient(
      90deg,
      var(--_surface-alt),
      var(--_border-soft),
      var(--_surface-alt)
    );
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;

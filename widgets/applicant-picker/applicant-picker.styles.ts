import { css } from 'lit';

export const applicantPickerStyles = css`
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 1rem;
  }
  .task-title {
    margin: 0 0 0.25rem;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .applicants {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .applicant {
    border: 1px solid var(--_border-soft);
    border-left: 4px solid var(--_border-soft);
    border-radius: var(--_radius);
    padding: 0.875rem 1rem;
    background: var(--_surface);
    box-shadow: var(--_shadow);
    min-width: 0;
  }
  .applicant.selected {
    border-left-color: var(--_success);
  }
  .applicant.pending {
    border-left-color: var(--_accent);
  }
  .applicant-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    justify-content: space-between;
  }
  .applicant h3 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .status {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .status.selected {
    color: var(--_success);
  }
  .facts {
    display: grid;
    gap: 0.375rem;
    margin: 0.5rem 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(0, 9rem) minmax(0, 1fr);
    gap: 0.75rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
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
  blockquote {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_border);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .state {
    padding: 1.5rem 1rem;
    text-align: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton.card {
    height: 9rem;
  }
`;

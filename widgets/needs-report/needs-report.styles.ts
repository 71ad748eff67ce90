import { css } from 'lit';

export const needsReportStyles = css`
  .heading {
    margin: 0 0 0.75rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    align-items: flex-start;
    margin-bottom: 0.5rem;
  }
  .filters .field {
    flex: 1 1 11rem;
    min-width: 0;
    margin-bottom: 0.75rem;
  }
  .note {
    color: var(--_text-muted);
  }
  .chart {
    margin: 0 0 1rem;
  }
  .chart-box {
    width: 100%;
    overflow: hidden;
  }
  .chart svg {
    display: block;
    max-width: 100%;
    font-size: 0.875rem;
  }
  .chart .label {
    fill: var(--_text);
  }
  .chart .value {
    fill: var(--_text);
    font-weight: 600;
  }
  .chart .value.muted {
    fill: var(--_text-muted);
    font-weight: 400;
  }
  .chart .bar {
    fill: var(--_accent);
  }
  .chart .hole {
    fill: none;
    stroke: var(--_border);
    stroke-dasharray: 3 3;
  }
  .chart figcaption {
    margin-top: 0.25rem;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    margin-bottom: 0.75rem;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
    font-size: 0.9375em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.5rem 0.75rem;
  }
  th,
  td {
    padding: 0.375rem 0.75rem;
    border-top: 1px solid var(--_border-soft);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-alt);
    font-size: 0.875em;
    min-width: 6rem;
  }
  tbody th,
  tfoot th {
    font-weight: 600;
    min-width: 9rem;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--_border);
    font-weight: 600;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  thead th.num {
    white-space: normal;
  }
  .suppressed {
    color: var(--_text-muted);
  }
  .csv {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .csv .hint {
    flex: 1 1 12rem;
  }
`;

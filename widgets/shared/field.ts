import { html, nothing, type TemplateResult } from 'lit';

/** What a control needs to be wired to its field: put these on the `<input>`/`<select>`/`<textarea>`. */
export interface FieldControl {
  /** The control's id, which the label points at. */
  id: string;
  /** The ids of the hint and the error, or `nothing` (no empty attribute). */
  describedBy: string | typeof nothing;
  /** `'true'` while the field has an error, else `'false'`. */
  invalid: 'true' | 'false';
}

export interface FieldOptions {
  /** The control's id; the hint and the error get `<id>-hint` and `<id>-error`. */
  id: string;
  /** The visible label. */
  label: string | TemplateResult;
  /** Help shown between the label and the control, read with the control. */
  hint?: string | TemplateResult;
  /** The error, shown under the control and read with it; empty when the value is fine. */
  error?: string;
  /** The localised word for "optional", shown after the label when the field may be left empty. */
  optional?: string;
  /** Extra classes for the wrapper (e.g. `grow`). */
  class?: string;
}

/**
 * One form field: its label, hint, control and error, wired together (after Shoelace's
 * `src/internal/form.ts`, where a control owns its label, hint and error). The helper makes the
 * ids and `aria-describedby` / `aria-invalid` right by construction, so no form writes the
 * markup twice or forgets to connect an error to its control:
 *
 * ```ts
 * field({ id: 'hours', label: t.hours, hint: t.hoursHint, error: this.errors.hours },
 *   (c) => html`<input id=${c.id} name="hours" inputmode="decimal"
 *     aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`)
 * ```
 *
 * Parts: `field` (the wrapper), `error` (the error message). The classes `field`, `hint`,
 * `optional` and `field-error` are styled by `styles/controls.ts`.
 */
export function field(
  options: FieldOptions,
  control: (c: FieldControl) => TemplateResult,
): TemplateResult {
  const c = fieldControl(options);
  const { id, hint, error, optional } = options;
  return html`<div class="field ${options.class ?? ''}" part="field">
    <label for=${id}
      >${options.label}${optional ? html` <span class="optional">(${optional})</span>` : nothing}</label
    >
    ${hint ? html`<span id="${id}-hint" class="hint">${hint}</span>` : nothing} ${control(c)}
    ${error ? html`<span id="${id}-error" class="field-error" part="error">${error}</span>` : nothing}
  </div>`;
}

/** The wiring of a control alone, for a control whose label is laid out elsewhere. */
export function fieldControl(options: Pick<FieldOptions, 'id' | 'hint' | 'error'>): FieldControl {
  const { id, hint, error } = options;
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, describedBy: ids || nothing, invalid: error ? 'true' : 'false' };
}

import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { emit } from '../events.ts';
import { controls } from '../styles/controls.ts';

/** The element that really has the focus, looking into shadow roots. */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const TABBABLE =
  'button, [href], input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]';

function isTabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.matches(TABBABLE)) return false;
  if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) return false;
  return el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
}

/** Every tabbable element under `node`, in the order of the flat tree (slots and shadow roots). */
export function tabbables(node: Node, found: HTMLElement[] = []): HTMLElement[] {
  const children =
    node instanceof HTMLSlotElement
      ? node.assignedElements({ flatten: true })
      : node instanceof Element && node.shadowRoot
        ? [...node.shadowRoot.children]
        : [...((node as ParentNode).children ?? [])];
  for (const child of children) {
    if (isTabbable(child)) found.push(child);
    tabbables(child, found);
  }
  return found;
}

/**
 * The one dialog of the widgets: a modal `<dialog>` with a heading, an optional close button,
 * the content and a row of buttons that wraps (each button full width on a narrow screen).
 *
 * - Opening (`show()`) remembers the element that had the focus and moves the focus to the
 *   first content element with `autofocus`, else to the heading.
 * - Tab and Shift+Tab stay inside the dialog (the page behind is inert), also through the
 *   shadow roots of elements inside it (such as `<tehostamo-sign-in>`).
 * - Escape closes it, as does the close button and `close()`.
 * - On closing, the focus goes back to the element that opened it. When that element is gone,
 *   a listener of `tehostamo-dialog-close` places the focus (cancelling the event says it did).
 *
 * Put it inside a widget's shadow root: the slotted content keeps the widget's own styles.
 *
 * @summary A modal dialog with focus return, Escape to close and buttons that wrap.
 *
 * @slot - The content.
 * @slot footer - The buttons: the primary action first.
 *
 * @event tehostamo-dialog-close - The dialog closed: `detail.returnValue`. Cancel it to place the focus yourself.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart close - The close button.
 * @csspart description - The sentence under the heading.
 * @csspart body - The content.
 * @csspart footer - The row of buttons.
 */
@customElement('tehostamo-dialog')
export class TehostamoDialog extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: contents;
      }
      /* Slotted controls inherit their box sizing through the slots. */
      *,
      *::before,
      *::after {
        box-sizing: border-box;
      }
      dialog {
        box-sizing: border-box;
        width: min(var(--tehostamo-dialog-width, 36rem), calc(100vw - 1rem));
        /* Inside a widget the tokens come from its base element; alone, the light defaults. */
        color: var(--_text, #1b1d29);
        background: var(--_surface, #ffffff);
        border-color: var(--_border-soft, #d5d8e2);
        border-radius: var(--_radius, 0.5rem);
      }
      @media (max-width: 26rem) {
        dialog {
          padding: 1rem;
        }
      }
      .header {
        display: flex;
        gap: 0.75rem;
        align-items: start;
        justify-content: space-between;
      }
      h2 {
        overflow-wrap: anywhere;
        hyphens: auto;
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 3px solid var(--_focus, #1f3a8a);
      }
      .close {
        flex: none;
      }
      .footer {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        margin-top: 1rem;
      }
      .footer:not(.filled) {
        display: none;
      }
      ::slotted(button),
      ::slotted(.button) {
        flex: 1 1 auto;
      }
      @media (max-width: 30rem) {
        ::slotted(button),
        ::slotted(.button) {
          flex-basis: 100%;
        }
      }
    `,
  ];

  /** The heading. */
  @property() label = '';
  /** A sentence under the heading that says what is asked; read with the heading on opening. */
  @property() description = '';
  /** The close button's text; no close button when empty (Escape still closes). */
  @property({ attribute: 'close-label' }) closeLabel = '';
  /** Whether the dialog is open (read only: use `show()` and `close()`). */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  @state() private hasFooter = false;

  private opener: HTMLElement | null = null;

  /** The `<dialog>` itself, e.g. for its `returnValue`. */
  get nativeDialog(): HTMLDialogElement {
    return this.dialog;
  }

  /**
   * Opens the dialog. Focus returns to `returnTo` on closing (default: the focused element now);
   * `focus` takes the focus now (default: the first `[autofocus]` in the content, else the
   * heading).
   */
  async show(options: { returnTo?: HTMLElement | null; focus?: HTMLElement | null } = {}) {
    if (!this.open) {
      const active = deepActiveElement();
      this.opener =
        options.returnTo !== undefined
          ? options.returnTo
          : active instanceof HTMLElement
            ? active
            : null;
    } else if (options.returnTo !== undefined) {
      this.opener = options.returnTo;
    }
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.open = true;
    this.focusFirst(options.focus);
  }

  /** Closes the dialog; the focus goes back to the opener. */
  close(returnValue?: string) {
    if (this.dialog?.open) this.dialog.close(returnValue);
  }

  /** Moves the focus into the dialog: `target`, else the first `[autofocus]`, else the heading. */
  focusFirst(target?: HTMLElement | null) {
    const auto = this.contentElements()
      .flatMap((el) => [el, ...el.querySelectorAll<HTMLElement>('[autofocus]')])
      .find((el) => el.hasAttribute('autofocus'));
    (target ?? auto ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

  private contentElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll('slot')].flatMap(
      (slot) => slot.assignedElements({ flatten: true }) as HTMLElement[],
    );
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Tab') return;
    const inside = tabbables(this.dialog);
    if (!inside.length) return;
    const first = inside[0]!;
    const last = inside[inside.length - 1]!;
    const active = deepActiveElement();
    const within = inside.includes(active as HTMLElement);
    if (event.shiftKey && (active === first || !within)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !within)) {
      event.preventDefault();
      first.focus();
    }
  }

  private onClose() {
    this.open = false;
    const opener = this.opener;
    this.opener = null;
    const handled = !emit(
      this,
      'tehostamo-dialog-close',
      { returnValue: this.dialog.returnValue },
      { cancelable: true },
    );
    if (!handled && opener?.isConnected) opener.focus();
  }

  private onFooterSlotChange(event: Event) {
    this.hasFooter = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  protected override render() {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby=${this.description ? 'description' : nothing}
      @keydown=${this.onKeydown}
      @close=${this.onClose}
    >
      <div class="header" part="header">
        <h2 id="title" part="title" tabindex="-1">${this.label}</h2>
        ${
          this.closeLabel
            ? html`<button class="close" part="close" type="button" @click=${() => this.close()}>
                ${this.closeLabel}
              </button>`
            : nothing
        }
      </div>
      ${this.description ? html`<p id="description" part="description">${this.description}</p>` : nothing}
      <div class="body" part="body"><slot></slot></div>
      <div class="footer ${this.hasFooter ? 'filled' : ''}" part="footer">
        <slot name="footer" @slotchange=${this.onFooterSlotChange}></slot>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tehostamo-dialog': TehostamoDialog;
  }
}

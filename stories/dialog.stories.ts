import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TehostamoDialog } from '../widgets/shared/dialog.ts';
import '../widgets/shared/dialog.ts';
import { field } from '../widgets/shared/field.ts';
import { parseDecimal } from '../widgets/shared/number.ts';
import { controls } from '../widgets/styles/controls.ts';
import { theme } from '../widgets/styles/theme.ts';

/**
 * A widget's shadow root as the widgets use the shared parts in it: the dialog opened from a
 * button, a field written with `field()`, and hours read with `parseDecimal()`.
 */
@customElement('tehostamo-shared-parts-demo')
class SharedPartsDemo extends LitElement {
  static override styles = [
    theme,
    controls,
    css`
      p.result {
        margin-top: 1rem;
      }
    `,
  ];

  @property() view: 'helper' | 'requester' = 'requester';
  @property({ attribute: 'theme-name' }) themeName: 'light' | 'dark' = 'light';
  @property() heading = 'Hyväksytäänkö työ?';
  @property() yes = 'Kyllä, hyväksy työ ja lähetä palaute tekijälle';
  @property() hours = '';
  @property() error = '';
  @property() result = '';

  get dialog(): TehostamoDialog {
    return this.renderRoot.querySelector('tehostamo-dialog')!;
  }

  /** Opens the dialog with the focus in the hours field. */
  open() {
    return this.dialog.show({ focus: this.renderRoot.querySelector<HTMLElement>('#hours') });
  }

  private approve() {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#hours')!;
    const hours = parseDecimal(input.value);
    if (hours === null || hours <= 0) {
      this.error = 'Anna tunnit numerona, esimerkiksi 1,5.';
      input.focus();
      return;
    }
    this.error = '';
    this.result = `Hyväksytty: ${hours.toLocaleString('fi-FI')} h`;
    this.dialog.close();
  }

  protected override render() {
    return html`<div class="base role-${this.view} theme-${this.themeName}">
      <button type="button" class="primary" id="open" @click=${this.open}>Hyväksy työ</button>
      ${this.result ? html`<p class="result" role="status">${this.result}</p>` : null}
      <tehostamo-dialog label=${this.heading} close-label="Sulje">
        <p>Mikko Nieminen merkitsi työn tehdyksi. Kirjaa toteutuneet tunnit.</p>
        ${field(
          {
            id: 'hours',
            label: 'Toteutuneet tunnit',
            hint: 'Desimaalit pilkulla tai pisteellä, esimerkiksi 1,5.',
            error: this.error,
          },
          (c) =>
            html`<input
              id=${c.id}
              inputmode="decimal"
              .value=${this.hours}
              aria-describedby=${c.describedBy}
              aria-invalid=${c.invalid}
            />`,
        )}
        <button slot="footer" type="button" class="primary" @click=${this.approve}>
          ${this.yes}
        </button>
        <button slot="footer" type="button" @click=${() => this.dialog.close()}>Peruuta</button>
      </tehostamo-dialog>
    </div>`;
  }
}

interface Args {
  view: 'helper' | 'requester';
  themeName: 'light' | 'dark';
}

const render = (args: Args) =>
  html`<div>
    <tehostamo-shared-parts-demo
      view=${args.view}
      theme-name=${args.themeName}
    ></tehostamo-shared-parts-demo>
  </div>`;

async function open({ canvasElement }: { canvasElement: HTMLElement }) {
  const demo = canvasElement.querySelector('tehostamo-shared-parts-demo') as SharedPartsDemo;
  await demo.updateComplete;
  demo.renderRoot.querySelector<HTMLElement>('#open')!.focus();
  await demo.open();
}

const meta: Meta<Args> = {
  title: 'Shared parts/Dialog and field',
  component: 'tehostamo-dialog',
  args: { view: 'requester', themeName: 'light' },
  argTypes: {
    view: { control: 'inline-radio', options: ['helper', 'requester'] },
    themeName: { control: 'inline-radio', options: ['light', 'dark'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The opener alone: the dialog is closed. */
export const Closed: Story = { render };

/** Open: the focus is in the hours field; Escape or *Peruuta* closes and returns it. */
export const Open: Story = { render, play: open };

/** Hours that are not a number: the error is next to the field and read with it. */
export const FieldError: Story = {
  render,
  play: async (context) => {
    await open(context);
    const demo = context.canvasElement.querySelector(
      'tehostamo-shared-parts-demo',
    ) as SharedPartsDemo;
    demo.renderRoot.querySelector<HTMLInputElement>('#hours')!.value = '1,5,5';
    demo.renderRoot.querySelector<HTMLButtonElement>('[slot=footer].primary')!.click();
    await demo.updateComplete;
  },
};

/** The helper's colour, in the dark theme. */
export const DarkHelper: Story = {
  render,
  args: { view: 'helper', themeName: 'dark' },
  play: open,
};

import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { deepActiveElement, type TehostamoDialog } from '../../widgets/shared/dialog.ts';
import '../../widgets/shared/dialog.ts';
import { controls } from '../../widgets/styles/controls.ts';
import { theme } from '../../widgets/styles/theme.ts';
import { shadow, until } from './helpers.ts';

/** A widget with a dialog in its shadow root, as the widgets use it. */
class DialogHost extends LitElement {
  static override styles = [theme, controls];
  withAutofocus = true;
  protected override render() {
    return html`<div class="base role-requester theme-light">
      <button id="opener" type="button" @click=${() => this.dialog.show()}>Valitse hakija</button>
      <tehostamo-dialog label="Valitaanko Aino Virtanen auttajaksi?" close-label="Sulje">
        <p>Valinta ilmoitetaan hakijalle sähköpostilla. Valintaa ei voi perua.</p>
        <label for="note">Viesti</label>
        <input id="note" ?autofocus=${this.withAutofocus} />
        <button slot="footer" class="primary" type="button" id="yes">
          Kyllä, valitse auttajaksi ja ilmoita hakijalle
        </button>
        <button slot="footer" type="button" id="no" @click=${() => this.dialog.close()}>
          Peruuta
        </button>
      </tehostamo-dialog>
    </div>`;
  }
  get dialog(): TehostamoDialog {
    return this.renderRoot.querySelector('tehostamo-dialog')!;
  }
}
customElements.define('test-dialog-host', DialogHost);

async function open(withAutofocus = true) {
  const host = await fixture<DialogHost>(html`<test-dialog-host></test-dialog-host>`);
  host.withAutofocus = withAutofocus;
  host.requestUpdate();
  await host.updateComplete;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => shadow(host).querySelector<T>(s);
  const opener = $('#opener')!;
  opener.focus();
  opener.click();
  await until(() => host.dialog.open);
  return { host, $, opener, native: shadow(host.dialog).querySelector('dialog')! };
}

describe('<tehostamo-dialog>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('opens modal, labelled by its heading, with the focus on the first autofocus control', async () => {
    const { host, $, native } = await open();
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    expect(native.getAttribute('aria-labelledby')).to.equal('title');
    expect(shadow(host.dialog).querySelector('#title')!.textContent).to.contain('Aino Virtanen');
    expect(deepActiveElement()).to.equal($('#note'));
    await expect(host).to.be.accessible();
  });

  it('focuses the heading when nothing asks for the focus', async () => {
    const { host } = await open(false);
    expect(deepActiveElement()).to.equal(shadow(host.dialog).querySelector('h2'));
  });

  it('closes with Escape and gives the focus back to the opener in the shadow root', async () => {
    const { host, opener, native } = await open();
    const closed = oneEvent(host, 'tehostamo-dialog-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(native.open).to.equal(false);
    expect(host.dialog.open).to.equal(false);
    expect(deepActiveElement()).to.equal(opener);
  });

  it('gives the focus back after a button closes it', async () => {
    const { $, opener } = await open();
    $('#no')!.click();
    await until(() => deepActiveElement() === opener);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { host, $ } = await open();
    const close = shadow(host.dialog).querySelector<HTMLElement>('.close')!;
    $('#no')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(close);
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()).to.equal($('#no'));
    close.focus();
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()).to.equal($('#no'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(close);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($('#note'));
  });

  it('lets the widget place the focus when the opener is gone', async () => {
    const { host, $, opener } = await open();
    opener.remove();
    const closed = oneEvent(host, 'tehostamo-dialog-close');
    host.addEventListener('tehostamo-dialog-close', (e) => e.preventDefault(), { once: true });
    $('#no')!.click();
    const event = await closed;
    expect(event.defaultPrevented).to.equal(true);
    expect(event.composed && event.bubbles).to.equal(true);
  });

  for (const width of [360, 320]) {
    it(`wraps its buttons within the screen at ${width} px`, async () => {
      await setViewport({ width, height: 640 });
      const { $, native } = await open();
      const box = native.getBoundingClientRect();
      expect(box.right).to.be.at.most(width);
      expect(native.scrollWidth).to.be.at.most(native.clientWidth);
      for (const id of ['#yes', '#no']) {
        const button = $(id)!.getBoundingClientRect();
        expect(button.left, id).to.be.at.least(box.left);
        expect(button.right, id).to.be.at.most(box.right);
        // Full width: easy to hit, and the long label wraps instead of overflowing.
        expect(button.width, id).to.be.greaterThan(box.width * 0.7);
      }
      expect($('#no')!.getBoundingClientRect().top).to.be.greaterThan(
        $('#yes')!.getBoundingClientRect().top,
      );
    });
  }
});

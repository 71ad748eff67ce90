import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ApiError, NetworkError } from '../../sdk/errors.ts';
import { initialState, TaskStatus } from '../../widgets/shared/load.ts';
import { TehostamoElement } from '../../widgets/shared/tehostamo-element.ts';
import { shadow, until } from './helpers.ts';

interface Call {
  query: string;
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/** A widget that loads one text for its `query`, the way the widgets load their data. */
class LoadingThing extends TehostamoElement {
  @property() query = '';
  calls: Call[] = [];
  completed: string[] = [];

  readonly text = this.loader({
    action: 'load-thing',
    args: () => [this.query] as const,
    run: ([query], signal) =>
      query
        ? new Promise<string>((resolve, reject) =>
            this.calls.push({ query, signal, resolve, reject }),
          )
        : Promise.resolve(initialState),
    onComplete: (value) => this.completed.push(value),
  });

  protected override render() {
    return html`<div class=${this.baseClasses('helper')}>
      ${this.text.render({
        initial: () => html`<p id="initial">Ei hakua</p>`,
        complete: (value) => html`<p id="value">${value}</p>`,
        errorHeading: 'Tehtäviä ei saatu ladattua.',
      })}
    </div>`;
  }
}
customElements.define('test-loading-thing', LoadingThing);

async function thing() {
  const el = await fixture<LoadingThing>(html`<test-loading-thing lang="fi"></test-loading-thing>`);
  const $ = (s: string) => shadow(el).querySelector<HTMLElement>(s);
  return { el, $ };
}

describe('loading with @lit/task (loader())', () => {
  it('shows its initial state, then pending, then the answer', async () => {
    const { el, $ } = await thing();
    expect($('#initial')).not.to.equal(null);
    el.query = 'kirjanpito';
    await until(() => $('[aria-busy=true]'));
    expect($('[aria-busy=true]')!.textContent).to.contain('Ladataan');
    await expect(el).to.be.accessible();
    el.calls[0]!.resolve('Tilinpäätös');
    await until(() => $('#value'));
    expect($('#value')!.textContent).to.equal('Tilinpäätös');
    expect(el.text.status).to.equal(TaskStatus.COMPLETE);
  });

  it('aborts the request it replaces and never shows the stale answer', async () => {
    const { el, $ } = await thing();
    el.query = 'a';
    await until(() => el.calls.length === 1);
    el.query = 'b';
    await until(() => el.calls.length === 2);
    expect(el.calls[0]!.signal.aborted).to.equal(true);
    expect(el.calls[1]!.signal.aborted).to.equal(false);
    el.calls[1]!.resolve('uusi');
    await until(() => $('#value'));
    el.calls[0]!.resolve('vanha');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect($('#value')!.textContent).to.equal('uusi');
    expect(el.completed).to.deep.equal(['uusi']);
  });

  it('says what went wrong in the reader’s language, reports it once, and retries', async () => {
    const { el, $ } = await thing();
    const errors: string[] = [];
    el.addEventListener('tehostamo-error', (e) => errors.push(e.detail.code));
    el.query = 'a';
    await until(() => el.calls.length === 1);
    el.calls[0]!.reject(
      new ApiError({
        status: 409,
        code: 'task_not_open',
        message: 'Task not open',
        details: undefined,
        requestId: undefined,
        headers: new Headers(),
      }),
    );
    await until(() => $('.notice.error'));
    expect($('.notice.error')!.textContent).to.contain('Tehtäviä ei saatu ladattua.');
    expect($('.notice.error')!.textContent).to.contain('Tehtävä ei ole enää haettavissa.');
    expect(errors).to.deep.equal(['task_not_open']);
    await expect(el).to.be.accessible();
    $('.notice.error button')!.click();
    await until(() => el.calls.length === 2);
    el.calls[1]!.resolve('toinen yritys');
    await until(() => $('#value'));
    expect(errors).to.have.length(1);
  });

  it('reports nothing for a request that was replaced while it failed', async () => {
    const { el } = await thing();
    const errors: string[] = [];
    el.addEventListener('tehostamo-error', (e) => errors.push(e.detail.code));
    el.query = 'a';
    await until(() => el.calls.length === 1);
    el.query = 'b';
    await until(() => el.calls.length === 2);
    el.calls[0]!.reject(new NetworkError('aborted', new DOMException('aborted', 'AbortError')));
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).to.deep.equal([]);
  });

  it('tells an offline device apart and loads again when the network is back', async () => {
    const { el, $ } = await thing();
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      el.query = 'a';
      await until(() => el.calls.length === 1);
      el.calls[0]!.reject(new NetworkError('Failed to fetch', new TypeError('Failed to fetch')));
      await until(() => $('.notice.error'));
      expect($('.notice.error')!.textContent).to.contain('Laite ei ole verkossa');
      expect(el.text.failure?.offline).to.equal(true);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
    const again = until(() => el.calls.length === 2);
    window.dispatchEvent(new Event('online'));
    await again;
    el.calls[1]!.resolve('taas verkossa');
    await until(() => $('#value'));
  });
});

import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { field } from '../../widgets/shared/field.ts';

describe('field()', () => {
  it('labels the control and connects the hint to it', async () => {
    const el = await fixture<HTMLElement>(
      html`<form>
        ${field({ id: 'hours', label: 'Arvioitu työmäärä', hint: 'Tunteina, esim. 1,5' }, (c) => html`<input id=${c.id} aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`)}
      </form>`,
    );
    const input = el.querySelector('input')!;
    expect(input.labels![0]!.textContent).to.contain('Arvioitu työmäärä');
    expect(input.getAttribute('aria-describedby')).to.equal('hours-hint');
    expect(el.querySelector('#hours-hint')!.textContent).to.equal('Tunteina, esim. 1,5');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('marks the control invalid and reads the error with it, after the hint', async () => {
    const el = await fixture<HTMLElement>(
      html`<form>
        ${field({ id: 'hours', label: 'Tunnit', hint: 'Tunteina', error: 'Anna luku, esim. 1,5' }, (c) => html`<input id=${c.id} aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`)}
      </form>`,
    );
    const input = el.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('hours-hint hours-error');
    const error = el.querySelector('#hours-error')!;
    expect(error.textContent).to.equal('Anna luku, esim. 1,5');
    expect(error.getAttribute('part')).to.equal('error');
    await expect(el).to.be.accessible();
  });

  it('writes no empty aria-describedby when there is neither hint nor error', async () => {
    const el = await fixture<HTMLElement>(
      html`<form>
        ${field({ id: 'title', label: 'Otsikko', optional: 'valinnainen' }, (c) => html`<input id=${c.id} aria-describedby=${c.describedBy} aria-invalid=${c.invalid} />`)}
      </form>`,
    );
    expect(el.querySelector('input')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(el.querySelector('label')!.textContent).to.contain('(valinnainen)');
    await expect(el).to.be.accessible();
  });
});

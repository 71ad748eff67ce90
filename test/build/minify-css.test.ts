/**
 * The build minifies the text of the widgets' `css` templates (scripts/build-widgets.mjs): what
 * it takes out must be what CSS does not read, and nothing else.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssTemplates, minifyCssText } from '../../scripts/build-widgets.mjs';

describe('css template minification', () => {
  it('drops comments and the whitespace around braces, semicolons, commas and after colons', () => {
    assert.equal(
      minifyCssText(`
        /* the list */
        :host {
          display: block;
          margin: 0 auto;
        }
        h2,
        h3 > a {
          color: rgb(0 0 0 / 0.5);
        }
      `),
      ' :host{display:block;margin:0 auto}h2,h3>a{color:rgb(0 0 0 / 0.5)}',
    );
  });

  it('keeps a descendant combinator before a pseudo-class, and the spaces calc() needs', () => {
    assert.equal(minifyCssText('.a :hover { x: 1 }'), '.a :hover{x:1}');
    assert.equal(minifyCssText('p { width: calc(100% - 2rem); }'), 'p{width:calc(100% - 2rem)}');
    assert.equal(
      minifyCssText('@media (min-width: 40rem) and (prefers-color-scheme: dark) { p { x: 1 } }'),
      '@media (min-width:40rem) and (prefers-color-scheme:dark){p{x:1}}',
    );
  });

  it('leaves quoted strings as they are', () => {
    assert.equal(
      minifyCssText(`p::before { content: ' :  { } ; '; } q { grid-template-areas: "a  b"; }`),
      `p::before{content:' :  { } ; '}q{grid-template-areas:"a  b"}`,
    );
  });

  it('minifies only css templates, around their interpolations, and nothing else', () => {
    const source = [
      'const dark = css`  --x: 1;  `;',
      'export const theme = css`',
      '  .dark {',
      '    ${dark}',
      '  }',
      '  .b { color: ${unsafeCSS(`a  b`)}; }',
      '`;',
      'const page = html`<p>  two  spaces  </p>`;',
    ].join('\n');
    assert.equal(
      minifyCssTemplates(source),
      [
        'const dark = css` --x:1;`;',
        'export const theme = css` .dark{${dark}}.b{color:${unsafeCSS(`a  b`)}}`;',
        'const page = html`<p>  two  spaces  </p>`;',
      ].join('\n'),
    );
  });
});

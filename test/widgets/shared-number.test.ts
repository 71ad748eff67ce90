import { expect } from '@open-wc/testing';
import { parseDecimal, parseWholeNumber } from '../../widgets/shared/number.ts';

describe('decimal numbers as people type them', () => {
  it('reads a decimal comma and a decimal point alike', () => {
    expect(parseDecimal('1,5')).to.equal(1.5);
    expect(parseDecimal('1.5')).to.equal(1.5);
    expect(parseDecimal(' 0,25 ')).to.equal(0.25);
    expect(parseDecimal(',5')).to.equal(0.5);
    expect(parseDecimal('3')).to.equal(3);
    expect(parseDecimal('-2,5')).to.equal(-2.5);
  });

  it('reads thousands grouped with spaces, as Finnish and Swedish write them', () => {
    expect(parseDecimal('1 000')).to.equal(1000);
    expect(parseDecimal('1\u00a0000,5')).to.equal(1000.5);
    expect(parseDecimal('12\u202f345')).to.equal(12345);
  });

  it('refuses what is not one number instead of guessing', () => {
    for (const text of [
      '',
      ' ',
      ',',
      '.',
      '1,5,5',
      '1.000,5',
      '1,000.5',
      '1 5',
      '10 00',
      '1e3',
      '0x10',
      '12h',
      'puolitoista',
      '1,',
      'Infinity',
      'NaN',
    ]) {
      expect(parseDecimal(text), JSON.stringify(text)).to.equal(null);
    }
  });

  it('never turns "1,5" into fifteen', () => {
    expect(parseDecimal('1,5')).not.to.equal(15);
  });

  it('reads whole numbers and refuses fractions', () => {
    expect(parseWholeNumber('3')).to.equal(3);
    expect(parseWholeNumber(' 12 ')).to.equal(12);
    expect(parseWholeNumber('2,5')).to.equal(null);
    expect(parseWholeNumber('2,0')).to.equal(null);
    expect(parseWholeNumber('kaksi')).to.equal(null);
  });
});

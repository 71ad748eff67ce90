import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { businessIdCheckDigit, isValidBusinessId } from '../../sdk/schemas/business-id.ts';
import { BusinessId } from '../../sdk/schemas/organisations.ts';

describe('the business id (Y-tunnus) check', () => {
  it('accepts real companies’ ids', () => {
    // Nokia Oyj, Kesko Oyj, Elisa Oyj, as in the trade register.
    for (const id of ['0112038-9', '0109862-8', '0116510-6']) assert.ok(isValidBusinessId(id), id);
  });

  it('refuses a wrong check digit, a wrong shape and digits no id is made of', () => {
    for (const id of ['0112038-8', '0112038', '112038-9', '0112038-99', 'O112038-9', ' 0112038-9'])
      assert.equal(isValidBusinessId(id), false, id);
    // A weighted sum that leaves 1 modulo 11 is never issued.
    assert.equal(businessIdCheckDigit('0000006'), null);
    assert.equal(isValidBusinessId('0000006-0'), false);
    assert.equal(isValidBusinessId('0000006-1'), false);
  });

  it('gives 0 when the sum divides by 11', () => {
    assert.equal(businessIdCheckDigit('0000000'), 0);
    assert.ok(isValidBusinessId('0000000-0'));
  });

  it('is the contract’s rule, trimming what is typed around the id', () => {
    assert.equal(BusinessId.parse(' 0112038-9 '), '0112038-9');
    assert.equal(BusinessId.safeParse('0112038-8').success, false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CreditError,
  CreditHttpError,
  CreditInputError,
  CreditNetworkError,
  CreditResponseError,
  CreditTimeoutError,
  isCreditError,
  isCreditHttpError,
} from '../../../src/client/index.js';

describe('error classes', () => {
  const errors = [new CreditHttpError(503), new CreditTimeoutError(8000), new CreditNetworkError(), new CreditResponseError('bad'), new CreditInputError('misuse')];

  it('every error the SDK throws is a CreditError (one catch for the host page), and keeps its own name', () => {
    for (const error of errors) {
      expect(error).toBeInstanceOf(CreditError);
      expect(error).toBeInstanceOf(Error);
      expect(isCreditError(error)).toBe(true);
      expect(error.name).toBe(error.constructor.name);
    }
  });

  it('the guards also recognise an error of another copy of the library by its name, and nothing else', () => {
    const foreign = Object.assign(new Error('HTTP 503'), { name: 'CreditHttpError', status: 503 });
    expect(isCreditError(foreign)).toBe(true);
    expect(isCreditHttpError(foreign)).toBe(true);
    expect(isCreditError(new TypeError('x'))).toBe(false);
    expect(isCreditError(null)).toBe(false);
  });

  it('a network error keeps its cause', () => {
    const cause = new TypeError('Failed to fetch');
    expect(new CreditNetworkError('offline', { cause }).cause).toBe(cause);
  });
});

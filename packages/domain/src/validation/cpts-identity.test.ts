import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkCptsIdentity } from './cpts-identity.ts';

const base = { name: 'CPTS du Pays dignois', legalForm: 'Association loi 1901' };

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.field : 'not a domain error';
  }
  return 'no error';
};

describe('identity of a CPTS', () => {
  it('normalises SIRET and FINESS written with spaces, and empties missing contacts', () => {
    expect(checkCptsIdentity({ ...base, siret: '356 000 000 00048', finess: '04 000 013 0' })).toEqual({
      ...base,
      siret: '35600000000048',
      finess: '040000130',
      email: null,
      phone: null,
      address: null,
    });
  });

  it('refuses a SIRET with a wrong key and a FINESS of the wrong shape, naming the field', () => {
    expect(fieldOf(() => checkCptsIdentity({ ...base, siret: '35600000000049' }))).toBe('siret');
    expect(fieldOf(() => checkCptsIdentity({ ...base, finess: 'AB1234567' }))).toBe('finess');
  });
});

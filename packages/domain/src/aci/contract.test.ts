import { describe, expect, it } from 'vitest';
import { contractSignedOn } from './contract.ts';

const signed = (signedOn: string) => ({ signedOn, signatory: null });

describe('the signature of a tripartite contract', () => {
  it('is the day the last of the CPTS, the CPAM and the ARS signed', () => {
    expect(contractSignedOn({ signatures: { cpts: signed('2023-02-20'), cpam: signed('2023-03-15'), ars: signed('2023-03-02') } })).toBe(
      '2023-03-15',
    );
    expect(contractSignedOn({ signatures: { cpts: signed('2023-03-20'), cpam: signed('2023-03-15'), ars: signed('2023-03-02') } })).toBe(
      '2023-03-20',
    );
  });

  it('is missing while one party, either regulator included, has not signed', () => {
    expect(contractSignedOn({ signatures: { cpts: signed('2023-02-20'), cpam: signed('2023-03-15'), ars: null } })).toBeNull();
    expect(contractSignedOn({ signatures: { cpts: signed('2023-02-20'), cpam: null, ars: signed('2023-03-02') } })).toBeNull();
    expect(contractSignedOn({ signatures: { cpts: null, cpam: signed('2023-03-15'), ars: signed('2023-03-02') } })).toBeNull();
  });
});

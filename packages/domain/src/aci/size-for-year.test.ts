import { describe, expect, it } from 'vitest';
import { makeContract } from '../../test/aci-contract-fixture.ts';
import { contractYear, contractYears } from './contract-years.ts';
import { sizeForYear } from './size-for-year.ts';

describe('the taille of a contract year', () => {
  const amendment = {
    signedOn: '2024-09-10',
    effectiveFrom: '2024-10-01',
    population: { count: 181_000, vintage: 2021 },
    sizeCategory: 4 as const,
    reason: 'Extension du territoire à trois communes',
  };
  const contract = makeContract({ amendments: [amendment] });
  const years = contractYears('2023-03-15');

  it('is the taille fixed at signature until an amendment takes effect', () => {
    expect(sizeForYear(contract, contractYear('2023-03-15', 1))).toMatchObject({
      sizeCategory: 3,
      population: { count: 118_000 },
      amendment: null,
    });
  });

  it('changes with an amendment only for the years starting on or after its effective date', () => {
    // Effective 1 Oct 2024, during year 2 (from 15 Mar 2024): year 2 keeps taille 3, year 3 is taille 4.
    expect(years.map((year) => sizeForYear(contract, year).sizeCategory)).toEqual([3, 3, 4, 4, 4]);
    expect(sizeForYear(contract, contractYear('2023-03-15', 3)).amendment).toBe(amendment);
  });

  it('takes an amendment effective on an anniversary from that year', () => {
    const onAnniversary = makeContract({ amendments: [{ ...amendment, effectiveFrom: '2025-03-15' }] });
    expect(years.map((year) => sizeForYear(onAnniversary, year).sizeCategory)).toEqual([3, 3, 4, 4, 4]);
  });
});

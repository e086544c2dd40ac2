import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkGpCapacity, type GpCapacityDeclaration, matchingGpOf } from './gp-capacity.ts';

const declaration = (over: Partial<GpCapacityDeclaration> = {}): GpCapacityDeclaration => ({
  availableNow: 5,
  perMonth: 3,
  unitCodes: null,
  maxDistanceKm: null,
  maxTier: 'epci',
  minAge: null,
  maxAge: null,
  homeVisits: false,
  ...over,
});

const fieldOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  return 'accepted';
};

describe('checkGpCapacity', () => {
  it('accepts a plausible declaration', () => {
    expect(fieldOf(() => checkGpCapacity(declaration({ unitCodes: ['83001'], minAge: 16, maxAge: 80 }), ['83001']))).toBe('accepted');
  });

  it.each([
    [{ availableNow: -1 }, 'availableNow'],
    [{ availableNow: 2.5 }, 'availableNow'],
    [{ perMonth: 501 }, 'perMonth'],
    [{ maxDistanceKm: 0 }, 'maxDistanceKm'],
    [{ minAge: 50, maxAge: 40 }, 'maxAge'],
    [{ minAge: 121 }, 'minAge'],
    [{ unitCodes: [] }, 'unitCodes'],
    [{ unitCodes: ['83001', '83001'] }, 'unitCodes'],
    [{ unitCodes: ['83001', '13055'] }, 'unitCodes[1]'],
  ] as const)('refuses %o naming %s', (over, field) => {
    expect(fieldOf(() => checkGpCapacity(declaration(over as Partial<GpCapacityDeclaration>), ['83001']))).toBe(field);
  });
});

describe('matchingGpOf', () => {
  it('subtracts the places committed since the declaration and this month, never below zero', () => {
    const gp = matchingGpOf({ id: 'g', practiceUnitCode: '83001', declaration: declaration() }, { sinceDeclaration: 2, thisMonth: 4 });
    expect(gp.availableNow).toBe(3);
    expect(gp.availableThisMonth).toBe(0);
    expect(gp.serves).toEqual({ unitCodes: null, maxDistanceKm: null, maxTier: 'epci' });
  });
});

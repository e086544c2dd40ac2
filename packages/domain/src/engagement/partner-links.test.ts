import { describe, expect, it } from 'vitest';
import { partnerMembership, type StructureMemberRef, strongestStatus } from './partner-links.ts';

const member = (overrides: Partial<StructureMemberRef>): StructureMemberRef => ({
  structureType: 'other',
  finessSite: null,
  unitCode: null,
  displayName: 'Structure',
  status: 'active',
  ...overrides,
});

describe('strongestStatus', () => {
  it('prefers an active membership over a request, a departure or a refusal', () => {
    expect(strongestStatus(['refused', 'left', 'active', 'requested'])).toBe('active');
    expect(strongestStatus(['refused', 'requested'])).toBe('requested');
    expect(strongestStatus([])).toBeNull();
  });
});

describe('partnerMembership', () => {
  const members = [
    member({ structureType: 'msp', finessSite: '040000011', status: 'left' }),
    member({ structureType: 'msp', finessSite: '040000011', status: 'requested' }),
    member({ structureType: 'commune', unitCode: '04070' }),
    member({ structureType: 'epci', unitCode: null, displayName: 'Provence-Alpes Agglomération', status: 'requested' }),
    member({ structureType: 'other', unitCode: '04001' }),
  ];

  it('links an establishment by its FINESS site', () => {
    expect(partnerMembership({ kind: 'establishment', finessSite: '040000011' }, members)).toBe('requested');
    expect(partnerMembership({ kind: 'establishment', finessSite: '040000099' }, members)).toBeNull();
  });

  it('links a commune only to a member of type commune located there', () => {
    expect(partnerMembership({ kind: 'commune', unitCode: '04070' }, members)).toBe('active');
    expect(partnerMembership({ kind: 'commune', unitCode: '04001' }, members)).toBeNull();
  });

  it('links an EPCI by a commune of its own or by its name, accents and case aside', () => {
    const epci = { kind: 'epci' as const, name: 'PROVENCE ALPES AGGLOMERATION', unitCodes: new Set(['04070']) };
    expect(partnerMembership(epci, members)).toBe('requested');
    const located = [member({ structureType: 'epci', unitCode: '04070', displayName: 'Autre nom' })];
    expect(partnerMembership({ ...epci, name: 'Sans rapport' }, located)).toBe('active');
  });
});

import { describe, expect, it } from 'vitest';
import type { Grant, Principal } from '../access/principal.ts';
import { associationAccess, requireAssociationAccess } from './access.ts';

const principal = (...grants: Grant[]): Principal => ({ userId: 'u1', email: 'u@test.fr', displayName: 'U', grants });
const cpts = { id: 'cpts-1', regionCode: '93', departementCodes: ['83'] };
const coordinator = principal({ role: 'coordinator', cptsId: 'cpts-1' });
const ars = principal({ role: 'ars', regionCode: '93' });
const otherArs = principal({ role: 'ars', regionCode: '11' });
const cpamVar = principal({ role: 'cpam', regionCode: '93', departementCode: '83' });
const cpamVaucluse = principal({ role: 'cpam', regionCode: '93', departementCode: '84' });

describe('association access', () => {
  it('lets the coordination team manage, and the ARS of the region see the figures', () => {
    expect(associationAccess(coordinator, cpts)).toBe('manage');
    expect(associationAccess(ars, cpts)).toBe('figures');
    expect(associationAccess(otherArs, cpts)).toBe('none');
  });

  it('lets the CPAM of its département see the figures, not a CPAM of another département', () => {
    expect(associationAccess(cpamVar, cpts)).toBe('figures');
    expect(associationAccess(cpamVaucluse, cpts)).toBe('none');
  });

  it('answers the access a use case needs', () => {
    expect(requireAssociationAccess(coordinator, cpts, 'manage')).toEqual({ ...cpts, access: 'manage' });
    expect(requireAssociationAccess(ars, cpts, 'figures')).toEqual({ ...cpts, access: 'figures' });
  });

  it('hides a CPTS out of scope or absent (not found), and refuses names to the ARS (forbidden)', () => {
    expect(() => requireAssociationAccess(otherArs, cpts, 'figures')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => requireAssociationAccess(coordinator, null, 'manage')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => requireAssociationAccess(ars, cpts, 'manage')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

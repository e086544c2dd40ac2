import { describe, expect, it } from 'vitest';
import { canManageContracts } from './contract-access.ts';
import {
  canReadCpts,
  canReadRegion,
  canSteerRegion,
  type Grant,
  type Principal,
  steeredRegions,
  transitionActorCheck,
} from './principal.ts';

const principal = (...grants: Grant[]): Principal => ({ userId: 'u', email: 'u@test.fr', displayName: 'U', grants });
const ars = principal({ role: 'ars', regionCode: '93' });
const cpamVar = principal({ role: 'cpam', regionCode: '93', departementCode: '83' });
const coordinator = principal({ role: 'coordinator', cptsId: 'c1' });
/** A CPTS of the Var, one across Var and Bouches-du-Rhône, one of the Alpes-Maritimes. */
const varCpts = { id: 'c1', regionCode: '93', departementCodes: ['83'] };
const acrossCpts = { id: 'c2', regionCode: '93', departementCodes: ['13', '83'] };
const alpesCpts = { id: 'c3', regionCode: '93', departementCodes: ['06'] };

describe('ARS and CPAM roles', () => {
  it('lets the ARS steer its region and read every CPTS of it', () => {
    expect(canSteerRegion(ars, '93')).toBe(true);
    expect(canSteerRegion(ars, '84')).toBe(false);
    expect([varCpts, acrossCpts, alpesCpts].map((c) => canReadCpts(ars, c))).toEqual([true, true, true]);
  });

  it("scopes a CPAM to its département's CPTS and never lets it steer the region", () => {
    expect(canSteerRegion(cpamVar, '93')).toBe(false);
    expect(canReadRegion(cpamVar, '93')).toBe(true);
    expect(canReadRegion(cpamVar, '84')).toBe(false);
    expect(steeredRegions(cpamVar)).toEqual(['93']);
    expect([varCpts, acrossCpts, alpesCpts].map((c) => canReadCpts(cpamVar, c))).toEqual([true, true, false]);
  });

  it('makes both co-signatories manage the contract, and only them', () => {
    expect(canManageContracts(ars, alpesCpts)).toBe(true);
    expect(canManageContracts(cpamVar, acrossCpts)).toBe(true);
    expect(canManageContracts(cpamVar, alpesCpts)).toBe(false);
    expect(canManageContracts(coordinator, varCpts)).toBe(false);
  });

  it("gives the regulators' steps of the lifecycle to the ARS and the CPTS's own CPAM", () => {
    expect(transitionActorCheck(ars, alpesCpts)('regulator')).toBe(true);
    expect(transitionActorCheck(cpamVar, varCpts)('regulator')).toBe(true);
    expect(transitionActorCheck(cpamVar, alpesCpts)('regulator')).toBe(false);
    expect(transitionActorCheck(cpamVar, varCpts)('coordinator')).toBe(false);
    expect(transitionActorCheck(coordinator, varCpts)('coordinator')).toBe(true);
  });

  it('reads nothing for a CPTS without territory yet, except the ARS and its team', () => {
    const bare = { id: 'c1', regionCode: '93', departementCodes: [] };
    expect([ars, cpamVar, coordinator].map((p) => canReadCpts(p, bare))).toEqual([true, false, true]);
  });
});

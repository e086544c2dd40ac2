import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.ts';
import type { WhiteZone } from '../coverage/coverage.ts';
import { assertPlanEditable, zoneForPlan } from './white-zone-plan.ts';

const zone = (key: string, unitCodes: string[]): WhiteZone => ({
  key,
  unitCodes,
  population: 100,
  groupedBy: 'adjacency',
  departementCodes: ['04'],
  projects: [],
});
const who = (grants: Principal['grants']): Principal => ({ userId: 'u', email: 'u@test.fr', displayName: 'U', grants });

describe('zoneForPlan', () => {
  const zones = [zone('04001', ['04001', '04019']), zone('04100', ['04100', '05002'])];

  it('finds the zone by its key', () => {
    expect(zoneForPlan(zones, '04100').unitCodes).toEqual(['04100', '05002']);
  });

  it('resolves the key of a zone clipped to a département to the region zone holding that unit', () => {
    expect(zoneForPlan(zones, '05002').key).toBe('04100');
  });

  it('refuses a zone that no longer exists, on zoneKey', () => {
    expect(() => zoneForPlan(zones, '06088')).toThrow(expect.objectContaining({ code: 'INVALID', field: 'zoneKey' }));
  });
});

describe('assertPlanEditable', () => {
  it('lets the ARS of the region and the administration change a plan', () => {
    expect(() => assertPlanEditable(who([{ role: 'ars', regionCode: '93' }]), { regionCode: '93' })).not.toThrow();
    expect(() => assertPlanEditable(who([{ role: 'admin' }]), { regionCode: '93' })).not.toThrow();
  });

  it('answers « not found » to anyone else and for a missing plan', () => {
    const notFound = expect.objectContaining({ code: 'NOT_FOUND' });
    expect(() => assertPlanEditable(who([{ role: 'ars', regionCode: '11' }]), { regionCode: '93' })).toThrow(notFound);
    expect(() => assertPlanEditable(who([{ role: 'cpam', regionCode: '93', departementCode: '04' }]), { regionCode: '93' })).toThrow(
      notFound,
    );
    expect(() => assertPlanEditable(who([{ role: 'admin' }]), null)).toThrow(notFound);
  });
});

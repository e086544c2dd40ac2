import { describe, expect, it } from 'vitest';
import { ACI_MISSIONS, isAciMission, missionOrder } from './missions.ts';

describe('ACI missions', () => {
  it('lists the six missions of the law, socle ones first, in the ACI order', () => {
    expect(ACI_MISSIONS).toEqual(['accessToCare', 'pathways', 'prevention', 'healthCrisis', 'quality', 'professionalSupport']);
    expect(missionOrder('accessToCare')).toBeLessThan(missionOrder('healthCrisis'));
    expect(missionOrder('healthCrisis')).toBeLessThan(missionOrder('quality'));
  });

  it('recognises a mission id', () => {
    expect(isAciMission('quality')).toBe(true);
    expect(isAciMission('snp')).toBe(false);
  });
});

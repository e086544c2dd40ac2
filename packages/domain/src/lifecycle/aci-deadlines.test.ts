import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AciVersion } from '../reference/aci.ts';
import { aciMissionDeadlines, DEFAULT_NEAR_DAYS, type MissionDeadlineView } from './aci-deadlines.ts';

/** Signed on the day France moves to summer time (Europe/Paris, 29 March 2026). */
const SIGNED_ON = '2026-03-29';

const byMission = (views: MissionDeadlineView[]) => Object.fromEntries(views.map((v) => [v.mission, v]));

describe('aciMissionDeadlines', () => {
  it('gives access to care and health crises 6 months to start and 18 to be deployed, pathways and prevention 12 and 24', () => {
    const views = aciMissionDeadlines({ signedOn: SIGNED_ON, today: '2026-04-01' });
    expect(views.map((v) => [v.mission, v.startBy, v.deployedBy])).toEqual([
      ['accessToCare', '2026-09-29', '2027-09-29'],
      ['healthCrisis', '2026-09-29', '2027-09-29'],
      ['pathways', '2027-03-29', '2028-03-29'],
      ['prevention', '2027-03-29', '2028-03-29'],
    ]);
    expect(views.every((v) => v.label.length > 0)).toBe(true);
  });

  it('reads every deadline as upcoming right after the signature', () => {
    const views = aciMissionDeadlines({ signedOn: SIGNED_ON, today: SIGNED_ON });
    expect(views.flatMap((v) => [v.startStatus, v.deployStatus])).toEqual(Array(8).fill('upcoming'));
  });

  it('clamps deadlines to the end of shorter months, and to 29 February in leap years', () => {
    const fromAugust = byMission(aciMissionDeadlines({ signedOn: '2025-08-31', today: '2025-09-01' }));
    expect([fromAugust.accessToCare?.startBy, fromAugust.accessToCare?.deployedBy]).toEqual(['2026-02-28', '2027-02-28']);
    expect([fromAugust.pathways?.startBy, fromAugust.pathways?.deployedBy]).toEqual(['2026-08-31', '2027-08-31']);
    const beforeLeapYear = byMission(aciMissionDeadlines({ signedOn: '2027-08-31', today: '2027-09-01' }));
    expect(beforeLeapYear.healthCrisis?.startBy).toBe('2028-02-29');
  });

  it('reads a deadline as near within the near window, inclusive, and upcoming one day before it', () => {
    expect(DEFAULT_NEAR_DAYS).toBe(60);
    // startBy for access to care is 2026-09-29: 61 days after 30 July (1 + 31 + 29), 60 after 31 July.
    const status = (today: string) => byMission(aciMissionDeadlines({ signedOn: SIGNED_ON, today })).accessToCare?.startStatus;
    expect(status('2026-07-30')).toBe('upcoming');
    expect(status('2026-07-31')).toBe('near');
    expect(status('2026-09-28')).toBe('near');
  });

  it('reads a deadline as near on its last day and late the day after', () => {
    const status = (today: string) => byMission(aciMissionDeadlines({ signedOn: SIGNED_ON, today })).accessToCare?.startStatus;
    expect(status('2026-09-29')).toBe('near');
    expect(status('2026-09-30')).toBe('late');
    expect(status('2027-01-01')).toBe('late');
  });

  it('uses the near window given by the caller', () => {
    const views = byMission(aciMissionDeadlines({ signedOn: SIGNED_ON, today: '2026-07-30', nearDays: 90 }));
    expect(views.accessToCare?.startStatus).toBe('near');
    expect(views.pathways?.startStatus).toBe('upcoming');
    const none = byMission(aciMissionDeadlines({ signedOn: SIGNED_ON, today: '2026-09-28', nearDays: 0 }));
    expect(none.accessToCare?.startStatus).toBe('upcoming');
  });

  it('reads a step with a milestone as done, even past its deadline, and leaves the other step alone', () => {
    const views = byMission(
      aciMissionDeadlines({
        signedOn: SIGNED_ON,
        today: '2027-06-01',
        milestones: { accessToCare: { startedOn: '2026-11-15' }, pathways: { startedOn: null, deployedOn: '2027-05-02' } },
      }),
    );
    expect([views.accessToCare?.startStatus, views.accessToCare?.deployStatus]).toEqual(['done', 'upcoming']);
    expect([views.healthCrisis?.startStatus, views.healthCrisis?.deployStatus]).toEqual(['late', 'upcoming']);
    // pathways had to start by 2027-03-29: a null milestone does not count as done.
    expect([views.pathways?.startStatus, views.pathways?.deployStatus]).toEqual(['late', 'done']);
  });

  it('reads its deadlines from the ACI version it is given', () => {
    const version: AciVersion = {
      id: 'test',
      label: 'Test',
      effectiveFrom: '2030-01-01',
      deadlines: [{ mission: 'prevention', label: 'Prévention', startWithinMonths: 3, deployedWithinMonths: 9 }],
    };
    const views = aciMissionDeadlines({ signedOn: '2030-01-31', today: '2030-02-01', version });
    expect(views.map((v) => [v.mission, v.startBy, v.deployedBy])).toEqual([['prevention', '2030-04-30', '2030-10-31']]);
  });

  it('always puts the start deadline no later than the deployment deadline, and classifies by days left', () => {
    const dateArb = fc
      .record({ y: fc.integer({ min: 2019, max: 2035 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -100, max: 1_000 }), fc.integer({ min: 0, max: 120 }), (signedOn, offset, nearDays) => {
        const today = new Date(Date.parse(`${signedOn}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
        for (const view of aciMissionDeadlines({ signedOn, today, nearDays })) {
          expect(view.startBy > signedOn).toBe(true);
          expect(view.startBy < view.deployedBy).toBe(true);
          for (const [deadline, status] of [
            [view.startBy, view.startStatus],
            [view.deployedBy, view.deployStatus],
          ] as const) {
            const left = Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000);
            expect(status).toBe(left < 0 ? 'late' : left <= nearDays ? 'near' : 'upcoming');
          }
        }
      }),
    );
  });

  it('counts the crisis mission of a contract signed before avenant 2 from avenant 2, not from the signature (issue #8)', () => {
    // A contract signed in 2019 was shown late on a mission that did not exist yet.
    const views = byMission(aciMissionDeadlines({ signedOn: '2019-10-15', today: '2022-03-01' }));
    expect([views.healthCrisis?.startBy, views.healthCrisis?.deployedBy, views.healthCrisis?.startStatus]).toEqual([
      '2022-07-01',
      '2023-07-01',
      'upcoming',
    ]);
    expect([views.accessToCare?.startBy, views.accessToCare?.startStatus]).toEqual(['2020-04-15', 'late']);
  });
});

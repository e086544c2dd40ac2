import { describe, expect, it } from 'vitest';
import { makeContract, started } from '../../test/aci-contract-fixture.ts';
import { contractMissionDeadlines, missionDeadlines } from './mission-deadlines.ts';
import { applyReferenceChanges, planReferenceEdit } from './reference-edit.ts';
import { ACI_REFERENCE_SEED as reference } from './seed.ts';

const byMission = <T extends { mission: string }>(views: T[]) => Object.fromEntries(views.map((view) => [view.mission, view]));

describe('mission deadlines of a contract', () => {
  it('counts socle deadlines from the signature for a contract signed after avenant 2', () => {
    const views = contractMissionDeadlines(makeContract(), { reference, today: '2023-04-01' });
    expect(views.map((v) => [v.mission, v.clockBasis, v.startBy, v.deployedBy])).toEqual([
      ['accessToCare', 'signature', '2023-09-15', '2024-09-15'],
      ['pathways', 'signature', '2024-03-15', '2025-03-15'],
      ['prevention', 'signature', '2024-03-15', '2025-03-15'],
      ['healthCrisis', 'signature', '2023-09-15', '2024-09-15'],
    ]);
  });

  it('applies the crisis mission to a contract signed before avenant 2 from its effective date, and counts from there', () => {
    const contract = makeContract({ signedOn: '2019-10-15', population: { count: 118_000, vintage: 2016 } });
    const views = byMission(contractMissionDeadlines(contract, { reference, today: '2022-03-01' }));
    expect(views.healthCrisis).toMatchObject({
      clockStartsOn: '2022-01-01',
      clockBasis: 'versionEffective',
      versionId: 'aci-2019-av2',
      startBy: '2022-07-01',
      deployedBy: '2023-07-01',
      startStatus: 'upcoming',
      explanation: expect.stringContaining('01/01/2022'),
    });
    expect(views.accessToCare).toMatchObject({ clockStartsOn: '2019-10-15', startBy: '2020-04-15', startStatus: 'late' });
  });

  it('moves the crisis clock with an edited effective date of avenant 2', () => {
    const change = planReferenceEdit({
      reference,
      key: { kind: 'effectiveFrom', versionId: 'aci-2019-av2' },
      value: '2022-04-02',
      status: 'derived',
      source: { url: null, citation: 'Lendemain de la publication de l’avis au JORF' },
      authorId: 'admin',
      changedAt: '2026-05-01T08:00:00Z',
    });
    const edited = applyReferenceChanges(reference, [change]);
    const contract = makeContract({ signedOn: '2021-06-01' });
    expect(byMission(contractMissionDeadlines(contract, { reference: edited, today: '2022-05-01' })).healthCrisis?.startBy).toBe(
      '2022-10-02',
    );
  });

  it('leaves out the crisis mission of a contract that ended before avenant 2 took effect', () => {
    const contract = makeContract({
      signedOn: '2019-09-02',
      population: { count: 118_000, vintage: 2016 },
      termination: { effectiveOn: '2021-09-01', reason: 'dissolution', comment: null },
    });
    expect(contractMissionDeadlines(contract, { reference, today: '2022-01-15' }).map((v) => v.mission)).toEqual([
      'accessToCare',
      'pathways',
      'prevention',
    ]);
  });

  it('lists the optional missions the contract chose, with the deadlines it writes, or none', () => {
    const contract = makeContract({
      missions: [
        { mission: 'quality', startedOn: null, deployedOn: null, startWithinMonths: 12, deployedWithinMonths: 36 },
        { mission: 'professionalSupport', startedOn: '2024-01-10', deployedOn: null },
      ],
    });
    const views = byMission(contractMissionDeadlines(contract, { reference, today: '2024-02-01' }));
    expect(views.quality).toMatchObject({
      kind: 'optional',
      startBy: '2024-03-15',
      deployedBy: '2026-03-15',
      startStatus: 'near',
      deployStatus: 'upcoming',
    });
    expect(views.professionalSupport).toMatchObject({
      startBy: null,
      deployedBy: null,
      startStatus: 'done',
      deployStatus: 'notSet',
      explanation: expect.stringContaining('non renseignés'),
    });
    expect(byMission(contractMissionDeadlines(makeContract(), { reference, today: '2024-02-01' })).quality).toBeUndefined();
  });

  it('reads milestones as done and keeps the near window of the CPTS page (60 days, or the caller’s)', () => {
    const views = missionDeadlines({
      signedOn: '2023-03-15',
      reference,
      today: '2023-07-10',
      missions: [started('accessToCare', '2023-05-01')],
    });
    expect(byMission(views).accessToCare?.startStatus).toBe('done');
    expect(byMission(views).healthCrisis?.startStatus).toBe('upcoming');
    expect(
      byMission(missionDeadlines({ signedOn: '2023-03-15', reference, today: '2023-07-10', missions: [], nearDays: 90 })).healthCrisis
        ?.startStatus,
    ).toBe('near');
  });
});

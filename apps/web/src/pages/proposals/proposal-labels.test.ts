import { describe, expect, it } from 'vitest';
import { approvalText, changeSummary, populationEffect } from './proposal-labels.ts';

const approval = { regionCode: '84', regionName: 'Auvergne-Rhône-Alpes', reason: 'unitsOfRegion' as const, reasonLabel: '', comment: null };

describe('proposal labels', () => {
  it('summarises the change in communes and its population effect in French', () => {
    const unit = { code: '04001', name: 'Aiglun', regionCode: '93', population: 1399 };
    expect(changeSummary({ added: [unit, unit], removed: [unit] })).toBe('+2 communes, −1 commune');
    expect(changeSummary({ added: [], removed: [] })).toBe('aucun changement');
    expect(populationEffect({ populationBefore: 19_699, populationAfter: 18_300 })).toBe(
      '19\u202f699\u00a0hab. → 18\u202f300\u00a0hab. (−1\u202f399)',
    );
  });

  it("says each region's decision, who took it and when", () => {
    const undecided = { ...approval, decision: null, decidedByName: null, decidedAt: null };
    expect(approvalText(undecided, 'pending')).toBe('ARS Auvergne-Rhône-Alpes : en attente');
    expect(approvalText(undecided, 'withdrawn')).toBe('ARS Auvergne-Rhône-Alpes : sans décision');
    const refusal = { ...approval, decision: 'refused' as const, decidedByName: 'ars.ara', decidedAt: '2026-11-22T10:00:00.000Z' };
    expect(approvalText(refusal, 'refused')).toBe('ARS Auvergne-Rhône-Alpes : refusée par ars.ara le 22/11/2026');
  });
});

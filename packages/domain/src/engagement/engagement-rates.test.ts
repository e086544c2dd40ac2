import { describe, expect, it } from 'vitest';
import { engagementLines, engagementRate } from './engagement-rates.ts';

describe('engagementRate', () => {
  it('is the share of professionals who are members', () => {
    expect(engagementRate(70, 200)).toBe(0.35);
    expect(engagementRate(1, 3)).toBe(0.333);
  });

  it('is unknown where no professional practises', () => {
    expect(engagementRate(0, 0)).toBeNull();
  });
});

describe('engagementLines', () => {
  it('adds a rate per line and a total ("70 adhérents sur 200 professionnels")', () => {
    const { lines, total } = engagementLines(
      [
        { key: 'generalPractice', label: 'Médecine générale', professionals: 50, members: 30 },
        { key: '60', label: 'Infirmier', professionals: 150, members: 40 },
        { key: '91', label: 'Orthophoniste', professionals: 0, members: 0 },
      ],
      'Ensemble',
    );
    expect(lines.map((l) => l.rate)).toEqual([0.6, 0.267, null]);
    expect(total).toEqual({ key: 'total', label: 'Ensemble', professionals: 200, members: 70, rate: 0.35 });
  });
});

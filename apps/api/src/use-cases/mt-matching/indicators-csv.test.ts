import type { WaitingListIndicatorsDto } from '@maillon/contracts';
import { describe, expect, it } from 'vitest';
import { indicatorsCsv, regionIndicatorsCsv } from './indicators-csv.ts';

const figures = (over: Partial<WaitingListIndicatorsDto> = {}): WaitingListIndicatorsDto => ({
  cptsId: 'c1',
  cptsName: 'CPTS du Val',
  waiting: 3,
  waitingByGroup: [
    { label: 'ALD', count: 2 },
    { label: 'Autres', count: 1 },
  ],
  waitingByUnit: [{ unitCode: '04070', unitName: 'Digne-les-Bains', count: 3 }],
  placedByMonth: [{ month: '2026-03', count: 4 }],
  placed: 4,
  medianWaitDays: 12.25,
  p90WaitDays: null,
  answeredInTime: 3,
  answeredInTimeRate: 0.75,
  responseDays: 30,
  ald: { baseline: 5, stillWaiting: 2 },
  seniors: { baseline: 1, stillWaiting: 1 },
  ...over,
});
const rows = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');

describe('indicators CSV', () => {
  it('writes one row per figure, French decimals, and an empty cell for an unknown value', () => {
    const csv = indicatorsCsv(figures());
    expect(csv.startsWith('\ufeffCPTS;Indicateur;Détail;Valeur\r\n')).toBe(true);
    expect(rows(csv)).toEqual(
      expect.arrayContaining([
        'CPTS du Val;En attente;Total;3',
        'CPTS du Val;En attente par groupe de priorité;ALD;2',
        'CPTS du Val;En attente par commune;Digne-les-Bains (04070);3',
        'CPTS du Val;Placés par mois;mars 2026;4',
        'CPTS du Val;Attente médiane (jours);;12,3',
        'CPTS du Val;Attente au 90e centile (jours);;',
        'CPTS du Val;Réponses dans l’engagement (%);30 jours ou moins;75',
        'CPTS du Val;Patients en ALD de la liste CPAM;Référence CPAM;5',
      ]),
    );
  });

  it('adds the region total of what adds up, never a summed median', () => {
    const csv = regionIndicatorsCsv([
      figures(),
      figures({ cptsId: 'c2', cptsName: 'CPTS du Mont', waiting: 1, placed: 0, placedByMonth: [] }),
    ]);
    const total = rows(csv).filter((r) => r.startsWith('Ensemble de la région;'));
    expect(total).toEqual(
      expect.arrayContaining([
        'Ensemble de la région;En attente;Total;4',
        'Ensemble de la région;En attente par groupe de priorité;ALD;4',
        'Ensemble de la région;Placés par mois;mars 2026;4',
        'Ensemble de la région;Patients en ALD de la liste CPAM;Encore sans médecin traitant;4',
      ]),
    );
    expect(total.some((r) => r.includes('médiane'))).toBe(false);
  });

  it('neutralises a CPTS name that a spreadsheet would run as a formula', () => {
    expect(indicatorsCsv(figures({ cptsName: '=HYPERLINK("x")' }))).toContain(`"'=HYPERLINK(""x"")";En attente;Total;3`);
  });
});

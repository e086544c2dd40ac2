import { describe, expect, it } from 'vitest';
import { makeContract, started } from '../../test/aci-contract-fixture.ts';
import { contractYearEnvelope } from './envelope.ts';
import { fixedLines } from './fixed-lines.ts';
import { ACI_REFERENCE_SEED as reference } from './seed.ts';

describe('fonctionnement and fixed-part lines of a year', () => {
  const contract = makeContract({ missions: [started('pathways', '2023-09-01'), started('quality', '2024-03-15')] });

  it('advances 75 % of a mission’s fixed part at its start, prorated over the days left to the anniversary', () => {
    const lines = fixedLines(contractYearEnvelope(contract, { reference, year: 1 }), { signedOn: '2023-03-15', termination: null });
    const pathways = lines.filter((line) => line.item === 'pathways');
    // 196 days from 01/09/2023 to 15/03/2024, of 366: 45 000 € × 196/366 = 24 098,36 €, 75 % = 18 073,77 €.
    expect(pathways.map((line) => [line.date, line.kind, line.amountCents])).toEqual([
      ['2023-09-01', 'advance', 1_807_377],
      ['2024-03-15', 'balance', 2_409_836 - 1_807_377],
    ]);
    expect(pathways[0]?.explanation).toBe(
      "Démarrage de la mission le 01/09/2023 : avance de 75 % de la part fixe de l'année 1 (45\u202f000,00\u00a0€) au prorata des 196 jours restant jusqu'à la date anniversaire, sur 366.",
    );
  });

  it('treats a mission started on an anniversary as a full year, and skips a mission not yet started', () => {
    const year1 = fixedLines(contractYearEnvelope(contract, { reference, year: 1 }), { signedOn: '2023-03-15', termination: null });
    expect(year1.some((line) => line.item === 'quality')).toBe(false);
    const year2 = fixedLines(contractYearEnvelope(contract, { reference, year: 2 }), { signedOn: '2023-03-15', termination: null });
    expect(year2.filter((line) => line.item === 'quality').map((line) => [line.date, line.amountCents])).toEqual([
      ['2024-03-15', 1_125_000],
      ['2025-03-15', 375_000],
    ]);
    expect(year2.find((line) => line.item === 'quality')?.explanation).toContain("premier jour de l'année 2");
  });
});

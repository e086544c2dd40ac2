import { describe, expect, it } from 'vitest';
import { makeContract, started } from '../../test/aci-contract-fixture.ts';
import { contractYearEnvelope } from './envelope.ts';
import { ACI_REFERENCE_SEED as reference } from './seed.ts';

describe('the envelope of a contract year', () => {
  it('reads avenant 2 and the taille 3 amounts for a contract signed in 2023', () => {
    const contract = makeContract({
      missions: [started('accessToCare', '2023-03-15'), { ...started('quality', '2024-01-15'), startWithinMonths: 12 }],
    });
    const envelope = contractYearEnvelope(contract, { reference, year: 1 });
    expect(envelope.version.id).toBe('aci-2019-av2');
    expect(envelope.operating).toMatchObject({ cents: 13_125_000, status: 'reported' });
    expect(envelope.missions.map((m) => [m.mission, m.fixed.cents, m.variable?.cents ?? null])).toEqual([
      ['accessToCare', 9_000_000, 3_500_000],
      ['pathways', 4_500_000, 4_500_000],
      ['prevention', 1_750_000, 1_750_000],
      ['healthCrisis', 2_250_000, null],
      ['quality', 1_500_000, 1_500_000],
    ]);
    expect(envelope.totalCents).toBe(13_125_000 + 12_500_000 + 9_000_000 + 3_500_000 + 2_250_000 + 3_000_000);
    expect(envelope.unknown).toEqual([]);
    expect(envelope.status).toBe('reported');
  });

  it('reads the version in force on the day the year starts: ACI 2019 until the first anniversary after avenant 2', () => {
    const contract = makeContract({ signedOn: '2020-10-01', population: { count: 118_000, vintage: 2017 } });
    const versions = [1, 2, 3, 4, 5].map((year) => contractYearEnvelope(contract, { reference, year }).version.id);
    expect(versions).toEqual(['aci-2019', 'aci-2019', 'aci-2019-av2', 'aci-2019-av2', 'aci-2019-av2']);
    const year2 = contractYearEnvelope(contract, { reference, year: 2 });
    expect(year2.operating).toMatchObject({ cents: 7_500_000, status: 'derived' });
    expect(year2.missions.map((m) => m.mission)).toEqual(['accessToCare', 'pathways', 'prevention']);
  });

  it('says « montant non connu » for what the reference lacks, and never counts it as zero in the total', () => {
    const contract = makeContract({ population: { count: 30_000, vintage: 2020 }, sizeCategory: 1 });
    const envelope = contractYearEnvelope(contract, { reference, year: 1 });
    expect(envelope.operating.cents).toBe(8_750_000);
    expect(envelope.missions.every((m) => m.fixed.cents === null)).toBe(true);
    expect(envelope.totalCents).toBeNull();
    expect(envelope.knownCents).toBe(8_750_000);
    expect(envelope.unknown[0]).toBe('Part fixe, Accès aux soins (taille 1, ACI CPTS 2019, avenant 2) : montant non connu');
    expect(envelope.unknown).toHaveLength(7);
    expect(envelope.status).toBe('unknown');
  });

  it('pays a year on the taille of that year after an amendment', () => {
    const contract = makeContract({
      amendments: [
        {
          signedOn: '2024-09-10',
          effectiveFrom: '2024-10-01',
          population: { count: 181_000, vintage: 2021 },
          sizeCategory: 4,
          reason: null,
        },
      ],
    });
    expect(contractYearEnvelope(contract, { reference, year: 2 }).operating.cents).toBe(13_125_000);
    expect(contractYearEnvelope(contract, { reference, year: 3 })).toMatchObject({
      size: { sizeCategory: 4 },
      operating: { cents: 15_750_000 },
    });
    expect(contractYearEnvelope(contract, { reference, year: 3 }).annualMaximum).toMatchObject({ cents: 58_000_000, status: 'confirmed' });
  });
});

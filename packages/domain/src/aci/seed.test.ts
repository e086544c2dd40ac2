import { describe, expect, it } from 'vitest';
import { amountEntry, missionTerms } from './aci-version.ts';
import type { AmountItem, AmountPart } from './missions.ts';
import { ACI_EARLIEST_SIGNATURE, ACI_REFERENCE_SEED } from './seed.ts';
import { ACI_2019 } from './seed-2019.ts';
import { ACI_2019_AVENANT_2_VERSION as AV2 } from './seed-avenant-2.ts';

const euros = (version: typeof AV2, item: AmountItem, part: AmountPart) =>
  ([1, 2, 3, 4] as const).map((sizeCategory) => {
    const value = amountEntry(version, { sizeCategory, item, part })?.amount.value;
    return value == null ? null : value / 100;
  });
const statuses = (version: typeof AV2, item: AmountItem, part: AmountPart) =>
  ([1, 2, 3, 4] as const).map((sizeCategory) => amountEntry(version, { sizeCategory, item, part })?.amount.status);

describe('ACI reference seed', () => {
  it('dates ACI 2019 in force on 25 August 2019 and refuses earlier signatures from that date', () => {
    expect(ACI_2019.effectiveFrom).toMatchObject({ value: '2019-08-25', status: 'confirmed' });
    expect(ACI_2019.signedOn.value).toBe('2019-06-20');
    expect(ACI_EARLIEST_SIGNATURE).toBe('2019-08-25');
  });

  it('gives avenant 2 its confirmed signature and a default effective date marked unknown, with its source', () => {
    expect(AV2.signedOn).toMatchObject({ value: '2021-12-20', status: 'confirmed' });
    expect(AV2.effectiveFrom.value).toBe('2022-01-01');
    expect(AV2.effectiveFrom.status).toBe('unknown');
    expect(AV2.effectiveFrom.source.url).toBe('https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045443303');
  });

  it('has no crisis mission before avenant 2, and four socle missions after it', () => {
    expect(missionTerms(ACI_2019, 'healthCrisis')).toBeUndefined();
    expect(AV2.missions.filter((m) => m.kind === 'core').map((m) => m.mission)).toEqual([
      'accessToCare',
      'pathways',
      'prevention',
      'healthCrisis',
    ]);
    expect(AV2.missions.filter((m) => m.kind === 'optional').map((m) => m.mission)).toEqual(['quality', 'professionalSupport']);
    expect(missionTerms(AV2, 'healthCrisis')).toMatchObject({
      startWithinMonths: { value: 6 },
      deployedWithinMonths: { value: 18 },
      hasVariablePart: false,
    });
    expect(missionTerms(AV2, 'pathways')).toMatchObject({
      startWithinMonths: { value: 12, status: 'confirmed' },
      deployedWithinMonths: { value: 24 },
    });
    expect(missionTerms(AV2, 'quality')).toMatchObject({ startWithinMonths: null, deployedWithinMonths: null });
  });

  it('holds the fonctionnement per taille with the statuses of docs/reference/aci.md §3', () => {
    expect(euros(ACI_2019, 'operating', 'operating')).toEqual([50_000, 60_000, 75_000, 90_000]);
    expect(statuses(ACI_2019, 'operating', 'operating')).toEqual(['derived', 'derived', 'derived', 'derived']);
    expect(euros(AV2, 'operating', 'operating')).toEqual([87_500, 105_000, 131_250, 157_500]);
    expect(statuses(AV2, 'operating', 'operating')).toEqual(['reported', 'reported', 'reported', 'reported']);
    expect(euros(AV2, 'contract', 'loiLumpSum')).toEqual([15_000, 17_500, 25_000, 30_000]);
    expect(statuses(AV2, 'contract', 'loiLumpSum')).toEqual(['confirmed', 'reported', 'reported', 'confirmed']);
    expect(euros(ACI_2019, 'contract', 'annualMaximum')).toEqual([220_000, 287_000, 370_000, 450_000]);
    expect(euros(AV2, 'contract', 'annualMaximum')).toEqual([null, null, null, 580_000]);
  });

  it('holds the taille 3 mission amounts of the signed Seine-Saint-Denis contracts, and no invented figure elsewhere', () => {
    expect(euros(AV2, 'accessToCare', 'fixed')).toEqual([null, null, 90_000, null]);
    expect(euros(AV2, 'accessToCare', 'variable')).toEqual([null, null, 35_000, null]);
    expect(euros(AV2, 'pathways', 'fixed')[2]).toBe(45_000);
    expect(euros(AV2, 'prevention', 'variable')[2]).toBe(17_500);
    expect(euros(AV2, 'healthCrisis', 'fixed')[2]).toBe(22_500);
    expect(euros(AV2, 'healthCrisis', 'crisisActivation')[2]).toBe(67_500);
    expect(statuses(AV2, 'healthCrisis', 'crisisPreparation')[2]).toBe('derived');
    expect(euros(AV2, 'quality', 'fixed')[2]).toBe(15_000);
    expect(euros(AV2, 'professionalSupport', 'variable')[2]).toBe(10_000);
    expect(statuses(AV2, 'pathways', 'fixed')).toEqual(['unknown', 'unknown', 'confirmed', 'unknown']);
    expect(euros(ACI_2019, 'accessToCare', 'fixed')).toEqual([null, null, null, null]);
  });

  it('keeps every amount an integer of cents or null-and-unknown, each with a citation, once per key', () => {
    for (const version of ACI_REFERENCE_SEED) {
      const keys = new Set<string>();
      for (const entry of version.amounts) {
        const key = `${entry.sizeCategory}/${entry.item}/${entry.part}`;
        expect(keys.has(key), `${version.id} ${key} twice`).toBe(false);
        keys.add(key);
        const { value, status, source } = entry.amount;
        if (value === null) expect(status).toBe('unknown');
        else expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
        expect(source.citation.length).toBeGreaterThan(10);
        if (source.url !== null) expect(source.url).toMatch(/^https?:\/\//);
      }
    }
  });
});

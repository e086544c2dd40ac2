import { describe, expect, it } from 'vitest';
import type { AciReference } from './aci-version.ts';
import { ACI_REFERENCE_SEED } from './seed.ts';
import { ACI_2019 } from './seed-2019.ts';
import { aciVersionAt, checkAciSignatureDate, findAciVersionAt, missionIntroduction, versionsByDate } from './version-at.ts';

describe('the ACI version in force on a day', () => {
  it('is ACI 2019 from 25 August 2019, avenant 2 from its effective date', () => {
    expect(aciVersionAt(ACI_REFERENCE_SEED, '2019-08-25').id).toBe('aci-2019');
    expect(aciVersionAt(ACI_REFERENCE_SEED, '2021-12-31').id).toBe('aci-2019');
    expect(aciVersionAt(ACI_REFERENCE_SEED, '2022-01-01').id).toBe('aci-2019-av2');
    expect(aciVersionAt(ACI_REFERENCE_SEED, '2030-06-01').id).toBe('aci-2019-av2');
  });

  it('follows an edited effective date and ignores the order versions are stored in', () => {
    const edited: AciReference = ACI_REFERENCE_SEED.map((v) =>
      v.id === 'aci-2019-av2' ? { ...v, effectiveFrom: { ...v.effectiveFrom, value: '2022-04-01' } } : v,
    );
    expect(aciVersionAt([...edited].reverse(), '2022-03-31').id).toBe('aci-2019');
    expect(versionsByDate([...edited].reverse()).map((v) => v.id)).toEqual(['aci-2019', 'aci-2019-av2']);
  });

  it('is none before the accord, with an error naming the field', () => {
    expect(findAciVersionAt(ACI_REFERENCE_SEED, '2019-08-24')).toBeUndefined();
    expect(() => aciVersionAt(ACI_REFERENCE_SEED, '2019-08-24', 'contractYear')).toThrow(
      expect.objectContaining({ field: 'contractYear' }),
    );
  });
});

describe('no ACI signature before 25 August 2019', () => {
  it('refuses an earlier signature in French, naming the field', () => {
    expect(() => checkAciSignatureDate('2019-08-24', 'signatures.cpam.signedOn')).toThrow(
      expect.objectContaining({ code: 'INVALID', field: 'signatures.cpam.signedOn', message: expect.stringContaining('25/08/2019') }),
    );
    expect(() => checkAciSignatureDate('2019-8-30', 'signatures.ars.signedOn')).toThrow(
      expect.objectContaining({ field: 'signatures.ars.signedOn' }),
    );
    expect(() => checkAciSignatureDate('2019-08-25', 'signatures.cpts.signedOn')).not.toThrow();
  });
});

describe('when a mission starts applying to a contract', () => {
  it('applies the crisis mission from avenant 2 to a contract signed before it, and from the signature after', () => {
    expect(missionIntroduction(ACI_REFERENCE_SEED, 'healthCrisis', '2020-10-01')).toMatchObject({
      appliesFrom: '2022-01-01',
      version: { id: 'aci-2019-av2' },
    });
    expect(missionIntroduction(ACI_REFERENCE_SEED, 'healthCrisis', '2023-03-15')?.appliesFrom).toBe('2023-03-15');
    expect(missionIntroduction(ACI_REFERENCE_SEED, 'accessToCare', '2020-10-01')).toMatchObject({
      appliesFrom: '2020-10-01',
      version: { id: 'aci-2019' },
    });
  });

  it('has no crisis mission in a reference made only of ACI 2019', () => {
    expect(missionIntroduction([ACI_2019], 'healthCrisis', '2020-10-01')).toBeUndefined();
  });
});

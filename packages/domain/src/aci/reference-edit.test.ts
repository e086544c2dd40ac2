import { describe, expect, it } from 'vitest';
import { amountEntry } from './aci-version.ts';
import { applyReferenceChanges, planReferenceEdit, type ReferenceEditRequest, type ReferenceKey } from './reference-edit.ts';
import { ACI_REFERENCE_SEED } from './seed.ts';
import { ACI_2019 } from './seed-2019.ts';
import { aciVersionAt } from './version-at.ts';

const T1_PATHWAYS_FIXED: ReferenceKey = { kind: 'amount', versionId: 'aci-2019-av2', sizeCategory: 1, item: 'pathways', part: 'fixed' };
const SOURCE = { url: 'https://example.org/contrat-cpts', citation: 'Annexe financière du contrat de la CPTS du Val' };

const edit = (overrides: Partial<ReferenceEditRequest> = {}) =>
  planReferenceEdit({
    reference: ACI_REFERENCE_SEED,
    key: T1_PATHWAYS_FIXED,
    value: 3_000_000,
    status: 'reported',
    source: SOURCE,
    authorId: 'user-admin',
    changedAt: '2026-05-04T09:30:00Z',
    ...overrides,
  });

describe('editing the ACI reference', () => {
  it('returns the change record to store: old value, new value, author and date', () => {
    const change = edit();
    expect(change).toEqual({
      key: T1_PATHWAYS_FIXED,
      previous: { value: null, status: 'unknown', source: expect.objectContaining({ url: null }) },
      next: { value: 3_000_000, status: 'reported', source: SOURCE },
      authorId: 'user-admin',
      changedAt: '2026-05-04T09:30:00Z',
    });
  });

  it('refuses to edit a confirmed value', () => {
    const key: ReferenceKey = { kind: 'amount', versionId: 'aci-2019-av2', sizeCategory: 3, item: 'accessToCare', part: 'fixed' };
    expect(() => edit({ key })).toThrow(expect.objectContaining({ field: 'key', message: expect.stringContaining('confirmée') }));
    expect(() => edit({ key: { kind: 'effectiveFrom', versionId: 'aci-2019' }, value: '2019-09-01' })).toThrow(
      expect.objectContaining({ field: 'key' }),
    );
  });

  it('takes amounts as non-negative whole cents, or null to put a value back to unknown', () => {
    expect(() => edit({ value: -1 })).toThrow(expect.objectContaining({ field: 'value' }));
    expect(() => edit({ value: 12.5 })).toThrow(expect.objectContaining({ field: 'value' }));
    expect(() => edit({ value: '3000' })).toThrow(expect.objectContaining({ field: 'value' }));
    expect(edit({ value: 0 }).next.value).toBe(0);
    const derived = { kind: 'amount', versionId: 'aci-2019', sizeCategory: 2, item: 'operating', part: 'operating' } as const;
    expect(edit({ key: derived, value: null, status: 'unknown' }).next).toMatchObject({ value: null, status: 'unknown' });
    expect(() => edit({ key: derived, value: null, status: 'derived' })).toThrow(expect.objectContaining({ field: 'status' }));
  });

  it('requires a source, an author and an ISO instant, and refuses an edit that changes nothing', () => {
    expect(() => edit({ source: { url: null, citation: '  ' } })).toThrow(expect.objectContaining({ field: 'source.citation' }));
    expect(() => edit({ source: { url: 'ftp://x', citation: 'x' } })).toThrow(expect.objectContaining({ field: 'source.url' }));
    expect(() => edit({ authorId: '' })).toThrow(expect.objectContaining({ field: 'authorId' }));
    expect(() => edit({ changedAt: '04/05/2026' })).toThrow(expect.objectContaining({ field: 'changedAt' }));
    const derived = { kind: 'amount', versionId: 'aci-2019', sizeCategory: 3, item: 'operating', part: 'operating' } as const;
    const current = amountEntry(ACI_2019, derived)?.amount;
    expect(() => edit({ key: derived, value: current?.value ?? null, status: 'derived', source: current?.source ?? SOURCE })).toThrow(
      expect.objectContaining({ field: 'value' }),
    );
  });

  it('refuses a key the reference does not have', () => {
    expect(() => edit({ key: { ...T1_PATHWAYS_FIXED, versionId: 'aci-2031' } })).toThrow(
      expect.objectContaining({ field: 'key.versionId' }),
    );
    expect(() => edit({ key: { ...T1_PATHWAYS_FIXED, part: 'loiLumpSum' } })).toThrow(expect.objectContaining({ field: 'key' }));
    expect(() => edit({ key: { kind: 'missionMonths', versionId: 'aci-2019-av2', mission: 'quality', step: 'start' }, value: 6 })).toThrow(
      expect.objectContaining({ field: 'key' }),
    );
  });

  it("moves avenant 2's effective date, keeping versions in order and after 25 August 2019", () => {
    const key: ReferenceKey = { kind: 'effectiveFrom', versionId: 'aci-2019-av2' };
    const change = edit({ key, value: '2022-04-01', status: 'derived' });
    expect(change.previous).toMatchObject({ value: '2022-01-01', status: 'unknown' });
    const edited = applyReferenceChanges(ACI_REFERENCE_SEED, [change]);
    expect(aciVersionAt(edited, '2022-03-31').id).toBe('aci-2019');
    expect(aciVersionAt(edited, '2022-04-01').id).toBe('aci-2019-av2');
    expect(() => edit({ key, value: '2019-08-25' })).toThrow(expect.objectContaining({ field: 'value' }));
    expect(() => edit({ key, value: '2022-02-30' })).toThrow(expect.objectContaining({ field: 'value' }));
  });

  it('replays stored changes in order over the seed, leaving the seed untouched', () => {
    const first = edit();
    const afterFirst = applyReferenceChanges(ACI_REFERENCE_SEED, [first]);
    const second = planReferenceEdit({
      ...first,
      reference: afterFirst,
      key: T1_PATHWAYS_FIXED,
      value: 3_100_000,
      status: 'derived',
      source: SOURCE,
      changedAt: '2026-05-05T10:00:00+02:00',
    });
    expect(second.previous.value).toBe(3_000_000);
    const edited = applyReferenceChanges(ACI_REFERENCE_SEED, [first, second]);
    const av2 = edited.find((version) => version.id === 'aci-2019-av2');
    expect(av2 && amountEntry(av2, T1_PATHWAYS_FIXED)?.amount).toEqual({ value: 3_100_000, status: 'derived', source: SOURCE });
    const seedAv2 = ACI_REFERENCE_SEED.find((version) => version.id === 'aci-2019-av2');
    expect(seedAv2 && amountEntry(seedAv2, T1_PATHWAYS_FIXED)?.amount.value).toBeNull();
  });

  it('edits a deadline in months only where it is not confirmed, never past the deployment one', () => {
    const start: ReferenceKey = { kind: 'missionMonths', versionId: 'aci-2019-av2', mission: 'healthCrisis', step: 'start' };
    expect(() => edit({ key: start, value: 9 })).toThrow(expect.objectContaining({ field: 'key' }));
    const unconfirmed = ACI_REFERENCE_SEED.map((version) => ({
      ...version,
      missions: version.missions.map((terms) =>
        terms.mission === 'healthCrisis' && terms.startWithinMonths
          ? { ...terms, startWithinMonths: { ...terms.startWithinMonths, status: 'unknown' as const } }
          : terms,
      ),
    }));
    const change = edit({ reference: unconfirmed, key: start, value: 9 });
    expect([change.previous.value, change.next.value]).toEqual([6, 9]);
    expect(() => edit({ reference: unconfirmed, key: start, value: 19 })).toThrow(expect.objectContaining({ field: 'value' }));
    expect(() => edit({ reference: unconfirmed, key: start, value: 0 })).toThrow(expect.objectContaining({ field: 'value' }));
    const crisis = applyReferenceChanges(unconfirmed, [change])
      .find((v) => v.id === 'aci-2019-av2')
      ?.missions.find((m) => m.mission === 'healthCrisis');
    expect(crisis?.startWithinMonths).toMatchObject({ value: 9, status: 'reported' });
  });
});

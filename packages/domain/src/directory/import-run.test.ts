import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  assertCanApplyImport,
  assertCanCancelImport,
  canMoveImportRun,
  IMPORT_RUN_STATUSES,
  type ImportRunStatus,
  importAuthority,
  importChangeTotal,
  importSweepCutoffs,
  isFinalImportStatus,
  isImportRunStale,
  sameTerritory,
} from './import-run.ts';

const codeOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}: ${error.message}`;
    throw error;
  }
};

describe('import run life', () => {
  it('applies a run only from its preview, and answers a French conflict otherwise', () => {
    expect(codeOf(() => assertCanApplyImport('previewed'))).toBeNull();
    expect(codeOf(() => assertCanApplyImport('applied'))).toBe('CONFLICT: Cet import a déjà été appliqué.');
    expect(codeOf(() => assertCanApplyImport('reading'))).toMatch(/^CONFLICT: Le fichier est encore en cours de lecture/);
    expect(codeOf(() => assertCanApplyImport('cancelled'))).toMatch(/^CONFLICT: Cet import a été abandonné/);
  });

  it('lets a run be abandoned until it is applied, never after', () => {
    for (const status of ['created', 'reading', 'previewed'] as const) expect(codeOf(() => assertCanCancelImport(status))).toBeNull();
    expect(codeOf(() => assertCanCancelImport('applied'))).toBe('CONFLICT: Cet import ne peut plus être abandonné (appliqué).');
  });

  it('reads a file once: only a created run starts reading', () => {
    expect(IMPORT_RUN_STATUSES.filter((s) => canMoveImportRun(s, 'reading'))).toEqual(['created']);
  });

  it('never leaves a final state, and applies at most once along any sequence of moves', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...IMPORT_RUN_STATUSES), { maxLength: 20 }), (targets) => {
        let current: ImportRunStatus = 'created';
        let applied = 0;
        for (const to of targets) {
          if (!canMoveImportRun(current, to)) continue;
          expect(isFinalImportStatus(current)).toBe(false);
          current = to;
          if (to === 'applied') applied++;
        }
        expect(applied).toBeLessThanOrEqual(1);
        if (applied === 1) expect(current).toBe('applied');
      }),
    );
  });
});

describe('abandoned runs', () => {
  const startedAt = new Date('2026-11-22T10:00:00Z');
  const at = (seconds: number) => new Date(startedAt.getTime() + seconds * 1000);

  it('counts a reading run as interrupted once its heartbeat is older than the timeout', () => {
    const run = { status: 'reading' as const, heartbeatAt: at(60), startedAt };
    expect(isImportRunStale(run, at(60 + 300), 300)).toBe(false);
    expect(isImportRunStale(run, at(60 + 301), 300)).toBe(true);
    expect(isImportRunStale({ ...run, heartbeatAt: null }, at(301), 300)).toBe(true);
  });

  it('never counts a run that is not reading as interrupted', () => {
    for (const status of IMPORT_RUN_STATUSES.filter((s) => s !== 'reading')) {
      expect(isImportRunStale({ status, heartbeatAt: null, startedAt }, at(1_000_000), 300)).toBe(false);
    }
  });

  it('derives the sweep cut-offs from the heartbeat timeout and the preview lifetime', () => {
    expect(importSweepCutoffs(at(0), { heartbeatTimeoutSeconds: 120, previewTtlHours: 24 })).toEqual({
      heartbeatBefore: at(-120),
      previewBefore: at(-24 * 3600),
    });
  });
});

describe('import authority', () => {
  it('makes only the national file authoritative for identity and disappearances', () => {
    expect(importAuthority(null)).toEqual({ scope: 'national', updatesIdentity: true, marksGone: true, activityUnits: null });
    expect(importAuthority(['04070', '04001'])).toEqual({
      scope: 'territory',
      updatesIdentity: false,
      marksGone: false,
      activityUnits: ['04001', '04070'],
    });
  });

  it('compares territories as sets of units', () => {
    expect(sameTerritory(['04070', '04001'], ['04001', '04070', '04070'])).toBe(true);
    expect(sameTerritory(['04070'], ['04070', '04001'])).toBe(false);
    expect(sameTerritory(['04070', '04112'], ['04070', '04001'])).toBe(false);
  });

  it('totals what an apply writes, leaving aside unchanged rows and refused changes', () => {
    expect(
      importChangeTotal([
        { entity: 'professionals', added: 1, updated: 2, unchanged: 5, kept: 3, gone: 4 },
        { entity: 'activities', added: 10, updated: 20, unchanged: 50, kept: 30, gone: 40 },
      ]),
    ).toEqual({ added: 11, updated: 22, gone: 44 });
  });
});

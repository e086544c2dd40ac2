import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { densityPer10k, densityRatio } from './density.ts';
import { GENERAL_PRACTICE_LINE } from './diagnostic-lines.ts';
import {
  composeDiagnostic,
  type DiagnosticScope,
  diagnosticScopeKey,
  directoryCoverage,
  dominantRegion,
  type ScopeCount,
} from './territorial-diagnostic.ts';

const FULL = { departements: 1, withDirectory: 1, comparable: true };
const scope = (kind: DiagnosticScope['kind'], population: number, code: string | null = null): DiagnosticScope => ({
  key: diagnosticScopeKey(kind, code ?? undefined),
  kind,
  code,
  label: kind,
  population,
  directoryCoverage: FULL,
});

const SCOPES = [
  scope('territory', 20_000),
  scope('departement', 160_000, '04'),
  scope('region', 5_000_000, '93'),
  scope('france', 68_000_000),
];
const count = (scopeKey: string, key: string, value: number, label = key): ScopeCount => ({ scopeKey, key, label, count: value });

describe('densityPer10k', () => {
  it('expresses a count per 10 000 inhabitants with two decimals', () => {
    expect(densityPer10k(18, 20_000)).toBe(9);
    expect(densityPer10k(1, 3)).toBe(3333.33);
    expect(densityPer10k(0, 20_000)).toBe(0);
  });

  it('has no density for a scope without inhabitants', () => {
    expect(densityPer10k(4, 0)).toBeNull();
  });
});

describe('densityRatio', () => {
  it('compares densities, not counts', () => {
    expect(densityRatio({ count: 10, population: 10_000 }, { count: 200, population: 100_000 })).toBe(0.5);
    expect(densityRatio({ count: 3, population: 1_000 }, { count: 3, population: 1_000 })).toBe(1);
  });

  it('has no ratio when the wider scope has none of them', () => {
    expect(densityRatio({ count: 2, population: 1_000 }, { count: 0, population: 100_000 })).toBeNull();
  });
});

describe('directoryCoverage', () => {
  it('is comparable only when the directory holds every département of the scope', () => {
    const loaded = new Set(['04', '05', '06', '13', '83', '84']);
    expect(directoryCoverage(['04', '05', '06', '13', '83', '84'], loaded)).toEqual({
      departements: 6,
      withDirectory: 6,
      comparable: true,
    });
    expect(directoryCoverage(['01', '04', '2A'], loaded)).toEqual({ departements: 3, withDirectory: 1, comparable: false });
    expect(directoryCoverage([], loaded).comparable).toBe(false);
  });
});

describe('composeDiagnostic with a scope the directory covers in part', () => {
  it('keeps the counts but gives no density nor comparison there', () => {
    const partial = { ...scope('france', 68_000_000), directoryCoverage: { departements: 101, withDirectory: 6, comparable: false } };
    const result = composeDiagnostic({
      scopes: [SCOPES[0] as DiagnosticScope, partial],
      professionCounts: [
        { scopeKey: 'territory', key: GENERAL_PRACTICE_LINE, label: 'Médecin', count: 12 },
        { scopeKey: 'france', key: GENERAL_PRACTICE_LINE, label: 'Médecin', count: 3_000 },
      ],
      establishmentCounts: [],
    });
    expect(result.professions[0]?.cells[1]).toEqual({ count: 3_000, densityPer10k: null, territoryRatio: null });
    expect(result.professions[0]?.cells[0]?.densityPer10k).not.toBeNull();
  });
});

describe('composeDiagnostic', () => {
  const diagnostic = composeDiagnostic({
    scopes: SCOPES,
    professionCounts: [
      count('territory', GENERAL_PRACTICE_LINE, 14, 'Médecin'),
      count('territory', '10', 3, 'Médecin'),
      count('territory', '60', 1, 'Infirmier'),
      count('departement:04', GENERAL_PRACTICE_LINE, 140, 'Médecin'),
      count('departement:04', '60', 300, 'Infirmier'),
      count('departement:04', '91', 20, 'Orthophoniste'),
      count('france', '60', 600_000, 'Infirmier'),
    ],
    establishmentCounts: [count('territory', 'pharmacy', 5), count('region:93', 'msp', 300), count('territory', 'futureKind', 1)],
  });

  it('puts general practice on its own line, first, apart from other physicians', () => {
    expect(diagnostic.professions.map((l) => [l.key, l.label])).toEqual([
      [GENERAL_PRACTICE_LINE, 'Médecine générale'],
      ['10', 'Médecin (autres spécialités)'],
      ['60', 'Infirmier'],
      ['91', 'Orthophoniste'],
    ]);
  });

  it('shows a single professional as a count of one (no suppression of small counts)', () => {
    const nurses = diagnostic.professions.find((l) => l.key === '60');
    expect(nurses?.cells[0]).toEqual({ count: 1, densityPer10k: 0.5, territoryRatio: null });
  });

  it('lists a profession absent from the territory with zero there, and compares densities side by side', () => {
    const speech = diagnostic.professions.find((l) => l.key === '91');
    expect(speech?.cells.map((c) => c.count)).toEqual([0, 20, 0, 0]);
    const gp = diagnostic.professions[0];
    expect(gp?.cells.map((c) => c.densityPer10k)).toEqual([7, 8.75, 0, 0]);
    expect(gp?.cells[1]?.territoryRatio).toBe(0.8);
    expect(gp?.cells[2]?.territoryRatio).toBeNull();
  });

  it('totals every professional once per scope', () => {
    expect(diagnostic.professionsTotal.cells.map((c) => c.count)).toEqual([18, 460, 0, 600_000]);
    expect(diagnostic.professionsTotal.cells[0]?.densityPer10k).toBe(9);
  });

  it('labels known establishment kinds in French and keeps unknown kinds last', () => {
    expect(diagnostic.establishments.map((l) => l.label)).toEqual([
      'Maisons de santé pluriprofessionnelles',
      "Pharmacies d'officine",
      'futureKind',
    ]);
    expect(diagnostic.establishmentsTotal.cells.map((c) => c.count)).toEqual([6, 0, 300, 0]);
  });

  it('ignores counts of a scope that is not compared', () => {
    const d = composeDiagnostic({ scopes: SCOPES.slice(0, 1), professionCounts: [count('region:93', '60', 3)], establishmentCounts: [] });
    expect(d.professions).toEqual([]);
  });

  it('refuses scopes that do not start with the territory', () => {
    expect(() => composeDiagnostic({ scopes: SCOPES.slice(1), professionCounts: [], establishmentCounts: [] })).toThrow();
  });

  it('keeps the total equal to the sum of its lines in every scope (property)', () => {
    const keys = ['generalPractice', '10', '21', '40', '60', '70'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ scope: fc.constantFrom(...SCOPES.map((s) => s.key)), key: fc.constantFrom(...keys), n: fc.nat(5000) }), {
          maxLength: 40,
        }),
        (raw) => {
          const d = composeDiagnostic({
            scopes: SCOPES,
            professionCounts: raw.map((r) => count(r.scope, r.key, r.n)),
            establishmentCounts: [],
          });
          SCOPES.forEach((s, i) => {
            const sum = d.professions.reduce((acc, line) => acc + (line.cells[i]?.count ?? 0), 0);
            expect(d.professionsTotal.cells[i]?.count).toBe(sum);
            expect(sum).toBe(raw.filter((r) => r.scope === s.key).reduce((acc, r) => acc + r.n, 0));
          });
        },
      ),
    );
  });
});

describe('dominantRegion', () => {
  it('picks the region holding most of the population of a straddling perimeter', () => {
    const units = [
      { regionCode: '93', population: 1_000 },
      { regionCode: '84', population: 800 },
      { regionCode: '84', population: 700 },
      { regionCode: null, population: 9_000 },
    ];
    expect(dominantRegion(units)).toBe('84');
    expect(
      dominantRegion([
        { regionCode: '93', population: 5 },
        { regionCode: '84', population: 5 },
      ]),
    ).toBe('84');
    expect(dominantRegion([])).toBeNull();
  });
});

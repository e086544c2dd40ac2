import { describe, expect, it } from 'vitest';
import { matchRegistryEntry } from './registry-match.ts';

const candidates = [
  { id: 'a', name: 'CPTS du Val', siret: '73282932000074', finess: null },
  { id: 'b', name: 'CPTS des Monts', siret: null, finess: '300012345' },
];

describe('matching a registry line with the CPTS of the region', () => {
  it('matches by SIRET first, even under another name', () => {
    expect(matchRegistryEntry({ name: 'Autre nom', siret: '732 829 320 00074', finess: null }, candidates)).toMatchObject({
      kind: 'existing',
      by: 'siret',
      cpts: { id: 'a' },
    });
  });

  it('matches by FINESS when there is no SIRET match, then by exact name (case and spaces aside)', () => {
    expect(matchRegistryEntry({ name: 'x', siret: null, finess: '300012345' }, candidates)).toMatchObject({
      by: 'finess',
      cpts: { id: 'b' },
    });
    expect(matchRegistryEntry({ name: 'cpts  DU val', siret: null, finess: null }, candidates)).toMatchObject({
      by: 'name',
      cpts: { id: 'a' },
    });
    expect(matchRegistryEntry({ name: 'CPTS du Vál', siret: null, finess: null }, candidates)).toEqual({ kind: 'new' });
  });

  it('refuses a name match holding another SIRET instead of overwriting it', () => {
    expect(matchRegistryEntry({ name: 'CPTS du Val', siret: '12345678200010', finess: null }, candidates)).toMatchObject({
      kind: 'conflict',
      column: 'siret',
    });
  });
});

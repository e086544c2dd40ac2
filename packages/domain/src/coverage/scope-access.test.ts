import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.ts';
import { coverageScopePlace } from './scope-access.ts';

const who = (grants: Principal['grants']): Principal => ({ userId: 'u', email: 'u@test.fr', displayName: 'U', grants });
const admin = who([{ role: 'admin' }]);
const ars93 = who([{ role: 'ars', regionCode: '93' }]);
const coordinator = who([{ role: 'coordinator', cptsId: 'c1' }]);
const places = {
  regions: [
    { code: '93', name: "Provence-Alpes-Côte d'Azur" },
    { code: '11', name: 'Île-de-France' },
  ],
  departements: [
    { code: '04', name: 'Alpes-de-Haute-Provence', regionCode: '93' },
    { code: '75', name: 'Paris', regionCode: '11' },
  ],
};

describe('coverageScopePlace', () => {
  it('keeps the national view to the administration', () => {
    expect(coverageScopePlace(admin, { kind: 'france' }, places)).toEqual({ name: 'France', regionCode: null });
    expect(() => coverageScopePlace(ars93, { kind: 'france' }, places)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => coverageScopePlace(coordinator, { kind: 'france' }, places)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('opens a region and its départements to whoever reads the region', () => {
    expect(coverageScopePlace(ars93, { kind: 'region', code: '93' }, places)).toEqual({
      name: "Provence-Alpes-Côte d'Azur",
      regionCode: '93',
    });
    expect(coverageScopePlace(ars93, { kind: 'departement', code: '04' }, places)).toEqual({
      name: 'Alpes-de-Haute-Provence',
      regionCode: '93',
    });
    expect(() => coverageScopePlace(ars93, { kind: 'region', code: '11' }, places)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => coverageScopePlace(ars93, { kind: 'departement', code: '75' }, places)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('answers an unknown code with a 404 naming its field', () => {
    expect(() => coverageScopePlace(admin, { kind: 'region', code: '99' }, places)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', field: 'region', message: 'Région inconnue : 99.' }),
    );
    expect(() => coverageScopePlace(admin, { kind: 'departement', code: '98' }, places)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', field: 'departement' }),
    );
  });
});

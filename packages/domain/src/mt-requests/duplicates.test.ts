import { describe, expect, it } from 'vitest';
import { duplicateGroups, duplicateKey, foldName } from './duplicates.ts';

const person = { lastName: 'Lefèvre', firstName: 'Élodie', birthDate: '1950-03-04', unitCode: '04070' };

describe('duplicate detection', () => {
  it('ignores accents, case, hyphens, apostrophes and spaces in names', () => {
    expect(foldName("  D'Arc-Lefèvre  ")).toBe('darclefevre');
    expect(foldName('Cœur')).toBe('coeur');
    expect(duplicateKey(person)).toBe(duplicateKey({ ...person, lastName: 'LEFEVRE', firstName: 'elodie' }));
    expect(duplicateKey(person)).toBe(duplicateKey({ ...person, lastName: 'Élodie', firstName: 'Lefèvre' }));
  });

  it('tells apart another birth date, another commune or another name', () => {
    expect(duplicateKey(person)).not.toBe(duplicateKey({ ...person, birthDate: '1950-03-05' }));
    expect(duplicateKey(person)).not.toBe(duplicateKey({ ...person, unitCode: '04001' }));
    expect(duplicateKey(person)).not.toBe(duplicateKey({ ...person, firstName: 'Elodia' }));
  });

  it('groups records sharing a key, oldest first, and leaves single records out', () => {
    const key = duplicateKey(person);
    const groups = duplicateGroups([
      { id: 'b', duplicateKey: key, requestedOn: '2026-05-01' },
      { id: 'c', duplicateKey: 'other', requestedOn: '2026-01-01' },
      { id: 'a', duplicateKey: key, requestedOn: '2026-02-01' },
    ]);
    expect(groups.map((g) => g.map((r) => r.id))).toEqual([['a', 'b']]);
  });
});

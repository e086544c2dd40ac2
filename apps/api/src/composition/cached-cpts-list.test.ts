import type { CptsFilter, CptsRecord, CptsTerritoryRow } from '@maillon/domain';
import { describe, expect, it } from 'vitest';
import { cachedCptsList } from './cached-cpts-list.ts';

const makeRecord = (id: string, departementCodes: string[]): CptsRecord => ({
  id,
  name: `CPTS ${id}`,
  legalForm: 'association',
  siret: null,
  finess: null,
  email: null,
  phone: null,
  address: null,
  regionCode: '93',
  departementCodes,
  stage: 'contact',
  isDemo: false,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
});

const makeTerritory = (id: string, departementCodes: string[]): CptsTerritoryRow => ({
  id,
  name: `CPTS ${id}`,
  stage: 'contact',
  regionCode: '93',
  departementCodes,
  unitCodes: [],
});

function makeStored(records: CptsRecord[]) {
  const lists: CptsFilter[] = [];
  return {
    lists,
    async list(filter: CptsFilter) {
      lists.push(filter);
      return records.filter((r) => !filter.ids || filter.ids.includes(r.id));
    },
    async identities(filter: CptsFilter) {
      return records.filter((r) => !filter.ids || filter.ids.includes(r.id)).map(({ departementCodes: _, ...row }) => row);
    },
  };
}

describe('CPTS list with the kept territories', () => {
  it('gives each CPTS the départements of its kept territory without aggregating them in SQL', async () => {
    const stored = makeStored([makeRecord('a', ['04']), makeRecord('b', ['13', '84'])]);
    const list = cachedCptsList(stored, async () => [makeTerritory('a', ['04']), makeTerritory('b', ['13', '84'])]);
    expect((await list({ regionCode: '93' })).map((r) => [r.id, r.departementCodes])).toEqual([
      ['a', ['04']],
      ['b', ['13', '84']],
    ]);
    expect(stored.lists).toEqual([]);
  });

  it('reads from the database the départements of a CPTS the kept copy does not hold yet', async () => {
    const stored = makeStored([makeRecord('a', ['04']), makeRecord('new', ['06'])]);
    const list = cachedCptsList(stored, async () => [makeTerritory('a', ['04'])]);
    expect((await list({})).map((r) => [r.id, r.departementCodes])).toEqual([
      ['a', ['04']],
      ['new', ['06']],
    ]);
    expect(stored.lists).toEqual([{ ids: ['new'] }]);
  });

  it('hands out départements the caller may change without touching the kept copy', async () => {
    const kept = Object.freeze(['04']) as unknown as string[];
    const list = cachedCptsList(makeStored([makeRecord('a', ['04'])]), async () => [makeTerritory('a', kept)]);
    const [record] = await list({});
    record?.departementCodes.push('05');
    expect(kept).toEqual(['04']);
  });
});

import { describe, expect, it } from 'vitest';
import { REGISTRY_COLUMNS } from './registry-columns.ts';
import { readRegistryTable } from './registry-csv.ts';
import { parseRegistryDate, readRegistryEntry, splitCommunes } from './registry-entry.ts';
import { registryTemplate } from './registry-template.ts';

const read = (text: string) => {
  const table = readRegistryTable(text);
  return readRegistryEntry(table, table.records[0] as (typeof table.records)[number]);
};

describe('reading one line of the registry', () => {
  it('reads French and ISO dates and refuses impossible ones', () => {
    expect(parseRegistryDate('14/02/2020')).toBe('2020-02-14');
    expect(parseRegistryDate('1/3/2021')).toBe('2021-03-01');
    expect(parseRegistryDate('2020-02-14')).toBe('2020-02-14');
    expect(parseRegistryDate('30/02/2021')).toBeNull();
    expect(parseRegistryDate('février 2017')).toBeNull();
  });

  it('splits communes on |, ; , or spaces and gives back the leading zero a spreadsheet dropped', () => {
    expect(splitCommunes('30269|30140; 4070 2a004')).toEqual(['30269', '30140', '04070', '2A004']);
  });

  it('names the column of every unreadable cell, as the file writes it', () => {
    const { entry, issues } = read('Nom;Communes;Signature ACI;Population\nCPTS X;30269|3O140;31/02/2020;beaucoup\n');
    expect(entry).toBeNull();
    expect(issues).toEqual([
      { lineNumber: 2, column: 'Communes', message: expect.stringMatching(/Code INSEE mal formé : « 3O140 »/) },
      { lineNumber: 2, column: 'Signature ACI', message: expect.stringMatching(/Date illisible : « 31\/02\/2020 »/) },
      { lineNumber: 2, column: 'Population', message: expect.stringMatching(/Nombre entier attendu/) },
    ]);
  });

  it('keeps empty cells as « not said »: no territory, no contract', () => {
    const { entry } = read('nom;communes;signature_aci;lettre_intention_validee\nCPTS X;;;01/02/2021\n');
    expect(entry).toMatchObject({ name: 'CPTS X', communes: null, aci: null, steps: { letterOfIntentValidated: '2021-02-01' } });
  });

  it('refuses contract figures without a signature date', () => {
    const { issues } = read('nom;population\nCPTS X;5000\n');
    expect(issues[0]).toMatchObject({ column: 'population', message: expect.stringMatching(/sans date de signature/) });
  });
});

describe('the template', () => {
  it('maps every one of its columns and holds no line to import (its example is a comment)', () => {
    const table = readRegistryTable(registryTemplate());
    expect(table.columns).toEqual(REGISTRY_COLUMNS.map((c) => c.column));
    expect(table.records).toEqual([]);
    expect(table.ignoredHeaders).toEqual([]);
  });
});

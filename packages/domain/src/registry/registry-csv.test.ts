import { describe, expect, it } from 'vitest';
import { decodeRegistryFile, detectSeparator, readCsvRecords, readRegistryTable } from './registry-csv.ts';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('registry file decoding', () => {
  it('reads UTF-8 with its byte-order mark and Latin-1 alike', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('nom;communes\nCPTS Sète;34301\n')]);
    expect(decodeRegistryFile(utf8)).toBe('nom;communes\nCPTS Sète;34301\n');
    expect(decodeRegistryFile(latin1('nom;communes\nCPTS Sète;34301\n'))).toBe('nom;communes\nCPTS Sète;34301\n');
  });

  it('refuses a file far larger than any registry', () => {
    expect(() => decodeRegistryFile(new Uint8Array(3 * 1024 * 1024))).toThrow(/trop volumineux/);
  });
});

describe('registry CSV records', () => {
  it('picks the separator that splits the header most', () => {
    expect(detectSeparator('nom;forme_juridique;communes')).toBe(';');
    expect(detectSeparator('nom,forme_juridique,communes')).toBe(',');
  });

  it('keeps quoted separators, doubled quotes and line breaks, skips comments and blank lines, and numbers lines as a spreadsheet does', () => {
    const text = '# commentaire\r\nnom;communes\r\n\r\n"CPTS ""du Val""; Gard";"30269;30140"\r\n"Deux\nlignes";30010\r\nTrois;30011';
    expect(readCsvRecords(text, ';')).toEqual([
      { lineNumber: 2, cells: ['nom', 'communes'] },
      { lineNumber: 4, cells: ['CPTS "du Val"; Gard', '30269;30140'] },
      { lineNumber: 5, cells: ['Deux\nlignes', '30010'] },
      { lineNumber: 7, cells: ['Trois', '30011'] },
    ]);
  });

  it('maps headers whatever their case, accents and wording, and reports the columns it ignores', () => {
    const table = readRegistryTable('\uFEFFNom,Forme Juridique,Date de signature ACI,Lettre d’intention validée,Remarque\nA,B,C,D,E\n');
    expect(table.columns).toEqual(['name', 'legalForm', 'aciSignedOn', 'step:letterOfIntentValidated', null]);
    expect(table.headers.aciSignedOn).toBe('Date de signature ACI');
    expect(table.ignoredHeaders).toEqual(['Remarque']);
  });

  it('refuses a file without a name column or with a column twice', () => {
    expect(() => readRegistryTable('siret;communes\n1;2\n')).toThrow(/Colonne « nom » introuvable/);
    expect(() => readRegistryTable('nom;SIRET;siret\na;b;c\n')).toThrow(/en double/);
  });
});

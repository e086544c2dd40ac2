import { describe, expect, it } from 'vitest';
import { foldHeader, frenchDate, parseCpamCsv, splitCsvLine } from './cpam-csv.ts';

const today = '2026-12-02';

describe('CPAM CSV mapping', () => {
  it('maps columns by header whatever their order, case, accents and separators, and lists unknown ones', () => {
    const csv =
      '\uFEFFPRÉNOM;Nom_de_naissance;date-naissance;Code INSEE;En ALD;C2S;Régime\r\nÉlodie;Démo-Lefèvre;04/03/1950;4070;oui;non;RG\r\n';
    const parsed = parseCpamCsv(csv, today);
    expect(parsed.columns.map((c) => c.field)).toEqual(['firstName', 'lastName', 'birthDate', 'unitCode', 'ald', 'c2s', null]);
    expect(parsed.rejections).toEqual([]);
    expect(parsed.lines).toEqual([
      {
        line: 2,
        value: {
          lastName: 'Démo-Lefèvre',
          firstName: 'Élodie',
          birthDate: '1950-03-04',
          unitCode: '04070',
          email: null,
          phone: null,
          ald: true,
          c2s: false,
          ame: false,
          gpLostOn: null,
          gpLossReason: null,
        },
      },
    ]);
  });

  it('rejects bad lines with their line number and field, keeping the good ones', () => {
    const csv = [
      'nom,prenom,date de naissance,code commune,ald,date fin mt,motif',
      'Démo,Jean,31/02/1950,04070,oui,,',
      'Démo,Jeanne,01/01/1960,04A70,oui,,',
      '',
      'Démo,Paul,01/01/1960,04070,peut-être,,',
      '"Démo, fils",Luc,1970-05-06,04070,non,01/06/2026,Départ en retraite',
    ].join('\n');
    const parsed = parseCpamCsv(csv, today);
    expect(parsed.rejections.map((r) => [r.line, r.field])).toEqual([
      [2, 'birthDate'],
      [3, 'unitCode'],
      [5, 'ald'],
    ]);
    expect(parsed.lines).toHaveLength(1);
    expect(parsed.lines[0]).toMatchObject({
      line: 6,
      value: { lastName: 'Démo, fils', gpLostOn: '2026-06-01', gpLossReason: 'retirement', ald: false },
    });
  });

  it('refuses a file without a required column, naming it', () => {
    expect(() => parseCpamCsv('nom;prenom;code commune\nA;B;04070', today)).toThrow(/date de naissance/);
    expect(() => parseCpamCsv('', today)).toThrow(expect.objectContaining({ field: 'file' }));
  });

  it('reads quoted fields, French and ISO dates, and folds headers', () => {
    expect(splitCsvLine('"a;b";"c ""d""";e', ';')).toEqual(['a;b', 'c "d"', 'e']);
    expect(frenchDate('4/3/1950')).toBe('1950-03-04');
    expect(frenchDate('1950-03-04')).toBe('1950-03-04');
    expect(frenchDate('1950-02-30')).toBeNull();
    expect(foldHeader('  Date_De  NAISSANCE ')).toBe('date de naissance');
  });
});

import { describe, expect, it } from 'vitest';
import { ALD_WITHOUT_GP, CPAM_PARTNERSHIP } from '../../test/aci-indicator-fixture.ts';
import { parseFrenchNumber, readAssessmentCsv } from './assessment-csv.ts';

const lines = [ALD_WITHOUT_GP, CPAM_PARTNERSHIP];

describe('readAssessmentCsv', () => {
  it('maps columns by header whatever their order, case, accents and separator', () => {
    const read = readAssessmentCsv(
      '\uFEFFVALEUR,Libellé,Observations\n"1 204,5",Patients en ALD sans médecin traitant,"avec, virgule"\n',
      lines,
    );
    expect(read.rows).toEqual([{ line: 2, indicatorId: 'ald-sans-mt', label: ALD_WITHOUT_GP.label, value: 1204.5, note: 'avec, virgule' }]);
    expect(read.columns.map((c) => c.readAs)).toEqual(['value', 'label', 'note']);
    expect(read.rejections).toEqual([]);
  });

  it('numbers rejections by their line in the file, quoted line ends included', () => {
    const text =
      'code\tvaleur\tcommentaire\nald-sans-mt\t48\t"sur\ndeux lignes"\ninconnu\t3\t\npartenariat-cpam\t2\t\nald-sans-mt\t12\t\n\npartenariat-cpam\toui\t\n';
    const read = readAssessmentCsv(text, lines);
    expect(read.rows.map((r) => [r.line, r.indicatorId, r.value])).toEqual([
      [2, 'ald-sans-mt', 48],
      [8, 'partenariat-cpam', 1],
    ]);
    expect(read.rejections).toEqual([
      { line: 4, message: 'Indicateur « inconnu » inconnu dans ce contrat.' },
      { line: 5, message: '« Partenariat avec la CPAM (contact, listes de patients) » attend oui ou non (1 ou 0), pas 2.' },
      { line: 6, message: '« Patients en ALD sans médecin traitant » figure déjà à la ligne 2.' },
    ]);
  });

  it('refuses a file without a value column or an indicator column, on its header line', () => {
    expect(readAssessmentCsv('code;montant\nald-sans-mt;3\n', lines).rejections[0]?.line).toBe(1);
    expect(readAssessmentCsv('', lines).rejections[0]?.message).toContain('Fichier vide');
  });
});

describe('parseFrenchNumber', () => {
  it('reads French and plain numbers, percentages and oui/non, nothing else', () => {
    expect(['12', '1 234,5', '1\u202f234', '-3.5', '42 %', 'Oui', 'non'].map(parseFrenchNumber)).toEqual([
      12, 1234.5, 1234, -3.5, 42, 1, 0,
    ]);
    expect(['', 'douze', '1,2,3', '1e5'].map(parseFrenchNumber)).toEqual([null, null, null, null]);
  });
});

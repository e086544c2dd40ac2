import { describe, expect, it } from 'vitest';
import { rppsActivityParser, rppsSkillParser } from './rpps.ts';
import { formatRppsLine, RPPS_ACTIVITY_HEADER } from './rpps-header.ts';

const HEADER = `${RPPS_ACTIVITY_HEADER.join('|')}|`;
const GP = {
  "Type d'identifiant PP": '8',
  'Identifiant PP': '10003461033',
  'Identification nationale PP': '810003461033',
  "Code civilité d'exercice": 'DR',
  "Nom d'exercice": 'MARTIN',
  "Prénom d'exercice": 'Claire',
  'Code profession': '10',
  'Libellé profession': 'Médecin',
  'Code catégorie professionnelle': 'C',
  'Code savoir-faire': 'SM54',
  'Libellé savoir-faire': 'Médecine générale',
  'Code mode exercice': 'L',
  'Libellé mode exercice': 'Libéral',
  'Identifiant technique de la structure': 'ST-1',
  'Raison sociale site': 'Cabinet du Pré de Foire',
  'Numéro Voie (coord. structure)': '12',
  'Libellé type de voie (coord. structure)': 'Boulevard',
  'Libellé Voie (coord. structure)': 'Gassendi',
  'Code postal (coord. structure)': '04000',
  'Code commune (coord. structure)': '04070',
  'Libellé commune (coord. structure)': 'Digne-les-Bains',
};

const parser = () => {
  const built = rppsActivityParser(HEADER);
  if (!built.ok) throw new Error(built.reason);
  return built.value;
};

describe('RPPS activity lines (PS_LibreAcces_Personne_activite)', () => {
  it('reads a general practitioner by header names, with address, mode and a stable activity key', () => {
    const line = parser().parse(formatRppsLine(GP));
    expect(line).toEqual({
      ok: true,
      value: expect.objectContaining({
        idNatPs: '810003461033',
        idType: '8',
        identifier: '10003461033',
        lastName: 'MARTIN',
        firstName: 'Claire',
        professionCode: '10',
        specialtyCode: 'SM54',
        generalPractice: true,
        modeCode: 'L',
        structureName: 'Cabinet du Pré de Foire',
        address: '12 Boulevard Gassendi',
        postalCode: '04000',
        communeCode: '04070',
        activityKey: 'ST-1~L~~~SM54',
      }),
    });
  });

  it('flags SM26, SM53 and SM54 as general practice, and nothing else', () => {
    for (const [code, gp] of [
      ['SM26', true],
      ['SM53', true],
      ['SM54', true],
      ['SM04', false],
    ] as const) {
      const line = parser().parse(formatRppsLine({ ...GP, 'Code savoir-faire': code }));
      expect(line.ok && line.value.generalPractice, code).toBe(gp);
    }
  });

  it('finds the columns wherever they stand, whatever the case or accents of the header', () => {
    const reordered = ['Nom d’exercice', 'CODE PROFESSION', 'identification nationale pp'];
    const built = rppsActivityParser(`${["Nom d'exercice", 'CODE PROFESSION', 'identification nationale pp'].join('|')}|`);
    expect(built.ok, reordered.join()).toBe(true);
    if (!built.ok) return;
    expect(built.value.parse('DURAND|60|810000000042|')).toMatchObject({ ok: true, value: { lastName: 'DURAND', professionCode: '60' } });
  });

  it('takes the postal code from « Bureau cedex » when the postal-code column is empty', () => {
    const line = parser().parse(
      formatRppsLine({
        ...GP,
        'Code postal (coord. structure)': '',
        'Bureau cedex (coord. structure)': '75015 PARIS',
        'Libellé commune (coord. structure)': '',
      }),
    );
    expect(line).toMatchObject({ ok: true, value: { postalCode: '75015', townLabel: 'PARIS' } });
  });

  it('refuses a header without a required column, and lines with a bad id, no name or too few fields, saying why in French', () => {
    expect(rppsActivityParser("Nom d'exercice|Code profession|")).toEqual({
      ok: false,
      reason: 'en-tête sans colonne « Identification nationale PP »',
    });
    expect(parser().parse(formatRppsLine({ ...GP, 'Identification nationale PP': '12345' }))).toEqual({
      ok: false,
      reason: 'identification nationale PP invalide (« 12345 »)',
    });
    expect(parser().parse(formatRppsLine({ ...GP, "Nom d'exercice": '' }))).toEqual({ ok: false, reason: "nom d'exercice absent" });
    expect(parser().parse('8|10003461033|810003461033')).toMatchObject({ ok: false, reason: expect.stringMatching(/champs au lieu de/) });
  });
});

describe('RPPS savoir-faire lines', () => {
  it('reads a skill by header names and refuses a bad id', () => {
    const built = rppsSkillParser('Identification nationale PP|Code type savoir-faire|Code savoir-faire|Libellé savoir-faire|');
    if (!built.ok) throw new Error(built.reason);
    expect(built.value.parse('810003461033|S|SM54|Médecine générale|')).toEqual({
      ok: true,
      value: { idNatPs: '810003461033', typeCode: 'S', code: 'SM54', label: 'Médecine générale' },
    });
    expect(built.value.parse('99|S|SM54|x|')).toMatchObject({ ok: false });
    expect(rppsSkillParser('Nom|Prénom|')).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import { makeContract, started } from '../../test/aci-contract-fixture.ts';
import { contractYearEnvelope } from './envelope.ts';
import { ACI_REFERENCE_SEED as reference } from './seed.ts';
import { checkVariablePayments, variableLines } from './variable-lines.ts';

describe('variable-part lines', () => {
  const envelope = contractYearEnvelope(makeContract({ missions: [started('pathways', '2023-09-01')] }), { reference, year: 1 });
  const payment = { contractYear: 1, assessedOn: '2024-04-15', missions: [{ mission: 'pathways' as const, payableCents: 3_000_000 }] };

  it('pays what the assessment grants on its day', () => {
    const { lines, notes } = variableLines(payment, envelope, false);
    expect(lines).toEqual([
      {
        date: '2024-04-15',
        contractYear: 1,
        item: 'pathways',
        part: 'variable',
        kind: 'variable',
        amountCents: 3_000_000,
        basis: 'confirmed',
        explanation:
          "Part variable de l'année 1 après l'évaluation annuelle des indicateurs du 15/04/2024 : 30\u202f000,00\u00a0€ sur 45\u202f000,00\u00a0€ possibles.",
      },
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps « montant non connu » when the assessment could not price a mission', () => {
    const { lines } = variableLines({ ...payment, missions: [{ mission: 'pathways', payableCents: null }] }, envelope, false);
    expect(lines[0]).toMatchObject({ amountCents: null, explanation: expect.stringContaining('montant non connu') });
  });

  it('pays no variable part for a year the termination interrupted', () => {
    expect(variableLines(payment, envelope, true)).toEqual({
      lines: [],
      notes: ['Année 1 interrompue par la résiliation : pas de part variable.'],
    });
  });

  it('refuses a mission twice in one assessment, naming it', () => {
    expect(() => checkVariablePayments([{ ...payment, missions: [...payment.missions, ...payment.missions] }], [envelope])).toThrow(
      expect.objectContaining({ field: 'variablePayments[0].missions[1].mission' }),
    );
  });
});

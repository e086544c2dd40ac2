import { describe, expect, it } from 'vitest';
import { frenchPaymentRows } from './payment-rows.ts';

describe('payment lines in French', () => {
  it('writes dates JJ/MM/AAAA, amounts « 1 234,56 € » and the labels of item, part and kind', () => {
    const [row] = frenchPaymentRows([
      {
        date: '2024-09-15',
        contractYear: 2,
        item: 'operating',
        part: 'operating',
        kind: 'repayment',
        amountCents: -3_227_312,
        basis: 'reported',
        explanation: 'Résiliation…',
      },
    ]);
    expect(row).toEqual({
      date: '15/09/2024',
      year: 'Année 2',
      item: 'Fonctionnement',
      part: 'Fonctionnement',
      kind: 'Remboursement',
      amount: '-32\u202f273,12\u00a0€',
      basis: 'Rapporté, non confirmé',
      explanation: 'Résiliation…',
    });
  });

  it('says « montant non connu » for a line without amount', () => {
    const [row] = frenchPaymentRows([
      {
        date: '2020-10-01',
        contractYear: 1,
        item: 'pathways',
        part: 'fixed',
        kind: 'advance',
        amountCents: null,
        basis: 'unknown',
        explanation: '…',
      },
    ]);
    expect([row?.item, row?.part, row?.amount, row?.basis]).toEqual([
      'Parcours pluriprofessionnels',
      'Part fixe',
      'montant non connu',
      'Non connu',
    ]);
  });
});

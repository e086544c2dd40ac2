import { describe, expect, it } from 'vitest';
import { CONTRACT_PARTIES, TERMINATION_REASONS } from './contract.ts';
import { INDICATOR_DATA_SOURCES } from './indicator.ts';
import {
  AMOUNT_ITEM_LABELS,
  AMOUNT_PART_LABELS,
  CONTRACT_DEADLINE_STATUS_LABELS,
  CONTRACT_PARTY_LABELS,
  INDICATOR_DATA_SOURCE_LABELS,
  MISSION_KIND_LABELS,
  MISSION_LABELS,
  PAYMENT_KIND_LABELS,
  TERMINATION_REASON_LABELS,
  VALUE_STATUS_LABELS,
} from './labels.ts';
import { ACI_MISSIONS, AMOUNT_PARTS } from './missions.ts';
import { PAYMENT_KINDS } from './payment-line.ts';
import { VALUE_STATUSES } from './reference-value.ts';

const filled = (labels: Record<string, string>, keys: readonly string[]) => keys.every((key) => (labels[key] ?? '').trim().length > 0);

describe('French labels of the ACI vocabulary', () => {
  it('name every mission, part, payment kind, status, party, reason and source', () => {
    expect(filled(MISSION_LABELS, ACI_MISSIONS)).toBe(true);
    expect(filled(AMOUNT_ITEM_LABELS, [...ACI_MISSIONS, 'operating', 'contract'])).toBe(true);
    expect(filled(AMOUNT_PART_LABELS, AMOUNT_PARTS)).toBe(true);
    expect(filled(PAYMENT_KIND_LABELS, PAYMENT_KINDS)).toBe(true);
    expect(filled(VALUE_STATUS_LABELS, VALUE_STATUSES)).toBe(true);
    expect(filled(CONTRACT_PARTY_LABELS, CONTRACT_PARTIES)).toBe(true);
    expect(filled(TERMINATION_REASON_LABELS, TERMINATION_REASONS)).toBe(true);
    expect(filled(INDICATOR_DATA_SOURCE_LABELS, INDICATOR_DATA_SOURCES)).toBe(true);
    expect(filled(MISSION_KIND_LABELS, ['core', 'optional'])).toBe(true);
    expect(filled(CONTRACT_DEADLINE_STATUS_LABELS, ['done', 'late', 'near', 'upcoming', 'notSet'])).toBe(true);
  });

  it('keeps the socle mission labels the CPTS page already shows', () => {
    expect([MISSION_LABELS.accessToCare, MISSION_LABELS.healthCrisis, MISSION_LABELS.pathways, MISSION_LABELS.prevention]).toEqual([
      'Accès aux soins',
      'Crises sanitaires graves',
      'Parcours pluriprofessionnels',
      'Prévention',
    ]);
    expect(AMOUNT_ITEM_LABELS.operating).toBe('Fonctionnement');
  });
});

import type { ContractParty, TerminationReason } from './contract.ts';
import type { ContractDeadlineStatus } from './deadline-status.ts';
import type { IndicatorDataSource, IndicatorDirection } from './indicator.ts';
import type { AciMission, AmountItem, AmountPart, MissionKind } from './missions.ts';
import type { PaymentKind } from './payment-line.ts';
import type { ValueStatus } from './reference-value.ts';

/** French labels of the ACI vocabulary, for explanations, exports and the UI. */
export const MISSION_LABELS: Record<AciMission, string> = {
  accessToCare: 'Accès aux soins',
  pathways: 'Parcours pluriprofessionnels',
  prevention: 'Prévention',
  healthCrisis: 'Crises sanitaires graves',
  quality: 'Qualité et pertinence des soins',
  professionalSupport: 'Accompagnement des professionnels de santé',
};

export const MISSION_KIND_LABELS: Record<MissionKind, string> = { core: 'Mission socle', optional: 'Mission complémentaire' };

export const AMOUNT_ITEM_LABELS: Record<AmountItem, string> = { ...MISSION_LABELS, operating: 'Fonctionnement', contract: 'Contrat' };

export const AMOUNT_PART_LABELS: Record<AmountPart, string> = {
  operating: 'Fonctionnement',
  fixed: 'Part fixe',
  variable: 'Part variable',
  snpCompensation: 'Compensation des soins non programmés',
  crisisPreparation: 'Préparation à la crise sanitaire',
  crisisActivation: 'Activation en cas de crise sanitaire',
  loiLumpSum: "Somme versée à la validation de la lettre d'intention",
  annualMaximum: 'Montant annuel maximal',
};

export const PAYMENT_KIND_LABELS: Record<PaymentKind, string> = {
  advance: 'Avance',
  balance: 'Solde',
  variable: 'Part variable',
  repayment: 'Remboursement',
};

export const VALUE_STATUS_LABELS: Record<ValueStatus, string> = {
  confirmed: 'Confirmé par la source',
  derived: 'Déduit de faits confirmés',
  reported: 'Rapporté, non confirmé',
  unknown: 'Non connu',
};

export const CONTRACT_PARTY_LABELS: Record<ContractParty, string> = { cpts: 'CPTS', cpam: 'CPAM', ars: 'ARS' };

export const TERMINATION_REASON_LABELS: Record<TerminationReason, string> = {
  missionsNotDone: 'Missions non réalisées',
  eligibilityLost: "Conditions d'éligibilité non remplies",
  cptsRequest: 'À la demande de la CPTS',
  dissolution: 'Dissolution de la CPTS',
  merger: 'Fusion de CPTS',
  other: 'Autre motif',
};

export const CONTRACT_DEADLINE_STATUS_LABELS: Record<ContractDeadlineStatus, string> = {
  done: 'Fait',
  late: 'En retard',
  near: 'Proche',
  upcoming: 'À venir',
  notSet: 'Délai non fixé',
};

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  higher: 'Plus la valeur est haute, mieux c’est',
  lower: 'Plus la valeur est basse, mieux c’est',
};

export const INDICATOR_DATA_SOURCE_LABELS: Record<IndicatorDataSource, string> = {
  CPAM: 'Assurance maladie (CPAM)',
  CPTS: 'Déclaré par la CPTS',
  Maillon: 'Calculé par Maillon',
};

import type { AciMission } from './missions.ts';
import type { ValueStatus } from './reference-value.ts';

export const PAYMENT_KINDS = ['advance', 'balance', 'variable', 'repayment'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** One dated payment of the ACI schedule (ACI art. 9). */
export interface PaymentLine {
  date: string;
  contractYear: number;
  item: 'operating' | AciMission;
  part: 'operating' | 'fixed' | 'variable';
  kind: PaymentKind;
  /** Cents paid to the CPTS; negative for a repayment; `null`: « montant non connu ». */
  amountCents: number | null;
  /** The status of the reference value the amount comes from. */
  basis: ValueStatus;
  /** What the line is, in French, as the CPTS and the CPAM read it. */
  explanation: string;
}

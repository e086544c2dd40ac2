import type { MajorityRule } from '../association/vote.ts';

/** Records the association settings repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface AssociationSettingsRecord {
  quorumPercent: number;
  maxProxiesPerHolder: number;
  majorityRule: MajorityRule;
}

/** A membership category (college) of a CPTS, with or without vote, and its yearly dues. */

export interface CategoryRecord {
  id: string;
  cptsId: string;
  name: string;
  voting: boolean;
  yearlyDuesCents: number;
  position: number;
}

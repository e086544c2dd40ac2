import type { Stage } from '../lifecycle/stages.ts';
import type { TransitionRecord } from '../lifecycle/transitions.ts';

/** Records the cpts repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface CptsIdentity {
  name: string;
  legalForm: string;
  siret: string | null;
  finess: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
}

export interface CptsRecord extends CptsIdentity {
  id: string;
  regionCode: string;
  stage: Stage;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface StoredTransition extends TransitionRecord {
  id: string;
  authorId: string | null;
  createdAt: Date;
}

export interface CptsTerritoryRow {
  id: string;
  name: string;
  stage: Stage;
  regionCode: string;
  unitCodes: string[];
}

export interface UnitClaim {
  cptsId: string;
  unitCode: string;
  addedAt: Date;
}

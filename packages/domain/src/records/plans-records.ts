import type { PlanModality, PlanStatus } from '../plans/white-zone-plan.ts';

/** Records the plans repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface PlanRecord {
  id: string;
  regionCode: string;
  zoneKey: string;
  unitCodes: string[];
  modality: PlanModality;
  owner: string;
  dueOn: string;
  status: PlanStatus;
  notes: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

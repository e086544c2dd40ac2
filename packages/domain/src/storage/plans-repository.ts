import type { PlanModality, PlanStatus } from '../plans/white-zone-plan.ts';

/** The storage contract of plans: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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

export interface PlansRepository {
  list(regionCode: string): Promise<PlanRecord[]>;
  get(id: string): Promise<PlanRecord | null>;
  create(plan: PlanRecord): Promise<void>;
  update(id: string, changes: Pick<PlanRecord, 'modality' | 'owner' | 'dueOn' | 'status' | 'notes' | 'updatedAt'>): Promise<void>;
}

import type { BodyKind, MandateRole } from '../association/governance.ts';

/** The storage contract of association governance: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

export interface BodyRecord {
  id: string;
  cptsId: string;
  kind: BodyKind;
  name: string;
  createdOn: string;
  endedOn: string | null;
}

export interface MandateRecord {
  id: string;
  bodyId: string;
  memberId: string;
  role: MandateRole;
  startOn: string;
  endOn: string | null;
}

export interface AssociationGovernanceRepository {
  bodies(cptsId: string): Promise<BodyRecord[]>;
  body(cptsId: string, id: string): Promise<BodyRecord | null>;
  createBody(body: BodyRecord): Promise<void>;
  updateBody(id: string, changes: Pick<BodyRecord, 'name' | 'endedOn'>): Promise<void>;
  deleteBody(id: string): Promise<void>;
  /** Mandates of the given bodies, oldest first. */
  mandates(bodyIds: readonly string[]): Promise<MandateRecord[]>;
  mandate(id: string): Promise<MandateRecord | null>;
  countMandates(bodyId: string): Promise<number>;
  createMandate(mandate: MandateRecord): Promise<void>;
  updateMandate(id: string, changes: Pick<MandateRecord, 'role' | 'startOn' | 'endOn'>): Promise<void>;
  deleteMandate(id: string): Promise<void>;
  /** Mandates of one member still running on `day` or starting later. */
  openMandatesOf(memberId: string, day: string): Promise<MandateRecord[]>;
  /** Ends the body's mandates still running at `endedOn`. */
  endMandatesOfBody(bodyId: string, endedOn: string): Promise<void>;
}

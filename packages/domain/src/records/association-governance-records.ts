import type { BodyKind, MandateRole } from '../association/governance.ts';

/** Records the association governance repository exchanges with the use cases (ports in apps/api/src/use-cases). */

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

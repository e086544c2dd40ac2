import type { GpCapacityDeclaration } from '../mt-matching/gp-capacity.ts';

/** The storage contract of GP capacity (issue #9 item 3): records and the repository packages/db implements. */

export interface GpCapacityRecord {
  cptsId: string;
  idNatPs: string;
  /** From the national directory when declared (shown to the coordination team). */
  displayName: string;
  practiceUnitCode: string;
  declaration: GpCapacityDeclaration;
  declaredAt: Date;
  declaredBy: string | null;
  isDemo: boolean;
}

/** A general-practice activity of a professional, from the directory (RPPS extraction). */
export interface GpPractice {
  unitCode: string;
  townLabel: string | null;
  structureName: string | null;
}

export interface GpDirectoryEntry {
  idNatPs: string;
  displayName: string;
  practices: GpPractice[];
}

export interface GpCapacityRepository {
  /** The professional if the directory lists them with a present general-practice activity in a known unit; else null. */
  generalPractitioner(idNatPs: string): Promise<GpDirectoryEntry | null>;
  /** CPTS whose territory holds one of these units, by name. */
  cptsServing(unitCodes: readonly string[]): Promise<{ id: string; name: string }[]>;
  /** `forUpdate` locks the declaration: a GP's takes are serialised, so their places cannot be overrun. */
  get(cptsId: string, idNatPs: string, options?: { forUpdate?: boolean }): Promise<GpCapacityRecord | null>;
  /** Every declaration of one GP (their own view). */
  ofGp(idNatPs: string): Promise<GpCapacityRecord[]>;
  /** Every declaration made to one CPTS (the coordination team's view), by name. */
  ofCpts(cptsId: string): Promise<GpCapacityRecord[]>;
  save(record: GpCapacityRecord): Promise<void>;
  /**
   * Places committed per GP of a CPTS: open or declared proposals created since the GP's
   * declaration, and since `monthStart` (docs/reference/mt-matching.md §1).
   */
  committedPlaces(cptsId: string, monthStart: Date): Promise<Map<string, { sinceDeclaration: number; thisMonth: number }>>;
}

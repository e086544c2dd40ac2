import type { MissionMilestones } from '../lifecycle/aci-deadlines.ts';
import type { Stage } from '../lifecycle/stages.ts';
import type { TransitionRecord } from '../lifecycle/transitions.ts';
import type { CoreMission } from '../reference/aci.ts';

/** The storage contract of cpts: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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
  /** Derived from the territory's communes (not stored): empty while the CPTS has no territory. */
  departementCodes: string[];
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

/** A step of the lifecycle with its author's display name (null without an author or once the account is gone). */
export interface TransitionWithAuthor extends StoredTransition {
  authorName: string | null;
}

export interface CptsTerritoryRow {
  id: string;
  name: string;
  stage: Stage;
  regionCode: string;
  departementCodes: string[];
  unitCodes: string[];
}

export interface UnitClaim {
  cptsId: string;
  unitCode: string;
  addedAt: Date;
}

export interface CptsFilter {
  regionCode?: string | undefined;
  ids?: readonly string[] | undefined;
}

export interface CptsRepository {
  list(filter: CptsFilter): Promise<CptsRecord[]>;
  /**
   * The same rows without their départements (the costly part of the query: every unit of every
   * CPTS), for callers that hold each territory's départements already.
   */
  identities(filter: CptsFilter): Promise<Omit<CptsRecord, 'departementCodes'>[]>;
  get(id: string, options?: { forUpdate?: boolean }): Promise<CptsRecord | null>;
  create(record: Omit<CptsRecord, 'departementCodes'>): Promise<void>;
  updateIdentity(id: string, identity: CptsIdentity, now: Date): Promise<void>;
  unitCodes(id: string): Promise<string[]>;
  replaceTerritory(id: string, unitCodes: readonly string[], now: Date): Promise<void>;
  /** Since when each of these CPTS claims each of these units (rows only for actual claims). */
  unitClaims(cptsIds: readonly string[], unitCodes: readonly string[]): Promise<UnitClaim[]>;
  /** Every CPTS with its territory (for coverage). */
  territories(): Promise<CptsTerritoryRow[]>;
  /**
   * A value that changes whenever any CPTS's territory, stage or name changes (committed), read
   * in one query, so that a process knows when its coverage index is stale (docs/reference/coverage.md §7).
   */
  territoriesVersion(): Promise<string>;
  history(id: string): Promise<StoredTransition[]>;
  /** The same with each author's name, in one query (the CPTS page, issue #11 item 3). */
  historyWithAuthors(id: string): Promise<TransitionWithAuthor[]>;
  appendTransition(id: string, transition: StoredTransition): Promise<void>;
  milestones(id: string): Promise<Partial<Record<CoreMission, MissionMilestones>>>;
  setMilestone(id: string, mission: CoreMission, milestone: MissionMilestones): Promise<void>;
}

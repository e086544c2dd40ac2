import type { ScopeCount } from '../diagnostic/territorial-diagnostic.ts';
/** The storage contract of diagnostic: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

/** Where the directory is counted: a set of units, département(s), a region or France. */

export type DirectoryScope =
  | { kind: 'territory'; unitCodes: readonly string[] }
  | { kind: 'departements'; codes: readonly string[] }
  | { kind: 'region'; code: string }
  | { kind: 'france' };

export interface DirectoryImportInfo {
  kind: string;
  sourceName: string;
  finishedAt: Date;
}

/**
 * Directory counts for the territorial diagnostic (issue #3 point 6). Every count is one SQL
 * GROUP BY per scope (all départements in one), never a loop over units; keys are those of
 * `diagnosticScopeKey`.
 */
export interface DiagnosticRepository {
  /** Legal population per scope key. */
  populations(scopes: readonly DirectoryScope[]): Promise<Map<string, number>>;
  /** Distinct present professionals with a present activity in the scope, per profession line. */
  professionCounts(scopes: readonly DirectoryScope[]): Promise<ScopeCount[]>;
  /** Present establishments per kind. */
  establishmentCounts(scopes: readonly DirectoryScope[]): Promise<ScopeCount[]>;
  /** The latest applied national import of each kind (rpps, skills, finess): the data vintage. */
  latestImports(): Promise<DirectoryImportInfo[]>;
  /** Codes of the départements where the directory holds at least one present professional activity. */
  departementsWithProfessionals(): Promise<string[]>;
  /**
   * Changes with every committed write to what the counts and the sources read (professionals,
   * activities, establishments, applied import runs), whichever code path writes: database triggers.
   */
  directoryVersion(): Promise<string>;
}

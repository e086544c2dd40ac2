/** Records the diagnostic repository exchanges with the use cases (ports in apps/api/src/use-cases). */

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

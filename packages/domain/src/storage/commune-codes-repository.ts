/**
 * The storage contract of the COG's commune history: the codes communes had before a merger or
 * as delegated communes, read from the published COG (docs/reference/directory.md §2: RPPS and
 * FINESS files still quote former codes). packages/db implements it.
 */
export interface CommuneCodesRepository {
  /** Former or delegated commune code → the current commune's code. */
  formerCodes(): Promise<ReadonlyMap<string, string>>;
}

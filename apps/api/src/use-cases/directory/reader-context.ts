import type { ImportPorts } from './import-ports.ts';

/** What a format reader needs: where to stage, and the territory of a CPTS's upload. */
export interface ReaderContext {
  /** The reference geography and the COG's former codes, to place each address in a unit. */
  ports: Pick<ImportPorts, 'geography' | 'communeCodes'>;
  runId: string;
  /** A coordination team's upload: only activities in these units are staged. */
  scopeUnits: readonly string[] | null;
  isDemo: boolean;
}

import type { StagedFileKind } from '@maillon/domain';
import { finessReader } from './import-finess.ts';
import type { ImportPorts } from './import-ports.ts';
import { rppsReader } from './import-rpps.ts';
import { skillsReader } from './import-skills.ts';
import type { LineHandler } from './line-import.ts';

/** What a format reader needs: where to stage, and the territory of a CPTS's upload. */
export interface ReaderContext {
  /** The reference geography and the COG's former codes, to place each address in a unit. */
  ports: Pick<ImportPorts, 'geography' | 'communeCodes'>;
  runId: string;
  /** A coordination team's upload: only activities in these units are staged. */
  scopeUnits: readonly string[] | null;
  isDemo: boolean;
}

/**
 * One reader per directory file (README "how to add an importer": a reader turns lines into
 * staged rows; the staging repository's table specs say how they are previewed and merged).
 * `kind` is the run's stored kind, shared with the diagnostic's data sources.
 */
export const DIRECTORY_READERS = {
  rpps: { kind: 'rpps', read: rppsReader },
  'savoir-faire': { kind: 'skills', read: skillsReader },
  finess: { kind: 'finess', read: finessReader },
} as const satisfies Record<string, { kind: StagedFileKind; read: (context: ReaderContext) => Promise<LineHandler> }>;

export type DirectoryFileKind = keyof typeof DIRECTORY_READERS;

export const isDirectoryFileKind = (value: string | undefined): value is DirectoryFileKind =>
  value !== undefined && Object.hasOwn(DIRECTORY_READERS, value);

/** A stored run kind: `rpps`, `skills`, `finess`, or `rpps:<cpts id>` for a territory upload. */
export function parseRunKind(stored: string): { file: DirectoryFileKind; staged: StagedFileKind; cptsId: string | null } {
  const [kind, cptsId] = stored.split(':');
  const file = (Object.keys(DIRECTORY_READERS) as DirectoryFileKind[]).find((k) => DIRECTORY_READERS[k].kind === kind);
  if (!file) throw new Error(`Type d'import inconnu : ${stored}`);
  return { file, staged: DIRECTORY_READERS[file].kind, cptsId: cptsId ?? null };
}

export function storedRunKind(file: DirectoryFileKind, cptsId: string | null): string {
  return cptsId ? `${DIRECTORY_READERS[file].kind}:${cptsId}` : DIRECTORY_READERS[file].kind;
}

import type { StagedFileKind } from '@maillon/domain';
import { finessReader } from './import-finess.ts';
import { rppsReader } from './import-rpps.ts';
import { skillsReader } from './import-skills.ts';
import type { LineHandler } from './line-import.ts';
import type { ReaderContext } from './reader-context.ts';

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

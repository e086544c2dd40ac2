import type { DirectorySourcesDto } from '@maillon/contracts';
import type { DirectorySourcesPorts } from './diagnostic-ports.ts';
import { frenchDate } from './french-format.ts';

const IMPORT_LABELS: Record<string, string> = {
  rpps: 'RPPS, professionnels de santé (extraction PS_LibreAcces)',
  skills: 'RPPS, savoir-faire (spécialités)',
  finess: 'FINESS, établissements',
};
const ORDER = Object.keys(IMPORT_LABELS);
const rank = (kind: string) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length);

/**
 * Vintage of the data a diagnostic or an engagement figure rests on: the latest succeeded import
 * of each directory file, and the legal population of the COG. Says "annuaire non importé" when
 * neither RPPS nor FINESS was ever imported, so that zeros are not read as an empty territory.
 */
export async function directorySources(ports: DirectorySourcesPorts): Promise<DirectorySourcesDto> {
  const [imports, cog] = await Promise.all([ports.diagnostic.latestImports(), ports.geography.meta('cog')]);
  const sorted = [...imports].sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind));
  const vintage = (cog as { vintage?: unknown } | null)?.vintage;
  const populationSource = typeof vintage === 'string' ? vintage : 'populations légales INSEE';
  const directoryImported = sorted.some((i) => i.kind === 'rpps' || i.kind === 'finess');
  const described = sorted.map(
    (i) => `${IMPORT_LABELS[i.kind] ?? i.kind} : fichier « ${i.sourceName} » importé le ${frenchDate(i.finishedAt)}`,
  );
  const directory = directoryImported
    ? `Annuaire : ${described.join(' ; ')}.`
    : 'Annuaire non importé : aucun effectif de professionnels ni d’établissements n’est encore disponible.';
  return {
    imports: sorted.map((i) => ({
      kind: i.kind,
      label: IMPORT_LABELS[i.kind] ?? i.kind,
      sourceName: i.sourceName,
      finishedAt: i.finishedAt.toISOString(),
    })),
    directoryImported,
    populationSource,
    note: `${directory} Population légale : ${populationSource}.`,
  };
}

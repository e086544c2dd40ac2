import type { AppliedEntityCounts, ImportRunRecord, StoredPreview } from '@maillon/domain';
import { IMPORT_ENTITY_LABELS, importChangeTotal } from '@maillon/domain';

const fr = (n: number) => n.toLocaleString('fr-FR');
const column = (text: string, width: number) => text.padStart(width);

/** The preview of a read file, in French, for the terminal. */
export function previewLines(run: ImportRunRecord, seconds: number): string[] {
  const preview = run.preview as StoredPreview | null;
  const lines = [
    `${fr(run.linesRead)} lignes lues en ${seconds.toFixed(1)} s (${fr(Math.round(run.linesRead / Math.max(seconds, 0.001)))} lignes/s) ; ${fr(run.accepted)} acceptées ; ${fr(run.rejectedCount)} rejetées.`,
    `Détail : ${JSON.stringify(run.stats)}`,
  ];
  if (preview) {
    lines.push(
      '',
      `Aperçu (${preview.scope === 'national' ? 'fichier national' : 'territoire de la CPTS'}) — rien n'est encore appliqué :`,
      `  ${''.padEnd(36)}${['ajoutées', 'modifiées', 'inchangées', 'conservées', 'disparues'].map((h) => column(h, 12)).join('')}`,
    );
    for (const e of preview.entities) {
      const figures = [e.added, e.updated, e.unchanged, e.kept, e.gone].map((n) => column(fr(n), 12)).join('');
      lines.push(`  ${IMPORT_ENTITY_LABELS[e.entity].padEnd(36)}${figures}`);
    }
    const gone = importChangeTotal(preview.entities).gone;
    if (gone > 0) {
      lines.push('', `ATTENTION : ${fr(gone)} ligne(s) de l'annuaire absentes de ce fichier seront marquées comme disparues.`);
    }
  }
  const rejected = run.rejected as { line: number; reason: string }[];
  if (rejected.length) {
    lines.push('', `Lignes rejetées${run.rejectedCount > rejected.length ? ` (les ${rejected.length} premières)` : ''} :`);
    for (const r of rejected) lines.push(`  ligne ${r.line} : ${r.reason}`);
  }
  return lines;
}

export function appliedLines(applied: readonly AppliedEntityCounts[]): string[] {
  return [
    'Import appliqué :',
    ...applied.map(
      (a) =>
        `  ${IMPORT_ENTITY_LABELS[a.entity]} — lignes ajoutées : ${fr(a.added)} ; modifiées : ${fr(a.updated)} ; marquées disparues : ${fr(a.gone)}.`,
    ),
  ];
}

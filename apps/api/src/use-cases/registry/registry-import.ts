import type { RegistryImportReport, RegistryLineDto } from '@maillon/contracts';
import {
  assertCanSteerRegion,
  columnName,
  DomainError,
  decodeRegistryFile,
  invalid,
  RegistryRefusal,
  type RegistryTable,
  readRegistryEntry,
  readRegistryTable,
} from '@maillon/domain';
import { importLine, type LineOutcome } from './registry-line.ts';
import type { RegistryContext } from './registry-ports.ts';

export interface RegistryFile {
  regionCode: string;
  fileName: string | null;
  bytes: Uint8Array;
}

/** Progress of a run (the command line draws a bar with it). */
export type RegistryProgress = (done: number, total: number) => void;

const LABELS = {
  preview: { create: 'À créer', update: 'À mettre à jour', unchanged: 'Inchangé', rejected: 'Rejetée' },
  applied: { create: 'Créée', update: 'Mise à jour', unchanged: 'Inchangé', rejected: 'Rejetée (non appliquée)' },
} as const;

/** Thrown at the end of a preview so that its transaction rolls back everything it tried. */
class PreviewRollback extends Error {
  readonly report: RegistryImportReport;
  constructor(report: RegistryImportReport) {
    super('preview');
    this.report = report;
  }
}

/** A line's outcome with its columns named as the file names them. */
type Row = Omit<LineOutcome, 'issues'> & { lineNumber: number; name: string; issues: RegistryLineDto['issues'] };

function reportOf(file: RegistryFile, table: RegistryTable, rows: Row[], applied: boolean) {
  const labels = applied ? LABELS.applied : LABELS.preview;
  const lines: RegistryLineDto[] = rows.map((row) => ({
    lineNumber: row.lineNumber,
    name: row.name,
    outcome: row.outcome,
    outcomeLabel: labels[row.outcome],
    cptsId: applied || row.outcome !== 'create' ? row.cptsId : null,
    matchedBy: row.matchedBy,
    changes: row.outcome === 'rejected' ? [] : row.changes,
    issues: row.issues,
  }));
  const count = (outcome: RegistryLineDto['outcome']) => lines.filter((l) => l.outcome === outcome).length;
  return {
    regionCode: file.regionCode,
    fileName: file.fileName,
    applied,
    linesRead: table.records.length,
    counts: { create: count('create'), update: count('update'), unchanged: count('unchanged'), rejected: count('rejected') },
    ignoredColumns: table.ignoredHeaders,
    lines,
  } satisfies RegistryImportReport;
}

const rejected = (issues: LineOutcome['issues']): LineOutcome => ({
  outcome: 'rejected',
  cptsId: null,
  matchedBy: null,
  changes: [],
  issues,
  keys: [],
});

/**
 * Reads a region's registry file and runs every line in one transaction, each line in its own
 * savepoint (docs/reference/registry-import.md): a refused line is undone alone and reported
 * with its line number, column and reason. A preview rolls the whole transaction back, so it
 * shows exactly what applying would do; applying commits it and records the import in the
 * audit trail (who, when, counts). Only the ARS of the region (or the admin) loads it.
 */
export async function runRegistryImport(
  ctx: RegistryContext,
  file: RegistryFile,
  options: { apply: boolean; onProgress?: RegistryProgress },
): Promise<RegistryImportReport> {
  assertCanSteerRegion(ctx.principal, file.regionCode);
  const regions = await ctx.ports.geography.regions();
  if (!regions.some((r) => r.code === file.regionCode)) throw invalid('regionCode', `Région inconnue : « ${file.regionCode} ».`);
  const table = readRegistryTable(decodeRegistryFile(file.bytes));
  const nameAt = table.columns.indexOf('name');
  try {
    return await ctx.steppedTransaction(async (part) => {
      const rows: Row[] = [];
      const named = (issues: LineOutcome['issues']) => issues.map((i) => ({ ...i, column: i.column ? columnName(table, i.column) : null }));
      const claimed = new Map<string, number>();
      for (const [done, record] of table.records.entries()) {
        const name = record.cells[nameAt]?.trim() ?? '';
        const read = readRegistryEntry(table, record);
        let outcome: LineOutcome;
        let issues: RegistryLineDto['issues'] = [];
        if (!read.entry) {
          outcome = rejected([]);
          issues = read.issues.map((i) => ({ column: i.column, message: i.message, severity: 'error' }));
        } else {
          const entry = read.entry;
          try {
            outcome = await part((ports) => importLine(ports, ctx, { entry, regionCode: file.regionCode, claimed }));
          } catch (error) {
            if (error instanceof RegistryRefusal) outcome = rejected([{ column: error.column, message: error.message, severity: 'error' }]);
            else if (error instanceof DomainError && error.code !== 'INTERNAL') {
              outcome = rejected([{ column: null, message: error.message, severity: 'error' }]);
            } else throw error;
          }
          issues = named(outcome.issues);
        }
        for (const key of outcome.keys) claimed.set(key, record.lineNumber);
        rows.push({ ...outcome, issues, lineNumber: record.lineNumber, name });
        options.onProgress?.(done + 1, table.records.length);
      }
      const report = reportOf(file, table, rows, options.apply);
      if (!options.apply) throw new PreviewRollback(report);
      await part((ports) =>
        ports.audit.record({
          action: 'import',
          entity: 'cptsRegistry',
          recordIds: rows.flatMap((r) => (r.cptsId && (r.outcome === 'create' || r.outcome === 'update') ? [r.cptsId] : [])),
          cptsId: null,
          details: { regionCode: file.regionCode, linesRead: report.linesRead, ...report.counts },
        }),
      );
      return report;
    });
  } catch (error) {
    if (error instanceof PreviewRollback) return error.report;
    throw error;
  }
}

import { z } from 'zod';
import { regionCodeSchema, unitCodeSchema } from './common.ts';

/** A draft perimeter to diagnose (not saved): units, and the region to compare with. */
export const draftDiagnosticSchema = z.object({
  units: z.array(unitCodeSchema).max(5000, 'Un périmètre compte au plus 5 000 communes.'),
  regionCode: regionCodeSchema.optional(),
});
export type DraftDiagnosticInput = z.infer<typeof draftDiagnosticSchema>;

export const diagnosticScopeSchema = z.object({
  key: z.string(),
  kind: z.enum(['territory', 'departement', 'region', 'france']),
  code: z.string().nullable(),
  label: z.string(),
  population: z.number().int(),
  /** Départements of the scope and how many the directory holds: densities only where it holds them all. */
  directoryCoverage: z.object({ departements: z.number().int(), withDirectory: z.number().int(), comparable: z.boolean() }),
});
export type DiagnosticScopeDto = z.infer<typeof diagnosticScopeSchema>;

export const diagnosticCellSchema = z.object({
  count: z.number().int(),
  densityPer10k: z.number().nullable(),
  /** Territory density over this scope's density (1 = same); null on the territory itself. */
  territoryRatio: z.number().nullable(),
});

export const diagnosticLineSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Aligned with `scopes`. */
  cells: z.array(diagnosticCellSchema),
});
export type DiagnosticLineDto = z.infer<typeof diagnosticLineSchema>;

export const directoryImportSchema = z.object({
  kind: z.string(),
  label: z.string(),
  sourceName: z.string(),
  finishedAt: z.string(),
});
export type DirectoryImportDto = z.infer<typeof directoryImportSchema>;

export const directorySourcesSchema = z.object({
  imports: z.array(directoryImportSchema),
  /** False while no RPPS nor FINESS import has succeeded ("annuaire non importé"). */
  directoryImported: z.boolean(),
  /** Vintage of the legal population (INSEE, through the COG). */
  populationSource: z.string(),
  /** French sentence naming sources and dates, as printed in exports. */
  note: z.string(),
});
export type DirectorySourcesDto = z.infer<typeof directorySourcesSchema>;

export const diagnosticSchema = z.object({
  perimeter: z.object({
    cptsId: z.string().nullable(),
    name: z.string(),
    unitCount: z.number().int(),
    regionCode: z.string().nullable(),
    isDemo: z.boolean(),
  }),
  scopes: z.array(diagnosticScopeSchema),
  professions: z.array(diagnosticLineSchema),
  professionsTotal: diagnosticLineSchema,
  establishments: z.array(diagnosticLineSchema),
  establishmentsTotal: diagnosticLineSchema,
  sources: directorySourcesSchema,
  generatedAt: z.string(),
});
export type DiagnosticDto = z.infer<typeof diagnosticSchema>;

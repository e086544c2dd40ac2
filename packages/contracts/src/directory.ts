import { IMPORT_ENTITIES, IMPORT_RUN_STATUSES } from '@maillon/domain';
import { z } from 'zod';
import { lineSchema, uuidSchema } from './common.ts';

export const DIRECTORY_IMPORT_KINDS = ['rpps', 'savoir-faire', 'finess'] as const;
export const directoryImportKindSchema = z.enum(DIRECTORY_IMPORT_KINDS);
export type DirectoryImportKind = z.infer<typeof directoryImportKindSchema>;

export const createImportSchema = z.object({
  kind: directoryImportKindSchema,
  sourceName: lineSchema(255).trim().min(1, 'Nom de fichier requis.'),
  // import_runs.bytes_total is a 32-bit integer: a larger figure could only fail in the database.
  bytesTotal: z.number().int().positive().max(2_147_483_647).nullable().optional(),
  /** A coordination team imports for its own territory only. */
  cptsId: uuidSchema.optional(),
});

const count = z.number().int();
export const importEntitySchema = z.enum(IMPORT_ENTITIES);

/** Preview figures for one kind of row (packages/domain/src/directory/import-run.ts). */
export const importEntityCountsSchema = z.object({
  entity: importEntitySchema,
  added: count,
  updated: count,
  unchanged: count,
  /** Changes the upload has no authority for (the live row is kept as it is). */
  kept: count,
  /** Live rows the national file no longer lists, marked gone on apply. */
  gone: count,
});
export type ImportEntityCountsDto = z.infer<typeof importEntityCountsSchema>;

export const importPreviewSchema = z.object({
  scope: z.enum(['national', 'territory']),
  entities: z.array(importEntityCountsSchema),
});
export type ImportPreviewDto = z.infer<typeof importPreviewSchema>;

/** Rows the apply step wrote (what the audit trail records). */
export const importAppliedSchema = z.array(z.object({ entity: importEntitySchema, added: count, updated: count, gone: count }));

export const importRunStatusSchema = z.enum(IMPORT_RUN_STATUSES);

export const importRunSchema = z.object({
  id: z.string(),
  kind: directoryImportKindSchema,
  sourceName: z.string(),
  status: importRunStatusSchema,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  bytesTotal: z.number().int().nullable(),
  bytesDone: z.number().int(),
  linesRead: z.number().int(),
  accepted: z.number().int(),
  rejectedCount: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  stats: z.record(z.string(), z.number()),
  error: z.string().nullable(),
  /** CPTS id of a territory upload; null for a national file. */
  scope: z.string().nullable(),
  /** Name of that CPTS, for the report. */
  scopeName: z.string().nullable(),
  /** Ready once the whole file was read (status `previewed`), kept afterwards. */
  preview: importPreviewSchema.nullable(),
  previewedAt: z.string().nullable(),
  /** Set once applied. */
  applied: importAppliedSchema.nullable(),
  appliedAt: z.string().nullable(),
  /** Until then a preview can be applied; afterwards it expires. */
  expiresAt: z.string().nullable(),
});
export type ImportRunDto = z.infer<typeof importRunSchema>;

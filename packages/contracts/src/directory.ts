import { z } from 'zod';
import { lineSchema, uuidSchema } from './common.ts';

export const DIRECTORY_IMPORT_KINDS = ['rpps', 'savoir-faire', 'finess'] as const;
export const directoryImportKindSchema = z.enum(DIRECTORY_IMPORT_KINDS);

export const createImportSchema = z.object({
  kind: directoryImportKindSchema,
  sourceName: lineSchema(255).trim().min(1, 'Nom de fichier requis.'),
  // import_runs.bytes_total is a 32-bit integer: a larger figure could only fail in the database.
  bytesTotal: z.number().int().positive().max(2_147_483_647).nullable().optional(),
  /** A coordination team imports for its own territory only. */
  cptsId: uuidSchema.optional(),
});

export const importRunSchema = z.object({
  id: z.string(),
  kind: z.string(),
  sourceName: z.string(),
  status: z.enum(['running', 'succeeded', 'failed']),
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
  scope: z.string().nullable(),
});
export type ImportRunDto = z.infer<typeof importRunSchema>;

import { REGISTRY_MAX_BYTES } from '@maillon/domain';
import { z } from 'zod';
import { lineSchema, regionCodeSchema } from './common.ts';

/** Base64 of the largest registry file accepted (packages/domain/src/registry/registry-csv.ts). */
const MAX_BASE64 = Math.ceil(REGISTRY_MAX_BYTES / 3) * 4;

/**
 * A registry file sent for preview or application: the region it loads and the file's bytes in
 * base64 (the encoding, UTF-8 or Latin-1, is read from the bytes themselves).
 */
export const registryImportInputSchema = z.object({
  regionCode: regionCodeSchema,
  fileName: lineSchema(200).trim().optional(),
  content: z
    .string()
    .min(1, 'Fichier vide.')
    .max(MAX_BASE64, 'Fichier trop volumineux pour un registre de CPTS (2 Mo au plus).')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Contenu du fichier mal encodé (base64 attendu).'),
});
export type RegistryImportInput = z.input<typeof registryImportInputSchema>;

const issueSchema = z.object({
  column: z.string().nullable(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const REGISTRY_OUTCOMES = ['create', 'update', 'unchanged', 'rejected'] as const;

export const registryLineSchema = z.object({
  lineNumber: z.number().int(),
  name: z.string(),
  outcome: z.enum(REGISTRY_OUTCOMES),
  outcomeLabel: z.string(),
  /** The CPTS matched or created (null for a rejected new one, or a preview of a creation). */
  cptsId: z.string().nullable(),
  matchedBy: z.enum(['siret', 'finess', 'name']).nullable(),
  changes: z.array(z.string()),
  issues: z.array(issueSchema),
});
export type RegistryLineDto = z.infer<typeof registryLineSchema>;

/** What a registry file does (preview) or did (applied): counts and one row per line. */
export const registryImportReportSchema = z.object({
  regionCode: z.string(),
  fileName: z.string().nullable(),
  applied: z.boolean(),
  linesRead: z.number().int(),
  counts: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
  }),
  ignoredColumns: z.array(z.string()),
  lines: z.array(registryLineSchema),
});
export type RegistryImportReport = z.infer<typeof registryImportReportSchema>;

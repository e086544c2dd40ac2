import { z } from 'zod';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date au format AAAA-MM-JJ attendue.');
export const inseeCodeSchema = z.string().regex(/^(?:\d{5}|2[AB]\d{3})$/, 'Code INSEE invalide (5 caractères attendus).');
export const regionCodeSchema = z.string().regex(/^\d{2}$/, 'Code région invalide (2 chiffres attendus).');
export const departementCodeSchema = z.string().regex(/^(?:\d{2,3}|2[AB])$/, 'Code département invalide.');
export const uuidSchema = z.uuid('Identifiant invalide.');

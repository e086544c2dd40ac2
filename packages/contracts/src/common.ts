import './zod-config.ts';
import './french-messages.ts';
import { isIsoDate } from '@maillon/domain/dates';
import { z } from 'zod';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/*
 * The string family every request body, query and path parameter uses: a maximum length always,
 * and no control character (Unicode Cc: NUL, escape, DEL, C1…) nor lone UTF-16 surrogate, which
 * PostgreSQL refuses ("invalid byte sequence for encoding UTF8: 0x00") or stores as garbage, and
 * which have no place in a name, a code or a search term. Multi-line free text (comments, notes,
 * agendas, minutes) keeps tab and line ends. Responses may use plain `z.string()`.
 */
const CONTROL = /[\p{Cc}\p{Cs}]/u;
const CONTROL_BUT_LINES = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;
const CONTROL_MESSAGE = 'Caractère interdit : caractère de contrôle (caractère nul, tabulation, retour à la ligne…).';
const CONTROL_IN_TEXT_MESSAGE = 'Caractère interdit : caractère de contrôle (caractère nul, échappement…).';

/** One line of text (a name, a code, a search term): at most `max` characters, no control character. */
export const lineSchema = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !CONTROL.test(value), CONTROL_MESSAGE);

/** Free text over several lines (comment, notes, agenda): tab, CR and LF allowed, other controls refused. */
export const multilineTextSchema = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !CONTROL_BUT_LINES.test(value), CONTROL_IN_TEXT_MESSAGE);

/** An e-mail address (RFC 5321 caps a path at 254 characters). */
export const emailSchema = z.email('Adresse e-mail invalide.').max(254);

/**
 * A real calendar date `AAAA-MM-JJ`: zod's ISO date (29 February only in leap years), then the
 * domain's own rule (no year 0, which PostgreSQL refuses), so that contracts and domain agree.
 */
export const isoDateSchema = z.iso
  .date('Date impossible ou mal écrite : une date réelle AAAA-MM-JJ est attendue.')
  .refine(isIsoDate, 'Date impossible ou mal écrite : une date réelle AAAA-MM-JJ est attendue.');

/** An instant with its offset (ISO 8601), on a real calendar day (year 0001 at least, as PostgreSQL). */
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true, message: 'Date et heure ISO 8601 attendues.' })
  .refine((value) => isIsoDate(value.slice(0, 10)), 'Date et heure impossibles : jour inexistant.');

export const inseeCodeSchema = z.string().regex(/^(?:\d{5}|2[AB]\d{3})$/, 'Code INSEE invalide (5 caractères attendus).');
export const regionCodeSchema = z.string().regex(/^\d{2}$/, 'Code région invalide (2 chiffres attendus).');
export const departementCodeSchema = z.string().regex(/^(?:\d{2,3}|2[AB])$/, 'Code département invalide.');
export const uuidSchema = z.uuid('Identifiant invalide.');
/** A territorial unit's code as sent by a client; the territory index says whether it exists. */
export const unitCodeSchema = lineSchema(10);

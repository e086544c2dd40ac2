import { z } from 'zod';

/**
 * Zod speaks French to Maillon's users: our own wording for the common cases (a required field,
 * a wrong type, too long, a bad format, a value outside a list…), zod 4's French locale for the
 * rest. A schema's own message (`z.string().min(3, 'Le nom…')`) still wins over both.
 * The API adds the field path in front (« units[3] »): these messages do not repeat it.
 */

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  bigint: 'un nombre entier',
  boolean: 'vrai ou faux',
  array: 'une liste',
  object: 'un objet',
  date: 'une date',
  null: 'la valeur null',
  undefined: 'aucune valeur',
  nan: 'un nombre',
};

const FORMAT_MESSAGES: Record<string, string> = {
  email: 'Adresse e-mail invalide.',
  uuid: 'Identifiant invalide.',
  guid: 'Identifiant invalide.',
  date: 'Date impossible ou mal écrite : une date réelle AAAA-MM-JJ est attendue.',
  datetime: 'Date et heure invalides : format ISO 8601 attendu (2026-01-31T09:30:00+01:00).',
  time: 'Heure invalide : HH:MM attendu.',
  url: 'Adresse web invalide.',
  regex: 'Format invalide.',
};

function describeInput(input: unknown): string {
  if (input === null) return 'la valeur null';
  if (Array.isArray(input)) return 'une liste';
  if (typeof input === 'number' && Number.isNaN(input)) return 'autre chose qu’un nombre';
  return TYPE_NAMES[typeof input] ?? 'une valeur d’un autre type';
}

const quote = (value: unknown) => `« ${String(value)} »`;

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map(quote).join(', ');
  return values.length > 8 ? `${shown}, etc` : shown;
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = String(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return `Trop long (${max} caractères au plus).`;
    case 'array':
    case 'set':
      return `Trop d’éléments (${max} au plus).`;
    default:
      return issue.inclusive ? `Valeur trop grande (${max} au plus).` : `Valeur trop grande (moins de ${max}).`;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = String(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return Number(issue.minimum) <= 1 ? 'Valeur obligatoire : elle est vide.' : `Trop court (au moins ${min} caractères).`;
    case 'array':
    case 'set':
      return Number(issue.minimum) > 1 ? `Pas assez d’éléments (au moins ${min}).` : 'La liste est vide : au moins un élément est attendu.';
    default:
      return issue.inclusive ? `Valeur trop petite (au moins ${min}).` : `Valeur trop petite (plus de ${min}).`;
  }
}

/** Maillon's wording of an issue, or undefined to let zod's French locale answer. */
export function frenchIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Valeur obligatoire manquante.';
      return `Type incorrect : il faut ${TYPE_NAMES[issue.expected] ?? 'une autre valeur'}, pas ${describeInput(issue.input)}.`;
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return FORMAT_MESSAGES[issue.format] ?? 'Format invalide.';
    case 'invalid_value':
      return issue.values.length === 1
        ? `Valeur attendue : ${quote(issue.values[0])}.`
        : `Valeur non prévue : choisir parmi ${listOf(issue.values)}.`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `Valeur non prévue : choisir parmi ${listOf(issue.options)}.`
        : 'Valeur invalide : elle ne correspond à aucune des formes acceptées.';
    case 'unrecognized_keys':
      return `Champ${issue.keys.length > 1 ? 's' : ''} inconnu${issue.keys.length > 1 ? 's' : ''} : ${issue.keys.join(', ')}.`;
    case 'not_multiple_of':
      return `Nombre invalide : multiple de ${String(issue.divisor)} attendu.`;
    default:
      return undefined;
  }
}

let configured = false;

/** Makes every zod schema of the process answer in French (idempotent; zod's config is global). */
export function useFrenchValidationMessages(): void {
  if (configured) return;
  z.config(z.locales.fr());
  z.config({ customError: frenchIssueMessage });
  configured = true;
}

useFrenchValidationMessages();

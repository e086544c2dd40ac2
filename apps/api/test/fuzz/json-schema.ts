import fc from 'fast-check';

/** The part of JSON Schema (OpenAPI 3 flavour, as zod emits it) the fuzzer reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  default?: unknown;
}

/** The first alternative of a union (the one examples and mutations follow), or the schema itself. */
export function resolved(schema: JsonSchema): JsonSchema {
  const alternative = schema.oneOf?.[0] ?? schema.anyOf?.find((s) => !isNullType(s)) ?? schema.allOf?.[0];
  return alternative ? { ...resolved(alternative), nullable: schema.nullable || alternative.nullable } : schema;
}

const isNullType = (schema: JsonSchema) => schema.type === 'null';

/** The JSON type a schema asks for ('string', 'integer', …), ignoring 'null'. */
export function typeOf(schema: JsonSchema): string | undefined {
  const s = resolved(schema);
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null');
  if (s.type) return s.type;
  if (s.enum) return typeof s.enum[0];
  if (s.properties) return 'object';
  return undefined;
}

/** Whether null is an accepted value (OpenAPI 3.0 `nullable`, or a 'null' branch). */
export function acceptsNull(schema: JsonSchema): boolean {
  if (schema.nullable) return true;
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((s) => isNullType(s) || s.nullable === true);
}

const FORMAT_EXAMPLES: Record<string, string> = {
  uuid: '9a4d2c1e-5b6f-4a7c-8d9e-0f1a2b3c4d5e',
  date: '2026-03-16',
  'date-time': '2026-03-16T09:30:00+01:00',
  email: 'fuzz.example@exemple.fr',
};

/** A value the schema accepts, as far as the schema alone says (cross-field rules aside). */
export function exampleOf(schema: JsonSchema, seed: number): unknown {
  const s = resolved(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  switch (typeOf(s)) {
    case 'string': {
      if (s.format && FORMAT_EXAMPLES[s.format]) return FORMAT_EXAMPLES[s.format];
      if (s.pattern) return fc.sample(fc.stringMatching(new RegExp(s.pattern)), { seed, numRuns: 1 })[0];
      const length = Math.min(Math.max(s.minLength ?? 0, 8), s.maxLength ?? 8);
      return 'Valeur fuzz'.padEnd(length, 'x').slice(0, length);
    }
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, Math.min(s.maximum ?? 1, 1));
    case 'boolean':
      return true;
    case 'array':
      return s.items ? Array.from({ length: Math.max(1, s.minItems ?? 0) }, (_, i) => exampleOf(s.items as JsonSchema, seed + i)) : [];
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(s.properties ?? {})) value[key] = exampleOf(property, seed + key.length);
      return value;
    }
    default:
      return 'x';
  }
}

/**
 * Whether the schema bounds the strings and numbers it accepts: a maximum length, a pattern, a
 * format or a list of values for strings, a maximum for numbers and lists. An unbounded field is a defect
 * of its own (a megabyte of text stored, an integer overflowing the database).
 */
export function unboundedFields(schema: JsonSchema, path: string): string[] {
  const s = resolved(schema);
  const type = typeOf(s);
  if (type === 'string' && s.maxLength === undefined && !s.pattern && !s.format && !s.enum && s.const === undefined) return [path];
  if ((type === 'integer' || type === 'number') && s.maximum === undefined && s.exclusiveMaximum === undefined && !s.enum) return [path];
  if (type === 'array') return [...(s.maxItems === undefined ? [path] : []), ...(s.items ? unboundedFields(s.items, `${path}[]`) : [])];
  if (type === 'object') return Object.entries(s.properties ?? {}).flatMap(([key, p]) => unboundedFields(p, path ? `${path}.${key}` : key));
  return [];
}

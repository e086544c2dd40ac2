import { seededRandom } from '@maillon/domain';
import { acceptsNull, exampleOf, type JsonSchema, resolved, typeOf } from './json-schema.ts';

/**
 * Bad requests derived from an OpenAPI operation: for every parameter and every body field, wrong
 * types, missing required values, strings over their maximum, control characters, impossible
 * dates, numbers out of range, deeply nested JSON; for the body as a whole, malformed JSON, other
 * roots, prototype poisoning, another content type, too large a body. Each case is invalid by
 * construction, so the API must refuse it with a 4xx.
 */

export interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** OpenAPI path template: /api/cpts/{id}/members. */
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
  bodyRequired: boolean;
}

export interface FuzzCase {
  label: string;
  method: string;
  url: string;
  payload?: string;
  contentType?: string;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { required?: boolean; content?: Record<string, { schema: JsonSchema }> } }>
  >;
}

/** Every operation of the document (method + path), with its parameters and JSON body schema. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
      bodyRequired: op.requestBody?.required ?? false,
    })),
  );
}

const CONTROLS = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u009b'];
const IMPOSSIBLE_DATES = ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-06-00', '0000-01-01'];
const DEPTH = 20_000;

/** A raw JSON fragment spliced into a body as is (nesting too deep to build as a value). */
class RawJson {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
const deepArray = () => new RawJson(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);

function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\u0000raw${raws.length - 1}\u0000`;
    }
    return v;
  });
  return text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_m, i: string) => raws[Number(i)] as string);
}

interface Mutation {
  label: string;
  value: unknown;
}

const pick = <T>(values: readonly T[], count: number, random: () => number): T[] => [...values].sort(() => random() - 0.5).slice(0, count);

/** Values that the schema refuses, each with a label saying why. */
function badValues(schema: JsonSchema, valid: unknown, random: () => number): Mutation[] {
  const s = resolved(schema);
  const type = typeOf(s);
  const out: Mutation[] = [];
  const add = (label: string, ...values: unknown[]) => {
    for (const value of values) out.push({ label, value });
  };
  if (!acceptsNull(schema)) add('null', null);
  add('deeply nested JSON', deepArray());
  switch (type) {
    case 'string': {
      add('wrong type', ...pick([12345, true, ['x'], { a: 'x' }], 2, random));
      add('huge string', 'x'.repeat(Math.min((s.maxLength ?? 10_000) + 1, 400_000)));
      const text = typeof valid === 'string' && valid.length > 0 ? valid : 'ab';
      for (const control of pick(CONTROLS, 3, random))
        add(`control U+${control.charCodeAt(0).toString(16)}`, `${text.slice(0, 1)}${control}${text.slice(1)}`);
      add('lone surrogate', `${text}\ud800`);
      if (s.format === 'date') add('impossible date', ...pick(IMPOSSIBLE_DATES, 3, random));
      if (s.format === 'date-time') add('impossible date-time', ...pick(IMPOSSIBLE_DATES, 2, random).map((d) => `${d}T10:00:00Z`));
      if (s.enum) add('value outside the list', 'valeur-inconnue');
      if (s.format === 'uuid') add('bad identifier', 'pas-un-uuid', '9a4d2c1e-5b6f-4a7c-8d9e-0f1a2b3c4d5');
      if (s.format === 'email') add('bad e-mail', 'pas une adresse', 'a@b');
      if (s.pattern && !s.format) add('bad format', '!!!');
      break;
    }
    case 'integer':
    case 'number':
      add('wrong type', ...pick(['12', true, [1], {}], 2, random));
      if (s.maximum !== undefined) add('above maximum', s.maximum + 1);
      if (s.minimum !== undefined) add('below minimum', s.minimum - 1);
      add('huge number', 1e300, -1e300, 2 ** 31, 2 ** 53 + 2);
      if (type === 'integer') add('not an integer', 1.5);
      break;
    case 'boolean':
      add('wrong type', 'true', 1, []);
      break;
    case 'array':
      add('wrong type', 'x', { a: 1 });
      if (s.maxItems !== undefined && s.maxItems < 20_000 && s.items) {
        add(
          'too many items',
          Array.from({ length: s.maxItems + 1 }, () => exampleOf(s.items as JsonSchema, 1)),
        );
      }
      if ((s.minItems ?? 0) > 0) add('too few items', []);
      break;
    case 'object':
      add('wrong type', 'x', [1], 1);
      break;
  }
  return out;
}

type Path = (string | number)[];

function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const describePath = (path: Path) =>
  path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '') || 'body';

/** Body mutations: every field, recursively (the first item of each list stands for all). */
function bodyMutations(schema: JsonSchema, example: unknown, random: () => number): { label: string; body: unknown }[] {
  const out: { label: string; body: unknown }[] = [];
  const walk = (node: JsonSchema, value: unknown, path: Path) => {
    const s = resolved(node);
    if (path.length > 0) {
      for (const m of badValues(node, value, random))
        out.push({ label: `${describePath(path)}: ${m.label}`, body: setAt(example, path, m.value) });
    }
    if (typeOf(s) === 'object' && value && typeof value === 'object') {
      for (const [key, property] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(key))
          out.push({ label: `${describePath([...path, key])}: missing`, body: setAt(example, [...path, key], undefined, true) });
        walk(property, (value as Record<string, unknown>)[key], [...path, key]);
      }
    }
    if (typeOf(s) === 'array' && s.items && Array.isArray(value) && value.length > 0) walk(s.items, value[0], [...path, 0]);
  };
  walk(schema, example, []);
  return out;
}

/**
 * Whole-body cases. Those the JSON parser refuses apply to every route that may carry a body;
 * the others (other roots, deep nesting, text) only where a body schema is there to refuse them:
 * a route without body schema ignores its body, so they would be valid requests.
 */
function rawBodyCases(example: unknown, hasSchema: boolean): { label: string; payload?: string; contentType?: string }[] {
  const valid = serialize(example ?? {});
  // Nested under a field the schema knows, so that an all-optional body cannot ignore it.
  const firstKey = example && typeof example === 'object' && !Array.isArray(example) ? (Object.keys(example)[0] ?? 'a') : 'a';
  const json = (label: string, payload: string) => ({ label, payload, contentType: 'application/json' });
  const parserRefuses = [
    json('empty JSON body', ''),
    ...['{"a":', '{a:1}', "{'a':1}", '{"a":1}}', '\u0000'].map((text) => json('malformed JSON', text)),
    json('prototype poisoning', `{"__proto__":{"isAdmin":true},${valid.slice(1)}`),
    json('constructor poisoning', `{"constructor":{"prototype":{"isAdmin":true}},${valid.slice(1)}`),
    { label: 'XML content type', payload: '<a/>', contentType: 'application/xml' },
    json('body over the limit', serialize({ filler: 'x'.repeat(1_200_000) })),
  ];
  if (!hasSchema) return parserRefuses;
  return [
    ...parserRefuses,
    ...['null', '[]', '"texte"', '42', 'true'].map((root) => json(`body ${root}`, root)),
    json('deeply nested arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    json('deeply nested objects', `{"${firstKey}":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_001)}`),
    { label: 'text content type', payload: valid, contentType: 'text/plain' },
  ];
}

function queryMutations(parameter: Parameter, valid: string, random: () => number): Mutation[] {
  const s = resolved(parameter.schema);
  const type = typeOf(s);
  const out: Mutation[] = [];
  const add = (label: string, ...values: unknown[]) => {
    for (const value of values) out.push({ label, value });
  };
  if (parameter.required) add('missing', undefined);
  add('repeated', [valid, valid]);
  add('huge value', 'x'.repeat(Math.min((s.maxLength ?? 5000) + 1, 6000)));
  // Number() reads vertical tab and form feed as blanks around a number: not a bad number.
  const controls = type === 'integer' || type === 'number' ? CONTROLS.filter((c) => c !== '\u000b' && c !== '\u000c') : CONTROLS;
  for (const control of pick(controls, 3, random))
    add(`control U+${control.charCodeAt(0).toString(16)}`, `${valid.slice(0, 1)}${control}${valid.slice(1)}`);
  if (type === 'integer' || type === 'number') add('not a number', 'abc', '1.5', '1e400', 'Infinity', String((s.maximum ?? 1e15) + 1));
  if (s.enum) add('value outside the list', 'valeur-inconnue');
  if (s.format === 'uuid') add('bad identifier', 'pas-un-uuid');
  if (s.format === 'date') add('impossible date', ...pick(IMPOSSIBLE_DATES, 2, random));
  if (s.pattern && !s.format) add('bad format', '!!!');
  return out;
}

const PATH_VALUES = ['pas-valide', '%00', '%1B', '%E0%A4%A', 'x'.repeat(150), '2026-02-30', '%2E%2E', '-1', '99999999999999999999', '%20'];

export interface CaseOptions {
  /** A valid value for a path parameter (an existing resource where the test has one). */
  pathValue(name: string, schema: JsonSchema): string;
  seed: number;
  /** At most this many cases per operation (a seeded shuffle chooses them). */
  budget: number;
}

function urlOf(operation: Operation, path: Record<string, string>, query: Record<string, unknown>): string {
  const pathname = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => path[name] ?? '');
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(name, String(v));
  }
  const text = search.toString();
  return text ? `${pathname}?${text}` : pathname;
}

/** The bad requests of one operation, in a seeded order, cut to the budget. */
export function casesFor(operation: Operation, options: CaseOptions): FuzzCase[] {
  const random = seededRandom(options.seed);
  const params = operation.parameters.filter((p) => p.in === 'path');
  const queries = operation.parameters.filter((p) => p.in === 'query');
  const validPath = Object.fromEntries(params.map((p) => [p.name, options.pathValue(p.name, p.schema)]));
  const validQuery = Object.fromEntries(queries.map((q) => [q.name, String(exampleOf(q.schema, options.seed))]));
  const example = operation.body ? exampleOf(operation.body, options.seed) : undefined;
  const jsonBody = example === undefined ? undefined : serialize(example);
  const base = { method: operation.method, url: urlOf(operation, validPath, validQuery) };
  const withBody = (c: Omit<FuzzCase, 'method'>) =>
    jsonBody === undefined || c.payload !== undefined
      ? { method: operation.method, ...c }
      : { method: operation.method, ...c, payload: jsonBody, contentType: 'application/json' };

  const cases: FuzzCase[] = [];
  for (const p of params) {
    for (const value of PATH_VALUES)
      cases.push(
        withBody({ label: `path ${p.name} = ${value.slice(0, 20)}`, url: urlOf(operation, { ...validPath, [p.name]: value }, validQuery) }),
      );
  }
  for (const q of queries) {
    for (const m of queryMutations(q, String(validQuery[q.name]), random)) {
      cases.push(
        withBody({ label: `query ${q.name}: ${m.label}`, url: urlOf(operation, validPath, { ...validQuery, [q.name]: m.value }) }),
      );
    }
  }
  if (operation.body) {
    for (const m of bodyMutations(operation.body, example, random)) {
      cases.push({ ...base, label: `body ${m.label}`, payload: serialize(m.body), contentType: 'application/json' });
    }
  }
  if (operation.body && operation.bodyRequired) cases.push({ ...base, label: 'no body' });
  if (operation.body || ['POST', 'PUT', 'PATCH', 'DELETE'].includes(operation.method)) {
    for (const c of rawBodyCases(example, operation.body !== undefined)) cases.push({ ...base, ...c });
  }
  return cases
    .map((c) => ({ c, key: random() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, options.budget)
    .map(({ c }) => c);
}

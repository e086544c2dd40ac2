import { readFileSync } from 'node:fs';

/**
 * The structure of a FHIR resource, without its values: resource types, profiles, the systems
 * (and, for the codes the guide fixes, the codes) at each path, extension URLs and the shape of
 * references (`Schedule/…`, `#…`). Maillon's answers are held to the shape of the guide's
 * examples (test/fixtures/sas/README.md).
 */
const FIXED_CODES = new Set(['604', 'ROUTINE', 'IDNPS', 'IDNST', 'INTRN']);

export function shapeOf(resource: unknown): string[] {
  const out = new Set<string>();
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, path);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.resourceType === 'string') {
      out.add(`${path}resourceType=${o.resourceType}`);
      path = `${o.resourceType}.`;
    }
    if (typeof o.system === 'string' && o.system.includes(':')) {
      const code = typeof o.code === 'string' && FIXED_CODES.has(o.code) ? `#${o.code}` : '';
      out.add(`${path.slice(0, -1)} ${o.system}${code}`);
    }
    if (typeof o.url === 'string' && path.endsWith('extension.')) out.add(`${path.slice(0, -1)} ${o.url}`);
    if (typeof o.reference === 'string')
      out.add(`${path.slice(0, -1)} → ${o.reference.startsWith('#') ? '#' : `${o.reference.split('/')[0]}/`}`);
    for (const [key, value] of Object.entries(o)) {
      if (key === 'resourceType') continue;
      if (key === 'profile' && path.endsWith('meta.') && Array.isArray(value)) for (const p of value) out.add(`${path}profile ${p}`);
      else walk(value, `${path}${key}.`);
    }
  };
  walk(resource, '');
  return [...out].sort();
}

export function sasFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/sas/${name}`, import.meta.url), 'utf8')) as T;
}

/** The shape of each resource of a Bundle, by resource type (entries of one type merged). */
export function bundleShapes(bundle: { entry?: { resource?: unknown }[] }): Record<string, string[]> {
  const byType: Record<string, Set<string>> = {};
  for (const entry of bundle.entry ?? []) {
    const type = (entry.resource as { resourceType?: string } | undefined)?.resourceType ?? '?';
    byType[type] ??= new Set();
    for (const item of shapeOf(entry.resource)) byType[type].add(item);
  }
  return Object.fromEntries(Object.entries(byType).map(([type, set]) => [type, [...set].sort()]));
}

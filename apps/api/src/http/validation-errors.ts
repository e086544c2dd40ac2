/**
 * Turns a schema validation failure into `{code: 'INVALID', message, field}`: the first issue,
 * its machine path (`units[3]`, `firstBodies[0].mandates[1].memberId`) and a French sentence that
 * names it. A failure of the whole value (no body, a list instead of an object) names the part
 * of the request: `body`, `query` or `params`.
 */
interface ValidationIssue {
  instancePath?: string;
  message?: string;
}

const PARTS: Record<string, { root: string; label: (field: string) => string; whole: string }> = {
  body: { root: 'body', label: (f) => `Champ « ${f} » invalide`, whole: 'Corps de la requête invalide' },
  querystring: { root: 'query', label: (f) => `Paramètre « ${f} » invalide`, whole: 'Paramètres de la requête invalides' },
  params: { root: 'params', label: (f) => `Paramètre d’adresse « ${f} » invalide`, whole: 'Adresse de la requête invalide' },
  headers: { root: 'headers', label: (f) => `En-tête « ${f} » invalide`, whole: 'En-têtes de la requête invalides' },
};

/** `/units/3/code` → `units[3].code`. */
export function fieldPath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

export function validationErrorBody(issues: readonly ValidationIssue[], context: string | undefined) {
  const part = PARTS[context ?? 'body'] ?? (PARTS.body as (typeof PARTS)['body']);
  const first = issues[0];
  const path = fieldPath(first?.instancePath ?? '');
  const reason = sentence(first?.message?.trim() || 'valeur incorrecte');
  return {
    code: 'INVALID' as const,
    message: `${path ? part.label(path) : part.whole} : ${reason}`,
    field: path || part.root,
  };
}

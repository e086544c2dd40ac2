/**
 * Splits one line of a delimited extraction. RPPS lines end with a trailing `|` (docs/reference/directory.md §2),
 * which gives no extra field; fields are not quoted in these files.
 */
export function splitLine(line: string, separator: string): string[] {
  const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
  const fields = trimmed.split(separator);
  if (fields.length > 1 && fields.at(-1) === '') fields.pop();
  return fields.map((f) => f.trim());
}

/** Column positions by header name, so that extra or reordered columns are tolerated. */
export function columnIndex(headerFields: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  headerFields.forEach((name, i) => {
    const key = normaliseHeader(name);
    if (!map.has(key)) map.set(key, i);
  });
  return map;
}

/** Header names compared without accents, case, apostrophe variants and extra spaces. */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

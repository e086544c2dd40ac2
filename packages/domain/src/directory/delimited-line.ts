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

/** The fields a parser asked for (by position, trimmed, '' when absent) and the line's field count. */
export interface PickedFields {
  count: number;
  values: string[];
}

/**
 * A splitter for the hot path of a national file (a million lines): the same fields as
 * `splitLine`, but only those at `positions` are cut out and trimmed; the others are only
 * counted, so a 53-column line costs a few substrings instead of 53 strings and an array.
 */
export function fieldPicker(positions: readonly number[], separator: string): (line: string) => PickedFields {
  const { last, slotOf, duplicates } = fieldSlots(positions);
  return (line) => {
    const end = line.endsWith('\r') ? line.length - 1 : line.length;
    const values: string[] = new Array(positions.length).fill('');
    let start = 0;
    let index = 0;
    let next = line.indexOf(separator, 0);
    while (true) {
      const stop = next === -1 || next > end ? end : next;
      if (index <= last) {
        const slot = slotOf[index] as number;
        if (slot !== -1) values[slot] = line.slice(start, stop).trim();
      }
      index++;
      if (stop === end) break;
      start = stop + separator.length;
      next = line.indexOf(separator, start);
    }
    // A trailing separator gives no extra field (splitLine's rule).
    const count = index > 1 && start === end ? index - 1 : index;
    for (const [slot, first] of duplicates) values[slot] = values[first] as string;
    return { count, values };
  };
}

/**
 * Where each field asked for goes, for a splitter that walks a line once: `slotOf[p]` is the
 * first slot of the field at position p (-1 when not asked for), `duplicates` the other slots
 * asking for a position already taken (as [slot, first slot]), `last` the last position read.
 */
export function fieldSlots(positions: readonly number[]): {
  last: number;
  slotOf: Int32Array;
  duplicates: (readonly [number, number])[];
} {
  const last = Math.max(-1, ...positions);
  const slotOf = new Int32Array(last + 1).fill(-1);
  positions.forEach((p, slot) => {
    if (p >= 0 && (slotOf[p] as number) === -1) slotOf[p] = slot;
  });
  const duplicates = positions
    .map((p, slot) => [slot, positions.indexOf(p)] as const)
    .filter(([slot, first]) => (positions[slot] as number) >= 0 && slot !== first);
  return { last, slotOf, duplicates };
}

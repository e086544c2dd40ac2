import { inflateSync } from 'node:zlib';

const WIN_ANSI = new TextDecoder('windows-1252');

/**
 * The text of a PDF written by pdfkit with its standard fonts, page by page, one string per
 * line as printed (pieces on the same baseline joined left to right). pdfkit writes each run
 * as `[<hex> kerning <hex> …] TJ` in WinAnsi inside a `BT … Tm … ET` block of a deflated
 * content stream; that is all this reader understands, which is enough to check what our own
 * documents say.
 */
/**
 * pdfkit ends a stream with a bare line feed: a carriage return just before it belongs to the
 * compressed data (one stream in 256 ends with that byte), so it is tried as part of it too.
 */
function inflate(data: string, carriageReturn: string): string {
  try {
    return inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
  } catch (error) {
    if (!carriageReturn) throw error;
    return inflateSync(Buffer.from(data + carriageReturn, 'latin1')).toString('latin1');
  }
}

export function pdfLines(pdf: Buffer): string[][] {
  const source = pdf.toString('latin1');
  const pages: string[][] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)(\r?)\nendstream/g)) {
    let content: string;
    try {
      content = inflate(match[1] ?? '', match[2] ?? '');
    } catch {
      continue; // not a deflated stream (fonts are not embedded, but images could be)
    }
    if (!content.includes(' TJ')) continue;
    const runs: { x: number; y: number; text: string }[] = [];
    for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
      const body = block[1] ?? '';
      const position = /([-\d.]+) ([-\d.]+) Tm/.exec(body);
      const text = [...body.matchAll(/\[(.*?)\] TJ/g)]
        .map((array) =>
          [...(array[1] ?? '').matchAll(/<([0-9a-f]*)>/gi)].map((hex) => WIN_ANSI.decode(Buffer.from(hex[1] ?? '', 'hex'))).join(''),
        )
        .join('');
      runs.push({ x: Number(position?.[1] ?? 0), y: Number(position?.[2] ?? 0), text });
    }
    const lines = new Map<number, { x: number; text: string }[]>();
    for (const run of runs) {
      const key = Math.round(run.y * 10) / 10;
      lines.set(key, [...(lines.get(key) ?? []), { x: run.x, text: run.text }]);
    }
    pages.push(
      [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, parts]) =>
          parts
            .sort((a, b) => a.x - b.x)
            .map((p) => p.text)
            .join('')
            // A no-break space (before « € », « % ») prints as a space: compare what a reader sees.
            .replace(/\u00a0/g, ' '),
        ),
    );
  }
  return pages;
}

/** The whole text, pages separated by a form feed, lines by newlines. */
export function pdfText(pdf: Buffer): string {
  return pdfLines(pdf)
    .map((lines) => lines.join('\n'))
    .join('\f');
}

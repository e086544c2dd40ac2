import type { DiagnosticDto, DiagnosticLineDto } from '@maillon/contracts';
import { formatCount, formatDate, formatDecimal } from '@maillon/domain';
import { type PdfColumn, type PdfRow, type PdfWriter, renderPdf } from '../documents/pdf-document.ts';

const LABEL_WIDTH = 170;
const TERRITORY_WIDTH = 55;

/** Label, territory count and density, then per comparison scope its density and the territory's index. */
function comparisonColumns(w: PdfWriter, diagnostic: DiagnosticDto, header: string): PdfColumn[] {
  const available = w.contentWidth - LABEL_WIDTH - 2 * TERRITORY_WIDTH;
  const others = diagnostic.scopes.slice(1);
  const share = available / Math.max(others.length, 1);
  return [
    { header, width: LABEL_WIDTH },
    { header: 'Territoire : effectif', width: TERRITORY_WIDTH, align: 'right' },
    { header: 'Territoire : pour 10 000 hab.', width: TERRITORY_WIDTH, align: 'right' },
    ...others.flatMap((scope): PdfColumn[] => [
      { header: `${scope.label} : pour 10 000 hab.`, width: share * 0.6, align: 'right' },
      { header: 'Indice territoire', width: share * 0.4, align: 'right' },
    ]),
  ];
}

function lineRow(line: DiagnosticLineDto, bold = false): PdfRow {
  const [territory, ...others] = line.cells;
  return {
    bold,
    cells: [
      // Professionals: the territory's liberal and salaried-only practice (docs/reference/directory.md §5).
      line.practice
        ? `${line.label} (libéral ${formatCount(line.practice.liberal)}, salarié seul ${formatCount(line.practice.salaried)})`
        : line.label,
      formatCount(territory?.count ?? 0),
      formatDecimal(territory?.densityPer10k ?? null),
      ...others.flatMap((cell) => [
        formatDecimal(cell.densityPer10k),
        cell.territoryRatio === null ? '—' : formatDecimal(cell.territoryRatio),
      ]),
    ],
  };
}

function heading(w: PdfWriter, text: string): void {
  w.doc.moveDown(0.5).x = w.doc.page.margins.left;
  w.heading(text, 12);
}

/**
 * Printable diagnostic (A4 landscape) for the health project (issue #3 point 6): scopes and
 * populations, professions and establishments with densities side by side, sources and dates.
 */
export function diagnosticPdf(diagnostic: DiagnosticDto): Promise<Buffer> {
  const title = `Diagnostic territorial : ${diagnostic.perimeter.name}`;
  return renderPdf({ title, layout: 'landscape', footer: `Maillon · ${title}` }, (w) => {
    w.heading(title, 18);
    if (diagnostic.perimeter.isDemo) w.paragraph('Donnée de démonstration : CPTS fictive.', { bold: true, color: '#b34700' });
    w.paragraph(`Établi le ${formatDate(new Date(diagnostic.generatedAt))} · ${formatCount(diagnostic.perimeter.unitCount)} communes`, {
      size: 9,
    });
    w.gap(0.3);
    w.paragraph(diagnostic.sources.note, { size: 9 });
    w.paragraph(
      'Effectifs publics du RPPS et du FINESS, présentés sans masquage des petits effectifs. Indice : densité du territoire / densité comparée.',
      { size: 9 },
    );
    const partial = diagnostic.scopes.filter((scope, i) => i > 0 && !scope.directoryCoverage.comparable);
    if (partial.length > 0) {
      w.paragraph(
        `L'annuaire importé ne couvre qu'une partie de : ${partial
          .map(
            (s) =>
              `${s.label} (${formatCount(s.directoryCoverage.withDirectory)} département(s) sur ${formatCount(s.directoryCoverage.departements)})`,
          )
          .join(', ')} ; ses effectifs y sont donnés sans densité ni indice.`,
        { size: 9 },
      );
    }

    heading(w, 'Périmètres comparés');
    w.table(
      [
        { header: 'Périmètre', width: 260 },
        { header: 'Population légale', width: 110, align: 'right' },
        { header: 'Professionnels de santé', width: 120, align: 'right' },
        { header: 'Pour 10 000 hab.', width: 100, align: 'right' },
        { header: 'Établissements', width: 100, align: 'right' },
      ],
      diagnostic.scopes.map((scope, i) => ({
        bold: i === 0,
        cells: [
          scope.label,
          formatCount(scope.population),
          formatCount(diagnostic.professionsTotal.cells[i]?.count ?? 0),
          formatDecimal(diagnostic.professionsTotal.cells[i]?.densityPer10k ?? null),
          formatCount(diagnostic.establishmentsTotal.cells[i]?.count ?? 0),
        ],
      })),
    );

    heading(w, 'Professionnels de santé');
    w.table(comparisonColumns(w, diagnostic, 'Profession'), [
      ...diagnostic.professions.map((line) => lineRow(line)),
      lineRow(diagnostic.professionsTotal, true),
    ]);

    heading(w, 'Établissements');
    w.table(comparisonColumns(w, diagnostic, "Type d'établissement"), [
      ...diagnostic.establishments.map((line) => lineRow(line)),
      lineRow(diagnostic.establishmentsTotal, true),
    ]);
  });
}

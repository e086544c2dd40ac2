import type { DiagnosticDto, DiagnosticLineDto } from '@maillon/contracts';
import { Table, Text } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';
import { formatDensity, formatGap } from './diagnostic-format.ts';
import { ScrollRegion } from './scroll-region.tsx';

/** Populations and totals of the territory and of every scope it is compared with. */
export function ScopesTable({ diagnostic }: { diagnostic: DiagnosticDto }) {
  return (
    <ScrollRegion label="Périmètres comparés">
      <Table striped withTableBorder data-testid="diagnostic-scopes">
        <Table.Caption>Périmètres comparés</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Périmètre</Table.Th>
            <Table.Th scope="col" ta="right">
              Population légale
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Professionnels de santé
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Pour 10 000 hab.
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Établissements
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diagnostic.scopes.map((scope, i) => (
            <Table.Tr key={scope.key} data-scope={scope.key}>
              <Table.Th scope="row" fw={i === 0 ? 700 : 500}>
                {scope.label}
              </Table.Th>
              <Table.Td ta="right" data-testid={i === 0 ? 'diagnostic-population' : undefined}>
                {formatNumber(scope.population)}
              </Table.Td>
              <Table.Td ta="right" data-testid={i === 0 ? 'diagnostic-professionals' : undefined}>
                {formatNumber(diagnostic.professionsTotal.cells[i]?.count ?? 0)}
              </Table.Td>
              <Table.Td ta="right">{formatDensity(diagnostic.professionsTotal.cells[i]?.densityPer10k ?? null)}</Table.Td>
              <Table.Td ta="right">{formatNumber(diagnostic.establishmentsTotal.cells[i]?.count ?? 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

interface LinesTableProps {
  diagnostic: DiagnosticDto;
  caption: string;
  header: string;
  lines: DiagnosticLineDto[];
  total: DiagnosticLineDto;
  testId: string;
}

function LineRow({ line, bold }: { line: DiagnosticLineDto; bold?: boolean }) {
  const [territory, ...others] = line.cells;
  return (
    <Table.Tr data-line={line.key} fw={bold ? 700 : undefined}>
      <Table.Th scope="row" fw={bold ? 700 : 500}>
        {line.label}
      </Table.Th>
      <Table.Td ta="right">{formatNumber(territory?.count ?? 0)}</Table.Td>
      <Table.Td ta="right">{formatDensity(territory?.densityPer10k ?? null)}</Table.Td>
      {others.flatMap((cell, i) => [
        // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the fixed order of the scopes.
        <Table.Td key={`d${i}`} ta="right">
          {formatDensity(cell.densityPer10k)}
        </Table.Td>,
        // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the fixed order of the scopes.
        <Table.Td key={`g${i}`} ta="right">
          {formatGap(cell.territoryRatio)}
        </Table.Td>,
      ])}
    </Table.Tr>
  );
}

/** One line per profession or kind: the territory's count and density, then each wider scope's density and the gap. */
export function LinesTable({ diagnostic, caption, header, lines, total, testId }: LinesTableProps) {
  const others = diagnostic.scopes.slice(1);
  if (lines.length === 0) {
    return (
      <Text size="sm" data-testid={`${testId}-empty`}>
        Aucun effectif dans l'annuaire pour ce périmètre ni pour ceux auxquels il est comparé.
      </Text>
    );
  }
  return (
    <ScrollRegion label={caption}>
      <Table striped withTableBorder withColumnBorders data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2}>
              {header}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={2} ta="center">
              Territoire
            </Table.Th>
            {others.map((scope) => (
              <Table.Th key={scope.key} scope="colgroup" colSpan={2} ta="center">
                {scope.label}
                {scope.directoryCoverage.comparable ? null : (
                  <Text size="xs" fw={400}>
                    non comparable*
                  </Text>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="col" ta="right">
              Effectif
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Pour 10 000 hab.
            </Table.Th>
            {others.flatMap((scope) => [
              <Table.Th key={`${scope.key}-d`} scope="col" ta="right">
                Pour 10 000 hab.
              </Table.Th>,
              <Table.Th key={`${scope.key}-g`} scope="col" ta="right">
                Écart du territoire
              </Table.Th>,
            ])}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <LineRow key={line.key} line={line} />
          ))}
          <LineRow line={total} bold />
        </Table.Tbody>
      </Table>
      <CoverageNote scopes={others} />
    </ScrollRegion>
  );
}

/** Why a wider scope has no density: the directory holds only some of its départements. */
function CoverageNote({ scopes }: { scopes: DiagnosticDto['scopes'] }) {
  const partial = scopes.filter((scope) => !scope.directoryCoverage.comparable);
  if (partial.length === 0) return null;
  return (
    <Text size="xs" mt={4} data-testid="diagnostic-coverage-note">
      * L'annuaire importé ne couvre qu'une partie de ce périmètre :{' '}
      {partial
        .map(
          (scope) =>
            `${scope.label}, ${formatNumber(scope.directoryCoverage.withDirectory)} département(s) sur ${formatNumber(scope.directoryCoverage.departements)}`,
        )
        .join(' ; ')}
      . Ses effectifs y sont donnés tels quels, sans densité ni écart, pour ne pas fausser la comparaison.
    </Text>
  );
}

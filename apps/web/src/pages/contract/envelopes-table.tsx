import type { ContractDto } from '@maillon/contracts';
import { Table, Text } from '@mantine/core';
import { formatDate } from '../../lib/format.ts';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';
import { FigureText } from './figure-text.tsx';

/** What each contract year may pay: fonctionnement and each mission's fixed and variable parts. */
export function EnvelopesTable({ contract }: { contract: ContractDto }) {
  const missions = contract.years[0]?.missions ?? [];
  return (
    <ScrollRegion label="Enveloppes annuelles du contrat">
      <Table withTableBorder striped data-testid="envelopes-table">
        <Table.Caption>Enveloppe de chaque année de contrat (version de l'ACI et taille de l'année)</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Poste</Table.Th>
            {contract.years.map((year) => (
              <Table.Th scope="col" key={year.year}>
                Année {year.year}
                <Text size="xs" c="dimmed">
                  {formatDate(year.startsOn)} – {formatDate(year.endsOn)} · taille {year.sizeCategory}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">Fonctionnement</Table.Th>
            {contract.years.map((year) => (
              <Table.Td key={year.year}>
                <FigureText figure={year.operating} />
              </Table.Td>
            ))}
          </Table.Tr>
          {missions.flatMap((mission) =>
            (['fixed', 'variable'] as const).map((part) => (
              <Table.Tr key={`${mission.mission}-${part}`}>
                <Table.Th scope="row" fw={part === 'fixed' ? 600 : 400}>
                  {mission.label} — part {part === 'fixed' ? 'fixe' : 'variable'}
                </Table.Th>
                {contract.years.map((year) => {
                  const entry = year.missions.find((m) => m.mission === mission.mission);
                  const figure = part === 'fixed' ? entry?.fixed : entry?.variable;
                  return <Table.Td key={year.year}>{figure ? <FigureText figure={figure} /> : <Text size="sm">—</Text>}</Table.Td>;
                })}
              </Table.Tr>
            )),
          )}
          <Table.Tr>
            <Table.Th scope="row">Total de l'année</Table.Th>
            {contract.years.map((year) => (
              <Table.Td key={year.year} fw={600}>
                {year.totalText}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

import type { ContractDto } from '@maillon/contracts';
import { List, Stack, Table, Text } from '@mantine/core';
import { formatDate } from '../../lib/format.ts';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';

/** The payment schedule of ACI art. 9: each dated line with what it is and why. */
export function ScheduleTable({ contract, today }: { contract: ContractDto; today: string }) {
  const { schedule } = contract;
  return (
    <Stack gap="sm">
      <ScrollRegion label="Échéancier des versements">
        <Table withTableBorder striped data-testid="schedule-table">
          <Table.Caption>Versements dus à la CPTS (article 9 de l'ACI), à venir en gras</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Année</Table.Th>
              <Table.Th scope="col">Poste</Table.Th>
              <Table.Th scope="col">Nature</Table.Th>
              <Table.Th scope="col" ta="right">
                Montant
              </Table.Th>
              <Table.Th scope="col">Explication</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedule.rows.map((row) => {
              const upcoming = row.date > today;
              return (
                <Table.Tr key={`${row.date}-${row.contractYear}-${row.item}-${row.kind}`} fw={upcoming ? 600 : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(row.date)}</Table.Td>
                  <Table.Td>{row.contractYear}</Table.Td>
                  <Table.Th scope="row" fw={upcoming ? 600 : 400}>
                    {row.item}
                  </Table.Th>
                  <Table.Td>{row.kind}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {row.amount}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{row.explanation}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Text size="sm" fw={600} data-testid="schedule-total">
        Total net sur la durée du contrat : {schedule.totalText}
      </Text>
      <Text size="sm">{schedule.byYear.map((y) => `année ${y.year} : ${y.netText}`).join(' · ')}</Text>
      {schedule.notes.length ? (
        <List size="sm">
          {schedule.notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}

import { ActionIcon, ScrollArea, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { formatNumber } from '../../../lib/format.ts';
import { type DraftUnit, unitLabel } from './draft-unit.ts';

interface UnitTableProps {
  units: DraftUnit[];
  /** Absent in read-only mode. */
  onRemove?: (code: string) => void;
  /** Codes shared with another CPTS or outside the region, highlighted. */
  flagged: Map<string, string>;
}

export function UnitTable({ units, onRemove, flagged }: UnitTableProps) {
  if (units.length === 0) return <Text size="sm">Le territoire ne compte aucune commune.</Text>;
  return (
    <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars>
      <Table striped withTableBorder stickyHeader data-testid="territory-units">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Commune</Table.Th>
            <Table.Th scope="col">Code INSEE</Table.Th>
            <Table.Th scope="col" ta="right">
              Population
            </Table.Th>
            <Table.Th scope="col">Remarque</Table.Th>
            {onRemove ? (
              <Table.Th scope="col">
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.code} data-unit-code={unit.code}>
              <Table.Th scope="row" fw={500}>
                {unit.name ?? 'Nom disponible après enregistrement'}
              </Table.Th>
              <Table.Td>{unit.code}</Table.Td>
              <Table.Td ta="right">{unit.population === null ? '—' : formatNumber(unit.population)}</Table.Td>
              <Table.Td>
                <Text size="xs" c={flagged.has(unit.code) ? 'red.9' : undefined}>
                  {flagged.get(unit.code) ?? ''}
                </Text>
              </Table.Td>
              {onRemove ? (
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" onClick={() => onRemove(unit.code)} aria-label={`Retirer ${unitLabel(unit)}`}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

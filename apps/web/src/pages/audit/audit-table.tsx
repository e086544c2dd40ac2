import type { AuditEntryDto } from '@maillon/contracts';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';

interface AuditTableProps {
  items: AuditEntryDto[];
  /** Shows only this user's entries. */
  onActor: (userId: string, label: string) => void;
}

const ACTION_COLORS: Record<string, string> = {
  read: 'gray',
  export: 'blue',
  create: 'teal',
  update: 'orange',
  delete: 'red',
  import: 'grape',
};

/** One row per entry: when, who, what, which records, through which route, from where. */
export function AuditTable({ items, onActor }: AuditTableProps) {
  return (
    <ScrollRegion label="Entrées du journal d'audit">
      <Table striped withTableBorder data-testid="audit-table">
        <Table.Caption>Accès et modifications des données personnelles, du plus récent au plus ancien</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date et heure</Table.Th>
            <Table.Th scope="col">Utilisateur</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Données</Table.Th>
            <Table.Th scope="col">Enregistrements</Table.Th>
            <Table.Th scope="col">Origine</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => (
            <Table.Tr key={entry.id} data-entry-id={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {entry.actorUserId ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => onActor(entry.actorUserId as string, entry.actorLabel)}>
                    {entry.actorLabel}
                  </Anchor>
                ) : (
                  entry.actorLabel
                )}
              </Table.Th>
              <Table.Td>
                <Badge color={ACTION_COLORS[entry.action] ?? 'gray'} variant="light">
                  {entry.actionLabel}
                </Badge>
              </Table.Td>
              <Table.Td>{entry.entityLabel}</Table.Td>
              <Table.Td>
                <Text size="sm">{formatNumber(entry.recordCount)}</Text>
                {entry.recordIds.length ? (
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                    {entry.recordIds.slice(0, 3).join(', ')}
                    {entry.recordCount > 3 ? '…' : ''}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {entry.route}
                </Text>
                <Text size="xs" c="dimmed">
                  {entry.sourceIp ?? 'adresse inconnue'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

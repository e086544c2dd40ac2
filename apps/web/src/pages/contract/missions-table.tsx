import type { ContractDto } from '@maillon/contracts';
import { Badge, Button, Table, Text } from '@mantine/core';
import { formatDate } from '../../lib/format.ts';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';

type Deadline = ContractDto['deadlines'][number];

const COLORS: Record<string, string> = { done: 'teal', late: 'red', near: 'orange', upcoming: 'gray', notSet: 'gray' };

function Status({ status, label }: { status: string; label: string }) {
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" tt="none">
      {label}
    </Badge>
  );
}

/** The contract's missions: their deadlines (from the signature, or from the avenant that added them) and their progress. */
export function MissionsTable({ contract, onEdit }: { contract: ContractDto; onEdit: ((deadline: Deadline) => void) | null }) {
  return (
    <ScrollRegion label="Missions du contrat">
      <Table withTableBorder striped data-testid="contract-missions">
        <Table.Caption>Démarrage et déploiement de chaque mission, avec leurs échéances</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Mission</Table.Th>
            <Table.Th scope="col">Démarrage</Table.Th>
            <Table.Th scope="col">Déploiement complet</Table.Th>
            <Table.Th scope="col">Pourquoi ces dates</Table.Th>
            {onEdit ? <Table.Th scope="col">Suivi</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contract.deadlines.map((deadline) => (
            <Table.Tr key={deadline.mission} data-mission={deadline.mission}>
              <Table.Th scope="row">
                {deadline.label}
                <Text size="xs" c="dimmed">
                  {deadline.kindLabel}
                </Text>
              </Table.Th>
              <Table.Td>
                <Status status={deadline.startStatus} label={deadline.startStatusLabel} />
                <Text size="xs">
                  {deadline.startedOn
                    ? `démarrée le ${formatDate(deadline.startedOn)}`
                    : deadline.startBy
                      ? `avant le ${formatDate(deadline.startBy)}`
                      : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Status status={deadline.deployStatus} label={deadline.deployStatusLabel} />
                <Text size="xs">
                  {deadline.deployedOn
                    ? `déployée le ${formatDate(deadline.deployedOn)}`
                    : deadline.deployedBy
                      ? `avant le ${formatDate(deadline.deployedBy)}`
                      : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{deadline.explanation}</Text>
              </Table.Td>
              {onEdit ? (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onEdit(deadline)}
                    aria-label={`Mettre à jour le suivi : ${deadline.label}`}
                  >
                    Mettre à jour
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

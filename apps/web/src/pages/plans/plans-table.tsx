import type { PlanDto } from '@maillon/contracts';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { STATUS_COLORS } from './plan-labels.ts';

interface PlansTableProps {
  plans: PlanDto[];
  highlighted: string | null;
  onEdit?: (plan: PlanDto) => void;
}

export function PlansTable({ plans, highlighted, onEdit }: PlansTableProps) {
  const highlightedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    highlightedRow.current?.scrollIntoView({ block: 'center' });
  }, []);

  if (plans.length === 0) return <Text>Aucun plan pour le moment.</Text>;
  const sorted = [...plans].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder data-testid="plans-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Zone</Table.Th>
            <Table.Th scope="col" ta="right">
              Population
            </Table.Th>
            <Table.Th scope="col">Modalité</Table.Th>
            <Table.Th scope="col">Responsable</Table.Th>
            <Table.Th scope="col">Échéance</Table.Th>
            <Table.Th scope="col">Statut</Table.Th>
            {onEdit ? (
              <Table.Th scope="col">
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((plan) => (
            <Table.Tr
              key={plan.id}
              ref={plan.id === highlighted ? highlightedRow : undefined}
              bg={plan.id === highlighted ? 'yellow.0' : undefined}
              data-plan-id={plan.id}
            >
              <Table.Th scope="row" fw={600}>
                {plan.zoneLabel}
                <Text size="xs">{formatNumber(plan.unitCodes.length)} communes</Text>
                {plan.notes ? (
                  <Text size="xs" fs="italic">
                    {plan.notes}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td ta="right">{formatNumber(plan.population)}</Table.Td>
              <Table.Td>{plan.modalityLabel}</Table.Td>
              <Table.Td>{plan.owner}</Table.Td>
              <Table.Td>{formatDate(plan.dueOn)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={STATUS_COLORS[plan.status]} variant="filled" tt="none">
                    {plan.statusLabel}
                  </Badge>
                  {plan.overdue ? (
                    <Badge color="red" variant="filled" tt="none" data-testid="plan-overdue">
                      En retard
                    </Badge>
                  ) : null}
                  {plan.zoneStillUncovered ? null : (
                    <Badge color="green" variant="filled" tt="none" data-testid="plan-zone-covered">
                      Zone désormais couverte
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              {onEdit ? (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onEdit(plan)}
                    aria-label={`Modifier le plan de la zone ${plan.zoneLabel}`}
                  >
                    Modifier
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import type { MatchingRunDto } from '@maillon/contracts';
import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { formatDateTime, formatNumber } from '../../lib/format.ts';

const STATUS_LABELS: Record<MatchingRunDto['status'], string> = { running: 'En cours', done: 'Terminé', failed: 'Échec' };

/** The CPTS's past matching runs (the 20 latest): when, who, proposals made and requests left unmatched. */
export function RunsHistory({ items }: { items: MatchingRunDto[] }) {
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="runs-history-title">
      <Title order={2} id="runs-history-title" mb="sm">
        Historique des appariements
      </Title>
      {items.length === 0 ? (
        <Text>Aucun appariement lancé pour l’instant.</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table withTableBorder striped data-testid="runs-history">
            <Table.Caption>Les derniers appariements, du plus récent au plus ancien</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Lancé le</Table.Th>
                <Table.Th scope="col">Par</Table.Th>
                <Table.Th scope="col">État</Table.Th>
                <Table.Th scope="col">Propositions</Table.Th>
                <Table.Th scope="col">Non appariées</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((run) => (
                <Table.Tr key={run.id} data-run-id={run.id}>
                  <Table.Th scope="row" fw={500}>
                    {formatDateTime(run.startedAt)}
                  </Table.Th>
                  <Table.Td>{run.startedByName ?? 'inconnu'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none" color={run.status === 'failed' ? 'red' : run.status === 'done' ? 'teal' : 'blue'}>
                      {STATUS_LABELS[run.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{run.summary ? formatNumber(run.summary.placements) : '—'}</Table.Td>
                  <Table.Td>{run.summary ? formatNumber(run.summary.patients - run.summary.placements) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

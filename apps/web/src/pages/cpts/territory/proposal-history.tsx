import { Table, Text, Title } from '@mantine/core';
import { proposalsApi } from '../../../api/proposal-endpoints.ts';
import { QueryView } from '../../../components/query-view.tsx';
import { useApiQuery } from '../../../hooks/use-api-query.ts';
import { formatDate } from '../../../lib/format.ts';
import { approvalText, changeSummary, populationEffect } from '../../proposals/proposal-labels.ts';

/** Past territory proposals of the CPTS, newest first (the pending one is shown above). */
export function ProposalHistory({ cptsId, refreshKey }: { cptsId: string; refreshKey: string }) {
  const proposals = useApiQuery(`proposals|${cptsId}|${refreshKey}`, () => proposalsApi.ofCpts(cptsId));
  return (
    <section aria-labelledby="proposal-history-title">
      <Title order={3} size="h4" id="proposal-history-title" mb="xs">
        Historique des propositions de territoire
      </Title>
      <QueryView query={proposals} loadingLabel="Chargement des propositions…">
        {({ items }) => {
          const closed = items.filter((p) => p.status !== 'pending');
          if (closed.length === 0) return <Text size="sm">Aucune proposition décidée ou retirée.</Text>;
          return (
            <Table.ScrollContainer minWidth={640}>
              <Table striped withTableBorder data-testid="proposal-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">Auteur</Table.Th>
                    <Table.Th scope="col">Modification</Table.Th>
                    <Table.Th scope="col">Statut</Table.Th>
                    <Table.Th scope="col">Décisions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {closed.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{formatDate(p.createdAt)}</Table.Td>
                      <Table.Td>{p.authorName ?? '—'}</Table.Td>
                      <Table.Td>
                        {changeSummary(p)}
                        <Text size="xs">{[...p.added.map((u) => `+ ${u.name}`), ...p.removed.map((u) => `− ${u.name}`)].join(', ')}</Text>
                        <Text size="xs">{populationEffect(p)}</Text>
                      </Table.Td>
                      <Table.Td>
                        {p.statusLabel}
                        {p.closedAt ? <Text size="xs">le {formatDate(p.closedAt)}</Text> : null}
                      </Table.Td>
                      <Table.Td>
                        {p.approvals.map((a) => (
                          <Text size="xs" key={a.regionCode}>
                            {approvalText(a, p.status)}
                            {a.comment ? ` — « ${a.comment} »` : ''}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          );
        }}
      </QueryView>
    </section>
  );
}

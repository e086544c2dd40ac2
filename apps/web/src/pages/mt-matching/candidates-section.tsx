import type { GpProposalDto } from '@maillon/contracts';
import { DISTANCE_TIER_LABELS } from '@maillon/domain';
import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDecimal, formatNumber } from '../../lib/format.ts';
import { mtMatchingApi } from './mt-matching-api.ts';

/** Pseudonymised waiting patients a GP may take (no name, no birth date), most urgent first. */
export function CandidatesSection({
  cptsId,
  cptsName,
  onTaken,
}: {
  cptsId: string;
  cptsName: string;
  onTaken: (items: GpProposalDto[]) => void;
}) {
  const query = useApiQuery(`mt-candidates|${cptsId}`, () => mtMatchingApi.candidates(cptsId));
  const [error, setError] = useState<unknown>(null);
  const take = async (requestId: string) => {
    setError(null);
    try {
      onTaken((await mtMatchingApi.take(cptsId, requestId)).items);
      query.reload();
    } catch (e) {
      setError(e);
      query.reload();
    }
  };
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`candidates-${cptsId}`}>
      <Title order={2} id={`candidates-${cptsId}`} mb="sm">
        Patients en attente près de mon cabinet ({cptsName})
      </Title>
      {error ? <ErrorAlert error={error} title="Prise en charge impossible" /> : null}
      <QueryView query={query} loadingLabel="Chargement des patients en attente…">
        {(data) =>
          data.items.length === 0 ? (
            <Text>Aucun patient en attente n’entre dans vos contraintes.</Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table withTableBorder striped data-testid="gp-candidates">
                <Table.Caption>Patients pseudonymisés, classés par priorité</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Âge</Table.Th>
                    <Table.Th scope="col">Commune</Table.Th>
                    <Table.Th scope="col">Priorité</Table.Th>
                    <Table.Th scope="col">Attente</Table.Th>
                    <Table.Th scope="col">Distance</Table.Th>
                    <Table.Th scope="col">Action</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((c) => (
                    <Table.Tr key={c.requestId}>
                      <Table.Th scope="row">{c.ageBand}</Table.Th>
                      <Table.Td>{c.unitName}</Table.Td>
                      <Table.Td>{c.priorityGroup}</Table.Td>
                      <Table.Td>{formatNumber(c.waitingDays)} jours</Table.Td>
                      <Table.Td>{c.distanceKm === null ? DISTANCE_TIER_LABELS[c.tier] : `${formatDecimal(c.distanceKm, 1)} km`}</Table.Td>
                      <Table.Td>
                        <Button size="xs" onClick={() => take(c.requestId)}>
                          Prendre en charge
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
    </Paper>
  );
}

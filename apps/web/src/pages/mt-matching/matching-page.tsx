import type { TeamProposalDto } from '@maillon/contracts';
import { MT_PROPOSAL_STATUS_LABELS } from '@maillon/domain';
import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { IndicatorsCard } from './indicators-card.tsx';
import { mtMatchingApi } from './mt-matching-api.ts';
import { RunPanel } from './run-panel.tsx';
import { RunsHistory } from './runs-history.tsx';

function CapacitiesSection({ cptsId }: { cptsId: string }) {
  const query = useApiQuery(`mt-capacities|${cptsId}`, () => mtMatchingApi.capacities(cptsId));
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="capacities-title">
      <Title order={2} id="capacities-title" mb="sm">
        Capacités déclarées par les médecins
      </Title>
      <QueryView query={query} loadingLabel="Chargement des capacités…">
        {(data) =>
          data.items.length === 0 ? (
            <Text>Aucun médecin n’a encore déclaré de capacité d’accueil.</Text>
          ) : (
            <Table withTableBorder striped data-testid="capacities-table">
              <Table.Caption>Visible de l’équipe de coordination seulement</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Médecin</Table.Th>
                  <Table.Th scope="col">Places maintenant</Table.Th>
                  <Table.Th scope="col">Places ce mois-ci</Table.Th>
                  <Table.Th scope="col">Contraintes</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((c) => (
                  <Table.Tr key={c.idNatPs}>
                    <Table.Th scope="row">
                      Dr {c.displayName}
                      {c.isDemo ? ' (démo)' : ''}
                    </Table.Th>
                    <Table.Td>
                      {formatNumber(c.remainingNow)} sur {formatNumber(c.availableNow)}
                    </Table.Td>
                    <Table.Td>
                      {formatNumber(c.remainingThisMonth)} sur {formatNumber(c.perMonth)}
                    </Table.Td>
                    <Table.Td>
                      {[
                        c.minAge !== null || c.maxAge !== null ? `âges ${c.minAge ?? 0}–${c.maxAge ?? '…'} ans` : 'tous âges',
                        c.maxDistanceKm !== null ? `jusqu’à ${c.maxDistanceKm} km` : null,
                        c.homeVisits ? 'visites à domicile' : 'sans visite à domicile',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryView>
    </Paper>
  );
}

function FollowedProposals({
  cptsId,
  items,
  onChange,
}: {
  cptsId: string;
  items: TeamProposalDto[];
  onChange: (items: TeamProposalDto[]) => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const withdraw = async (id: string) => {
    setError(null);
    try {
      onChange((await mtMatchingApi.withdraw(cptsId, id)).items);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="followed-title">
      <Title order={2} id="followed-title" mb="sm">
        Suivi des propositions envoyées
      </Title>
      {error ? <ErrorAlert error={error} title="Retrait refusé" /> : null}
      {items.length === 0 ? (
        <Text>Aucune proposition envoyée.</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table withTableBorder striped data-testid="followed-proposals">
            <Table.Caption>Propositions envoyées et leur suite</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Patient</Table.Th>
                <Table.Th scope="col">Médecin</Table.Th>
                <Table.Th scope="col">Statut</Table.Th>
                <Table.Th scope="col">Échéance</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row">{p.patientName}</Table.Th>
                  <Table.Td>Dr {p.gp.displayName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none">
                      {MT_PROPOSAL_STATUS_LABELS[p.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{p.expiresOn ? formatDate(p.expiresOn) : '—'}</Table.Td>
                  <Table.Td>
                    {['sent', 'accepted', 'consulted'].includes(p.status) ? (
                      <Button size="xs" variant="outline" onClick={() => withdraw(p.id)}>
                        Retirer
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/** The coordination team's matching page (issue #9 items 3–6): capacities, runs, proposals, indicators. */
export function MatchingPage() {
  const { id = '' } = useParams();
  const runs = useApiQuery(`mt-runs|${id}`, () => mtMatchingApi.runs(id));
  const proposals = useApiQuery(`mt-proposals|${id}`, () => mtMatchingApi.proposals(id));
  return (
    <Stack gap="lg">
      <PageHeader title="Appariement médecin traitant" subtitle="Capacités des médecins, propositions et suivi" />
      {runs.error ? <ErrorAlert error={runs.error} /> : null}
      <CapacitiesSection cptsId={id} />
      {runs.data ? (
        <RunPanel cptsId={id} latest={runs.data.items[0] ?? null} onChanged={proposals.reload} onFinished={runs.reload} />
      ) : null}
      {proposals.data ? (
        <FollowedProposals cptsId={id} items={proposals.data.items} onChange={(items) => proposals.setData({ items })} />
      ) : null}
      {runs.data ? <RunsHistory items={runs.data.items} /> : null}
      <IndicatorsCard cptsId={id} />
    </Stack>
  );
}

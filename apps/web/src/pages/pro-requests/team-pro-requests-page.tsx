import type { ProRequestFiguresDto } from '@maillon/contracts';
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatNumber } from '../../lib/format.ts';
import { ProRequestCard, professionLabel } from './pro-request-card.tsx';
import { proRequestsApi } from './pro-requests-api.ts';
import { teamOrder } from './team-order.ts';

const COUNTS = [
  ['posted', 'Publiées'],
  ['open', 'En attente'],
  ['taken', 'Prises'],
  ['escalated', 'Signalées à l’équipe'],
  ['expired', 'Expirées'],
] as const;

function median(minutes: number | null): string {
  return minutes === null ? '—' : `${formatNumber(Math.round(minutes))} min`;
}

function Figures({ figures }: { figures: ProRequestFiguresDto }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 6 }} data-testid="pro-request-figures">
        {COUNTS.map(([key, label]) => (
          <Card withBorder key={key}>
            <Text size="sm">{label}</Text>
            <Text size="xl" fw={700} data-testid={`count-${key}`}>
              {formatNumber(figures[key])}
            </Text>
          </Card>
        ))}
        <Card withBorder>
          <Text size="sm">Délai médian d’acceptation</Text>
          <Text size="xl" fw={700}>
            {median(figures.medianMinutesToAccept)}
          </Text>
        </Card>
      </SimpleGrid>
      {figures.byProfession.length > 0 ? (
        <Table striped>
          <Table.Caption>Par profession demandée</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Profession</Table.Th>
              {COUNTS.map(([key, label]) => (
                <Table.Th key={key}>{label}</Table.Th>
              ))}
              <Table.Th>Délai médian</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.byProfession.map((p) => (
              <Table.Tr key={p.professionCode}>
                <Table.Td>{professionLabel(p.professionCode)}</Table.Td>
                {COUNTS.map(([key]) => (
                  <Table.Td key={key}>{formatNumber(p[key])}</Table.Td>
                ))}
                <Table.Td>{median(p.medianMinutesToAccept)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}

/**
 * `/cpts/:id/demandes`: the coordination team's view of the CPTS's requests between
 * professionals, escalated ones first, each with its timeline, and the counts (issue #10 item 5,
 * docs/reference/pro-requests.md §5–6).
 */
export function TeamProRequestsPage() {
  const { id = '' } = useParams();
  const query = useApiQuery(`team-pro-requests-${id}`, () => proRequestsApi.ofCpts(id));
  return (
    <Stack gap="lg">
      <PageHeader title="Demandes entre professionnels" subtitle="Les demandes des adhérents de la CPTS, leur historique et les chiffres" />
      <QueryView query={query} loadingLabel="Chargement des demandes…" notFoundMessage="CPTS introuvable">
        {(data) => (
          <>
            <Figures figures={data.figures} />
            <Title order={2}>Demandes</Title>
            {data.items.length === 0 ? <Text>Aucune demande pour l’instant.</Text> : null}
            {teamOrder(data.items).map((r) => (
              <ProRequestCard key={r.id} r={r} perspective="team" timeline={r.timeline} onChange={query.reload} />
            ))}
          </>
        )}
      </QueryView>
    </Stack>
  );
}

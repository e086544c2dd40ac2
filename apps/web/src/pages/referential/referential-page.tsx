import type { GeoStatus } from '@maillon/contracts';
import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { geoApi, systemApi } from '../../api/endpoints.ts';
import { ContoursMissingAlert } from '../../components/contours-missing-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { ContoursStatusCard } from './contours-status-card.tsx';

/** The COG loaded on this instance (GET /api/geo/status). */
function CogTable({ cog }: { cog: NonNullable<GeoStatus['cog']> }) {
  return (
    <Table withTableBorder variant="vertical" data-testid="cog-table">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" w={260}>
            Source
          </Table.Th>
          <Table.Td>{cog.package}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Version</Table.Th>
          <Table.Td>{cog.version}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">Millésime</Table.Th>
          <Table.Td>{String(cog.vintage)}</Table.Td>
        </Table.Tr>
        {cog.loadedAt ? (
          <Table.Tr>
            <Table.Th scope="row">Chargé le</Table.Th>
            <Table.Td>{formatDateTime(cog.loadedAt)}</Table.Td>
          </Table.Tr>
        ) : null}
        <Table.Tr>
          <Table.Th scope="row">Unités géographiques</Table.Th>
          <Table.Td data-testid="cog-units">{formatNumber(cog.units)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function ReferentialPage() {
  const status = useApiQuery('geo-status', geoApi.status);
  const health = useApiQuery('health', systemApi.health);
  return (
    <Stack gap="lg">
      <PageHeader title="Référentiel géographique" subtitle="Communes, contours et état de l'instance" />
      <QueryView query={status} loadingLabel="Chargement du référentiel…">
        {(data) => (
          <>
            <Paper component="section" withBorder p="md" radius="md" aria-labelledby="cog-title">
              <Title order={2} id="cog-title" mb="sm">
                Code officiel géographique (COG)
              </Title>
              {data.cog ? <CogTable cog={data.cog} /> : <Text>Le code officiel géographique n’est pas chargé sur cette instance.</Text>}
            </Paper>
            <Paper component="section" withBorder p="md" radius="md" aria-labelledby="contours-title">
              <Title order={2} id="contours-title" mb="sm">
                Contours des communes
              </Title>
              {data.contours ? <ContoursStatusCard contours={data.contours} /> : <ContoursMissingAlert />}
            </Paper>
          </>
        )}
      </QueryView>
      {health.data ? (
        <Paper component="section" withBorder p="md" radius="md" aria-labelledby="instance-title">
          <Title order={2} id="instance-title" mb="sm">
            Instance
          </Title>
          <Text size="sm">Base de données : {health.data.database === 'pglite' ? 'PGlite (embarquée)' : 'PostgreSQL'}</Text>
          {health.data.demo ? (
            <Alert color="orange" mt="sm" title="Instance de démonstration">
              Cette instance contient des données fictives de démonstration.
            </Alert>
          ) : null}
        </Paper>
      ) : null}
    </Stack>
  );
}

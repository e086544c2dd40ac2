import type { ImportRunDto } from '@maillon/contracts';
import { Alert, Badge, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';
import { IMPORT_KIND_LABELS, IMPORT_STATUS_LABELS } from './import-kinds.ts';

const STAT_LABELS: Record<string, string> = {
  resolvedByCode: 'Commune trouvée par code INSEE',
  resolvedByFormerCode: 'Commune trouvée par ancien code',
  resolvedByPostalCode: 'Commune trouvée par code postal et nom',
  outsideGeography: 'Hors géographie chargée',
  outsideScope: 'Hors du territoire de la CPTS (ignorées)',
  gone: 'Marqués comme disparus',
  establishments: 'Établissements',
  geolocated: 'Établissements géolocalisés',
  ignoredRecords: 'Enregistrements non utilisés',
};

/** Progress while an import runs, then its report: accepted, rejected lines with reasons. */
export function ImportReport({ run }: { run: ImportRunDto }) {
  const percent = run.bytesTotal ? Math.min(100, Math.round((run.bytesDone / run.bytesTotal) * 100)) : null;
  return (
    <Stack gap="sm" data-testid="import-report">
      <Group gap="sm">
        <Text fw={700}>{IMPORT_KIND_LABELS[run.kind] ?? run.kind}</Text>
        <Badge color={run.status === 'failed' ? 'red' : run.status === 'succeeded' ? 'green' : 'blue'} data-testid="import-status">
          {IMPORT_STATUS_LABELS[run.status] ?? run.status}
        </Badge>
        <Text size="sm">{run.sourceName}</Text>
      </Group>
      {run.status === 'running' ? (
        <Stack gap={4}>
          <Progress
            value={percent ?? 100}
            animated
            striped={percent === null}
            aria-label="Progression de l'import"
            data-testid="import-progress"
          />
          <Text size="sm" role="status" aria-live="polite">
            {percent === null ? '' : `${percent} % — `}
            {formatNumber(run.linesRead)} lignes lues
          </Text>
        </Stack>
      ) : null}
      {run.error ? (
        <Alert color="red" title="Import interrompu">
          {run.error}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Text>
          Lignes lues : <strong>{formatNumber(run.linesRead)}</strong>
        </Text>
        <Text>
          Acceptées : <strong data-testid="import-accepted">{formatNumber(run.accepted)}</strong>
        </Text>
        <Text>
          Rejetées : <strong data-testid="import-rejected-count">{formatNumber(run.rejectedCount)}</strong>
        </Text>
      </SimpleGrid>
      {Object.keys(run.stats).length > 0 ? (
        <Text size="sm">
          {Object.entries(run.stats)
            .filter(([, value]) => value > 0)
            .map(([key, value]) => `${STAT_LABELS[key] ?? key} : ${formatNumber(value)}`)
            .join(' · ')}
        </Text>
      ) : null}
      {run.rejected.length > 0 ? (
        <Table striped withTableBorder data-testid="import-rejected">
          <Table.Caption>
            Lignes rejetées{run.rejectedCount > run.rejected.length ? ` (les ${run.rejected.length} premières)` : ''}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Ligne</Table.Th>
              <Table.Th scope="col">Motif</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.rejected.map((r) => (
              <Table.Tr key={r.line}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td>{r.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}

import type { ImportRunDto } from '@maillon/contracts';
import { IMPORT_ENTITY_LABELS } from '@maillon/domain';
import { Alert, Badge, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';
import { IMPORT_KIND_LABELS, IMPORT_STATUS_LABELS, importScopeLabel, importStatusColor, isReading } from './import-kinds.ts';

const STAT_LABELS: Record<string, string> = {
  resolvedByCode: 'Commune trouvée par code INSEE',
  resolvedByFormerCode: 'Commune trouvée par ancien code',
  resolvedByPostalCode: 'Commune trouvée par code postal et nom',
  outsideGeography: 'Hors géographie chargée',
  outsideScope: 'Hors du territoire de la CPTS (ignorées)',
  establishments: 'Établissements',
  geolocated: 'Établissements géolocalisés',
  ignoredRecords: 'Enregistrements non utilisés',
};

/** Progress while the file is read, then what it gave: lines read, accepted, rejected with reasons. */
export function ImportReport({ run }: { run: ImportRunDto }) {
  const percent = run.bytesTotal ? Math.min(100, Math.round((run.bytesDone / run.bytesTotal) * 100)) : null;
  return (
    <Stack gap="sm" data-testid="import-report">
      <Group gap="sm">
        <Text fw={700}>{IMPORT_KIND_LABELS[run.kind] ?? run.kind}</Text>
        <Badge color={importStatusColor(run.status)} data-testid="import-status" tt="none">
          {IMPORT_STATUS_LABELS[run.status]}
        </Badge>
        <Text size="sm">{run.sourceName}</Text>
        <Text size="sm" c="dimmed" data-testid="import-scope">
          {importScopeLabel(run)}
        </Text>
      </Group>
      {isReading(run.status) ? (
        <Stack gap={4}>
          <Progress
            value={percent ?? 100}
            animated
            striped={percent === null}
            aria-label="Progression de la lecture du fichier"
            data-testid="import-progress"
          />
          <Text size="sm" role="status" aria-live="polite">
            {percent === null ? '' : `${percent} % — `}
            {formatNumber(run.linesRead)} lignes lues
          </Text>
        </Stack>
      ) : null}
      {run.error ? (
        <Alert color="red" title={run.status === 'interrupted' ? 'Import interrompu' : 'Import en échec'}>
          {run.error}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Text>
          Lignes lues : <strong data-testid="import-lines">{formatNumber(run.linesRead)}</strong>
        </Text>
        <Text>
          Acceptées : <strong data-testid="import-accepted">{formatNumber(run.accepted)}</strong>
        </Text>
        <Text>
          Rejetées : <strong data-testid="import-rejected-count">{formatNumber(run.rejectedCount)}</strong>
        </Text>
      </SimpleGrid>
      {Object.values(run.stats).some((value) => value > 0) ? (
        <Text size="sm">
          {Object.entries(run.stats)
            .filter(([, value]) => value > 0)
            .map(([key, value]) => `${STAT_LABELS[key] ?? key} : ${formatNumber(value)}`)
            .join(' · ')}
        </Text>
      ) : null}
      {run.applied ? <AppliedTable applied={run.applied} /> : null}
      {run.rejected.length > 0 ? (
        <Table striped withTableBorder data-testid="import-rejected">
          <Table.Caption>
            Lignes rejetées{run.rejectedCount > run.rejected.length ? ` (les ${formatNumber(run.rejected.length)} premières)` : ''}
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
                <Table.Td>{formatNumber(r.line)}</Table.Td>
                <Table.Td>{r.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}

function AppliedTable({ applied }: { applied: NonNullable<ImportRunDto['applied']> }) {
  return (
    <Table withTableBorder data-testid="import-applied">
      <Table.Caption>Modifications appliquées à l'annuaire</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Lignes</Table.Th>
          <Table.Th scope="col">Ajoutées</Table.Th>
          <Table.Th scope="col">Modifiées</Table.Th>
          <Table.Th scope="col">Marquées disparues</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {applied.map((a) => (
          <Table.Tr key={a.entity}>
            <Table.Th scope="row">{IMPORT_ENTITY_LABELS[a.entity]}</Table.Th>
            <Table.Td>{formatNumber(a.added)}</Table.Td>
            <Table.Td>{formatNumber(a.updated)}</Table.Td>
            <Table.Td>{formatNumber(a.gone)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import type { AssemblyDetailDto } from '@maillon/contracts';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { assembliesApi } from '../../../api/association-endpoints.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryView } from '../../../components/query-view.tsx';
import { useApiQuery } from '../../../hooks/use-api-query.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ASSEMBLY_STATUS_COLORS } from '../association-labels.ts';
import { AttendanceTable } from './attendance-table.tsx';
import { CloseModal } from './close-modal.tsx';
import { QuorumIndicator } from './quorum-indicator.tsx';
import { ResolutionCard } from './resolution-card.tsx';

function AssemblyView({
  cptsId,
  assembly,
  onUpdated,
}: {
  cptsId: string;
  assembly: AssemblyDetailDto;
  onUpdated: (a: AssemblyDetailDto) => void;
}) {
  const [closing, setClosing] = useState(false);
  const closed = assembly.status === 'closed';
  const badges = (
    <Badge color={ASSEMBLY_STATUS_COLORS[assembly.status]} variant="filled" size="lg" tt="none" data-testid="assembly-status">
      {assembly.statusLabel}
    </Badge>
  );
  const actions = (
    <>
      <Button
        component="a"
        href={assembliesApi.minutesUrl(cptsId, assembly.id)}
        download
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        data-testid="minutes-pdf"
      >
        Procès-verbal (PDF)
      </Button>
      {closed ? null : (
        <Button color="red" variant="light" onClick={() => setClosing(true)} data-testid="close-button">
          Clore l'assemblée
        </Button>
      )}
    </>
  );
  return (
    <Stack gap="md">
      <PageHeader
        title={assembly.title}
        badges={badges}
        actions={actions}
        subtitle={`${assembly.kindLabel} · ${formatDateTime(assembly.scheduledAt)}${assembly.location ? ` · ${assembly.location}` : ''}`}
      />
      <Anchor component={Link} to={`/cpts/${cptsId}/assemblees`} size="sm">
        Toutes les assemblées
      </Anchor>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agenda-title">
        <Title order={2} id="agenda-title" mb={4}>
          Ordre du jour
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {assembly.agenda}
        </Text>
        {assembly.minutes ? (
          <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-line' }}>
            <strong>Compte rendu :</strong> {assembly.minutes}
          </Text>
        ) : null}
      </Paper>
      <QuorumIndicator quorum={assembly.quorum} />
      <AttendanceTable cptsId={cptsId} assembly={assembly} onUpdated={onUpdated} />
      <Stack gap="sm" component="section" aria-labelledby="resolutions-title">
        <Group justify="space-between">
          <Title order={2} id="resolutions-title">
            Résolutions
          </Title>
          <Text size="sm">{assembly.quorum.voices} voix peuvent s'exprimer.</Text>
        </Group>
        {assembly.resolutions.map((r) => (
          <ResolutionCard key={r.id} cptsId={cptsId} assembly={assembly} resolution={r} onUpdated={onUpdated} />
        ))}
      </Stack>
      <CloseModal
        cptsId={cptsId}
        assembly={assembly}
        opened={closing}
        onClose={() => setClosing(false)}
        onClosed={(next) => {
          setClosing(false);
          onUpdated(next);
        }}
      />
    </Stack>
  );
}

/** One general assembly: agenda, live quorum, attendance and proxies, votes, closing and minutes. */
export function AssemblyPage() {
  const { id = '', assemblyId = '' } = useParams();
  const detail = useApiQuery(`assembly|${id}|${assemblyId}`, () => assembliesApi.get(id, assemblyId));
  return (
    <>
      {detail.data ? null : <PageHeader title="Assemblée générale" />}
      <QueryView query={detail} loadingLabel="Chargement de l'assemblée…" notFoundMessage="Assemblée introuvable">
        {(assembly) => <AssemblyView cptsId={id} assembly={assembly} onUpdated={detail.setData} />}
      </QueryView>
    </>
  );
}

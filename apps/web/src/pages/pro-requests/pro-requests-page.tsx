import type { ProRequestDto } from '@maillon/contracts';
import {
  formatDate,
  formatDateTime,
  PRO_REQUEST_PROFESSIONS,
  PRO_REQUEST_STATUS_LABELS,
  PRO_REQUEST_URGENCY_LABELS,
} from '@maillon/domain';
import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { proRequestsApi } from './pro-requests-api.ts';

function RequestCard({ r, received, onChange }: { r: ProRequestDto; received: boolean; onChange: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const act = (work: () => Promise<unknown>) => () => {
    setError(null);
    work().then(onChange, (e: unknown) => setError((e as Error).message));
  };
  const profession = PRO_REQUEST_PROFESSIONS[r.professionCode as keyof typeof PRO_REQUEST_PROFESSIONS] ?? r.professionCode;
  return (
    <Card withBorder data-testid="pro-request">
      <Group justify="space-between">
        <Text fw={600}>
          {profession} — {r.act}
        </Text>
        <Group gap="xs">
          {r.isDemo ? <Badge color="gray">démo</Badge> : null}
          <Badge>{r.takenByOther ? 'Prise par un confrère' : PRO_REQUEST_STATUS_LABELS[r.status]}</Badge>
        </Group>
      </Group>
      <Text size="sm">
        {r.communeLabel ?? r.unitCode}, le {formatDate(r.wantedOn)} entre {r.windowStart} et {r.windowEnd} —{' '}
        {PRO_REQUEST_URGENCY_LABELS[r.urgency]} (échéance {formatDateTime(r.deadlineAt)})
      </Text>
      {r.patient ? (
        <Text size="sm">
          Patient : {r.patient.initials}, {r.patient.ageBand} ans{r.patient.sex ? `, ${r.patient.sex}` : ''} — {r.patient.need}
        </Text>
      ) : null}
      <Text size="sm">{received ? `De : ${r.authorName}` : r.takenByName ? `Prise par : ${r.takenByName}` : null}</Text>
      {received && r.canAccept ? (
        <Group mt="sm" align="end">
          <Button onClick={act(() => proRequestsApi.accept(r.id))}>Accepter</Button>
          <TextInput label="Motif du refus" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Button variant="default" disabled={reason.trim().length < 2} onClick={act(() => proRequestsApi.decline(r.id, reason))}>
            Décliner
          </Button>
        </Group>
      ) : null}
      {error ? (
        <Text c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Card>
  );
}

/** `/demandes`: the requests a professional received and posted (issue #10 item 5, docs/reference/pro-requests.md). */
export function ProRequestsPage() {
  const mine = useApiQuery('pro-requests', proRequestsApi.mine);
  return (
    <Stack gap="lg">
      <PageHeader title="Demandes entre professionnels" subtitle="Les demandes que vous avez reçues et publiées" />
      <QueryView query={mine} loadingLabel="Chargement…">
        {(data) => (
          <>
            <Title order={2}>Reçues</Title>
            {data.received.length === 0 ? <Text>Aucune demande reçue.</Text> : null}
            {data.received.map((r) => (
              <RequestCard key={r.id} r={r} received onChange={mine.reload} />
            ))}
            <Title order={2}>Publiées</Title>
            {data.posted.length === 0 ? <Text>Aucune demande publiée.</Text> : null}
            {data.posted.map((r) => (
              <RequestCard key={r.id} r={r} received={false} onChange={mine.reload} />
            ))}
          </>
        )}
      </QueryView>
    </Stack>
  );
}

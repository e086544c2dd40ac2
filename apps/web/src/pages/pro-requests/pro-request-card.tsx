import type { ProRequestDetailDto, ProRequestDto } from '@maillon/contracts';
import { PRO_REQUEST_PROFESSIONS, PRO_REQUEST_STATUS_LABELS, PRO_REQUEST_URGENCY_LABELS } from '@maillon/domain';
import { Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { ProRequestTimeline } from './pro-request-timeline.tsx';
import { proRequestsApi } from './pro-requests-api.ts';

/** How the reader relates to the request: it decides the actions offered (docs/reference/pro-requests.md §6). */
export type CardRole = 'received' | 'posted' | 'team';

export function professionLabel(code: string): string {
  return PRO_REQUEST_PROFESSIONS[code as keyof typeof PRO_REQUEST_PROFESSIONS] ?? code;
}

/** The status in plain words; a receiver who did not take it sees it already taken, never by whom. */
export function statusLabel(r: ProRequestDto): string {
  if (r.takenByOther) return 'Déjà prise par un confrère';
  return PRO_REQUEST_STATUS_LABELS[r.status];
}

interface ProRequestCardProps {
  r: ProRequestDto;
  perspective: CardRole;
  /** The timeline when the page already has it (team desk); else it loads on demand. */
  timeline?: ProRequestDetailDto['timeline'];
  onChange: () => void;
}

export function ProRequestCard({ r, perspective, timeline, onChange }: ProRequestCardProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [detail, setDetail] = useState<ProRequestDetailDto | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [busy, setBusy] = useState(false);
  const act = (work: () => Promise<unknown>) => () => {
    setError(null);
    setBusy(true);
    work().then(
      () => {
        setBusy(false);
        setDetail(null);
        onChange();
      },
      (e: unknown) => {
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  };
  const toggleHistory = () => {
    if (detail) return setDetail(null);
    setError(null);
    proRequestsApi.detail(r.id).then(setDetail, (e: unknown) => setError(errorMessage(e)));
  };
  const events = timeline ?? detail?.timeline;
  const shown = detail ?? r;
  return (
    <Card
      withBorder
      data-testid="pro-request"
      data-request-id={r.id}
      component="article"
      aria-label={`${professionLabel(r.professionCode)} — ${r.act}`}
    >
      <Group justify="space-between" align="start">
        <Text fw={600}>
          {professionLabel(r.professionCode)} — {r.act}
        </Text>
        <Group gap="xs">
          {r.isDemo ? <Badge color="gray">démo</Badge> : null}
          {r.escalated && r.status === 'open' ? <Badge color="orange">Signalée à l’équipe</Badge> : null}
          <Badge
            color={r.takenByOther ? 'gray' : r.status === 'taken' ? 'green' : r.status === 'open' ? 'blue' : 'gray'}
            data-testid="request-status"
          >
            {statusLabel(r)}
          </Badge>
        </Group>
      </Group>
      <Text size="sm">
        {r.communeLabel ?? r.unitCode}, le {formatDate(r.wantedOn)} entre {r.windowStart} et {r.windowEnd} —{' '}
        {PRO_REQUEST_URGENCY_LABELS[r.urgency]} ({r.status === 'open' ? 'expire le' : 'échéance'} {formatDateTime(r.deadlineAt)})
      </Text>
      {shown.patient ? (
        <Text size="sm">
          Patient : {shown.patient.initials}, {shown.patient.ageBand} ans
          {shown.patient.sex ? `, ${shown.patient.sex === 'F' ? 'femme' : 'homme'}` : ''} — {shown.patient.need}
        </Text>
      ) : null}
      {perspective !== 'posted' ? <Text size="sm">De : {r.authorName}</Text> : null}
      {r.takenByName ? (
        <Text size="sm" data-testid="taken-by">
          Prise par : {r.takenByName}
        </Text>
      ) : null}
      {r.takenByOther ? (
        <Text size="sm" c="dimmed">
          Un confrère l’a acceptée avant vous : elle ne peut plus être acceptée.
        </Text>
      ) : null}
      {perspective === 'received' && r.canAccept ? (
        <Group mt="sm" align="end">
          <Button onClick={act(() => proRequestsApi.accept(r.id))} loading={busy}>
            Accepter
          </Button>
          <TextInput label="Motif du refus" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Button variant="default" disabled={reason.trim().length < 2 || busy} onClick={act(() => proRequestsApi.decline(r.id, reason))}>
            Décliner
          </Button>
        </Group>
      ) : null}
      <Group mt="sm" gap="sm">
        {timeline === undefined && !r.takenByOther ? (
          <Button variant="subtle" size="compact-sm" onClick={toggleHistory} aria-expanded={detail !== null}>
            {detail ? 'Masquer l’historique' : 'Voir l’historique'}
          </Button>
        ) : null}
        {perspective === 'posted' && r.status === 'open' ? (
          <Button variant="subtle" color="red" size="compact-sm" onClick={() => setConfirmCancel(true)}>
            Annuler la demande
          </Button>
        ) : null}
      </Group>
      {events ? (
        <Stack gap={4} mt="xs">
          <Text size="sm" fw={600}>
            Historique
          </Text>
          <ProRequestTimeline events={events} />
        </Stack>
      ) : null}
      {error ? (
        <Text c="red" role="alert" size="sm">
          {error}
        </Text>
      ) : null}
      <AppModal opened={confirmCancel} onClose={() => setConfirmCancel(false)} title="Annuler la demande ?">
        <Stack>
          <Text>La demande « {r.act} » ne sera plus proposée aux professionnels. Cette annulation est définitive.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmCancel(false)}>
              Garder la demande
            </Button>
            <Button
              color="red"
              loading={busy}
              onClick={() => {
                setConfirmCancel(false);
                act(() => proRequestsApi.cancel(r.id))();
              }}
            >
              Annuler la demande
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Card>
  );
}

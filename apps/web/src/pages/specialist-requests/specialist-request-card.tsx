import type { SpecialistRequestDto } from '@maillon/contracts';
import { Badge, Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../lib/format.ts';
import { delayLabel, kindLabel, specialtyLabel, statusLabel, targetLabel } from './specialist-labels.ts';
import { specialistRequestsApi } from './specialist-requests-api.ts';

export interface DedicatedSlot {
  id: string;
  cptsId: string;
  startAt: string;
  endAt: string;
}

function Outcome({ r }: { r: SpecialistRequestDto }) {
  return (
    <>
      {r.answerText ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          Avis de {r.settledByName} : {r.answerText}
        </Text>
      ) : null}
      {r.booking ? (
        <Text size="sm">
          Consultation le {formatDateTime(r.booking.startAt)} avec {r.booking.practitioner}
          {r.booking.address ? `, ${r.booking.address}` : ''}
          {r.booking.cancelled ? ' (rendez-vous annulé)' : ''}
        </Text>
      ) : null}
      {r.achievedMinutes !== null ? (
        <Text size="sm">
          Délai obtenu : {delayLabel(r.achievedMinutes)} — {r.withinTarget ? 'dans le délai cible' : 'hors délai cible'}
        </Text>
      ) : null}
    </>
  );
}

/** Answer (opinion) or book one of the specialist's dedicated slots (consultation). */
function SpecialistActions({ r, slots, onChange }: { r: SpecialistRequestDto; slots: DedicatedSlot[]; onChange: () => void }) {
  const [text, setText] = useState('');
  const [slotId, setSlotId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<unknown>) => () => {
    setError(null);
    work().then(onChange, (e: unknown) => setError((e as Error).message));
  };
  const mine = slots.filter((s) => s.cptsId === r.cptsId);
  return (
    <Stack gap="xs" mt="sm">
      {r.kind === 'opinion' ? (
        <>
          <Textarea
            label="Votre avis"
            autosize
            minRows={3}
            maxLength={4000}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Group>
            <Button disabled={text.trim().length < 3} onClick={run(() => specialistRequestsApi.answer(r.id, text))}>
              Envoyer l’avis
            </Button>
          </Group>
        </>
      ) : mine.length === 0 ? (
        <Text size="sm">
          Aucun créneau dédié libre : publiez des créneaux ouverts aux professionnels (canal PRO) dans « Mes créneaux ».
        </Text>
      ) : (
        <Group align="end">
          <Select
            label="Un de vos créneaux dédiés"
            placeholder="Choisir un créneau"
            data={mine.map((s) => ({
              value: s.id,
              label: `${formatDateTime(s.startAt)}${s.startAt > r.deadlineAt ? ' (après l’échéance)' : ''}`,
            }))}
            value={slotId}
            onChange={setSlotId}
          />
          <Button disabled={!slotId} onClick={run(() => specialistRequestsApi.book(r.id, slotId ?? ''))}>
            Réserver ce créneau
          </Button>
        </Group>
      )}
      {error ? (
        <Text c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/** One request, as its author or a specialist sees it. */
export function SpecialistRequestCard({
  r,
  viewer,
  slots = [],
  onChange,
}: {
  r: SpecialistRequestDto;
  viewer: 'author' | 'specialist';
  slots?: DedicatedSlot[];
  onChange: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Card withBorder data-testid="specialist-request">
      <Group justify="space-between">
        <Text fw={600}>
          {specialtyLabel(r.specialtyCode)} — {kindLabel(r.kind)}
        </Text>
        <Group gap="xs">
          {r.isDemo ? <Badge color="gray">démo</Badge> : null}
          <Badge color={r.overdue ? 'red' : undefined}>{statusLabel(r)}</Badge>
        </Group>
      </Group>
      <Text size="sm">
        {targetLabel(r.target)} : demandée le {formatDateTime(r.createdAt)}, échéance le {formatDateTime(r.deadlineAt)}
      </Text>
      <Text size="sm">
        Patient : {r.patient.initials}, {r.patient.ageBand} ans{r.patient.sex ? `, ${r.patient.sex}` : ''} — {r.patient.need}
      </Text>
      {viewer === 'specialist' ? <Text size="sm">De : {r.authorName}</Text> : null}
      <Outcome r={r} />
      {viewer === 'specialist' && r.status === 'open' ? <SpecialistActions r={r} slots={slots} onChange={onChange} /> : null}
      {viewer === 'author' && r.status === 'open' ? (
        <Group mt="sm">
          <Button
            variant="default"
            onClick={() => {
              setError(null);
              specialistRequestsApi.cancel(r.id).then(onChange, (e: unknown) => setError((e as Error).message));
            }}
          >
            Annuler la demande
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

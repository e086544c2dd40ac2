import type { MySlotsDto, SlotDto } from '@maillon/contracts';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DateField } from '../../components/date-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ConfirmModal } from './confirm-modal.tsx';
import { CONSULTATION_TYPE_LABELS, channelList, slotDay, slotTime, slotWhen } from './slot-labels.ts';
import { slotsApi } from './slots-api.ts';

type Series = MySlotsDto['series'][number];

/** Running series, each withdrawable from a date (booked slots are listed, never withdrawn). */
export function SeriesSection({ series, today, onChanged }: { series: Series[]; today: string; onChanged: (message: string) => void }) {
  const [target, setTarget] = useState<Series | null>(null);
  const [from, setFrom] = useState<string | null>(today);
  const [error, setError] = useState<unknown>(null);
  const [toCancel, setToCancel] = useState<SlotDto[]>([]);
  const withdraw = async () => {
    if (!target || !from) return;
    setError(null);
    try {
      const result = await slotsApi.withdrawSeries(target.id, from);
      setToCancel(result.needingCancellation);
      setTarget(null);
      onChanged(
        `Série retirée : ${result.withdrawn} créneau${result.withdrawn > 1 ? 'x' : ''} libre${result.withdrawn > 1 ? 's' : ''} retiré${result.withdrawn > 1 ? 's' : ''}.`,
      );
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="series-title">
      <Title order={2} id="series-title" mb="xs">
        Mes séries récurrentes
      </Title>
      {series.length === 0 ? <Text size="sm">Aucune série en cours.</Text> : null}
      {series.length > 0 ? (
        <Table withTableBorder data-testid="series-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Depuis le</Table.Th>
              <Table.Th scope="col">Heure</Table.Th>
              <Table.Th scope="col">Règle</Table.Th>
              <Table.Th scope="col">Type et canaux</Table.Th>
              <Table.Th scope="col">Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{slotDay(s.dtstart)}</Table.Td>
                <Table.Td>
                  {slotTime(s.dtstart)} ({s.durationMinutes} min)
                </Table.Td>
                <Table.Td>
                  <code>{s.rrule}</code>
                </Table.Td>
                <Table.Td>
                  {CONSULTATION_TYPE_LABELS[s.consultationType]} — {channelList(s.visibility)}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" color="red" variant="light" onClick={() => setTarget(s)}>
                    Retirer la série…
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {toCancel.length > 0 ? (
        <Text mt="sm" c="red" role="status">
          Réservés, donc non retirés (annulez d’abord le rendez-vous avec le patient) :{' '}
          {toCancel.map((s) => slotWhen(s.startAt, s.endAt)).join(' ; ')}
        </Text>
      ) : null}
      <ConfirmModal
        opened={target !== null}
        title="Retirer une série"
        confirmLabel="Retirer la série"
        onConfirm={() => void withdraw()}
        onClose={() => setTarget(null)}
      >
        <Stack gap="sm">
          <Text size="sm">
            Les créneaux libres de la série à partir de cette date ne seront plus proposés. Les créneaux réservés restent et vous sont
            listés.
          </Text>
          <DateField label="À partir du" value={from} onChange={setFrom} />
          {error ? <ErrorAlert error={error} title="Retrait refusé" /> : null}
        </Stack>
      </ConfirmModal>
      <Group />
    </Paper>
  );
}

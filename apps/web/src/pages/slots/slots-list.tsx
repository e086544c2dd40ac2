import type { MySlotsDto, SlotDto } from '@maillon/contracts';
import { SLOT_STATUS_LABELS } from '@maillon/domain';
import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ConfirmModal } from './confirm-modal.tsx';
import { CONSULTATION_TYPE_LABELS, slotDay, slotTime, slotWhen } from './slot-labels.ts';
import { addDays, slotsApi } from './slots-api.ts';

const weekday = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'Europe/Paris' });

/** The week's slots by day, with their channels, SNP flag and state; free ones can be withdrawn. */
export function SlotsList({
  data,
  from,
  onMove,
  onChanged,
}: {
  data: MySlotsDto;
  from: string;
  onMove: (from: string) => void;
  onChanged: (message: string) => void;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [toCancel, setToCancel] = useState<SlotDto[]>([]);
  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await slotsApi.withdraw(selected);
      setToCancel(result.needingCancellation);
      setSelected([]);
      setConfirming(false);
      onChanged(`${result.withdrawn} créneau${result.withdrawn > 1 ? 'x' : ''} retiré${result.withdrawn > 1 ? 's' : ''}.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const byDay = new Map<string, SlotDto[]>();
  for (const slot of data.slots) {
    const day = slotDay(slot.startAt);
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  }
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="slots-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="slots-title">
          Mes créneaux du {slotDay(`${from}T12:00:00Z`)} au {slotDay(`${addDays(from, 6)}T12:00:00Z`)}
        </Title>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => onMove(addDays(from, -7))}>
            Semaine précédente
          </Button>
          <Button variant="default" size="xs" onClick={() => onMove(addDays(from, 7))} data-testid="next-week">
            Semaine suivante
          </Button>
        </Group>
      </Group>
      {data.slots.length === 0 ? <Text>Aucun créneau publié cette semaine.</Text> : null}
      <Stack gap="md" data-testid="slots-list">
        {[...byDay.entries()].map(([day, slots]) => (
          <div key={day}>
            <Title order={3} size="h5" mb={4}>
              {weekday.format(new Date(slots[0]?.startAt ?? ''))} {day}
            </Title>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Choisir</Table.Th>
                  <Table.Th scope="col">Horaire</Table.Th>
                  <Table.Th scope="col">Type</Table.Th>
                  <Table.Th scope="col">Canaux</Table.Th>
                  <Table.Th scope="col">État</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {slots.map((slot) => (
                  <Table.Tr key={slot.id} data-testid="slot-row">
                    <Table.Td>
                      <Checkbox
                        aria-label={`Choisir le créneau ${slotWhen(slot.startAt, slot.endAt)}`}
                        disabled={slot.status !== 'free'}
                        checked={selected.includes(slot.id)}
                        onChange={(e) =>
                          setSelected(e.currentTarget.checked ? [...selected, slot.id] : selected.filter((id) => id !== slot.id))
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      {slotTime(slot.startAt)}–{slotTime(slot.endAt)}{' '}
                      {slot.outsideSnpHours ? (
                        <Badge color="yellow" variant="light" size="sm">
                          hors horaires SNP
                        </Badge>
                      ) : null}
                      {slot.isDemo ? (
                        <Badge color="orange" variant="light" size="sm">
                          démo
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{CONSULTATION_TYPE_LABELS[slot.consultationType]}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {slot.visibility.map((c) => (
                          <Badge
                            key={c}
                            variant={slot.openChannels.includes(c) || slot.status !== 'free' ? 'light' : 'outline'}
                            color={slot.openChannels.includes(c) || slot.status !== 'free' ? 'blue' : 'gray'}
                            title={slot.openChannels.includes(c) || slot.status !== 'free' ? undefined : 'Quota de la semaine atteint'}
                          >
                            {c}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>{SLOT_STATUS_LABELS[slot.status]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ))}
      </Stack>
      {error ? <ErrorAlert error={error} title="Retrait refusé" /> : null}
      {toCancel.length > 0 ? (
        <Text mt="sm" c="red" role="status">
          Réservés, donc non retirés (annulez d’abord le rendez-vous avec le patient) :{' '}
          {toCancel.map((s) => slotWhen(s.startAt, s.endAt)).join(' ; ')}
        </Text>
      ) : null}
      <Group mt="sm">
        <Button
          color="red"
          variant="light"
          disabled={selected.length === 0}
          onClick={() => setConfirming(true)}
          data-testid="withdraw-selected"
        >
          Retirer les créneaux choisis ({selected.length})
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title="Retirer des créneaux"
        confirmLabel="Retirer"
        busy={busy}
        onConfirm={() => void withdraw()}
        onClose={() => setConfirming(false)}
      >
        {selected.length} créneau{selected.length > 1 ? 'x' : ''} libre{selected.length > 1 ? 's' : ''} ne ser
        {selected.length > 1 ? 'ont' : 'a'} plus proposé{selected.length > 1 ? 's' : ''} à personne.
      </ConfirmModal>
    </Paper>
  );
}

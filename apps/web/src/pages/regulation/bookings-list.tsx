import type { BookingDto } from '@maillon/contracts';
import { BOOKING_STATUS_LABELS } from '@maillon/domain';
import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { regulationApi } from './regulation-api.ts';

/** Cancelling asks for a reason and a confirmation (a destructive action). */
function CancelDialog({ booking, onClose, onDone }: { booking: BookingDto; onClose: () => void; onDone: (b: BookingDto) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    try {
      onDone(await regulationApi.cancel(booking.id, reason));
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  }
  return (
    <AppModal opened onClose={onClose} title="Annuler le rendez-vous ?">
      <Stack gap="sm">
        <Text>
          Rendez-vous du {formatDateTime(booking.startAt)} avec {booking.practitionerName}. Le créneau redeviendra libre et le patient sera
          prévenu par e-mail s’il en a donné un.
        </Text>
        <TextInput
          label="Motif de l’annulation"
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="cancel-reason"
        />
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Ne pas annuler
          </Button>
          <Button color="red" onClick={confirm} loading={busy} data-testid="confirm-cancel">
            Annuler le rendez-vous
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

/** Bookings with the patient's identity (the caller may read them), cancel and outcome actions. */
export function BookingsList({ items, onChange, empty }: { items: BookingDto[]; onChange: (b: BookingDto) => void; empty: string }) {
  const [cancelling, setCancelling] = useState<BookingDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (items.length === 0) return <Text>{empty}</Text>;
  async function outcome(b: BookingDto, status: 'fulfilled' | 'noshow') {
    try {
      onChange(await regulationApi.outcome(b.id, status));
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }
  return (
    <Stack gap="xs">
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Table striped data-testid="bookings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Rendez-vous</Table.Th>
            <Table.Th>Professionnel</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Statut</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>{formatDateTime(b.startAt)}</Table.Td>
              <Table.Td>
                {b.practitionerName}
                <Text size="xs">{[b.address, b.communeName].filter(Boolean).join(', ')}</Text>
              </Table.Td>
              <Table.Td>
                {b.patient.firstName} {b.patient.lastName}
                <Text size="xs">
                  né(e) le {formatDate(b.patient.birthDate)} {b.patient.phone ? `— ${b.patient.phone}` : ''}
                </Text>
                {b.need ? <Text size="xs">Motif : {b.need}</Text> : null}
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{BOOKING_STATUS_LABELS[b.status]}</Badge> {b.isDemo ? <DemoBadge /> : null}
                {b.cancelReason ? <Text size="xs">{b.cancelReason}</Text> : null}
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {b.canCancel ? (
                    <Button size="xs" variant="light" color="red" onClick={() => setCancelling(b)}>
                      Annuler
                    </Button>
                  ) : null}
                  {b.canRecordOutcome && Date.parse(b.startAt) <= Date.now() ? (
                    <>
                      <Button size="xs" variant="light" onClick={() => outcome(b, 'fulfilled')} disabled={b.status === 'fulfilled'}>
                        Honoré
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        color="orange"
                        onClick={() => outcome(b, 'noshow')}
                        disabled={b.status === 'noshow'}
                      >
                        Absent
                      </Button>
                    </>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {cancelling ? (
        <CancelDialog
          booking={cancelling}
          onClose={() => setCancelling(null)}
          onDone={(b) => {
            setCancelling(null);
            onChange(b);
          }}
        />
      ) : null}
    </Stack>
  );
}

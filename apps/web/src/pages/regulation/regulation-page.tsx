import type { BookingDto, FoundSlotDto, SlotSearchDto, UnitDto } from '@maillon/contracts';
import { CONSULTATION_TYPE_LABELS, CONSULTATION_TYPES, type ConsultationType } from '@maillon/domain';
import { Alert, Button, Card, Group, Select, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDateTime } from '../../lib/format.ts';
import { BookingForm } from './booking-form.tsx';
import { BookingsList } from './bookings-list.tsx';
import { CommuneField } from './commune-field.tsx';
import { regulationApi } from './regulation-api.ts';
import { SlotResults } from './slot-results.tsx';

const WINDOWS = [
  { value: '24', label: '24 heures' },
  { value: '48', label: '48 heures' },
  { value: '72', label: '3 jours' },
  { value: '168', label: '7 jours' },
];

const replace = (items: BookingDto[], b: BookingDto) => [b, ...items.filter((i) => i.id !== b.id)];

/**
 * The SAS regulator's page (issue #10 item 4, docs/reference/slots.md §2–3): the patient's
 * commune, the need and the window; free slots by time then distance; "Réserver" holds the slot
 * 5 minutes for the patient's identity; the regulator's recent bookings with cancellation.
 */
export function RegulationPage() {
  const [commune, setCommune] = useState<UnitDto | null>(null);
  const [type, setType] = useState<ConsultationType>('office');
  const [hours, setHours] = useState('48');
  const [result, setResult] = useState<SlotSearchDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [holding, setHolding] = useState<string | null>(null);
  const [held, setHeld] = useState<{ slot: FoundSlotDto; heldUntil: string } | null>(null);
  const [booked, setBooked] = useState<BookingDto | null>(null);
  const mine = useApiQuery('regulation-bookings', regulationApi.mine);
  const [bookings, setBookings] = useState<BookingDto[]>([]);
  useEffect(() => setBookings(mine.data?.items ?? []), [mine.data]);

  async function search(event?: React.FormEvent) {
    event?.preventDefault();
    if (!commune) {
      setError('Choisissez la commune du patient.');
      return;
    }
    setError(null);
    try {
      const to = new Date(Date.now() + Number(hours) * 3_600_000).toISOString();
      setResult(await regulationApi.search({ unitCode: commune.code, consultationType: type, to }));
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  async function hold(slot: FoundSlotDto) {
    setHolding(slot.slotId);
    setError(null);
    try {
      const h = await regulationApi.hold(slot.slotId);
      setHeld({ slot, heldUntil: h.heldUntil });
    } catch (cause) {
      setError(errorMessage(cause));
      await search();
    } finally {
      setHolding(null);
    }
  }

  return (
    <Stack gap="lg">
      <PageHeader title="Régulation : créneaux de soins non programmés" subtitle="Trouver et réserver un créneau libre pour un patient" />
      <Card withBorder>
        <form onSubmit={search} aria-label="Recherche de créneaux">
          <Stack gap="sm">
            <CommuneField value={commune} onPick={setCommune} />
            <Group grow align="flex-end">
              <Select
                label="Besoin"
                data={CONSULTATION_TYPES.map((t) => ({ value: t, label: CONSULTATION_TYPE_LABELS[t] }))}
                value={type}
                onChange={(v) => setType((v as ConsultationType | null) ?? 'office')}
                allowDeselect={false}
                data-testid="need"
              />
              <Select label="Dans les" data={WINDOWS} value={hours} onChange={(v) => setHours(v ?? '48')} allowDeselect={false} />
              <Button type="submit" data-testid="search-slots">
                Chercher
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      {booked ? (
        <Alert color="green" role="status" data-testid="booking-confirmed">
          Rendez-vous réservé le {formatDateTime(booked.startAt)} avec {booked.practitionerName}, {booked.address ?? ''}{' '}
          {booked.communeName}.
        </Alert>
      ) : null}
      {result ? (
        <section aria-labelledby="results-title">
          <Title order={2} size="h3" id="results-title">
            Créneaux libres
          </Title>
          <SlotResults items={result.items} onBook={hold} busy={holding} />
        </section>
      ) : null}
      <section aria-labelledby="mine-title">
        <Title order={2} size="h3" id="mine-title">
          Mes réservations récentes
        </Title>
        <QueryView query={mine} loadingLabel="Chargement des réservations…">
          {() => (
            <BookingsList
              items={bookings}
              onChange={(b) => setBookings((items) => replace(items, b))}
              empty="Aucune réservation ces 7 derniers jours."
            />
          )}
        </QueryView>
      </section>
      {held && commune ? (
        <BookingForm
          slot={held.slot}
          heldUntil={held.heldUntil}
          commune={commune}
          onClose={() => setHeld(null)}
          onBooked={(b) => {
            setHeld(null);
            setBooked(b);
            setBookings((items) => replace(items, b));
            void search();
          }}
        />
      ) : null}
    </Stack>
  );
}

import type { BookingDto, FoundSlotDto, UnitDto } from '@maillon/contracts';
import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { DateField } from '../../components/date-field.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { regulationApi } from './regulation-api.ts';

/** Seconds left before the hold ends (the slot is then anyone's again). */
function useCountdown(until: string | null): number {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (!until) return;
    const tick = () => setLeft(Math.max(0, Math.round((Date.parse(until) - Date.now()) / 1000)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return left;
}

interface BookingFormProps {
  slot: FoundSlotDto;
  heldUntil: string;
  commune: UnitDto;
  onClose: () => void;
  onBooked: (booking: BookingDto) => void;
}

/** The patient's identity, typed while the slot is held (docs/reference/slots.md §3). */
export function BookingForm({ slot, heldUntil, commune, onClose, onBooked }: BookingFormProps) {
  const [lastName, setLastName] = useState('');
  const [firstName, setFirstName] = useState('');
  const [birthDate, setBirthDate] = useState<string | null>('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [need, setNeed] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const left = useCountdown(heldUntil);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const booking = await regulationApi.book(slot.slotId, {
        lastName,
        firstName,
        birthDate: birthDate ?? '',
        phone,
        email,
        unitCode: commune.code,
        need,
      });
      onBooked(booking);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AppModal opened onClose={onClose} title="Réserver pour le patient" size="lg">
      <form onSubmit={submit} aria-label="Identité du patient">
        <Stack gap="sm">
          <Text>
            {formatDateTime(slot.startAt)} — {slot.practitionerName}, {[slot.address, slot.communeName].filter(Boolean).join(', ')}
          </Text>
          <Alert color={left > 60 ? 'blue' : 'orange'} data-testid="hold-countdown" aria-live="polite">
            {left > 0
              ? `Créneau retenu pour vous encore ${Math.floor(left / 60)} min ${String(left % 60).padStart(2, '0')} s.`
              : 'La retenue a expiré : la réservation reste possible si personne n’a pris le créneau entre-temps.'}
          </Alert>
          <Group grow>
            <TextInput
              label="Nom"
              required
              value={lastName}
              onChange={(e) => setLastName(e.currentTarget.value)}
              data-testid="patient-last-name"
            />
            <TextInput
              label="Prénom"
              required
              value={firstName}
              onChange={(e) => setFirstName(e.currentTarget.value)}
              data-testid="patient-first-name"
            />
          </Group>
          <DateField label="Date de naissance" required value={birthDate} onChange={setBirthDate} data-testid="patient-birth-date" />
          <Group grow>
            <TextInput label="Téléphone" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} data-testid="patient-phone" />
            <TextInput
              label="E-mail"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              data-testid="patient-email"
            />
          </Group>
          <Text size="sm" c="dimmed">
            Un téléphone ou un e-mail est demandé. L’e-mail au patient ne donne que la date, l’heure, le professionnel et l’adresse.
          </Text>
          <Textarea
            label="Motif (pour le professionnel seulement)"
            value={need}
            onChange={(e) => setNeed(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Text size="sm">Commune du patient : {commune.name}</Text>
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Abandonner
            </Button>
            <Button type="submit" loading={busy} data-testid="confirm-booking">
              Confirmer la réservation
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

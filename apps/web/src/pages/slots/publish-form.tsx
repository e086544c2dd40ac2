import type { MySlotsDto, PreviewDto } from '@maillon/contracts';
import {
  CONSULTATION_TYPES,
  type ConsultationType,
  DomainError,
  SLOT_CHANNELS,
  type SlotChannel,
  WEEKDAY_CODES,
  type WeekdayCode,
  weeklyRule,
} from '@maillon/domain';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { DateField } from '../../components/date-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { UnsavedChangesGuard } from '../cpts/territory/unsaved-changes-guard.tsx';
import { CONSULTATION_TYPE_LABELS, SLOT_CHANNEL_LABELS, slotWhen } from './slot-labels.ts';
import { slotsApi } from './slots-api.ts';

const WEEKDAY_LABELS: Record<WeekdayCode, string> = {
  MO: 'Lundi',
  TU: 'Mardi',
  WE: 'Mercredi',
  TH: 'Jeudi',
  FR: 'Vendredi',
  SA: 'Samedi',
  SU: 'Dimanche',
};

/**
 * Publishing a slot or a weekly series (docs/reference/slots.md §1): the RRULE is built from the
 * days, the time and the number of weeks; the preview lists the first occurrences before saving.
 */
export function PublishForm({ data, today, onPublished }: { data: MySlotsDto; today: string; onPublished: (message: string) => void }) {
  const [cptsId, setCptsId] = useState(data.cpts[0]?.id ?? '');
  const cpts = data.cpts.find((c) => c.id === cptsId);
  const practices = data.professional.practices.filter((p) => cpts?.unitCodes.includes(p.unitCode));
  const [unitCode, setUnitCode] = useState(practices[0]?.unitCode ?? '');
  const [mode, setMode] = useState<'once' | 'weekly'>('weekly');
  const [date, setDate] = useState<string | null>(today);
  const [time, setTime] = useState('18:00');
  const [duration, setDuration] = useState<string | number>(20);
  const [type, setType] = useState<ConsultationType>('office');
  const [visibility, setVisibility] = useState<SlotChannel[]>(['SNP']);
  const [days, setDays] = useState<WeekdayCode[]>([]);
  const [weeks, setWeeks] = useState<string | number>(4);
  const [preview, setPreview] = useState<PreviewDto | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const touch =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setDirty(true);
      setPreview(null);
    };

  const input = () => ({
    cptsId,
    unitCode,
    date: date ?? '',
    time,
    durationMinutes: Number(duration),
    consultationType: type,
    visibility,
    rrule: mode === 'weekly' ? weeklyRule(days, Number(weeks)) : null,
  });
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      // The form's own rule (no day chosen) speaks French like the server's answers.
      setError(e instanceof DomainError ? e.message : e);
    } finally {
      setBusy(false);
    }
  };
  const showPreview = () => run(async () => setPreview(await slotsApi.preview(input())));
  const publish = () =>
    run(async () => {
      const result = await slotsApi.publish(input());
      setDirty(false);
      setPreview(null);
      onPublished(`${result.created} créneau${result.created > 1 ? 'x' : ''} publié${result.created > 1 ? 's' : ''}.`);
    });

  if (data.cpts.length === 0)
    return <Text>Aucune CPTS utilisant Maillon ne couvre votre lieu d’exercice : vous ne pouvez pas publier de créneaux ici.</Text>;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="publish-title" data-testid="publish-form">
      <UnsavedChangesGuard dirty={dirty} message="La publication en cours n’est pas enregistrée. Quitter la page l’abandonne." />
      <Title order={2} id="publish-title" mb="sm">
        Publier des créneaux
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="CPTS"
            data={data.cpts.map((c) => ({ value: c.id, label: c.name }))}
            value={cptsId}
            onChange={touch((v: string | null) => setCptsId(v ?? ''))}
            allowDeselect={false}
          />
          <Select
            label="Lieu d’exercice"
            data={practices.map((p) => ({ value: p.unitCode, label: p.address ?? p.townLabel ?? p.unitCode }))}
            value={unitCode}
            onChange={touch((v: string | null) => setUnitCode(v ?? ''))}
            allowDeselect={false}
          />
        </SimpleGrid>
        <SegmentedControl
          aria-label="Fréquence"
          data={[
            { value: 'weekly', label: 'Chaque semaine' },
            { value: 'once', label: 'Une seule fois' },
          ]}
          value={mode}
          onChange={touch((v: string) => setMode(v as 'once' | 'weekly'))}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label={mode === 'weekly' ? 'À partir du' : 'Date'} value={date} onChange={touch(setDate)} data-testid="publish-date" />
          <TextInput
            label="Heure de début (heure de Paris)"
            type="time"
            value={time}
            onChange={(e) => touch(setTime)(e.currentTarget.value)}
            data-testid="publish-time"
          />
          <NumberInput
            label="Durée (minutes)"
            min={5}
            max={240}
            value={duration}
            onChange={touch(setDuration)}
            data-testid="publish-duration"
          />
        </SimpleGrid>
        {mode === 'weekly' ? (
          <>
            <Checkbox.Group label="Jours de la semaine" value={days} onChange={touch((v: string[]) => setDays(v as WeekdayCode[]))}>
              <Group gap="md" mt={4}>
                {WEEKDAY_CODES.map((d) => (
                  <Checkbox key={d} value={d} label={WEEKDAY_LABELS[d]} data-testid={`day-${d}`} />
                ))}
              </Group>
            </Checkbox.Group>
            <NumberInput label="Nombre de semaines" min={1} max={52} value={weeks} onChange={touch(setWeeks)} w={200} />
          </>
        ) : null}
        <Select
          label="Type de consultation"
          data={CONSULTATION_TYPES.map((t) => ({ value: t, label: CONSULTATION_TYPE_LABELS[t] }))}
          value={type}
          onChange={touch((v: string | null) => setType((v as ConsultationType | null) ?? 'office'))}
          allowDeselect={false}
        />
        <Checkbox.Group
          label="Qui peut voir et réserver ces créneaux"
          value={visibility}
          onChange={touch((v: string[]) => setVisibility(v as SlotChannel[]))}
        >
          <Stack gap={4} mt={4}>
            {SLOT_CHANNELS.map((c) => (
              <Checkbox key={c} value={c} label={`${SLOT_CHANNEL_LABELS[c]} (${c})`} data-testid={`channel-${c}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Text size="sm" c="dimmed">
          {data.snpHours}. Un créneau en dehors reste possible ; il est signalé « hors horaires SNP ».
        </Text>
        {typeof error === 'string' ? (
          <Alert color="red" title="Publication refusée" role="alert">
            {error}
          </Alert>
        ) : error ? (
          <ErrorAlert error={error} title="Publication refusée" />
        ) : null}
        {preview ? (
          <Paper withBorder p="sm" data-testid="publish-preview">
            <Text fw={600}>
              {preview.total} créneau{preview.total > 1 ? 'x' : ''} dans les 12 semaines à venir
              {preview.beyondHorizon ? ' ; les suivants seront publiés au fil des jours' : ''}.
            </Text>
            <List size="sm" mt={4}>
              {preview.occurrences.map((o) => (
                <List.Item key={o.startAt}>
                  {slotWhen(o.startAt, o.endAt)}{' '}
                  {o.outsideSnpHours ? (
                    <Badge color="yellow" variant="light" size="sm">
                      hors horaires SNP
                    </Badge>
                  ) : null}
                </List.Item>
              ))}
            </List>
          </Paper>
        ) : null}
        <Group>
          <Button variant="default" onClick={() => void showPreview()} loading={busy} data-testid="publish-preview-button">
            Voir l’aperçu
          </Button>
          <Button onClick={() => void publish()} loading={busy} disabled={!preview} data-testid="publish-submit">
            Publier
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
